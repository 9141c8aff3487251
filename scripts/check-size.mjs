// Size budgets per use (gzip level 9, as a CDN serves it), checked in `npm test` (`npm run size`).
// Fails when what a page downloads for one use grows past its budget in size-budget.json; lower a
// budget as the code shrinks.
//
// Script tag: `dist/newsprint.js` plus the chunks it loads for the use, read from the manifest it
// carries (scripts/chunk-loader.js): an element's chunk and its static dependencies, each file
// compressed on its own as it is served. npm: a Vite production build of an app importing the
// element (bench/npm-size.mjs), what loads at start.
//
//   node scripts/check-size.mjs                 checks every budget against dist/
//   node scripts/check-size.mjs --dist <dir>    checks another build directory
//   node scripts/check-size.mjs --self-test     proves the check can fail: a copy of dist/ whose
//                                               newsprint.js is padded past the card page's budget
//                                               must fail, and dist/ as built must pass
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));
const budgets = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
const args = process.argv.slice(2);
const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The chunks each script-tag use loads (with their static dependencies, from the manifest): its
 * element's chunk, if the element is not in `dist/newsprint.js` itself, and the parts its data
 * needs.
 */
export const SCRIPT_USES = {
  // Inline data (the card is in `dist/newsprint.js`); a card with `src` adds fetch-json, 1.2 KB.
  'card page': { chunks: [] },
  'FAQ page': { chunks: ['newsprint-faq'] },
  // The blogger's snippet: `<newsprint-article src>`, so the request code too.
  'article page': { chunks: ['newsprint-article', 'fetch-json'] },
  'article page, JSON-LD and server-rendered': {
    chunks: ['newsprint-article', 'schema-org', 'hydrate'],
  },
};

/** The chunk manifest `dist/newsprint.js` carries: { file: [integrity, dependencies] }. */
export function manifestOf(main) {
  // The one object literal of `"newsprint-chunks/…": ["sha256-…", […]]` entries.
  const found = /=(\{"newsprint-chunks\/.*?\]\]\}),/.exec(main);
  if (!found) throw new Error('No chunk manifest found in newsprint.js: was it built?');
  return JSON.parse(found[1]);
}

/** gzip bytes of each file a page downloads for one script-tag use, and their sum. */
export function scriptUseSize(dist, { chunks }) {
  const main = readFileSync(join(dist, 'newsprint.js'), 'utf8');
  const manifest = manifestOf(main);
  const chunkOf = (name) => {
    const file = Object.keys(manifest).find((key) =>
      new RegExp(`^newsprint-chunks/${name}-[\\w-]+\\.js$`).test(key),
    );
    if (!file) throw new Error(`No chunk "${name}" in the manifest of newsprint.js`);
    return file;
  };
  const files = new Set();
  const add = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const dependency of manifest[file][1]) add(dependency);
  };
  for (const name of chunks) add(chunkOf(name));
  let gzip = gzipSize(Buffer.from(main));
  for (const file of files) gzip += gzipSize(readFileSync(join(dist, file)));
  return { gzip, files: files.size + 1 };
}

async function check(dist) {
  const { npmSizes } = await import('../bench/npm-size.mjs');
  const npm = await npmSizes(Object.keys(budgets).filter((use) => use.startsWith('npm ')));
  let failed = false;
  for (const [use, budget] of Object.entries(budgets)) {
    const size = use.startsWith('npm ')
      ? { gzip: npm[use].start, files: npm[use].files }
      : scriptUseSize(dist, SCRIPT_USES[use]);
    const over = size.gzip > budget.gzipBytes;
    failed ||= over;
    console.log(
      `${over ? 'OVER BUDGET' : 'ok'}  ${use}: ${kb(size.gzip)} gzip in ${size.files} file(s) (${size.gzip} bytes; budget ${kb(budget.gzipBytes)}, ${budget.gzipBytes} bytes)`,
    );
  }
  if (failed) {
    console.error('A use is over its size budget (size-budget.json).');
    process.exit(1);
  }
}

/** The check on a build padded past the card page's budget (must fail) and on dist/ (must pass). */
function selfTest() {
  const dir = mkdtempSync(join(tmpdir(), 'newsprint-size-'));
  const run = (dist) =>
    spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--dist', dist], {
      encoding: 'utf8',
    });
  try {
    const padded = join(dir, 'dist');
    cpSync(join(root, 'dist/newsprint.js'), join(padded, 'newsprint.js'));
    cpSync(join(root, 'dist/newsprint-chunks'), join(padded, 'newsprint-chunks'), {
      recursive: true,
    });
    // Random bytes do not compress: the card page's budget and 1 KB more takes it past.
    const main = readFileSync(join(padded, 'newsprint.js'));
    const padding = `/*${randomBytes(budgets['card page'].gzipBytes + 1024).toString('base64')}*/`;
    writeFileSync(join(padded, 'newsprint.js'), Buffer.concat([main, Buffer.from(padding)]));
    const over = run(padded);
    const under = run(join(root, 'dist'));
    const ok =
      over.status === 1 && /OVER BUDGET {2}card page/.test(over.stdout) && under.status === 0;
    console.log(
      `${ok ? 'ok' : 'FAILED'}  size check self-test: a padded newsprint.js fails (exit ${over.status}), the build as it is passes (exit ${under.status})`,
    );
    if (!ok) {
      console.error(over.stdout, over.stderr, under.stdout, under.stderr);
      process.exit(1);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (args.includes('--self-test')) selfTest();
  else {
    const distArg = args.indexOf('--dist');
    await check(distArg >= 0 ? args[distArg + 1] : join(root, 'dist'));
  }
}
