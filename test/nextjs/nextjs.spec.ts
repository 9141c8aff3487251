/**
 * examples/nextjs/ as a partner runs it: the example copied out of the repository (so nothing
 * resolves through our node_modules), `newsprint` installed from the packed tarball, Next.js and
 * React from the registry at the versions its package.json pins; `next build`, `next start`,
 * then `next dev`. In Chromium:
 *   - the story is in the page before any script runs (the declarative shadow root is parsed);
 *   - it hydrates without a console warning or error: in production, and in development, where
 *     React checks the hydrated markup and Lit warns about updates scheduled inside updates;
 *   - a client-side `<Link>` navigation to another story renders it (React inserts that page's
 *     server HTML with innerHTML, where the declarative shadow root stays an inert template).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'examples/nextjs');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

let work: string;
let app: string;
let browser: Browser;

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Next {
  origin: string;
  process: ChildProcess;
  output: string[];
}

/** `next <command> -p <port>` in the app, resolved once it answers HTTP. */
async function serve(command: 'start' | 'dev'): Promise<Next> {
  const started = performance.now();
  const port = await freePort();
  const child = spawn(join(app, 'node_modules/.bin/next'), [command, '-p', String(port)], {
    cwd: app,
    env,
    detached: true, // its own process group, so stop() ends its workers too
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  // `localhost`: `next dev` refuses its development resources to other origins (127.0.0.1
  // included) unless `allowedDevOrigins` names them, and the page then never finishes loading.
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next ${command} exited:\n${output.join('')}`);
    try {
      await fetch(`${origin}/icon.svg`);
      timings.push(`next ${command} ready: ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return { origin, process: child, output };
    } catch {
      if (Date.now() > deadline)
        throw new Error(`next ${command} did not answer:\n${output.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function stop(next: Next | undefined): void {
  if (next?.process.pid && next.process.exitCode === null) {
    try {
      process.kill(-next.process.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** How long each step took, printed at the end: the CI time this suite adds. */
const timings: string[] = [];
function timed<T>(step: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  timings.push(`${step}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'newsprint-nextjs-'));
  const [report] = timed('npm pack', () =>
    JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ),
  ) as { filename: string }[];
  app = join(work, 'app');
  cpSync(example, app, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|\.next|next-env\.d\.ts)$/.test(source),
  });
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  expect(manifest.dependencies.newsprint).toBe('file:../..');
  manifest.dependencies.newsprint = `file:${join(work, report!.filename)}`;
  writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  timed('npm install', () =>
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: app,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  timed('next build', () =>
    execFileSync(join(app, 'node_modules/.bin/next'), ['build'], {
      cwd: app,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
});

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});

