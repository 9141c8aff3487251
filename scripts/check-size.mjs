// Size budget of the script-tag bundle (gzip level 9, as a CDN serves it). Fails `npm test` when
// `dist/newsprint.js` grows past the budget; lower the budget as the bundle shrinks.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const budgets = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
let failed = false;
for (const [file, budget] of Object.entries(budgets)) {
  const source = readFileSync(new URL(`../${file}`, import.meta.url));
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const over = gzip > budget.gzipBytes;
  failed ||= over;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `${over ? 'OVER BUDGET' : 'ok'}  ${file}: ${kb(source.length)} minified, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(budget.gzipBytes)} gzip)`,
  );
}
if (failed) {
  console.error('The script-tag bundle is over its size budget (size-budget.json).');
  process.exit(1);
}
