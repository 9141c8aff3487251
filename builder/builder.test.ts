// The embed builder as a blogger uses it, in headless Chromium: paste the seed story with the
// keyboard, pick the options, copy the snippet, then paste that snippet into a fresh "blog" page
// where the pinned CDN address is served the built bundle, and the browser checks its integrity.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const builderDir = join(root, 'dist/builder');
const bundleBytes = readFileSync(join(root, 'dist/newsprint.js'));
const seed = readFileSync(join(root, 'test/fixtures/cuba-medics.json'), 'utf8');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};
// Computed here from the built file, independently of the builder's own build step.
const integrity = `sha384-${createHash('sha384').update(bundleBytes).digest('base64')}`;
const cdnUrl = `https://cdn.jsdelivr.net/npm/newsprint@${version}/dist/newsprint.js`;
const headline = 'Mission Accomplished? Havana Masks';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.jpg': 'image/jpeg',
};

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(builderDir, 'index.html'))) {
    throw new Error('dist/builder is missing: run `npm run build` first.');
  }
  // dist/builder as any static host serves it.
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(builderDir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(builderDir) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions, apart from failed loads (in `missing`). */
  errors: string[];
  /** Addresses that answered 404. */
  missing: string[];
}

async function openBuilder(colorScheme: 'light' | 'dark' = 'light'): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  const errors: string[] = [];
  const missing: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto(base);
  await page.waitForFunction(() => customElements.get('newsprint-faq') !== undefined);
  return { context, page, errors, missing };
}

