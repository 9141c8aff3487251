// The bench's own web server: loopback only (127.0.0.1, a free port), no caching, and images that
// arrive late on request (`/img/<file>?delay=<ms>`), so layout shift from late images is visible.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const assets = fileURLToPath(new URL('../test/fixtures/assets/', import.meta.url));
/** Only these folders of the repository are served. */
const served = ['dist/', 'bench/', 'test/fixtures/', 'node_modules/dompurify/dist/'];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};

/**
 * Starts the server. `pages` maps a path (`/cards.html`) to a function of the URL's search params
 * that returns the page's HTML, for pages the bench generates; `files` maps a path to a file served
 * in its place (`{ '/dist/newsprint.js': '/tmp/other-build.js' }`).
 * @param {Record<string, (params: URLSearchParams) => string | Promise<string>>} pages
 * @param {Record<string, string>} files
 */
export async function startServer(pages = {}, files = {}) {
  /** Held-back images: cut short when the server closes, so the process can end. */
  const waiting = new Set();
  const sleep = (ms) =>
    new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        waiting.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      waiting.add(wake);
    });
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status, type, body) => {
      if (response.destroyed || request.socket.destroyed) return;
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    try {
      const page = pages[url.pathname];
      if (page) return send(200, types['.html'], await page(url.searchParams));
      let file = files[url.pathname];
      if (file) {
        // as given
      } else if (url.pathname.startsWith('/img/')) {
        await sleep(Math.min(Number(url.searchParams.get('delay') ?? 0) || 0, 30_000));
        file = normalize(assets + decodeURIComponent(url.pathname.slice('/img/'.length)));
        if (!file.startsWith(assets)) return send(403, 'text/plain', 'forbidden');
      } else {
        const path = normalize(decodeURIComponent(url.pathname).slice(1));
        if (path.includes(`..${sep}`) || !served.some((dir) => path.startsWith(dir))) {
          return send(404, 'text/plain', 'not found');
        }
        file = root + path;
      }
      send(200, types[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const wake of waiting) wake();
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
