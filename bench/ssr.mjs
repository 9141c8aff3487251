// Server rendering in Node (`dist/ssr/index.js`), for `npm run bench` (or alone:
// `node bench/ssr.mjs`, after `npm run build`):
//
//   article   the seed story through `renderElementToString('newsprint-article')`, against the
//             baseline: DOMPurify on its own jsdom window sanitizing the same body and FAQ
//             answers, plus one template string of the story's visible fields. No CSS, no
//             declarative shadow DOM, no nested elements: the least a server can do.
//   card      `<newsprint-card>` given the whole seed article, the same story as schema.org
//             JSON-LD (the JSON-LD the article writes with `structuredData`), and a teaser
//             (headline, url, section, description, date, authors, image only).
//   50 cards  fifty different cards rendered one after another, as a page of teasers is.
//   CSS       bytes of `<style>` text in each element's server output (raw and gzip -9), and in
//             a page of 50 cards.
//   scaling   cards 1/10/100/1,000; body 10 KB/100 KB/1 MB; FAQ 3/30/300 questions.
//
// Each time is the median of many renders after a warm-up, in this process. The article and its
// baseline are timed twice: first as they always were (5 renders of warm-up, then the article's
// runs, then the baseline's, which finds jsdom's and parse5's code already optimized by the
// article's renders), and then warm, alternating one render of each after 200 of each
// (`timePair`): V8 takes about a hundred renders to optimize a render's code, and the first
// measurement mostly timed that.
// Every render (or page of renders) is its own task, as each request is on a server: within one
// synchronous task jsdom keeps every document DOMPurify parsed alive (its NodeIterator list holds
// WeakRefs, whose targets live until the task ends), so a loop of renders in one task measured a
// growing heap, not a render (the "5.8 ms a question" of the FAQ, see RESULTS.md).
//
// `node bench/ssr.mjs [--dist=path/to/dist]` prints the figures as JSON (A/B against another build).
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

const repo = new URL('..', import.meta.url);
const PAGE = 'https://news.example/world/';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const nextTask = () => new Promise((resolve) => setImmediate(resolve));

/** Median milliseconds of `work()` over `runs` runs, after `warm` unmeasured ones; one task each. */
async function time(work, { runs = 30, warm = 5 } = {}) {
  for (let i = 0; i < warm; i++) {
    work();
    await nextTask();
  }
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
    await nextTask();
  }
  return median(times);
}

/**
 * Medians of `a()` and `b()` run alternately, one task each, after `warm` unmeasured pairs: both
 * see the same machine load, and both run warm (V8 optimizes a render's code over its first
 * hundred or so renders; a server renders far more).
 */
async function timePair(a, b, { runs = 100, warm = 200 } = {}) {
  const timesA = [];
  const timesB = [];
  for (let i = 0; i < warm + runs; i++) {
    for (const [work, times] of [
      [a, timesA],
      [b, timesB],
    ]) {
      const start = performance.now();
      work();
      if (i >= warm) times.push(performance.now() - start);
      await nextTask();
    }
  }
  return [median(timesA), median(timesB)];
}

/** What `work()` throws (its message), or undefined. */
function thrown(work) {
  try {
    work();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const escape = (text) =>
  String(text ?? '').replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char],
  );

/** The baseline: DOMPurify on jsdom for the HTML fields, a template string for the rest. */
function baselineRenderer() {
  const purify = createDOMPurify(new JSDOM('').window);
  return (story) => {
    const faq = (story.faq?.items ?? [])
      .map(
        (item) =>
          `<details><summary>${escape(item.question)}</summary>${purify.sanitize(item.answer)}</details>`,
      )
      .join('');
    const authors = (story.authors ?? []).map((author) => escape(author.name)).join(', ');
    const image = story.image
      ? `<figure><img src="${escape(story.image.src)}" alt="${escape(story.image.alt)}"><figcaption>${escape(story.image.caption)} ${escape(story.image.credit)}</figcaption></figure>`
      : '';
    return `<article><p>${escape(story.section)}</p><h1>${escape(story.headline)}</h1><p>${authors} <time datetime="${escape(story.datePublished)}">${escape(story.datePublished)}</time></p>${image}${purify.sanitize(story.body ?? '')}<section><h2>${escape(story.faq?.title)}</h2>${faq}</section></article>`;
  };
}

/** `<style>` text in server output: bytes, gzip bytes, and how many style elements. */
export function cssIn(html) {
  const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1]);
  const text = styles.join('');
  return {
    count: styles.length,
    bytes: Buffer.byteLength(text),
    gzip: text ? gzipSync(text, { level: 9 }).length : 0,
    distinct: new Set(styles).size,
  };
}

