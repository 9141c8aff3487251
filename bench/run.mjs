// `npm run bench`: builds, then measures the script-tag bundle in headless Chromium against
// baselines built in the same run, prints a table and writes it to bench/RESULTS.md.
//
//   size          gzip -9 and brotli of dist/newsprint.js, against the floor: lit + dompurify
//                 alone, bundled and minified the same way (bench/floor.js).
//   cards         200 <newsprint-card>s from inline JSON: from the bundle's <script> to all 200
//                 `newsprint-load` events and a layout, against the same shadow DOM and styles
//                 built with <template> cloning (bench/pages/baseline-cards.js).
//   article       the seed story in <newsprint-article> (parse, sanitize, render, nested
//                 elements done, a layout), against DOMPurify + one innerHTML of the same markup
//                 (bench/pages/baseline-article.js).
//   memory        JS heap after the 200 cards, after a forced GC (CDP), against the baseline.
//   layout shift  cumulative layout shift of a page of cards and an article whose images arrive
//                 late; it must be 0, or the bench exits with status 1.
//
// Each timing is the median of fresh pages (a new browser context each: no code cache, no HTTP
// cache), real and baseline runs interleaved so that machine noise hits both alike.
//
// Options: --no-build (measure the current dist/), --runs=N (default 11), --bundle=<file> (measure
// another build of the bundle in place of dist/newsprint.js, without building; for experiments).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import { terserOptions } from '../rollup.config.mjs';
import { startServer } from './server.mjs';
import { npmSizes } from './npm-size.mjs';
import { SCRIPT_USES, scriptUseSize } from '../scripts/check-size.mjs';
import { ssrBench } from './ssr.mjs';

const args = process.argv.slice(2);
const RUNS = Math.max(3, Number(args.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 11));
const BUNDLE = args.find((arg) => arg.startsWith('--bundle='))?.slice(9);
const BUILD = !args.includes('--no-build') && !BUNDLE;
/** Another build's dist/ whose server rendering is measured beside this one (before/after). */
const SSR_BEFORE = args.find((arg) => arg.startsWith('--ssr-before='))?.slice(13);
/** Rounds of the server part, before and after interleaved, each in a process of its own. */
const SSR_ROUNDS = Math.max(
  1,
  Number(args.find((arg) => arg.startsWith('--ssr-rounds='))?.slice(13) ?? (SSR_BEFORE ? 3 : 1)),
);
const CARDS = 200;
/** Images on the timing pages never arrive while we measure: rendering only, no decoding. */
const NEVER = 60_000;
const TARGETS = { size: 1.2, cards: 1.3, heap: 1.6, article: 1.3, ssrArticle: 2 };
/** Server rendering: milliseconds for one card whatever its data holds, and for 50 cards. */
const SSR_TARGETS = { card: 1, fiftyCards: 60 };
/** Runs of each size in the scaling table (each a fresh page). */
const SCALING_RUNS = 3;
/** KB gzip a page (or an app) may download for each use. */
const USE_TARGETS = {
  'card page': 14,
  'FAQ page': 26,
  'article page': 38,
  'article page, JSON-LD and server-rendered': undefined,
  'npm card': 12,
};

