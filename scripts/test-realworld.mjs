// Real-world JSON-LD check (`npm run test:realworld`): renders the schema.org JSON-LD of real news
// pages through the built script-tag bundle (`dist/newsprint.js`) in headless Chromium and applies
// the corpus's pass rule. The corpus is third-party data and never part of this repository: it is
// read from `$NEWSPRINT_REALWORLD`, else from `shared/realworld/` in the folder that holds the
// repository (`../shared/realworld/` seen from the repository's root).
//
// One page: a `<newsprint-article>` whose children are all of the page's `rawBlocks`, in page order,
// as inline `<script type="application/ld+json">`. It passes when it fires `newsprint-load` and its
// rendered text (shadow roots included) holds the expected headline and every expected author name,
// with no `[object Object]`, `Invalid Date`, `undefined`/`null`/`NaN` or raw entity; a page whose data
// has no headline passes with a `newsprint-error` (or with its `name` shown instead).
//
// Prints one line per failure with its reason, `N passed, M failed`, and the time per page; exits 1
// on any failure. `--min N` passes with at least N pages instead of all; `--parsed` renders the
// corpus's own parsed values (`jsonld`) instead of the raw block text, to tell JSON repair apart.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.env.NEWSPRINT_REALWORLD || join(root, '..', 'shared', 'realworld'));
const minArg = process.argv.indexOf('--min');
const minimum = minArg >= 0 ? Number(process.argv[minArg + 1]) : undefined;
const parsedOnly = process.argv.includes('--parsed');

if (!existsSync(corpus)) {
  console.error(`No corpus at ${corpus}: set NEWSPRINT_REALWORLD to its folder.`);
  process.exit(2);
}
const bundle = join(root, 'dist', 'newsprint.js');
if (!existsSync(bundle)) {
  console.error('No dist/newsprint.js: run `npm run build` first.');
  process.exit(2);
}

const pages = readdirSync(corpus)
  .filter((name) => name.endsWith('.json') && !name.startsWith('_'))
  .sort()
  .map((name) => ({ name, ...JSON.parse(readFileSync(join(corpus, name), 'utf8')) }));

// The bundle's own folder, so it can load further files of the same build from beside itself.
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  if (path === '/') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html lang="en"><body><script src="/dist/newsprint.js"></script>');
    return;
  }
  const file = resolve(root, `.${path}`);
  if (!file.startsWith(join(root, 'dist')) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'],
});

/** Renders one page's blocks in the browser: the event that came, and the rendered text. */
function renderInBrowser({ blocks }) {
  return new Promise((done) => {
    const element = document.createElement('newsprint-article');
    for (const text of blocks) {
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = text;
      element.append(script);
    }
    // The text a reader sees: shadow roots followed, light DOM (the data scripts) and CSS skipped.
    const textOf = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.data;
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE)
        return '';
      if (node.localName === 'style' || node.localName === 'script') return '';
      const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
      return [...children].map(textOf).join(' ');
    };
    const finish = async (kind, message) => {
      element.removeEventListener('newsprint-load', onLoad);
      element.removeEventListener('newsprint-error', onError);
      // Nested elements (byline, figure) render in their own updates.
      await new Promise((next) => requestAnimationFrame(() => setTimeout(next)));
      const text = textOf(element).replace(/\s+/g, ' ').trim();
      element.remove();
      done({ kind, message, text });
    };
    const onLoad = () => finish('load');
    const onError = (event) => finish('error', event.detail.message);
    element.addEventListener('newsprint-load', onLoad);
    element.addEventListener('newsprint-error', onError);
    setTimeout(() => finish('timeout'), 5000);
    document.body.append(element);
  });
}

const normalize = (text) => String(text).replace(/\s+/g, ' ').trim();
const BAD_TEXT = [
  [/\[object Object\]/, '[object Object]'],
  [/Invalid Date/, 'Invalid Date'],
  [/\b(?:undefined|null|NaN)\b/, 'undefined/null/NaN'],
  [/&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/i, 'raw entity'],
];

/** Why a page fails, or undefined when it passes (the corpus README's rule). */
function judge(page, result) {
  const { expect, meta } = page;
  const bad = BAD_TEXT.find(([pattern]) => pattern.test(result.text));
  if (expect.headline === null) {
    if (result.kind === 'error') return undefined;
    if (result.kind !== 'load') return `no event (${result.kind})`;
    if (bad) return `shows ${bad[1]}: ${excerpt(result.text, bad[0])}`;
    const name = meta?.headlineFallback;
    return name && result.text.includes(normalize(name))
      ? undefined
      : 'no headline in the data, yet no error and no name shown';
  }
  if (result.kind !== 'load') {
    return `${result.kind}${result.message ? `: ${result.message.slice(0, 160)}` : ''}`;
  }
  if (!result.text.includes(normalize(expect.headline))) {
    return `headline ${JSON.stringify(expect.headline.slice(0, 60))} not shown`;
  }
  const missing = (expect.authors ?? []).filter((name) => !result.text.includes(normalize(name)));
  if (missing.length) return `author(s) not shown: ${missing.join(', ')}`;
  if (bad) return `shows ${bad[1]}: ${excerpt(result.text, bad[0])}`;
  return undefined;
}

function excerpt(text, pattern) {
  const at = text.search(pattern);
  return JSON.stringify(text.slice(Math.max(0, at - 30), at + 40));
}

let failed = 0;
const started = performance.now();
const times = [];
try {
  const tab = await browser.newPage();
  const pageErrors = [];
  tab.on('pageerror', (error) => pageErrors.push(error.message));
  await tab.goto(`${origin}/`);
  // The bundle has run. It defines <newsprint-article> once that element's code has arrived,
  // which it asks for when the tag first appears: the first page's element.
  await tab.waitForFunction(() => globalThis[Symbol.for('newsprint.loaded')] === true);
  for (const page of pages) {
    const before = performance.now();
    const blocks = parsedOnly ? page.jsonld.map((value) => JSON.stringify(value)) : page.rawBlocks;
    const result = await tab.evaluate(renderInBrowser, { blocks });
    times.push(performance.now() - before);
    let reason = judge(page, result);
    if (!reason && pageErrors.length) reason = `page error: ${pageErrors.join('; ')}`;
    pageErrors.length = 0;
    if (reason) {
      failed += 1;
      console.log(`FAIL ${page.name}: ${reason}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const passed = pages.length - failed;
const total = performance.now() - started;
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
console.log(`${passed} passed, ${failed} failed`);
console.log(
  `time per page: median ${median.toFixed(1)} ms, slowest ${(times.at(-1) ?? 0).toFixed(1)} ms (${(total / 1000).toFixed(1)} s in all, browser start included)`,
);
process.exit(passed >= (minimum ?? pages.length) ? 0 : 1);
