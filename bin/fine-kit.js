#!/usr/bin/env node
// fine-kit command line: check stories before publishing them.
//
//   npx fine-kit validate FILE...  [--lang ar|en|fr] [--json]
//   npx fine-kit html FILE --element timeline|comparison|quote|actor-map [--lang ar] [--quote ID]
//
// validate prints every error with its JSON path, in the chosen language
// (default: the shell's LANG, else English), warnings too, and exits 1 when
// any file is invalid. html prints the story as semantic HTML to paste inside
// an element as its no-JavaScript fallback.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const USAGE = `Usage:
  fine-kit validate FILE... [--lang ar|en|fr] [--json]
      Check story files; exit 1 if any is invalid.
  fine-kit html FILE --element timeline|comparison|quote|actor-map [--lang ar|en|fr] [--quote ID]
      Print the story as semantic HTML: the element's no-JavaScript fallback.
`;
const ELEMENTS = ['timeline', 'comparison', 'quote', 'actor-map'];

let kit;
try {
  kit = {
    ...(await import('../dist/story/index.js')),
    ...(await import('../dist/i18n/index.js')),
    ...(await import('../dist/i18n/lint.js')),
    ...(await import('../dist/i18n/all.js')),
    ...(await import('../dist/fallback/index.js')),
  };
} catch {
  console.error('fine-kit: the package is not built. Run `npm run build` first.');
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string' },
    json: { type: 'boolean', default: false },
    element: { type: 'string' },
    quote: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const [command, ...files] = positionals;
if (values.help || !command) {
  process.stdout.write(USAGE);
  process.exit(values.help ? 0 : 2);
}

const envLang = (process.env.LANG ?? '').split(/[._]/)[0];
const lang = values.lang ?? (envLang && envLang !== 'C' && envLang !== 'POSIX' ? envLang : 'en');
kit.addShippedLanguages();
const m = kit.coreMessages(lang);
const describeError = (e) => kit.describeError(m, e);
const describeWarning = (w) => kit.describeWarning(lang, w);

if (command === 'validate') {
  if (!files.length) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  let failed = 0;
  const report = [];
  for (const file of files) {
    let text;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      failed++;
      report.push({ file, ok: false, errors: [{ path: '', code: 'read', message: e.message }], warnings: [] });
      continue;
    }
    const result = kit.parseStory(text);
    // A terminal shows bidi isolates as boxes: drop them.
    const describe = (list, fn) => list.map((e) => ({ ...e, message: fn(e).replace(/[\u2068\u2069]/g, '') }));
    if (result.ok) {
      report.push({ file, ok: true, errors: [], warnings: describe(kit.lintStory(result.story), describeWarning) });
    } else {
      failed++;
      report.push({ file, ok: false, errors: describe(result.errors, describeError), warnings: [] });
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
  process.exit(failed ? 1 : 0);
} else if (command === 'html') {
  if (files.length !== 1 || !ELEMENTS.includes(values.element ?? '')) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  let result;
  try {
    result = kit.parseStory(await readFile(files[0], 'utf8'));
  } catch (e) {
    console.error(`fine-kit: ${e.message}`);
    process.exit(1);
  }
  if (!result.ok) {
    for (const e of result.errors)
      console.error(`${e.path || '/'}  ${describeError(e).replace(/[\u2068\u2069]/g, '')}`);
    process.exit(1);
  }
  try {
    process.stdout.write(kit.fallbackHtml(result.story, values.element, lang, { quote: values.quote }) + '\n');
  } catch (e) {
    console.error(`fine-kit: ${e.message}`);
    process.exit(1);
  }
} else {
  process.stderr.write(`fine-kit: unknown command "${command}"\n${USAGE}`);
  process.exit(2);
}
