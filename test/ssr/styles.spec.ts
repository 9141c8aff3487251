/**
 * The `<style>` in server output (src/ssr/styles.ts): the rules of the views the server renders,
 * without the loading and error views' rules, comments and spare whitespace; and in Chromium, a
 * hydrated element adopts its whole sheets, so an error view after hydration is styled.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, root, seed, shadow, ssr } from './helpers.js';

const PAGE = 'https://news.example/world/';
type Tag = (typeof ssr.NEWSPRINT_TAGS)[number];
const render = (tag: Tag, article: unknown, attributes?: Record<string, string | boolean>) =>
  ssr.renderElementToString(tag, { article, pageUrl: PAGE, attributes });

/** The same rule as src/ssr/styles.ts (kept apart: the test must not trust the code it tests). */
const STATE_CLASS =
  /^(?:loading|skeleton|bar|lines|row|error)$|^error-|-(?:error|loading|skeleton|bar)$/;

const withoutImage = { ...seed, image: undefined };
const unsafeImage = { ...seed, image: { ...(seed.image as object), src: 'javascript:alert(1)' } };
/** Every view the server renders: each element, each layout, with and without (a safe) image. */
const renders: Array<[string, string]> = [
  ...ssr.NEWSPRINT_TAGS.map((tag): [string, string] => [tag, render(tag, seed)]),
  ['article without image', render('newsprint-article', withoutImage)],
  ['figure with an unsafe src', render('newsprint-figure', unsafeImage)],
  ['card, horizontal', render('newsprint-card', seed, { layout: 'horizontal' })],
  ['card, compact', render('newsprint-card', seed, { layout: 'compact' })],
  ['card without image', render('newsprint-card', withoutImage)],
  ['byline, compact', render('newsprint-byline', seed, { compact: true })],
  ['FAQ, multiple', render('newsprint-faq', seed, { multiple: true })],
];

/** Every element in the server output, through the nested declarative shadow roots. */
function elementsOf(node: ParentNode): Element[] {
  const out: Element[] = [];
  for (const element of node.querySelectorAll('*')) {
    out.push(element);
    const template = element.querySelector(':scope > template[shadowrootmode="open"]');
    if (template) out.push(...elementsOf(shadow(element)));
  }
  return out;
}

const stylesOf = (htmlText: string) =>
  [...htmlText.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1]);

describe('server CSS', () => {
  it('leaves out only rules no server-rendered view can match', () => {
    for (const [what, htmlText] of renders) {
      const classes = new Set(
        elementsOf(parse(htmlText).body).flatMap((element) => [...element.classList]),
      );
      const state = [...classes].filter((name) => STATE_CLASS.test(name));
      expect(state, `${what} renders a class the server's CSS leaves out`).toEqual([]);
      expect(classes.size, what).toBeGreaterThan(3);
    }
  });

  it('has no rule of the loading and error views, no comment and no line break', () => {
    const card = stylesOf(render('newsprint-card', seed));
    expect(card).toHaveLength(1);
    const css = card[0];
    for (const selector of [
      '.loading',
      '.bar',
      '.error',
      '.error-icon',
      '.card-error',
      '.skeleton',
    ]) {
      expect(css).not.toMatch(new RegExp(`\\${selector}(?![\\w-])`));
    }
    expect(css).not.toContain('@keyframes newsprint-pulse');
    expect(css).not.toMatch(/\/\*|\n/);
    // …and the rules of what it does render, including the views of a picture that failed.
    for (const rule of [':host{display:block}', '.link::after{', '.placeholder{', '.media img{']) {
      expect(css).toContain(rule);
    }
    expect(css).toMatch(/@container \(min-width:420px\)\{:host\(\[layout='horizontal'\]\)/);
  });

  it('is the same text for every element of a class', () => {
    const cards = [0, 1, 2].map(
      (i) => stylesOf(render('newsprint-card', { ...seed, headline: `${i}` }))[0],
    );
    expect(new Set(cards).size).toBe(1);
    const faq = stylesOf(render('newsprint-faq', seed));
    const nestedFaq = stylesOf(render('newsprint-article', seed)).find((css) =>
      css.includes('.answer'),
    );
    expect(nestedFaq).toBe(faq[0]);
  });
});

// The script-tag build: dist/newsprint.js and the chunk files it loads from beside it.
const BUILD_FILE = /^\/(newsprint\.js|newsprint-chunks\/[\w.-]+\.js)$/;
let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const page = `<!doctype html><html lang="en"><body>${render('newsprint-card', seed)}<script src="/newsprint.js" defer></script></body></html>`;
  server = createServer((request, response) => {
    const file = BUILD_FILE.exec(request.url ?? '')?.[1];
    if (file) {
      const source = readFileSync(new URL(`dist/${file}`, root), 'utf8');
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(source);
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
  });
  origin = await new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('a hydrated element, in Chromium', () => {
  it('adopts its whole sheets, so the error view it shows later is styled', async () => {
    const context = await browser.newContext({ viewport: { width: 400, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('newsprint-card') !== undefined);
    const result = await page.evaluate(async () => {
      const card = document.querySelector('newsprint-card') as HTMLElement & {
        article: unknown;
        updateComplete: Promise<unknown>;
      };
      await card.updateComplete;
      const root = card.shadowRoot!;
      const sheets = root.adoptedStyleSheets.length;
      const hydrated = root.querySelector('.headline')?.textContent?.trim();
      const failed = new Promise((resolve) =>
        card.addEventListener('newsprint-error', resolve, { once: true }),
      );
      card.article = { url: 'https://news.example/story' }; // no headline: an error
      await failed;
      await card.updateComplete;
      const style = (selector: string) => {
        const element = root.querySelector(selector);
        return element ? getComputedStyle(element) : undefined;
      };
      return {
        sheets,
        hydrated,
        errorDisplay: style('.error')?.display,
        layoutDisplay: style('.error-layout')?.display,
        shapeVisibility: style('.error-shape')?.visibility,
      };
    });
    await context.close();
    expect(result.hydrated).toMatch(/^Mission Accomplished\?/);
    expect(result.sheets).toBeGreaterThanOrEqual(3);
    // Unstyled, these would be a block, a block and visible.
    expect(result.errorDisplay).toBe('flex');
    expect(result.layoutDisplay).toBe('grid');
    expect(result.shapeVisibility).toBe('hidden');
  });
});