const repo = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, repo), 'utf8');
const cache = new URL('node_modules/.cache/newsprint-bench/', repo);
const log = (message) =>
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${message}\n`);
const started = Date.now();

// --- build ---------------------------------------------------------------------------------

let buildSeconds;
if (BUILD) {
  log('bench: npm run build …');
  const start = Date.now();
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  buildSeconds = (Date.now() - start) / 1000;
}

log('bench: building the lit + dompurify floor …');
const floorBuild = await rollup({
  input: new URL('bench/floor.js', repo).pathname,
  plugins: [
    nodeResolve({ exportConditions: ['production'], browser: true }),
    terser(terserOptions),
  ],
});
mkdirSync(cache, { recursive: true });
const { output } = await floorBuild.generate({ format: 'iife', name: 'floor' });
await floorBuild.close();
const floorCode = Buffer.from(output[0].code);
writeFileSync(new URL('floor.js', cache), floorCode);

const bundlePath = BUNDLE ? resolve(BUNDLE) : new URL('dist/newsprint.js', repo).pathname;
const bundle = readFileSync(bundlePath);
const sizes = (buffer) => ({
  raw: buffer.length,
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const size = { bundle: sizes(bundle), floor: sizes(floorCode) };
// What a page downloads per use (dist/newsprint.js and the chunks it loads for it), and what an
// app pays per element from npm (a Vite production build).
const useSizes = Object.fromEntries(
  Object.entries(SCRIPT_USES).map(([use, spec]) => [
    use,
    scriptUseSize(new URL('dist/', repo).pathname, spec),
  ]),
);
log('bench: Vite builds of each element from npm …');
const npm = await npmSizes();

// --- pages ---------------------------------------------------------------------------------

const seed = JSON.parse(read('test/fixtures/cuba-medics.json'));
const asJson = (data) => JSON.stringify(data).replace(/</g, '\\u003c');
const inline = (tag, data, attributes = '') =>
  `<${tag}${attributes}><script type="application/json">${asJson(data)}</script></${tag}>`;

/** Teaser data of card `i`: every card different, as in a real list. */
function cardData(i, imageDelay, { sized = true } = {}) {
  const day = new Date(Date.UTC(2026, 0, 26) - i * 86_400_000).toISOString().slice(0, 10);
  const authors = [{ name: seed.authors[0].name }];
  if (i % 3 === 1) authors.push({ name: 'Ana Pérez' });
  return {
    headline: `${seed.headline} (${i + 1})`,
    url: `${seed.url}-${i + 1}`,
    section: seed.section,
    description: seed.description,
    datePublished: day,
    authors,
    image: {
      src: `/img/cuba-medics-flight-600.jpg?delay=${imageDelay}&n=${i}`,
      alt: seed.image.alt,
      ...(sized ? { width: 600, height: 338 } : {}),
    },
  };
}

function seedArticle(imageDelay, avatars) {
  const article = structuredClone(seed);
  article.image.src = `/img/cuba-medics-flight.jpg?delay=${imageDelay}`;
  if (avatars) {
    article.authors = [
      { name: seed.authors[0].name, image: `/img/avatar-1.jpg?delay=${avatars}` },
      { name: 'Ana Pérez', image: `/img/avatar-2.jpg?delay=${avatars + 300}` },
    ];
  }
  return article;
}

const cardsMarkup = Array.from({ length: CARDS }, (_, i) =>
  inline('newsprint-card', cardData(i, NEVER)),
).join('\n');
const articleMarkup = inline('newsprint-article', seedArticle(NEVER));
/** Stylesheets of the real elements, read in this run; the baselines adopt the same CSS. */
const styles = { cards: [], article: [] };

const styleScript = (list) => `<script>window.__benchStyles = ${asJson(list)};</script>`;
// `t0`: before the script; `ts`: scripts done, before the layout; `t1`: after it. `done()` is
// called by the baseline scripts at their end and by the last `newsprint-load`, in that task.
const START = `<script>
  window.__bench = {
    t0: performance.now(),
    done() {
      __bench.ts = performance.now();
      document.documentElement.offsetHeight;
      __bench.t1 = performance.now();
    },
  };
