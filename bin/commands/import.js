// fine-kit import timelinejs|timelinejs-sheet|sheet|fines INPUT [-o story.json] …
// Converts a TimelineJS file or sheet, the kit's own sheet folder, or a table
// of fines to a story; reports what it could not read or keep (with the file,
// row and column, or JSON path), and exits 1 when anything was left out or
// the story would not pass `fine-kit validate`.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadImport, printReport, readSheetDir, reportLang } from '../import-report.js';
import { writeOut } from '../kit.js';

const FORMATS = ['timelinejs', 'timelinejs-sheet', 'sheet', 'fines'];

export const usage = `  fine-kit import timelinejs FILE.json [-o story.json] [--lang en] [--id ID] [--title TEXT] [--source URL]
  fine-kit import timelinejs-sheet FILE.csv [the same options]
      Convert TimelineJS JSON, or its Google Sheets template saved as CSV, to a story.
      --source: the address every event and era cites when it links to nothing itself.
  fine-kit import sheet DIR [-o story.json]
      Build a story from the kit's sheet template (story.csv, events.csv, fines.csv…).
  fine-kit import fines FILE.csv [-o story.json] [--map company=COL,amount=COL,date=COL,authority=COL,
      country=COL,reason=COL,source=COL] [--currency EUR] [--date-format DD/MM/YYYY] [--law gdpr|eprivacy]
      A story of fines from any table (CSV or TSV); unnamed columns are guessed from their headers.
  Reports come in --message-lang ar|en|fr (default: --lang, then the shell's); --json prints them as JSON.`;

export const options = {
  output: { type: 'string', short: 'o' },
  id: { type: 'string' },
  title: { type: 'string' },
  source: { type: 'string' },
  map: { type: 'string' },
  currency: { type: 'string' },
  'date-format': { type: 'string' },
  law: { type: 'string' },
  delimiter: { type: 'string' },
  'message-lang': { type: 'string' },
  json: { type: 'boolean', default: false },
};

/**
 * @param {any} im the import module
 * @param {string} format
 * @param {string} input
 * @param {Record<string, any>} values
 */
async function convert(im, format, input, values) {
  const file = basename(input);
  const common = { file, lang: values.lang, id: values.id, title: values.title };
  if (format === 'sheet') return im.fromSheet(await readSheetDir(input), { dir: input });
  const text = await readFile(input, 'utf8');
  if (format === 'timelinejs') return im.fromTimelineJs(text, { ...common, source: values.source });
  if (format === 'timelinejs-sheet') return im.fromTimelineJsSheet(text, { ...common, source: values.source });
  const { map, unknown } = im.parseMapSpec(values.map ?? '');
  const result = im.fromFinesTable(text, {
    ...common,
    map,
    currency: values.currency?.toUpperCase(),
    dateFormat: values['date-format'],
    law: values.law?.toLowerCase(),
    delimiter: values.delimiter === 'tab' ? '\t' : values.delimiter,
  });
  for (const field of unknown) {
    result.issues.unshift({
      level: 'error',
      code: 'map-field',
      where: {},
      params: { field, fields: im.FINE_FIELDS.join(', ') },
    });
  }
  return result;
}

/** @param {{ values: Record<string, any>, files: string[] }} args */
export async function run({ values, files }) {
  const [format, input] = files;
  if (files.length !== 2 || !FORMATS.includes(format ?? '')) return 2;
  if (values.law && !['gdpr', 'eprivacy'].includes(values.law.toLowerCase())) return 2;
  const { im } = await loadImport();
  const lang = reportLang(values);
  let result;
  try {
    result = await convert(im, format, input, values);
  } catch (e) {
    console.error(`fine-kit: ${/** @type {Error} */ (e).message}`);
    return 1;
  }
  const json = result.story ? JSON.stringify(result.story, null, 2) + '\n' : '';
  if (values.output && result.story) await writeOut(values.output, json);
  if (values.json) {
    const issues = result.issues.map((/** @type {any} */ i) => ({
      ...i,
      location: im.formatLocation(i.where),
      message: im.describeIssue(i, lang).replace(/[\u2068\u2069]/g, ''),
    }));
    const report = { valid: result.valid, issues, ...(values.output ? {} : { story: result.story }) };
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  } else if (!values.output && result.story) {
    process.stdout.write(json);
  }
  return printReport(im, result, lang, values.output ?? 'story');
}