/** Every figure of the server-rendering part of the bench. */
export async function ssrBench({ runs = 30, dist = new URL('dist/', repo) } = {}) {
  const ssr = await import(new URL('ssr/index.js', dist).href);
  const seed = JSON.parse(readFileSync(new URL('test/fixtures/cuba-medics.json', repo), 'utf8'));
  const render = (tag, article, attributes) =>
    ssr.renderElementToString(tag, { article, pageUrl: PAGE, attributes });

  // The same story as JSON-LD, as the article itself writes it.
  const withJsonLd = ssr.renderElementToString('newsprint-article', {
    article: seed,
    pageUrl: PAGE,
    structuredData: true,
  });
  const jsonLd = JSON.parse(
    /<script type="application\/ld\+json"[^>]*>([^<]*)<\/script>/.exec(withJsonLd)[1],
  );
  const teaser = {
    headline: seed.headline,
    url: seed.url,
    section: seed.section,
    description: seed.description,
    datePublished: seed.datePublished,
    authors: seed.authors,
    image: seed.image,
  };
  const card = (i, story = seed) => ({
    ...story,
    headline: `${story.headline} (${i + 1})`,
    url: `${story.url}-${i + 1}`,
  });

  const baseline = baselineRenderer();
  const result = {
    article: await time(() => render('newsprint-article', seed), { runs }),
    articleBaseline: await time(() => baseline(seed), { runs }),
    card: {
      'whole article': await time(() => render('newsprint-card', seed), { runs: runs * 2 }),
      'schema.org JSON-LD': await time(() => render('newsprint-card', jsonLd), { runs: runs * 2 }),
      teaser: await time(() => render('newsprint-card', teaser), { runs: runs * 2 }),
    },
    ...(await timePair(
      () => render('newsprint-article', seed),
      () => baseline(seed),
      { runs: runs * 3 },
    ).then(([article, baseline]) => ({ articleWarm: article, articleBaselineWarm: baseline }))),
    fiftyCards: await time(
      () => {
        for (let i = 0; i < 50; i++) render('newsprint-card', card(i));
      },
      { runs: Math.max(5, runs / 3), warm: 2 },
    ),
  };

  // CSS bytes per server-rendered element (its whole output), and for a page of 50 cards.
  const outputs = {
    'newsprint-article (with byline, figure, FAQ)': render('newsprint-article', seed),
    'newsprint-card': render('newsprint-card', teaser),
    'newsprint-byline': render('newsprint-byline', seed),
    'newsprint-figure': render('newsprint-figure', seed),
    'newsprint-faq': render('newsprint-faq', seed),
  };
  result.css = Object.fromEntries(
    Object.entries(outputs).map(([tag, html]) => [
      tag,
      { ...cssIn(html), html: Buffer.byteLength(html), htmlGzip: gzipSync(html).length },
    ]),
  );
  const page = Array.from({ length: 50 }, (_, i) => render('newsprint-card', card(i))).join('\n');
  result.css['50 cards'] = {
    ...cssIn(page),
    html: Buffer.byteLength(page),
    htmlGzip: gzipSync(page, { level: 9 }).length,
  };

  // Scaling: cost per size, and what the limits do past them.
  const paragraph = `<p>${seed.body.replace(/<[^>]+>/g, ' ').slice(0, 480)}</p>`; // about 500 B
  const bodyOf = (bytes) => paragraph.repeat(Math.ceil(bytes / paragraph.length));
  const faqOf = (n) => ({
    headline: seed.headline,
    faq: {
      title: seed.faq.title,
      items: Array.from({ length: n }, (_, i) => ({
        question: `${seed.faq.items[i % 3].question} (${i + 1})`,
        // Each answer different: the server remembers a sanitized HTML string within one render.
        answer: `${seed.faq.items[i % 3].answer}<p>(${i + 1})</p>`,
      })),
    },
  });
  const scaling = [];
  for (const n of [1, 10, 100, 1000]) {
    scaling.push({
      what: `${n} card${n > 1 ? 's' : ''}`,
      ms: await time(
        () => {
          for (let i = 0; i < n; i++) render('newsprint-card', card(i));
        },
        { runs: n >= 1000 ? 3 : n >= 100 ? 5 : 20, warm: 1 },
      ),
      per: n,
    });
  }
  for (const [label, bytes] of [
    ['10 KB', 10 * 1024],
    ['100 KB', 100 * 1024],
    ['1 MB', 1024 * 1024],
  ]) {
    const story = { ...seed, body: bodyOf(bytes) };
    const error = thrown(() => render('newsprint-article', story));
    scaling.push({
      what: `body of ${label}`,
      ms: await time(() => thrown(() => render('newsprint-article', story)), {
        runs: bytes > 200_000 ? 5 : 10,
        warm: 1,
      }),
      per: bytes / 1024,
      unit: 'KB',
      error,
    });
  }
  for (const n of [3, 30, 300]) {
    const story = faqOf(n);
    const error = thrown(() => render('newsprint-faq', story));
    scaling.push({
      what: `FAQ of ${n} questions`,
      ms: await time(() => thrown(() => render('newsprint-faq', story)), { runs: 10, warm: 1 }),
      per: n,
      error,
    });
  }
  result.scaling = scaling;
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length);
  const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 30);
  const options = { runs, ...(dist ? { dist: pathToFileURL(`${dist.replace(/\/$/, '')}/`) } : {}) };
  console.log(JSON.stringify(await ssrBench(options), null, 1));
}