</script>`;
const SHAPE = '<script src="/bench/pages/shape.js"></script>';

/** A paragraph of about 500 bytes of the seed's text, for bodies of a given size. */
const PARAGRAPH = `<p>${seed.body.replace(/<[^>]+>/g, ' ').slice(0, 480)}</p>`;
/** Elements of one scaling page: `n` cards, an article with a body of `kb` KB, an FAQ of `n`. */
function scalingMarkup(kind, n) {
  if (kind === 'cards')
    return Array.from({ length: n }, (_, i) => inline('newsprint-card', cardData(i, NEVER))).join(
      '\n',
    );
  if (kind === 'body') {
    const article = seedArticle(NEVER);
    article.body = PARAGRAPH.repeat(Math.ceil((n * 1024) / PARAGRAPH.length));
    return inline('newsprint-article', article);
  }
  const items = Array.from({ length: n }, (_, i) => ({
    question: `${seed.faq.items[i % 3].question} (${i + 1})`,
    answer: `${seed.faq.items[i % 3].answer}<p>(${i + 1})</p>`,
  }));
  return inline('newsprint-faq', { title: seed.faq.title, items });
}

const pages = {
  // One scaling case: every element has fired newsprint-load or newsprint-error (over a limit),
  // nested elements rendered, then a layout.
  '/scale.html': (params) => {
    const kind = params.get('kind');
    const n = Number(params.get('n'));
    const count = kind === 'cards' ? n : 1;
    const scripts = `${SHAPE}${START}<script>
      let left = ${count};
      const settle = async (event) => {
        const nested = event.target.shadowRoot?.querySelectorAll('newsprint-byline, newsprint-figure, newsprint-faq') ?? [];
        await Promise.all([...nested].map((element) => element.updateComplete));
        if (event.type === 'newsprint-error') __bench.error = event.detail.message;
        if (--left === 0) __bench.done();
      };
      document.addEventListener('newsprint-load', settle);
      document.addEventListener('newsprint-error', settle);
    </script><script src="/dist/newsprint.js"></script>`;
    return read('bench/pages/cards.html')
      .replace('<title>Bench: 200 cards</title>', `<title>Bench: scaling, ${kind} ${n}</title>`)
      .replace('<!--CARDS-->', scalingMarkup(kind, n))
      .replace('<!--SCRIPTS-->', scripts);
  },
  '/cards.html': (params) => {
    const scripts =
      params.get('mode') === 'baseline'
        ? `${SHAPE}${styleScript(styles.cards)}${START}<script src="/bench/pages/baseline-cards.js"></script>`
        : `${SHAPE}${START}<script>
            let left = ${CARDS};
            document.addEventListener('newsprint-load', () => {
              if (--left === 0) __bench.done();
            });
          </script><script src="/dist/newsprint.js"></script>`;
    return read('bench/pages/cards.html')
      .replace('<!--CARDS-->', cardsMarkup)
      .replace('<!--SCRIPTS-->', scripts);
  },
  '/article.html': (params) => {
    const scripts =
      params.get('mode') === 'baseline'
        ? `${SHAPE}${styleScript(styles.article)}${START}<script src="/baseline-article.js"></script>`
        : `${SHAPE}${START}<script>
            document.addEventListener('newsprint-load', async (event) => {
              const nested = event.target.shadowRoot.querySelectorAll('newsprint-byline, newsprint-figure, newsprint-faq');
              await Promise.all([...nested].map((element) => element.updateComplete));
              __bench.done();
            }, { once: true });
          </script><script src="/dist/newsprint.js"></script>`;
    return read('bench/pages/article.html')
      .replace('<!--ARTICLE-->', articleMarkup)
      .replace('<!--SCRIPTS-->', scripts);
  },
  '/layout-shift.html': () => {
    const side = [0, 1, 2, 3].map((i) =>
      inline('newsprint-card', cardData(i, 900 + i * 250, { sized: i !== 2 })),
    );
    const row = ['vertical', 'horizontal', 'compact'].map((layout, i) =>
      inline('newsprint-card', cardData(4 + i, 1100 + i * 200), ` layout="${layout}"`),
    );
    return read('bench/pages/layout-shift.html')
      .replace('<!--ARTICLE-->', inline('newsprint-article', seedArticle(1500, 1200)))
      .replace('<!--SIDE-->', side.join('\n'))
      .replace('<!--ROW-->', row.join('\n'));
  },
};

// --- browser -------------------------------------------------------------------------------

// The article baseline as one script, as the bundle is one: DOMPurify's own minified build, then
// the baseline.
const baselineArticle = new URL('baseline-article.js', cache);
writeFileSync(
  baselineArticle,
  `${read('node_modules/dompurify/dist/purify.min.js').replace(/^\/\/# sourceMappingURL=.*$/m, '')}\n${read('bench/pages/baseline-article.js')}`,
);
const server = await startServer(pages, {
  '/dist/newsprint.js': bundlePath,
  '/baseline-article.js': baselineArticle.pathname,
});
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
  ],
});
const chromiumVersion = browser.version();