afterAll(async () => {
  console.log(`examples/nextjs: ${timings.join(', ')}`);
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Console warnings and errors, uncaught errors and failed requests of a page. */
function watch(page: Page, ignore: RegExp[] = []): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (!['warning', 'error'].includes(message.type())) return;
    if (ignore.some((pattern) => pattern.test(text))) return;
    problems.push(`console.${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // The router cancels prefetches it no longer needs (`?_rsc=` requests): not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** The article's headline, read through its open shadow root (hydrated or not). */
const headline = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('newsprint-article')
        ?.shadowRoot?.querySelector('[part="headline"]')
        ?.textContent?.trim() ?? null,
  );

/** Waits until the article and its nested elements are defined and have settled. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await customElements.whenDefined('newsprint-article');
    type Lit = HTMLElement & { updateComplete: Promise<unknown> };
    const article = document.querySelector<Lit>('newsprint-article')!;
    await article.updateComplete;
    for (const nested of article.shadowRoot!.querySelectorAll<Lit>('*')) {
      if (nested.localName.startsWith('newsprint-')) await nested.updateComplete;
    }
    // A picture that loaded before hydration is marked so right after it (figure.ts).
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
}

const first = { slug: 'cuba-medics', headline: /^Mission Accomplished\?/ };
const second = {
  slug: 'harbour-ferry',
  headline: 'The Harbour Ferry Runs Again After Two Years in Dry Dock',
};

/**
 * Chromium's note when HTML with `<template shadowrootmode>` is set through innerHTML, as React
 * does after a client-side navigation: the browser's, not ours (the element then renders itself).
 */
const innerHtmlNote = /^Found declarative shadowrootmode attribute on a template/;

/** A story page loaded, hydrated, and left by a `<Link>` to the other story. */
async function loadAndNavigate(origin: string, ignore: RegExp[]) {
  const page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  const problems = watch(page, ignore);
  await page.goto(`${origin}/stories/${first.slug}`);
  await settled(page);
  const hydrated = {
    headline: await headline(page),
    lightDom: await page.evaluate(() =>
      [...document.querySelector('newsprint-article')!.children].map((child) => child.localName),
    ),
    // The lead picture marked loaded (before hydration or after, by its load event).
    figureLoaded: await page
      .waitForFunction(
        () =>
          document
            .querySelector('newsprint-article')!
            .shadowRoot!.querySelector('newsprint-figure')!
            .shadowRoot!.querySelector('.frame.loaded') !== null,
        undefined,
        { timeout: 10_000 },
      )
      .then(() => true),
    problems: [...problems],
  };
  problems.length = 0;
  // From here on React sets the page's HTML with innerHTML, and Chromium says so (not before:
  // on the first load, a note would mean React's development build re-parsed our markup).
  ignore.push(innerHtmlNote);
  await page.evaluate(() => ((window as { marker?: boolean }).marker = true));
  await page.click('a.next-story');
  await page.waitForURL(`**/stories/${second.slug}`);
  await page.waitForFunction(
    (text) =>
      document
        .querySelector('newsprint-article')
        ?.shadowRoot?.querySelector('[part="headline"]')
        ?.textContent?.trim() === text,
    second.headline,
  );
  await settled(page);
  const navigated = {
    clientSide: await page.evaluate(() => (window as { marker?: boolean }).marker === true),
    headline: await headline(page),
    lightDom: await page.evaluate(() =>
      [...document.querySelector('newsprint-article')!.children].map((child) => child.localName),
    ),
    problems: [...problems],
  };
  await page.close();
  return { hydrated, navigated };
}

describe('examples/nextjs, next build + next start', () => {
  let next: Next | undefined;
  beforeAll(async () => {
    next = await serve('start');
  });
  afterAll(() => stop(next));

  it('has the story in the page before any script runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${next!.origin}/stories/${first.slug}`);
    expect(await headline(page)).toMatch(first.headline);
    expect(await page.evaluate(() => customElements.get('newsprint-article'))).toBeUndefined();
    // The byline and figure inside it are server-rendered too.
    const nested = await page.evaluate(() => {
      const shadow = document.querySelector('newsprint-article')!.shadowRoot!;
      return {
        byline: shadow.querySelector('newsprint-byline')?.shadowRoot?.textContent ?? '',
        image: shadow.querySelector('newsprint-figure')?.shadowRoot?.querySelector('img')?.src,
      };
    });
    expect(nested.byline).toContain('Ernesto Alvarez');
    expect(nested.image).toBe(`${next!.origin}/flight.jpg`);
    await context.close();
  });

  it('hydrates without a warning, and renders the story a <Link> opens', async () => {
    const { hydrated, navigated } = await loadAndNavigate(next!.origin, []);
    expect(hydrated.problems).toEqual([]);
    expect(hydrated.headline).toMatch(first.headline);
    expect(hydrated.lightDom).toEqual(['script', 'script']); // the data and the JSON-LD
    expect(hydrated.figureLoaded).toBe(true);
    expect(navigated.clientSide).toBe(true);
    expect(navigated.problems).toEqual([]);
    expect(navigated.headline).toBe(second.headline);
    expect(navigated.lightDom).toEqual(['script', 'script']); // the inert template removed
  });
});

describe('examples/nextjs, next dev', () => {
  let next: Next | undefined;
  beforeAll(async () => {
    next = await serve('dev');
    // The first visit compiles the page and its client chunks, and the dev client may reload the
    // page once they are in: compile first, then look at a page of its own.
    const start = performance.now();
    const page = await browser.newPage();
    page.setDefaultTimeout(180_000);
    try {
      for (const story of [second, first]) {
        await page.goto(`${next.origin}/stories/${story.slug}`);
        await page.waitForFunction(() => customElements.get('newsprint-article'));
      }
    } catch (error) {
      throw new Error(`${String(error)}\nnext dev said:\n${next.output.join('')}`);
    }
    // A reload the dev client asks for once the chunks are compiled comes within a moment.
    await page.waitForTimeout(2000);
    await page.close();
    timings.push(`next dev first compile: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  });
  afterAll(() => stop(next));

  it('hydrates without a React hydration warning or a Lit warning', async () => {
    const { hydrated, navigated } = await loadAndNavigate(next!.origin, [
      // Lit's one notice that its development build is in use (every dev server has it).
      /^Lit is in dev mode\./,
    ]);
    expect(hydrated.problems).toEqual([]);
    expect(hydrated.headline).toMatch(first.headline);
    expect(hydrated.figureLoaded).toBe(true);
    expect(navigated.problems).toEqual([]);
    expect(navigated.headline).toBe(second.headline);
    expect(navigated.lightDom).toEqual(['script', 'script']);
  });
});
