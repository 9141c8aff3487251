// Koa middleware for the test runner's dev server: real HTTP answers for the loader tests.
// Every route lives under /api/ so it never shadows a source file.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

const seed = readFileSync(new URL('../fixtures/cuba-medics.json', import.meta.url), 'utf8');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @type {import('koa').Middleware} */
export async function fixtureApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/api/')) return next();
  const route = url.pathname.slice('/api/'.length);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await sleep(delay);

  switch (route) {
    case 'seed.json':
      ctx.type = 'application/json';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = seed;
      return;
    case 'stories/relative.json':
      // Relative URLs in here must resolve against this file's URL, not the test page.
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        headline: 'Relative URLs',
        url: 'story.html',
        image: { src: 'img/photo.jpg', alt: 'A photo' },
        body: '<p><a href="other.html">Other</a></p>',
        authors: [{ name: 'A. Writer', url: '../people/writer.html' }],
      });
      return;
    case 'echo.json':
      // The JSON given in ?json=, for tests that want a specific document over the network.
      ctx.type = 'application/json';
      ctx.body = url.searchParams.get('json') ?? '{}';
      return;
    case 'missing.json':
      ctx.status = 404;
      ctx.type = 'application/json';
      ctx.body = '{"error":"not found"}';
      return;
    case 'html.json':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Home</title><p>Welcome to our site</p>';
      return;
    case 'malformed.json':
      ctx.type = 'application/json';
      ctx.body = '{"headline": "Cut off';
      return;
    case 'huge.json': {
      // Bigger than any cap; sent without Content-Length so the cap must count streamed bytes.
      const mb = Number(url.searchParams.get('mb') ?? 30);
      ctx.type = 'application/json';
      const chunk = 'x'.repeat(64 * 1024);
      const total = Math.ceil((mb * 1024 * 1024) / chunk.length);
      ctx.body = Readable.from(
        (function* () {
          yield '{"headline":"Huge","body":"';
          for (let i = 0; i < total; i++) yield chunk;
          yield '"}';
        })(),
      );
      return;
    }
    case 'never':
      // Answers nothing until the client gives up (bounded so the server can still shut down).
      await sleep(Number(url.searchParams.get('ms') ?? 30000));
      ctx.status = 204;
      return;
    default:
      ctx.status = 404;
      ctx.body = 'no such fixture route';
  }
}
