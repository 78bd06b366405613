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

/**
 * Words loaded only when an element shows an error (lang/en/errors.js,
 * lang/ar/errors.js): a reader of a story that loads does not download
 * them, so they are not counted with a file's words.
 */
export const ON_ERROR_WORDS = /\/errors\.js$/;

/** Languages whose words the CDN modules load for every reader (dist/cdn/lang/ar.js, lang/ar/<table>.js). */
export function wordLanguages(dir = 'dist/cdn') {
  try {
    const lang = join(dir, 'lang');
    // lang/ar/ (a module per table) and lang/ar.js (all of them, for the whole kit)
    // a folder counts when it holds words other than the errors' (lang/en/ holds only those)
    const shown = (d) =>
      d.isFile() || readdirSync(join(lang, d.name)).some((t) => /^[a-z-]+\.js$/.test(t) && t !== 'errors.js');
    const entries = readdirSync(lang, { withFileTypes: true }).filter(shown);
    return [...new Set(entries.flatMap((d) => d.name.match(/^([a-z]{2,3})(\.js)?$/)?.[1] ?? []))].sort();
  } catch {
    return [];
  }
}

/**
 * The modules of words a CDN file loads for `lang`: the targets of its
 * `import("./lang/…")` calls, read from the file itself, but for the words
 * of errors (`ON_ERROR_WORDS`).
 */
export function wordsFor(file, lang) {
  const code = readFileSync(file, 'utf8');
  // lang/ar/timeline.js (one table) or lang/ar.js (every table, for the whole kit)
  const found = [...code.matchAll(/import\(["'`]\.\/(lang\/([a-z]{2,3})(?:\/[a-z-]+)?\.js)["'`]\)/g)];
  const loaded = found.filter((m) => m[2] === lang && !ON_ERROR_WORDS.test(m[1]));
  return [...new Set(loaded.map((m) => join(dirname(file), m[1])))].sort();
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
