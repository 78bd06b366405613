// Prints the gzip and brotli size of every self-contained module in dist/cdn
// (run `npm run build` first), alone and with the words it loads for each
// language, against the budgets in size-budgets.json.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export function measure(file) {
  const code = readFileSync(file);
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Languages whose words the CDN modules load on demand (dist/cdn/lang/<lang>/). */
export function wordLanguages(dir = 'dist/cdn') {
  try {
    // lang/ar/ (a module per table) and lang/ar.js (all of them, for the whole kit)
    return [
      ...new Set(readdirSync(join(dir, 'lang')).flatMap((f) => f.match(/^([a-z]{2,3})(\.js)?$/)?.[1] ?? [])),
    ].sort();
  } catch {
    return [];
  }
}

/**
 * The modules of words a CDN file loads for `lang`: the targets of its
 * `import("./lang/…")` calls, read from the file itself.
 */
export function wordsFor(file, lang) {
  const code = readFileSync(file, 'utf8');
  // lang/ar/timeline.js (one table) or lang/ar.js (every table, for the whole kit)
  const found = [...code.matchAll(/import\(["'`]\.\/(lang\/([a-z]{2,3})(?:\/[a-z-]+)?\.js)["'`]\)/g)];
  return [...new Set(found.filter((m) => m[2] === lang).map((m) => join(dirname(file), m[1])))].sort();
}

/**
 * What a reader downloads for `file` in `lang`: the file and its words in
 * that language, each compressed on its own (they are separate requests), summed.
 */
export function measureWithWords(file, lang) {
  const files = [file, ...wordsFor(file, lang)];
  const sizes = files.map(measure);
  const sum = (k) => sizes.reduce((a, s) => a + s[k], 0);
  return { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

export const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));

/** The bytes a budget key names: `timeline.js` alone, or `timeline.js + ar` with its Arabic words. */
export function measureBudgetKey(key, dir = 'dist/cdn') {
  const [file, lang] = key.split(' + ');
  return lang ? measureWithWords(join(dir, file), lang) : { files: [join(dir, file)], ...measure(join(dir, file)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = [];
  for (const f of readdirSync('dist/cdn').filter((f) => f.endsWith('.js'))) {
    for (const key of [f, ...wordLanguages().map((lang) => `${f} + ${lang}`)]) {
      const { raw, gzip, brotli } = measureBudgetKey(key);
      rows.push({ 'file (+ words)': key, raw, gzip, brotli, budget: budgets[key] ?? '' });
    }
  }
  console.table(rows);
}
