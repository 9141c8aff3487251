// Size budget of the script-tag bundle (gzip level 9, as a CDN serves it). Fails `npm test` when
// `dist/newsprint.js` grows past the budget; lower the budget as the bundle shrinks.
//
//   node scripts/check-size.mjs                  checks every file of size-budget.json
//   node scripts/check-size.mjs --file <path>    checks <path> against dist/newsprint.js's budget
//   node scripts/check-size.mjs --self-test      proves the check can fail: a copy of the bundle
//                                                padded past the budget must fail, a small file
//                                                must pass (no build needed: it pads whatever
//                                                dist/newsprint.js is, or an empty file)
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUNDLE = 'dist/newsprint.js';
const root = new URL('../', import.meta.url);
const budgets = JSON.parse(readFileSync(new URL('size-budget.json', root), 'utf8'));
const args = process.argv.slice(2);
const gzipSize = (source) => gzipSync(source, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (args.includes('--self-test')) selfTest();
else {
  const fileArg = args.indexOf('--file');
  const files =
    fileArg >= 0
      ? [[args[fileArg + 1], args[fileArg + 1], budgets[BUNDLE]]]
      : Object.entries(budgets).map(([file, budget]) => [
          file,
          fileURLToPath(new URL(file, root)),
          budget,
        ]);
  let failed = false;
  for (const [file, path, budget] of files) {
    if (!path || !budget) throw new Error('usage: check-size.mjs [--file <path>] [--self-test]');
    const source = readFileSync(path);
    const gzip = gzipSize(source);
    const brotli = brotliCompressSync(source, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    const over = gzip > budget.gzipBytes;
    failed ||= over;
    console.log(
      `${over ? 'OVER BUDGET' : 'ok'}  ${file}: ${kb(source.length)} minified, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(budget.gzipBytes)} gzip, ${budget.gzipBytes} bytes)`,
    );
  }
  if (failed) {
    console.error('The script-tag bundle is over its size budget (size-budget.json).');
    process.exit(1);
  }
}

/** Runs this script on a padded copy (must fail) and on a small file (must pass). */
function selfTest() {
  const budget = budgets[BUNDLE].gzipBytes;
  const dir = mkdtempSync(join(tmpdir(), 'newsprint-size-'));
  const check = (file) =>
    spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--file', file], {
      encoding: 'utf8',
    });
  try {
    const bundlePath = fileURLToPath(new URL(BUNDLE, root));
    const bundle = existsSync(bundlePath) ? readFileSync(bundlePath) : Buffer.alloc(0);
    // Random bytes do not compress: padding by the distance to the budget and 1 KB more
    // takes the gzip size past it.
    const padding = randomBytes(Math.max(0, budget - gzipSize(bundle)) + 1024);
    const padded = join(dir, 'padded.js');
    writeFileSync(padded, Buffer.concat([bundle, padding]));
    const over = check(padded);
    const small = join(dir, 'small.js');
    writeFileSync(small, '(()=>{})();');
    const under = check(small);
    const ok = over.status === 1 && /OVER BUDGET/.test(over.stdout) && under.status === 0;
    console.log(
      `${ok ? 'ok' : 'FAILED'}  size check self-test: a bundle padded to ${kb(gzipSize(readFileSync(padded)))} gzip fails (exit ${over.status}), a small file passes (exit ${under.status})`,
    );
    if (!ok) {
      console.error(over.stdout, over.stderr, under.stdout, under.stderr);
      process.exit(1);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
