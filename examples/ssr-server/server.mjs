// A server-rendered story with plain node:http: `npm run build`, then `npm run example:ssr`
// and open http://localhost:8080/. The story is complete HTML (declarative shadow DOM) before any
// script runs; dist/newsprint.js then hydrates it, without fetching the data again.
//
//   PORT=3000 npm run example:ssr     another port
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
if (!existsSync(join(root, 'dist/ssr/index.js'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}
const { renderElementToString } = await import('../../dist/ssr/index.js');

const story = JSON.parse(readFileSync(join(root, 'test/fixtures/cuba-medics.json'), 'utf8'));
const ASSETS = join(root, 'test/fixtures/assets');
const TYPES = {
  '.js': 'text/javascript',
  '.jpg': 'image/jpeg',
  '.css': 'text/css',
  '.map': 'application/json',
};

/** The whole page: the story rendered into it, the script loaded after the HTML (`defer`). */
export function storyPage(pageUrl) {
  const article = renderElementToString('newsprint-article', {
    article: story,
    pageUrl,
    structuredData: true,
  });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(story.headline)}</title>
    <link rel="canonical" href="${escapeHtml(story.url)}" />
    <link rel="stylesheet" href="/newsprint.css" />
    <script src="/newsprint.js" defer></script>
    <style>
      body { margin: 0; font-family: Georgia, 'Times New Roman', serif; }
      main { max-width: 44em; margin: 0 auto; padding: 16px; }
    </style>
  </head>
  <body>
    <main>${article}</main>
  </body>
</html>`;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function send(response, status, type, body) {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}

function sendFile(response, path) {
  if (!existsSync(path)) return send(response, 404, 'text/plain', 'Not found');
  response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
}

export function createExampleServer() {
  return createServer((request, response) => {
    // The page's own URL, which relative URLs in the data resolve against. A real site uses its
    // configured origin here rather than the Host header.
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    if (url.pathname === '/' || url.pathname === '/story') {
      return send(response, 200, 'text/html; charset=utf-8', storyPage(url.href));
    }
    // The bundle and the further files of the same build it loads when the page needs them.
    if (
      /^\/newsprint\.js(?:\.map)?$/.test(url.pathname) ||
      /^\/newsprint-chunks\/[\w-]+\.js(?:\.map)?$/.test(url.pathname)
    ) {
      return sendFile(response, join(root, 'dist', url.pathname));
    }
    if (url.pathname === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    if (url.pathname === '/newsprint.css') return sendFile(response, join(root, 'newsprint.css'));
    const asset = /^\/assets\/([\w.-]+)$/.exec(url.pathname);
    if (asset) return sendFile(response, join(ASSETS, asset[1]));
    send(response, 404, 'text/plain', 'Not found');
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  createExampleServer().listen(port, () => {
    console.log(`Server-rendered story on http://localhost:${port}/`);
  });
}
