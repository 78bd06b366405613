// fine-kit validate FILE... [--lang ar|en|fr] [--json]
// Prints every error with its JSON path in the chosen language, warnings too,
// and exits 1 when any file is invalid: unreadable, refused by parseStory, or
// failing checkStory (a fine's history out of order or not ending on its
// status, change notes out of order or after "updated"). --json also gives
// each story's "updated" date and its count of updates and corrections.
import { readFile } from 'node:fs/promises';
import { loadKit, messageLang, plain } from '../kit.js';

export const usage = `  fine-kit validate FILE... [--lang ar|en|fr] [--json]
      Check story files; exit 1 if any is invalid.`;

export const options = { json: { type: 'boolean', default: false } };

/** @param {{ values: Record<string, any>, files: string[] }} args */
export async function run({ values, files }) {
  if (!files.length) return 2;
  const kit = await loadKit();
  const lang = messageLang(values.lang);
  kit.addShippedLanguages();
  const m = kit.errorMessages(lang);
  let failed = 0;
  const report = [];
  for (const file of files) {
    let text;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      failed++;
      const message = /** @type {Error} */ (e).message;
      report.push({ file, ok: false, errors: [{ path: '', code: 'read', message }], warnings: [] });
      continue;
    }
    const result = kit.parseStory(text);
    /** @type {<T>(list: T[], fn: (item: T) => string) => (T & { message: string })[]} */
    const describe = (list, fn) => list.map((e) => ({ ...e, message: plain(fn(e)) }));
    if (result.ok) {
      // errors an element would still show the story with, but a newsroom must not publish
      const errors = describe(kit.checkStory(result.story), (c) => kit.describeCheck(lang, c));
      const warnings = describe(kit.lintStory(result.story), (w) => kit.describeWarning(lang, w));
      const { updated, changes = [] } = result.story;
      const count = (kind) => changes.filter((c) => c.kind === kind).length;
      const summary = { updated, updates: count('update'), corrections: count('correction') };
      if (errors.length) failed++;
      report.push({ file, ok: !errors.length, errors, warnings, ...summary });
    } else {
      failed++;
      report.push({ file, ok: false, errors: describe(result.errors, (e) => kit.describeError(m, e)), warnings: [] });
    }
  }
  if (values.json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  } else {
    for (const r of report) {
      console.log(`${r.ok ? '✓' : '✗'} ${r.file}`);
      for (const e of r.errors) console.log(`  error   ${e.path || '/'}  ${e.message}`);
      for (const w of r.warnings) console.log(`  warning ${w.path || '/'}  ${w.message}`);
    }
  }
  return failed ? 1 : 0;
}
