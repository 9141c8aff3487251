// Builds the embed builder into `dist/builder/`, a folder that any static host can serve as is:
// its page, its script, a copy of `dist/newsprint.js` for the preview, and the example story.
// Runs after the rollup build (`npm run build`), because the snippet's integrity hash is computed
// from the built `dist/newsprint.js`, and the version from package.json.
//
// NEWSPRINT_CDN_URL sets where the snippet loads the bundle from, as a template with `{version}`;
// default: https://cdn.jsdelivr.net/npm/newsprint@{version}/dist/newsprint.js
// The hash only matches there if that host serves this very build (the published package).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const out = new URL('dist/builder/', root);
const bundlePath = new URL('dist/newsprint.js', root);
const template =
  process.env.NEWSPRINT_CDN_URL ||
  'https://cdn.jsdelivr.net/npm/newsprint@{version}/dist/newsprint.js';

if (!existsSync(bundlePath)) {
  console.error('build-builder: dist/newsprint.js is missing; run the rollup build first.');
  process.exit(1);
}
// SRI needs CORS and an unchanging file: a pinned https address, never a moving tag.
if (!template.startsWith('https://') || !template.includes('{version}')) {
  console.error(
    `build-builder: NEWSPRINT_CDN_URL must be an https:// address with {version} in it, not "${template}".`,
  );
  process.exit(1);
}

const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const bundleBytes = readFileSync(bundlePath);
const integrity = `sha384-${createHash('sha384').update(bundleBytes).digest('base64')}`;
const scriptUrl = template.replaceAll('{version}', version);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [new URL('builder/builder.ts', root).pathname],
  outfile: new URL('builder.js', out).pathname,
  bundle: true,
  format: 'iife',
  target: 'es2021',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  define: { __NEWSPRINT_BUNDLE__: JSON.stringify({ version, scriptUrl, integrity }) },
  logLevel: 'warning',
});

for (const file of ['index.html', 'builder.css']) {
  cpSync(new URL(`builder/${file}`, root), new URL(file, out));
}
// The preview runs the very file the snippet pins (same bytes, same hash).
cpSync(bundlePath, new URL('newsprint.js', out));
cpSync(new URL('dist/newsprint.js.map', root), new URL('newsprint.js.map', out));
// The further files of the same build that the preview's newsprint.js loads beside it.
cpSync(new URL('dist/newsprint-chunks/', root), new URL('newsprint-chunks/', out), {
  recursive: true,
});
// The example story; its relative image addresses resolve against the JSON file's address.
mkdirSync(new URL('examples/', out));
cpSync(new URL('test/fixtures/cuba-medics.json', root), new URL('examples/cuba-medics.json', out));
cpSync(new URL('test/fixtures/assets/', root), new URL('examples/assets/', out), {
  recursive: true,
});
writeFileSync(
  new URL('bundle.json', out),
  `${JSON.stringify({ version, scriptUrl, integrity }, null, 2)}\n`,
);
console.log(`dist/builder/: Newsprint ${version}, ${scriptUrl}, ${integrity}`);
