// What `import`, `export` and `preview` share: the built import module, and
// a report of what an import found, in the editor's language, on stderr.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadKit, messageLang, plain } from './kit.js';

/** The kit (validator, words) and the import module from dist/, or exit 2 when the package is not built. */
export async function loadImport() {
  const kit = await loadKit();
  kit.addShippedLanguages();
  try {
    return { kit, im: await import('../dist/import/index.js') };
  } catch {
    console.error('fine-kit: the package is not built. Run `npm run build` first.');
    process.exit(2);
  }
}

/**
 * The language of the report: `--message-lang`, else `--lang` when the kit
 * speaks it (an editor importing Arabic text reads Arabic), else the shell's.
 * @param {Record<string, any>} values
 */
export function reportLang(values) {
  if (values['message-lang']) return values['message-lang'];
  if (/^(ar|en|fr)(-|$)/i.test(values.lang ?? '')) return values.lang;
  return messageLang(undefined);
}

/** How many warnings of one kind are printed before the rest are counted. */
const SHOWN_PER_CODE = 5;

/**
 * Prints every error, and warnings up to five of a kind, then a summary.
 * @param {any} im the import module
 * @param {{ story?: any, valid: boolean, issues: any[] }} result
 * @param {string} lang
 * @param {string} name what the summary calls the output
 */
export function printReport(im, result, lang, name) {
  const m = im.importMessages(lang);
  /** @type {Map<string, number>} warnings of each kind so far */
  const warnings = new Map();
  for (const issue of result.issues) {
    if (issue.level === 'warning') {
      const n = (warnings.get(issue.code) ?? 0) + 1;
      warnings.set(issue.code, n);
      if (n > SHOWN_PER_CODE) continue;
    }
    console.error(plain(im.formatIssue(issue, lang)));
  }
  for (const [code, n] of warnings) {
    if (n > SHOWN_PER_CODE)
      console.error(plain(`  ${im.fillMessage(m.more, { count: n - SHOWN_PER_CODE })} (${code})`));
  }
  const s = result.story ?? {};
  const count = (/** @type {unknown} */ list) => (Array.isArray(list) ? list.length : 0);
  const errors = result.issues.filter((i) => i.level === 'error').length;
  const line = im.fillMessage(m.summary, {
    file: name,
    events: count(s.events),
    eras: count(s.eras),
    fines: count(s.fines),
    quotes: count(s.quotes),
    sources: count(s.sources),
    errors,
    warnings: result.issues.length - errors,
  });
  console.error(plain(`${errors ? '✗' : '✓'} ${line}`));
  if (result.story && !result.valid) console.error(plain(im.fillMessage(m.invalid, { file: name })));
  return errors ? 1 : 0;
}

/**
 * The CSV files of a sheet folder, by name.
 * @param {string} dir
 */
export async function readSheetDir(dir) {
  /** @type {Record<string, string>} */
  const files = {};
  for (const name of await readdir(dir)) {
    if (!name.toLowerCase().endsWith('.csv')) continue;
    const path = join(dir, name);
    if ((await stat(path)).isFile()) files[name] = await readFile(path, 'utf8');
  }
  return files;
}
