/**
 * Bring your own story: converters from TimelineJS (JSON and its Google
 * Sheets template), from the kit's own spreadsheet (and back) and from any
 * table of fines, to a story that passes `parseStory`. Pure functions on
 * text, the same in Node (`npx fine-kit import`) and in a browser (the
 * playground). Every problem is an issue with its place in the file read,
 * in words for English, Arabic and French readers.
 *
 * ```js
 * import { fromTimelineJs, formatIssue } from 'fine-kit/import';
 * const { story, valid, issues } = fromTimelineJs(jsonText, { file: 'timeline.json', lang: 'en' });
 * for (const issue of issues) console.log(formatIssue(issue, 'fr'));
 * ```
 */
export * from './issues.js';
export { fromTimelineJs, type TimelineJsOptions } from './timelinejs.js';
export { fromTimelineJsSheet, TIMELINEJS_COLUMNS } from './timelinejs-sheet.js';
export { fromSheet, toSheet, sheetTemplate, sheetFiles, STORY_FILE, type SheetOptions } from './sheet.js';
export { fromFinesTable, type FinesOptions } from './fines.js';
export {
  FINE_FIELDS,
  REQUIRED_FIELDS,
  guessFinesMap,
  parseMapSpec,
  type FineField,
  type FinesMap,
} from './fines-columns.js';
export { parseAmount, type AmountResult } from './amount.js';
export { parseDate, type DateResult } from './date.js';
export { readCsv, writeCsv, sniffDelimiter, type CsvTable } from './csv.js';
export { htmlToText, type PlainText } from './html.js';
export { detectInput, type InputKind } from './detect.js';
export {
  describeIssue,
  formatIssue,
  formatLocation,
  importMessages,
  fill as fillMessage,
  type ImportMessages,
} from './messages.js';