/** Opens `path` in a fresh context and runs `inside(page, context)`; page errors fail the bench. */
async function withPage(
  path,
  inside,
  viewport = { width: 1280, height: 900 },
  { warningsExpected = false } = {},
) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || (message.type() === 'warning' && !warningsExpected))
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  try {
    await page.goto(server.origin + path, { waitUntil: 'commit' });
    const result = await inside(page, context);
    if (problems.length) throw new Error(`${path}: ${problems.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (list) => list.map((run) => run.ms);

/** One timed run: milliseconds from the script's start to rendered; optionally the JS heap. */
function timed(path, { heap = false } = {}) {
  return withPage(path, async (page, context) => {
    await page.waitForFunction(() => window.__bench?.t1 !== undefined, null, { timeout: 30_000 });
    const { ms, script, chunks } = await page.evaluate(() => {
      // When the chunks dist/newsprint.js loads were asked for and had arrived, from its start.
      const entries = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/dist/newsprint-chunks/'));
      const t0 = window.__bench.t0;
      return {
        ms: window.__bench.t1 - t0,
        script: window.__bench.ts - t0,
        chunks: entries.length
          ? {
              requested: Math.min(...entries.map((entry) => entry.startTime)) - t0,
              arrived: Math.max(...entries.map((entry) => entry.responseEnd)) - t0,
            }
          : undefined,
      };
    });
    if (!heap) return { ms, script, chunks };
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { ms, script, chunks, heap: usedSize };
  });
}

/** CSS text of the stylesheets an element's shadow root adopts (and of its nested elements). */
const readStyles = (selector) => {
  const roots = [document.querySelector(selector).shadowRoot];
  for (const nested of roots[0].querySelectorAll('*'))
    if (nested.shadowRoot) roots.push(nested.shadowRoot);
  const texts = roots.flatMap((root) =>
    root.adoptedStyleSheets.map((sheet) =>
      [...sheet.cssRules].map((rule) => rule.cssText).join('\n'),
    ),
  );
  return { texts: [...new Set(texts)], shape: window.__shapeOf(roots[0]) };
};

// Warm-up and the real elements' stylesheets and DOM, for the baselines.
log('bench: reading the real elements …');
const realCard = await withPage('/cards.html', async (page) => {
  await page.waitForFunction(() => window.__bench?.t1 !== undefined);
  return page.evaluate(readStyles, 'newsprint-card');
});
styles.cards = realCard.texts;
const realArticle = await withPage('/article.html', async (page) => {
  await page.waitForFunction(() => window.__bench?.t1 !== undefined);
  return page.evaluate(readStyles, 'newsprint-article');
});
styles.article = realArticle.texts;
const baselineCard = await withPage('/cards.html?mode=baseline', async (page) => {
  await page.waitForFunction(() => window.__bench?.t1 !== undefined);
  return page.evaluate(readStyles, 'newsprint-card');
});
const sameCardDom = JSON.stringify(baselineCard.shape) === JSON.stringify(realCard.shape);
if (!sameCardDom) {
  log('bench: warning: the card baseline builds a different DOM than <newsprint-card>:');
  log(`  real:     ${JSON.stringify(realCard.shape)}`);
  log(`  baseline: ${JSON.stringify(baselineCard.shape)}`);
}

const runs = { cards: [], cardsBase: [], article: [], articleBase: [] };
for (let i = 0; i < RUNS; i++) {
  log(`bench: run ${i + 1}/${RUNS} …`);
  // Alternate which goes first, so neither always gets the quieter slot.
  const pairs = [
    [runs.cards, '/cards.html', { heap: true }],
    [runs.cardsBase, '/cards.html?mode=baseline', { heap: true }],
    [runs.article, '/article.html', {}],
    [runs.articleBase, '/article.html?mode=baseline', {}],
  ];
  for (const [a, b] of [
    [pairs[0], pairs[1]],
    [pairs[2], pairs[3]],
  ]) {
    for (const [into, path, options] of i % 2 ? [b, a] : [a, b])
      into.push(await timed(path, options));
  }
}

log('bench: scaling …');
const SCALING = [
  ['cards', [1, 10, 100, 1000], (n) => `${n} card${n > 1 ? 's' : ''}`],
  ['body', [10, 100, 1024], (n) => `article, body of ${n >= 1024 ? `${n / 1024} MB` : `${n} KB`}`],
  ['faq', [3, 30, 300], (n) => `FAQ of ${n} questions`],
];
const scalingRuns = [];
for (const [kind, sizes, label] of SCALING) {
  for (const n of sizes) {
    const results = [];
    for (let i = 0; i < SCALING_RUNS; i++) {
      results.push(
        await withPage(
          `/scale.html?kind=${kind}&n=${n}`,
          async (page) => {
            await page.waitForFunction(() => window.__bench?.t1 !== undefined, null, {
              timeout: 60_000,
            });
            return page.evaluate(() => ({
              ms: window.__bench.t1 - window.__bench.t0,
              error: window.__bench.error,
            }));
          },
          undefined,
          // Past a limit the element reports its error in the console, as it should.
          { warningsExpected: true },
        ),
      );
    }
    scalingRuns.push({
      kind,
      n,
      label: label(n),
      ms: median(ms(results)),
      error: results[0].error,
    });
  }
}

log('bench: server rendering (Node) …');
/** The server part in a child process (one build per process: each defines the elements). */
const ssrInChild = (dist) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [fileURLToPath(new URL('bench/ssr.mjs', repo)), `--dist=${dist}`, `--runs=${RUNS * 3}`],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    ),
  );
/** Every number the median of the rounds' (strings, such as error messages, from the first). */
const medianOf = (results) =>
  typeof results[0] === 'number'
    ? median(results)
    : Array.isArray(results[0])
      ? results[0].map((_, i) => medianOf(results.map((result) => result[i])))
      : results[0] && typeof results[0] === 'object'
        ? Object.fromEntries(
            Object.keys(results[0]).map((key) => [key, medianOf(results.map((r) => r[key]))]),
          )
        : results[0];
let ssrResult;
let ssrBefore;
if (SSR_ROUNDS === 1 && !SSR_BEFORE) {
  ssrResult = await ssrBench({ runs: RUNS * 3 });
} else {
  const after = [];
  const before = [];
  for (let round = 0; round < SSR_ROUNDS; round++) {
    if (SSR_BEFORE) before.push(ssrInChild(resolve(SSR_BEFORE)));
    after.push(ssrInChild(fileURLToPath(new URL('dist', repo))));
    log(`bench: server rendering, round ${round + 1} of ${SSR_ROUNDS}`);
  }
  ssrResult = medianOf(after);
  if (SSR_BEFORE) ssrBefore = medianOf(before);
}

log('bench: layout shift …');
const shifts = await withPage(
  '/layout-shift.html',
  async (page) => {
    // Every element rendered, every image (in every shadow root) arrived, then two frames more.
    await page.waitForFunction(
      () => {
        const images = [];
        const hosts = [];
        const walk = (root) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.localName === 'img') images.push(element);
            if (element.localName.startsWith('newsprint-')) hosts.push(element);
            if (element.shadowRoot) walk(element.shadowRoot);
          }
        };
        walk(document);
        return (
          hosts.length > 0 &&
          hosts.every((host) => host.shadowRoot?.querySelector('.base > :not(.loading)')) &&
          images.length >= 9 &&
          images.every((image) => image.complete && image.naturalWidth > 0)
        );
      },
      null,
      { timeout: 20_000, polling: 50 },
    );
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))),
        ),
    );
    return page.evaluate(() => window.__shifts);
  },
  { width: 1280, height: 3200 },
);
const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);

const loadAverage = os.loadavg();
await browser.close();
await server.close();

// --- report --------------------------------------------------------------------------------

const spread = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const verdict = (value, target) => (value <= target ? `≤ ${target}× ✓` : `≤ ${target}× ✗`);

const fastest = (list) => Math.min(...ms(list));
const heaps = (list) => list.map((run) => run.heap);
const t = {
  cards: median(ms(runs.cards)),
  cardsBase: median(ms(runs.cardsBase)),
  article: median(ms(runs.article)),
  articleBase: median(ms(runs.articleBase)),
  cardsScript: median(runs.cards.map((run) => run.script)),
  cardsBaseScript: median(runs.cardsBase.map((run) => run.script)),
  articleScript: median(runs.article.map((run) => run.script)),
  articleBaseScript: median(runs.articleBase.map((run) => run.script)),
  heap: median(heaps(runs.cards)),
  heapBase: median(heaps(runs.cardsBase)),
};

const useVerdict = (bytes, target) =>
  target === undefined ? '' : `≤ ${target} KB ${bytes <= target * 1024 ? '✓' : '✗'}`;
const rows = [
  ...Object.entries(useSizes).map(([use, { gzip, files }]) => [
    `script tag, ${use}, gzip -9`,
    `${kb(gzip)} (${files} files)`,
    '',
    '',
    useVerdict(gzip, USE_TARGETS[use]),
  ]),
  ...Object.entries(npm).map(([use, { start, lazy }]) => [
    `${use}, Vite production build, gzip -9`,
    `${kb(start)} at start${lazy ? ` (+ ${kb(lazy)} lazy)` : ''}`,
    '',
    '',
    useVerdict(start, USE_TARGETS[use]),
  ]),
  [
    'dist/newsprint.js alone, gzip -9',
    kb(size.bundle.gzip),
    `${kb(size.floor.gzip)} (lit + dompurify)`,
    ratio(size.bundle.gzip, size.floor.gzip),
    verdict(size.bundle.gzip / size.floor.gzip, TARGETS.size),
  ],
  [
    'size, brotli',
    kb(size.bundle.brotli),
    kb(size.floor.brotli),
    ratio(size.bundle.brotli, size.floor.brotli),
    '',
  ],
  [
    'size, minified',
    kb(size.bundle.raw),
    kb(size.floor.raw),
    ratio(size.bundle.raw, size.floor.raw),
    '',
  ],
  [
    `200 cards, median of ${RUNS} (min–max)`,
    `${t.cards.toFixed(1)} ms (${spread(ms(runs.cards))})`,
    `${t.cardsBase.toFixed(1)} ms (${spread(ms(runs.cardsBase))}) <template>`,
    ratio(t.cards, t.cardsBase),
    verdict(t.cards / t.cardsBase, TARGETS.cards),
  ],
  [
    '… of which scripts (before the layout)',
    `${t.cardsScript.toFixed(1)} ms`,
    `${t.cardsBaseScript.toFixed(1)} ms`,
    ratio(t.cardsScript, t.cardsBaseScript),
    '',
  ],
  [
    `seed article, median of ${RUNS} (min–max)`,
    `${t.article.toFixed(1)} ms (${spread(ms(runs.article))})`,
    `${t.articleBase.toFixed(1)} ms (${spread(ms(runs.articleBase))}) DOMPurify + innerHTML`,
    ratio(t.article, t.articleBase),
    verdict(t.article / t.articleBase, TARGETS.article),
  ],
  [
    '… of which scripts (before the layout)',
    `${t.articleScript.toFixed(1)} ms`,
    `${t.articleBaseScript.toFixed(1)} ms`,
    ratio(t.articleScript, t.articleBaseScript),
    '',
  ],
  [
    'JS heap after 200 cards (after GC)',
    mb(t.heap),
    mb(t.heapBase),
    ratio(t.heap, t.heapBase),
    verdict(t.heap / t.heapBase, TARGETS.heap),
  ],
  [
    'layout shift (cards + article, late images)',
    cls.toFixed(4),
    '',
    '',
    cls === 0 ? 'must be 0 ✓' : 'must be 0 ✗',
  ],
];
const msText = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const worstCard = Math.max(...Object.values(ssrResult.card));
rows.push(
  [
    'server: seed article, median',
    msText(ssrResult.article),
    `${msText(ssrResult.articleBaseline)} DOMPurify on jsdom + template string`,
    ratio(ssrResult.article, ssrResult.articleBaseline),
    verdict(ssrResult.article / ssrResult.articleBaseline, TARGETS.ssrArticle),
  ],
  [
    'server: seed article, warm (alternating with the baseline), median',
    msText(ssrResult.articleWarm),
    `${msText(ssrResult.articleBaselineWarm)} DOMPurify on jsdom + template string`,
    ratio(ssrResult.articleWarm, ssrResult.articleBaselineWarm),
    verdict(ssrResult.articleWarm / ssrResult.articleBaselineWarm, TARGETS.ssrArticle),
  ],
  ...Object.entries(ssrResult.card).map(([data, value]) => [
    `server: one card given ${data === 'teaser' ? 'a teaser' : `the ${data}`}`,
    msText(value),
    '',
    '',
    value === worstCard
      ? `≤ ${SSR_TARGETS.card} ms ${worstCard <= SSR_TARGETS.card ? '✓' : '✗'}`
      : '',
  ]),
  [
    'server: 50 cards (whole articles) in one page',
    msText(ssrResult.fiftyCards),
    '',
    '',
    `≤ ${SSR_TARGETS.fiftyCards} ms ${ssrResult.fiftyCards <= SSR_TARGETS.fiftyCards ? '✓' : '✗'}`,
  ],
);
const markdown = (head, body) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...body.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
const table = markdown(['measure', 'Newsprint', 'baseline / floor', 'ratio', 'target'], rows);

// CSS in server output: every declarative shadow root carries its own <style>.
const bytes = (value) => `${Math.round(value).toLocaleString('en-US')} B`;
const beforeAfter = (key, what, field) =>
  ssrBefore?.css[what]
    ? `${bytes(ssrBefore.css[what][field])} → ${bytes(ssrResult.css[what][field])}`
    : bytes(ssrResult.css[what][field]);
const cssTable = markdown(
  [
    'server output',
    '<style> elements',
    `CSS bytes${ssrBefore ? ' (before → after)' : ''}`,
    'CSS gzip -9',
    `whole HTML${ssrBefore ? ' (before → after)' : ''}`,
    'HTML gzip -9',
  ],
  Object.entries(ssrResult.css).map(([what, css]) => [
    what,
    String(css.count),
    beforeAfter('bytes', what, 'bytes'),
    beforeAfter('gzip', what, 'gzip'),
    beforeAfter('html', what, 'html'),
    beforeAfter('htmlGzip', what, 'htmlGzip'),
  ]),
);

// Server rendering against another build (`--ssr-before=`), both measured in this run.
const ssrRows = (result) => [
  ['seed article', msText(result.article)],
  ['baseline: DOMPurify on jsdom + template string', msText(result.articleBaseline)],
  ['article ÷ baseline', ratio(result.article, result.articleBaseline)],
  ['seed article, warm (alternating with the baseline)', msText(result.articleWarm)],
  ['baseline, warm', msText(result.articleBaselineWarm)],
  ['article ÷ baseline, warm', ratio(result.articleWarm, result.articleBaselineWarm)],
  ...Object.entries(result.card).map(([data, value]) => [
    `one card, given ${data === 'teaser' ? 'a teaser' : `the ${data}`}`,
    msText(value),
  ]),
  ['50 cards (whole articles) in one page', msText(result.fiftyCards)],
  ...result.scaling
    .filter((row) => !row.error)
    .map((row) => [
      `${row.what}, per ${row.unit ?? (row.what.includes('FAQ') ? 'question' : 'card')}`,
      msText(row.ms / row.per),
    ]),
];
const ssrCompareTable = ssrBefore
  ? markdown(
      ['server rendering (Node)', 'before', 'after'],
      ssrRows(ssrResult).map(([what, after], i) => [what, ssrRows(ssrBefore)[i][1], after]),
    )
  : '';

// Scaling: time per unit should stay flat when the cost grows linearly.
const ssrScale = new Map(ssrResult.scaling.map((row) => [row.what, row]));
const ssrKey = ({ kind, n }) =>
  kind === 'cards'
    ? `${n} card${n > 1 ? 's' : ''}`
    : kind === 'body'
      ? `body of ${n >= 1024 ? `${n / 1024} MB` : `${n} KB`}`
      : `FAQ of ${n} questions`;
const unitOf = (kind) => (kind === 'cards' ? 'card' : kind === 'body' ? 'KB' : 'question');
const limitText = (error) => (error ? ` (over a limit: ${error.slice(0, 70)}…)` : '');
const scalingTable = markdown(
  [
    'case',
    'browser, median of ' + SCALING_RUNS,
    'per unit',
    `server (Node)${ssrBefore ? ', before → after' : ''}`,
    'per unit',
  ],
  scalingRuns.map((row) => {
    const server = ssrScale.get(ssrKey(row));
    const before = ssrBefore?.scaling.find((each) => each.what === ssrKey(row));
    const unit = unitOf(row.kind);
    return [
      row.label,
      `${msText(row.ms)}${limitText(row.error)}`,
      row.error ? '' : `${msText(row.ms / row.n)} / ${unit}`,
      server
        ? `${before && !before.error ? `${msText(before.ms)} → ` : ''}${msText(server.ms)}${server.error ? ' (error)' : ''}`
        : '',
      server && !server.error ? `${msText(server.ms / row.n)} / ${unit}` : '',
    ];
  }),
);

const cpu = os.cpus();
const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.type()} ${os.release()}; Node ${process.version}; Chromium ${chromiumVersion} (headless)`;
const date = new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
const notes = [
  `- Build: ${BUILD ? `\`npm run build\` took ${buildSeconds.toFixed(1)} s` : `skipped; measured ${bundlePath}`}; bench wall time ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  `- Card baseline builds the same shadow DOM as \`<newsprint-card>\`: ${sameCardDom ? 'yes (compared element by element)' : '**no** (see the warning on stderr)'}.`,
  "- Times run from the start of the bundle's `<script>` (parse and compile included) to rendered plus one forced layout; images are held back by the server so that no decoding falls inside the window.",
  ...[
    ['cards', runs.cards],
    ['article', runs.article],
  ].map(([what, list]) => {
    const chunked = list.filter((run) => run.chunks);
    if (!chunked.length) return `- ${what}: no chunk loaded (a single-file bundle).`;
    const requested = median(chunked.map((run) => run.chunks.requested));
    const arrived = median(chunked.map((run) => run.chunks.arrived));
    return `- ${what} page, chunks (median): first requested ${requested.toFixed(1)} ms after the bundle's \`<script>\` started, last byte of the last one at ${arrived.toFixed(1)} ms (no element is defined before its chunk has arrived and run; local server, no network latency).`;
  }),
  `- Fastest run of each, less sensitive to other work on the machine: cards ${ratio(fastest(runs.cards), fastest(runs.cardsBase))}, article ${ratio(fastest(runs.article), fastest(runs.articleBase))}.`,
  `- Load average while measuring: ${loadAverage.map((value) => value.toFixed(1)).join(', ')} (1, 5, 15 min) on ${os.cpus().length} cores. The machine may be shared: compare ratios from the same run, not absolute times across runs.`,
];
if (cls !== 0) notes.push(`- Layout shifts: ${JSON.stringify(shifts)}`);

const report = `# Newsprint bench

${date} — ${machine}

${table}

${notes.join('\n')}

## CSS in server-rendered HTML

${cssTable}

- A declarative shadow root is plain HTML: it cannot adopt a stylesheet object (\`shadowrootadoptedstylesheets\` is not shipped: Chromium 156 has it only behind \`--enable-experimental-web-platform-features\`), so every server-rendered element carries its own \`<style>\` text, and nested elements carry theirs. The server writes each element's rules without those of the loading and error views, minified (\`src/ssr/styles.ts\`); the element adopts its whole shared sheets when it connects. Repeats compress well (gzip stores a repeat as a back-reference), but the browser parses every copy.${SSR_BEFORE ? `\n- "Before" is the server renderer of \`${SSR_BEFORE}\`, measured in this run: ${SSR_ROUNDS} rounds of each, interleaved, one process each, medians.` : ''}

${ssrCompareTable ? `## Server rendering, before and after\n\n${ssrCompareTable}\n\n- Each render (or page of 50) runs in a task of its own, as a server's requests do (see \`bench/ssr.mjs\`).\n\n` : ''}## Scaling

${scalingTable}

- Browser times run from the bundle's \`<script>\` to every element's \`newsprint-load\` (or \`newsprint-error\`) plus a layout, so they include loading and compiling the bundle once: the per-unit figure of the smallest case carries that fixed cost.
- Past a limit the data is refused with a \`newsprint-error\` naming the field (HTML over 262,144 characters; more than 200 FAQ questions): those rows time the refusal, not a render.
`;
writeFileSync(new URL('bench/RESULTS.md', repo), report);
console.log(report);

if (cls !== 0) {
  console.error(`bench: layout shift is ${cls}, not 0: ${JSON.stringify(shifts, null, 1)}`);
  process.exit(1);
}
