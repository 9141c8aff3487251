// What an app pays for Newsprint from npm: a Vite production build of a one-line app importing
// one element (`newsprint/components/<tag>/newsprint-<tag>.js`) or all five (`newsprint/define`),
// Lit included, measured as gzip -9 of the JavaScript the page loads at start (the entry chunk and
// its static imports; chunks only reached through `import()` are listed apart, as "lazy").
//
// The package is resolved as an app would resolve it: through its `exports` map and `sideEffects`
// (Vite reads the worktree's package.json), against the `dist/` of the last `npm run build`.
//
//   node bench/npm-size.mjs            prints the table
//   import { npmSizes } from './npm-size.mjs'   for the bench and scripts/check-size.mjs
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** Each use an app can import, by the name the bench and the budgets use. */
export const NPM_USES = {
  'npm card': 'newsprint/components/card/newsprint-card',
  'npm article': 'newsprint/components/article/newsprint-article',
  'npm byline': 'newsprint/components/byline/newsprint-byline',
  'npm figure': 'newsprint/components/figure/newsprint-figure',
  'npm FAQ': 'newsprint/components/faq/newsprint-faq',
  'npm all five': 'newsprint/define',
};

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/**
 * @param {string[]} [names] the uses to build (default: all)
 * @returns {Promise<Record<string, { start: number, lazy: number, files: number }>>} gzip bytes
 */
export async function npmSizes(names = Object.keys(NPM_USES)) {
  const { build } = await import('vite');
  // Inside the worktree, so that `lit` and `dompurify` resolve from its node_modules.
  const parent = join(repo, 'node_modules/.cache');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'newsprint-npm-size-'));
  // `newsprint` resolves through a link to the worktree: its exports map and sideEffects apply.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(repo, join(dir, 'node_modules/newsprint'), 'dir');
  const result = {};
  try {
    for (const name of names) {
      const app = join(dir, name.replace(/\W+/g, '-'));
      mkdirSync(app, { recursive: true });
      writeFileSync(join(app, 'main.js'), `import '${NPM_USES[name]}';\n`);
      writeFileSync(
        join(app, 'index.html'),
        '<!doctype html><script type="module" src="./main.js"></script>',
      );
      const output = await build({
        root: app,
        configFile: false,
        logLevel: 'silent',
        build: { write: false, modulePreload: false, reportCompressedSize: false },
      });
      const chunks = [output]
        .flat()
        .flatMap((o) => o.output)
        .filter((file) => file.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const loaded = new Set();
      const visit = (chunk) => {
        if (loaded.has(chunk)) return;
        loaded.add(chunk);
        for (const file of chunk.imports) visit(byName.get(file));
      };
      for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
      const size = (list) => list.reduce((sum, chunk) => sum + gzip(chunk.code), 0);
      result[name] = {
        start: size([...loaded]),
        lazy: size(chunks.filter((chunk) => !loaded.has(chunk))),
        files: loaded.size,
      };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await npmSizes();
  for (const [name, { start, lazy, files }] of Object.entries(sizes)) {
    console.log(
      `${name.padEnd(14)} ${(start / 1024).toFixed(1)} KB gzip at start (${files} files), ${(lazy / 1024).toFixed(1)} KB lazy`,
    );
  }
}
