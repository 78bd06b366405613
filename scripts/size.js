// Prints the gzip and brotli size of every self-contained module in dist/cdn
// (run `npm run build` first) against the budgets in size-budgets.json.
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export function measure(file) {
  const code = readFileSync(file);
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = readdirSync('dist/cdn')
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, ...measure(`dist/cdn/${f}`), budget: budgets[f] ?? '' }));
  console.table(rows);
}