/** Pastes through the system clipboard and Ctrl+V, as a blogger does. */
async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.focus(selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

const statusText = (page: Page) => page.locator('#source-status').innerText();

/**
 * A fresh blog post with the snippet in it, served from https://blog.example; the snippet's CDN
 * address answers with `bundle` and CORS, as jsDelivr does.
 */
async function openBlog(snippet: string, bundle: Buffer) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
  let bundleRequests = 0;
  await page.route(cdnUrl, (route) => {
    bundleRequests++;
    return route.fulfill({
      status: 200,
      headers: {
        'content-type': 'text/javascript; charset=utf-8',
        'access-control-allow-origin': '*',
      },
      body: bundle,
    });
  });
  // The further files of the same build the bundle loads (each checked by its integrity hash).
  await page.route('https://cdn.jsdelivr.net/npm/newsprint@*/dist/newsprint-chunks/*.js', (route) =>
    route.fulfill({
      status: 200,
      headers: {
        'content-type': 'text/javascript; charset=utf-8',
        'access-control-allow-origin': '*',
      },
      body: readFileSync(
        join(root, 'dist', new URL(route.request().url()).pathname.split('/dist/')[1]),
      ),
    }),
  );
  await page.route('https://cdn.jsdelivr.net/npm/newsprint@*/dist/newsprint.js.map', (route) =>
    route.fulfill({ status: 404, body: '' }),
  );
  await page.route('https://blog.example/**', (route) =>
    new URL(route.request().url()).pathname === '/post'
      ? route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My post</title></head><body><h1>My post</h1>\n${snippet}\n<p>The end.</p></body></html>`,
        })
      : route.fulfill({ status: 404, body: '' }),
  );
  await page.goto('https://blog.example/post');
  return { context, page, console, requests: () => bundleRequests };
}

describe('the embed builder', () => {
  it('turns the pasted seed story into a pinned snippet that renders it on a blog', async () => {
    const { context, page, errors, missing } = await openBuilder();

    await paste(page, '#source', seed);
    expect(await page.inputValue('#source')).toBe(seed);
    const preview = page.locator('#preview newsprint-article');
    await expect.poll(() => preview.locator('[part="headline"]').textContent()).toContain(headline);
    // The seed's picture address is relative: fine in the preview, wrong on a blog. Say so.
    await expect.poll(() => statusText(page)).toMatch(/not complete/);
    expect(await statusText(page)).toContain('assets/cuba-medics-flight.jpg” (image.src)');

    // A card, picture beside the text, dark, in Spanish.
    await page.getByRole('radio', { name: 'A teaser card' }).check();
    const card = page.locator('#preview newsprint-card');
    await expect.poll(() => card.locator('[part="headline"]').textContent()).toContain(headline);
    // By default no theme: the card follows the blog page's colours; the choice adds one.
    expect(await card.getAttribute('theme')).toBe(null);
    expect(await page.getByRole('radio', { name: "The blog's own colours" }).isChecked()).toBe(
      true,
    );
    await page.getByRole('radio', { name: 'Picture beside the text' }).check();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByLabel('Language of dates and labels').selectOption('es');
    await expect.poll(() => card.getAttribute('layout')).toBe('horizontal');
    expect(await card.getAttribute('theme')).toBe('dark');
    expect(await card.getAttribute('lang')).toBe('es');
    expect(await page.locator('#preview').getAttribute('data-theme')).toBe('dark');
    // The preview speaks Spanish: the date is "26 de enero de 2026".
    await expect.poll(() => card.locator('time').first().textContent()).toMatch(/enero/);

    await page.getByRole('button', { name: 'Copy the snippet' }).click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toMatch(/^Copied/);
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(await page.inputValue('#snippet'));
    expect(snippet.split('\n')[0]).toBe(
      `<script src="${cdnUrl}" integrity="${integrity}" crossorigin="anonymous" async></script>`,
    );
    const story = JSON.parse(seed) as { url: string; headline: string };
    expect(snippet).toContain(
      `<newsprint-card layout="horizontal" theme="dark" lang="es">\n  <a href="${story.url}">${story.headline}</a>\n  <script type="application/json">`,
    );
    const inline = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(snippet)![1]!;
    expect(JSON.parse(inline)).toEqual(JSON.parse(seed));
    expect(errors).toEqual([]);
    // Only the seed's relative picture is missing: it resolves against the builder's own page.
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.filter((url) => !url.startsWith(`${base}assets/cuba-medics-flight`))).toEqual(
      [],
    );
    await context.close();

    // The snippet on a blog: the bundle passes its integrity check and renders the story.
    const blog = await openBlog(snippet, bundleBytes);
    const blogCard = blog.page.locator('newsprint-card');
    await expect
      .poll(() => blogCard.locator('[part="headline"]').textContent(), { timeout: 10_000 })
      .toContain(headline);
    await expect.poll(() => blogCard.locator('time').first().textContent()).toMatch(/enero/);
    expect(await blogCard.getAttribute('layout')).toBe('horizontal');
    expect(blog.requests()).toBe(1);
    expect(
      blog.console.filter((line) =>
        /integrity|pageerror|^error: (?!Failed to load resource)/i.test(line),
      ),
    ).toEqual([]);
    await blog.context.close();

    // The same snippet with one byte of the bundle changed (in its last comment, so the script
    // would still run): the browser refuses it, and nothing is defined.
    const altered = Buffer.from(bundleBytes);
    const at = altered.lastIndexOf('newsprint.js.map');
    expect(at).toBeGreaterThan(0);
    altered[at] = 'N'.charCodeAt(0);
    const tampered = await openBlog(snippet, altered);
    await expect
      .poll(() => tampered.console.find((line) => /integrity/i.test(line)), { timeout: 10_000 })
      .toMatch(/^error: .*integrity/i);
    expect(tampered.requests()).toBe(1);
    expect(
      await tampered.page.evaluate(() =>
        ['article', 'card', 'byline', 'figure', 'faq'].filter((tag) =>
          customElements.get(`newsprint-${tag}`),
        ),
      ),
    ).toEqual([]);
    expect(await tampered.page.locator('newsprint-card [part="headline"]').count()).toBe(0);
    // What the reader gets instead: the link to the story inside the element.
    const fallback = tampered.page.getByRole('link', { name: story.headline });
    expect(await fallback.getAttribute('href')).toBe(story.url);
    expect(await fallback.isVisible()).toBe(true);
    await tampered.context.close();
  });

  it('previews a story from its web address, and the snippet loads it from there', async () => {
    const { context, page, errors, missing } = await openBuilder();
    await page.getByRole('button', { name: 'Use the example story' }).click();
    const url = `${base}examples/cuba-medics.json`;
    expect(await page.inputValue('#source')).toBe(url);
    const figure = page.locator('#preview newsprint-article [part="base"] img').first();
    await expect.poll(() => statusText(page)).toMatch(/The story is ready\./);
    // Relative addresses in data from a web address resolve against it: the picture loads.
    await expect
      .poll(() => figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    // The story's own address, from the loaded data, becomes the fallback link.
    await expect
      .poll(() => page.inputValue('#snippet'))
      .toContain(
        `<newsprint-article src="${url}">\n  <a href="https://www.cubaheadlines.com/articles/mission-accomplished-havana-medical-personnel-venezuela">Mission Accomplished?`,
      );
    await page.getByRole('radio', { name: 'The questions (FAQ)' }).check();
    await expect
      .poll(() => page.locator('#preview newsprint-faq [part="question"]').count())
      .toBeGreaterThan(0);
    // The card layout means nothing to the FAQ: its choices are switched off.
    expect(await page.getByRole('radio', { name: 'Text only' }).isDisabled()).toBe(true);
    await expect.poll(() => page.inputValue('#snippet')).toContain('<newsprint-faq');
    expect(await page.inputValue('#snippet')).toContain(
      `<newsprint-faq src="${url}"></newsprint-faq>`,
    );
    expect(errors).toEqual([]);
    expect(missing).toEqual([]);
    await context.close();
  });

  it('explains malformed JSON with its line and column, and offers no snippet', async () => {
    const { context, page } = await openBuilder();
    await page.focus('#source');
    // Typed key by key, with the colon after "section" forgotten.
    await page.keyboard.type('{\n"headline": "Mission Accomplished?",\n"section" "Cuba"\n}');
    await expect.poll(() => statusText(page)).toMatch(/line 3, column 11/);
    expect(await statusText(page)).toMatch(/a colon \(:\) must follow a field name/);
    expect(await page.locator('#source').getAttribute('aria-invalid')).not.toBeNull();
    // "Go to the mistake" puts the cursor where the colon is missing.
    await page.getByRole('button', { name: 'Go to the mistake' }).click();
    expect(
      await page.evaluate(() => {
        const field = document.activeElement as HTMLTextAreaElement;
        const before = field.value.slice(0, field.selectionStart);
        return `${field.id} ${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
      }),
    ).toBe('source 3:11');
    expect(await page.locator('#copy').isDisabled()).toBe(true);
    expect(await page.inputValue('#snippet')).toBe('');
    expect(await page.locator('#preview').innerText()).toMatch(/once the problem above is fixed/);
    await context.close();
  });

  it("shows the elements' own message and the bad field's path for wrong data", async () => {
    const { context, page } = await openBuilder();
    const story = JSON.parse(seed) as { authors: Record<string, unknown>[] };
    story.authors = [{ name: 'Ernesto Alvarez' }, { role: 'Photos' }];
    await paste(page, '#source', JSON.stringify(story, null, 2));
    await expect.poll(() => statusText(page)).toMatch(/problem in the field “authors\[1\]\.name”/);
    expect(await statusText(page)).toMatch(/"authors\[1\]\.name" is missing/);
    // The element in the preview shows what a reader would see (the field is named above).
    expect(await page.locator('#preview newsprint-article [part="error"]').innerText()).toMatch(
      /This story isn’t available right now/,
    );
    expect(await page.locator('#copy').isDisabled()).toBe(true);
    // Fixing the data brings the snippet back.
    story.authors[1]!.name = 'Ana Pérez';
    await paste(page, '#source', JSON.stringify(story, null, 2));
    await expect.poll(() => page.locator('#copy').isDisabled()).toBe(false);
    await context.close();
  });

  it('keeps hostile strings inside the inline JSON of the snippet', async () => {
    const { context, page } = await openBuilder();
    const hostile = '</script><script>window.__pwned = 1</script><!-- x';
    await paste(
      page,
      '#source',
      JSON.stringify({ headline: hostile, url: 'https://news.example/story' }),
    );
    await expect.poll(() => page.locator('#copy').isDisabled()).toBe(false);
    const snippet = await page.inputValue('#snippet');
    await context.close();
    const blog = await openBlog(snippet, bundleBytes);
    await expect
      .poll(() => blog.page.locator('newsprint-article [part="headline"]').textContent())
      .toBe(hostile);
    expect(await blog.page.evaluate(() => 'window.__pwned' in window || '__pwned' in window)).toBe(
      false,
    );
    await blog.context.close();
  });

  it('works with the keyboard alone', async () => {
    const { context, page } = await openBuilder();
    await page.focus('#source');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('example');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusText(page)).toMatch(/The story is ready\./);
    // Into the element choices, and one arrow key to the card.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('input[name="element"]:checked').getAttribute('value')).toBe('card');
    await expect
      .poll(() => page.locator('#preview newsprint-card [part="headline"]').count())
      .toBe(1);
    // On through the layout, colours and language to the Copy button.
    for (
      let i = 0;
      i < 12 && (await page.evaluate(() => document.activeElement?.id)) !== 'copy';
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('copy');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#copy-status').textContent()).toMatch(/^Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<newsprint-card');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe in every state, ${colorScheme}`, async () => {
      const { context, page } = await openBuilder(colorScheme);
      await page.evaluate(readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
      const violations = () =>
        page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
              };
            }
          ).axe;
          // Check what the reader sees once an FAQ answer has finished opening.
          const animations = [...document.querySelectorAll('*')].flatMap((element) =>
            element.shadowRoot ? element.shadowRoot.getAnimations() : [],
          );
          await Promise.all(animations.map((animation) => animation.finished.catch(() => null)));
          const result = await axe.run();
          return result.violations.map(
            (violation) =>
              `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
          );
        });
      expect(await violations(), 'empty').toEqual([]);

      await paste(page, '#source', '{"headline": "A"');
      await expect.poll(() => statusText(page)).toMatch(/line 1/);
      expect(await violations(), 'malformed JSON').toEqual([]);

      await paste(page, '#source', seed);
      await expect.poll(() => page.locator('#copy').isDisabled()).toBe(false);
      await page.getByRole('button', { name: 'Copy the snippet' }).click();
      await expect.poll(() => page.locator('#copy-status').textContent()).toMatch(/^Copied/);
      expect(await violations(), 'article, light').toEqual([]);

      await page.getByRole('radio', { name: 'A teaser card' }).check();
      await page.getByRole('radio', { name: 'Dark' }).check();
      await page.getByLabel('Language of dates and labels').selectOption('ar');
      await expect
        .poll(() => page.locator('#preview newsprint-card [part="headline"]').count())
        .toBe(1);
      expect(await violations(), 'card, dark, Arabic').toEqual([]);

      await page.getByRole('button', { name: /integrity/ }).click();
      expect(await violations(), 'an FAQ answer open').toEqual([]);
      await context.close();
    });
  }
});
