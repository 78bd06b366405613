/**
 * Reading and writing CSV with csv-parse and csv-stringify (their browser
 * builds, which run the same in Node): the delimiter found from the header
 * line, a byte-order mark dropped, rows numbered as a spreadsheet numbers
 * them, and a row that cannot be read reported while the others are kept.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Issues } from './issues.js';

export interface CsvRow {
  /** The row's number in a spreadsheet: the header is row 1. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

const DELIMITERS = [',', ';', '\t', '|'];

/** The delimiter used most in the first line outside quotes (ties: comma first). */
export function sniffDelimiter(text: string): string {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

export const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * The header and rows of `text`. Blank rows above the header are skipped; a
 * row csv-parse rejects is reported with its number and left out; cells past
 * the header's last column are reported, as they would be lost.
 */
export function readCsv(text: string, file: string, issues: Issues, delimiter?: string): CsvTable | undefined {
  const source = text.replace(/^\ufeff/, '');
  const rows: CsvRow[] = [];
  let n = 0;
  parse(source, {
    delimiter: delimiter ?? sniffDelimiter(source),
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_record: (record: string[]) => {
      rows.push({ row: ++n, cells: record });
      return null;
    },
    on_skip: (error) => {
      const code = error?.code === 'CSV_QUOTE_NOT_CLOSED' ? 'csv-quote' : 'csv-row';
      issues.error(code, { file, row: ++n }, { detail: error?.message ?? '' });
    },
  });
  while (rows.length && isBlank(rows[0]!.cells)) rows.shift();
  const first = rows.shift();
  if (!first) {
    issues.error('csv-empty', { file });
    return undefined;
  }
  const header = first.cells.map((c) => c.trim());
  const width = header.length;
  for (const r of rows) {
    const extra = r.cells.slice(width).filter((c) => c.trim() !== '');
    if (extra.length) issues.warn('extra-cells', { file, row: r.row, columnIndex: width }, { count: extra.length });
  }
  return { header, rows: rows.filter((r) => !isBlank(r.cells)) };
}

/** CSV text with a byte-order mark, so a spreadsheet opens Arabic and accented text as UTF-8. */
export function writeCsv(header: string[], rows: string[][]): string {
  return stringify([header, ...rows], { bom: true, record_delimiter: '\n' });
}
