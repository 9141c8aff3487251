/**
 * Hydration on a page served at another URL than the `pageUrl` the server rendered for (issue #16,
 * finding 4): an FAQ answer with a relative link resolves differently there, Lit's hydration
 * threw "Hydration value mismatch" twice (unhandled rejections) and left the FAQ dead. Now the
 * element renders afresh: no page error, working buttons, links resolved for this page.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, ssr } from './helpers.js';

// The script-tag build: dist/newsprint.js and the chunk files it loads from beside it.
const BUILD_FILE = /^\/(newsprint\.js|newsprint-chunks\/[\w.-]+\.js)$/;
const faq = {
  headline: 'Moved',
  faq: {
    items: [
      { question: 'Where?', answer: '<p>See <a href="related/story">the story</a>.</p>' },
      { question: 'When?', answer: '<p>Now.</p>' },
    ],
  },
};
const serverHtml = ssr.renderElementToString('newsprint-faq', {
  article: faq,
  pageUrl: 'https://example.com/news/',
});

let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  server = createServer((request, response) => {
    const file = BUILD_FILE.exec(request.url ?? '')?.[1];
    if (file) {
      const source = readFileSync(new URL(`dist/${file}`, root), 'utf8');
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(source);
      return;
    }
    response
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end(
        `<!doctype html><html lang="en"><body>${serverHtml}<script src="/newsprint.js"></script></body></html>`,
      );
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

describe('hydration at another URL than pageUrl (finding 4)', () => {
  it('renders afresh instead of dying: no page error, the FAQ works, new data renders', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${origin}/preview/other/path.html`);
    await page.waitForFunction(() => customElements.get('newsprint-faq') !== undefined);
    const state = await page.evaluate(async () => {
      const element = document.querySelector('newsprint-faq') as HTMLElement & {
        updateComplete: Promise<unknown>;
        article: unknown;
      };
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const root = element.shadowRoot!;
      const questions = () => [...root.querySelectorAll<HTMLElement>('[part="question"]')];
      const before = questions()[0]!.getAttribute('aria-expanded');
      questions()[0]!.click();
      await element.updateComplete;
      const after = questions()[0]!.getAttribute('aria-expanded');
      const link = root.querySelector<HTMLAnchorElement>('[part="answer"] a')?.href;
      element.article = { items: [{ question: 'New?', answer: '<p>Yes.</p>' }] };
      await element.updateComplete;
      return {
        before,
        after,
        link,
        count: questions().length,
        newQuestion: questions()[0]!.textContent!.trim(),
        styled: getComputedStyle(element).display,
      };
    });
    await page.close();
    expect(errors).toEqual([]);
    expect(state.before).not.toBe(state.after);
    expect(state.link).toBe(`${origin}/preview/other/related/story`);
    expect(state.count).toBe(1);
    expect(state.newQuestion).toBe('New?');
    expect(state.styled).toBe('block');
  });
});
