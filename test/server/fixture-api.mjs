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
    case 'nested.json': {
      // A story whose body is `<tag>` repeated ?count= times (attack tests: deep trees).
      const tag = (url.searchParams.get('tag') ?? 'b').replace(/[^a-z]/g, '');
      const count = Number(url.searchParams.get('count') ?? 1000);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ headline: 'Nested', body: `<${tag}>`.repeat(count) });
      return;
    }
    case 'late-dark.css':
      // A host stylesheet that arrives late (with ?delay=): a dark page for `.late-dark`.
      ctx.type = 'text/css';
      ctx.body = '.late-dark { background: #121212; color: #e3e3e3; }';
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
    case 'image.jpg': {
      // The seed photo (1200×675) behind `?delay=`, so a test sees the figure before and after it
      // loads. With `?key=`, the request and its Referer are recorded for hits.json.
      const key = url.searchParams.get('key');
      if (key !== null) {
        const hits = (fixtureApi.hits ??= new Map());
        const entry = hits.get(key) ?? { requests: 0, aborted: 0 };
        hits.set(key, {
          ...entry,
          requests: entry.requests + 1,
          referer: ctx.get('Referer') || null,
        });
      }
      ctx.type = 'image/jpeg';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = readFileSync(
        new URL('../fixtures/assets/cuba-medics-flight.jpg', import.meta.url),
      );
      return;
    }
    case 'chunked.html': {
      // A page whose inline article JSON arrives in two packets, `?ms=` apart, with the bundle
      // already defining the elements from <head>. `?tail=0`: nothing follows the element.
      const ms = Number(url.searchParams.get('ms') ?? 300);
      const tail = url.searchParams.get('tail') !== '0';
      ctx.type = 'text/html';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = Readable.from(
        (async function* () {
          yield (
            '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
            '<script src="/test/pages/recorder.js"></script>' +
            '<script src="/dist/newsprint.js"></script></head><body>' +
            '<newsprint-article id="split"><script type="application/json">' +
            '{"headline": "Split across'
          );
          await sleep(ms);
          yield ' two packets", "section": "Network"}</script></newsprint-article>';
          if (tail) yield '<p>After the story.</p>';
          yield '</body></html>';
        })(),
      );
      return;
    }
    case 'never':
      // Answers nothing until the client gives up (bounded so the server can still shut down).
      await sleep(Number(url.searchParams.get('ms') ?? 30000));
      ctx.status = 204;
      return;
    case 'counted.json': {
      // Counts requests per `?key=`, and those the client gave up on before the answer, so a test
      // can prove an element fetched once, or that removing it aborted its request. `?hold=` ms
      // before answering; the answer is `?json=` or `{ "headline": "Counted <key>" }`. No CORS.
      const hits = (fixtureApi.hits ??= new Map());
      const key = url.searchParams.get('key') ?? '';
      const entry = hits.get(key) ?? { requests: 0, aborted: 0 };
      hits.set(key, entry);
      entry.requests++;
      const hold = Number(url.searchParams.get('hold') ?? 0);
      if (hold) {
        const closed = new Promise((resolve) => ctx.res.once('close', () => resolve(true)));
        if (await Promise.race([sleep(hold).then(() => false), closed])) {
          entry.aborted++;
          return;
        }
      }
      ctx.type = 'application/json';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = url.searchParams.get('json') ?? JSON.stringify({ headline: `Counted ${key}` });
      return;
    }
    case 'hits.json': {
      // What counted.json saw for `?key=`.
      const entry = fixtureApi.hits?.get(url.searchParams.get('key') ?? '');
      ctx.type = 'application/json';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = JSON.stringify(entry ?? { requests: 0, aborted: 0 });
      return;
    }
    case 'echo-request.json':
      // An article telling what its request carried: `description` is JSON with the request's
      // Cookie and Referer headers. Readable from any origin (no credentials), so a cross-origin
      // request shows what the referrer policy sends to another site.
      ctx.type = 'application/json';
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = JSON.stringify({
        headline: 'Request echo',
        description: JSON.stringify({
          cookie: ctx.get('Cookie') || null,
          referer: ctx.get('Referer') || null,
        }),
      });
      return;
    default:
      ctx.status = 404;
      ctx.body = 'no such fixture route';
  }
}
