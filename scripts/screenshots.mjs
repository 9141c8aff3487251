// `npm run screenshots`: every element, in the states a reader meets, on a light host page (a
// 19px Georgia blog on #fbfaf7) and a dark one (#121212), at 320, 768 and 1280 px, with no
// `theme`, `theme="light"` and `theme="dark"`: 18 pages, each cut into its sections (the article
// in a blog column; a grid of cards with a lead, an image-less, a compact, a failed-image and an
// error card; a 244px rail with a card, a long byline and a loading article; narrow extras: an
// article in a 244px column, two 135px cards, an Arabic article, a part styled by the page; a
// figure and an FAQ). PNGs go to `.shots/` (or the folder given), to be opened and judged.
// Run `npm run build` first; Chromium from CHROME_PATH or /usr/bin/chromium.
//
//   node scripts/screenshots.mjs [out-dir] [name filter, a regular expression]
import http from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../', import.meta.url));
const [out = join(root, '.shots'), filter] = process.argv.slice(2);
const types = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.css': 'text/css',
};
const seed = JSON.parse(readFileSync(join(root, 'test/fixtures/cuba-medics.json'), 'utf8'));
const seedUrl = '/test/fixtures/cuba-medics.json';
const authors = [
  { name: 'Ernesto Alvarez', jobTitle: 'Havana correspondent' },
  { name: 'Ana Beltrán' },
  { name: 'Jorge Luis Peña' },
  { name: 'Luis Gómez' },
];
/** Inline data for a card: the seed's teaser, changed by `extra`. */
const teaser = (extra = {}) =>
  JSON.stringify({
    headline: seed.headline,
    url: seed.url,
    section: seed.section,
    description: seed.description,
    datePublished: seed.datePublished,
    authors: seed.authors,
    image: { ...seed.image, src: '/test/fixtures/assets/cuba-medics-flight-600.jpg' },
    ...extra,
  }).replace(/</g, '\\u003c');
const arabic = JSON.stringify({
  headline: 'عودة الأطباء الكوبيين من فنزويلا تُقدَّم كانتصار',
  description: 'تقدم هافانا عودة أطبائها كتناوب روتيني.',
  url: seed.url,
  language: 'ar',
  datePublished: seed.datePublished,
  authors: [{ name: 'إرنستو ألفاريز' }],
  body: '<p>في خضم موجة من الخطاب المنتصر والشعارات الوطنية، تواصل وسائل التواصل الاجتماعي نشر صور الوداع.</p>',
});

function page(host, theme) {
  const t = theme === 'none' ? '' : ` theme="${theme}"`;
  const [background, text] = host === 'dark' ? ['#121212', '#e4e4e4'] : ['#fbfaf7', '#222'];
  const card = (data, attributes = '') =>
    `<newsprint-card${attributes}${t}><script type="application/json">${data}</script></newsprint-card>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { margin: 0; background: ${background}; color: ${text}; font: 19px/1.6 Georgia, serif }
main { max-width: 720px; margin: 0 auto; padding: 16px }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 20px;
  max-width: 1200px; margin: 0 auto; padding: 16px }
.lead { grid-column: span 2 } @media (max-width: 560px) { .lead { grid-column: auto } }
.rail { display: flex; flex-wrap: wrap; gap: 24px; padding: 16px } .rail > div { width: 244px; flex: none }
.rail > .narrow { width: 135px } .rail > .wide { width: 420px }
h2 { margin: 24px 16px 0; font: 700 15px system-ui; letter-spacing: 0.05em; text-transform: uppercase }
newsprint-article::part(author) { color: #b0006d }
</style></head><body>
<main><h1>A reader's blog</h1>
<p>Here is the story everyone is talking about. It sits in my column, next to my own typography.</p>
<newsprint-article${t} src="${seedUrl}"></newsprint-article>
<p>Thanks for reading. The comments are below.</p></main>
<h2>Cards in a grid</h2>
<div class="grid">
${card(teaser({ authors }), ' class="lead" layout="horizontal"')}
${card(teaser())}
${card(teaser({ image: undefined, headline: 'An image-less card whose headline runs on for a while' }))}
${card(teaser({ authors }), ' layout="compact"')}
${card(teaser({ image: { src: '/missing.jpg', alt: 'A picture that never arrives' } }))}
<newsprint-card${t} src="/missing.json"><a href="https://example.com/story">Read the story</a></newsprint-card>
</div>
<h2>A 244px rail</h2>
<div class="rail">
<div>${card(teaser({ authors }))}</div>
<div><newsprint-byline${t}><script type="application/json">${JSON.stringify({
    authors,
    datePublished: seed.datePublished,
    dateModified: '2026-01-27T10:00:00Z',
  })}</script></newsprint-byline></div>
<div><newsprint-article${t} src="/never.json"></newsprint-article></div>
</div>
<h2>Narrow columns, Arabic, a part styled by the page</h2>
<div class="rail">
<div><newsprint-article${t} src="${seedUrl}"></newsprint-article></div>
<div class="narrow">${card(teaser({ authors }))}</div>
<div class="narrow">${card(teaser({ image: undefined }))}</div>
<div class="wide"><newsprint-article lang="ar"${t}><script type="application/json">${arabic}</script></newsprint-article></div>
</div>
<main><h2>Figure and FAQ</h2>
<newsprint-figure${t} src="${seedUrl}"></newsprint-figure>
<newsprint-faq${t} src="${seedUrl}"></newsprint-faq></main>
<script src="/dist/newsprint.js"></script></body></html>`;
}

const server = http.createServer((request, response) => {
  const { pathname } = new URL(request.url, 'http://localhost');
  if (pathname === '/never.json') return; // stays loading: the skeleton
  if (pathname.startsWith('/page/')) {
    const [, , host, theme] = pathname.split('/');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return response.end(page(host, theme));
  }
  const file = join(root, normalize(pathname));
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404);
    return response.end();
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
mkdirSync(out, { recursive: true });
const sections = ['article', 'grid', 'rail', 'narrow', 'figure-faq'];
let count = 0;
for (const host of ['light', 'dark']) {
  for (const theme of ['none', 'light', 'dark']) {
    for (const width of [320, 768, 1280]) {
      const name = `${host}-host_${theme}_${width}`;
      if (filter && !new RegExp(filter).test(name)) continue;
      const tab = await browser.newPage({ viewport: { width, height: 900 } });
      tab.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
      await tab.goto(`${origin}/page/${host}/${theme}`);
      // Every element loaded (or failed) but the one left loading, and its pictures decoded.
      await tab.waitForFunction(() =>
        [...document.querySelectorAll('newsprint-article, newsprint-card, newsprint-byline')]
          .filter((element) => element.getAttribute('src') !== '/never.json')
          .every((element) => element.shadowRoot?.querySelector('.base')),
      );
      await tab.waitForTimeout(800);
      const boxes = await tab.$$('main, .grid, .rail');
      for (const [index, box] of boxes.entries()) {
        await box.screenshot({ path: join(out, `${name}_${sections[index]}.png`) });
        count++;
      }
      await tab.close();
    }
  }
}
await browser.close();
server.close();
console.log(`${count} screenshots in ${out}`);
