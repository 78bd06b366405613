/**
 * A newsroom's own table of fines (CSV or TSV, any delimiter, with or
 * without a byte-order mark) to a story whose fines `<fine-comparison>`
 * draws. Each row becomes a fine; a row that cannot be read is listed with
 * its file, row and column, and the others are imported.
 */
import type { Fine, FineStatus, Law, Story } from '../story/types.js';
import { FINE_STATUSES } from '../story/schema.js';
import { Issues, type ImportResult, type Location } from './issues.js';
import { readCsv, type CsvRow } from './csv.js';
import { parseAmount } from './amount.js';
import { parseDate } from './date.js';
import { countryCode } from './country.js';
import { finish, segments } from './finish.js';
import { isWebUrl } from './html.js';
import { IdMaker, slugify } from './ids.js';
import { SourceBook } from './sources.js';
import {
  FINE_FIELDS,
  REQUIRED_FIELDS,
  findColumn,
  guessFinesMap,
  type FineField,
  type FinesMap,
} from './fines-columns.js';

export interface FinesOptions {
  /** Name of the file read, for every location in the report. */
  file?: string;
  /** Language the table is written in (its companies, authorities, reasons). Default `en`. */
  lang?: string;
  id?: string;
  title?: string;
  /** Which column holds what; fields left out are guessed from the headers. */
  map?: FinesMap;
  /** ISO 4217 code for amounts whose cell names no currency. */
  currency?: string;
  /** How all-number dates are written: `DD/MM/YYYY`, `MM/DD/YYYY`, `DD.MM.YYYY`… ISO dates are read anyway. */
  dateFormat?: string;
  /** The law of every fine, when the table has no law column. */
  law?: Law;
  /** Cell separator; found from the header line when absent. */
  delimiter?: string;
}

/** How a law column names the two laws the format knows. */
const LAW_WORDS: [RegExp, Law][] = [
  [/e-?privacy|cookie|traceur|tracker|الخصوصية الإلكترونية/i, 'eprivacy'],
  [/gdpr|rgpd|dsgvo|\bavg\b|general data protection|règlement général|اللائحة العامة لحماية البيانات/i, 'gdpr'],
];

export function fromFinesTable(text: string, options: FinesOptions = {}): ImportResult {
  const issues = new Issues();
  const file = options.file ?? 'fines.csv';
  const table = readCsv(text, file, issues, options.delimiter);
  if (!table) return { valid: false, issues: issues.list };
  const columns = resolveColumns(table.header, options.map ?? {}, file, issues);
  if (!columns) return { valid: false, issues: issues.list };

  const lang = options.lang ?? 'en';
  const book = new SourceBook(lang);
  const ids = new IdMaker();
  const fines: Fine[] = [];
  const rowOf: CsvRow[] = [];
  const sourceRow = new Map<string, CsvRow>();
  let assumedCurrency = false;
  let assumedLaw = false;

  for (const row of table.rows) {
    const at = (field: FineField): Location => ({
      file,
      row: row.row,
      column: table.header[columns[field]!],
      columnIndex: columns[field],
    });
    const cell = (field: FineField) => (columns[field] === undefined ? '' : (row.cells[columns[field]] ?? '').trim());
    const before = issues.list.length;
    const required = (field: FineField) => {
      const value = cell(field);
      if (!value) issues.error('cell-required', at(field), { field });
      return value;
    };
    const company = required('company');
    const authority = required('authority');
    const reason = required('reason');

    let amount: Fine['amount'] | undefined;
    const currencyCell = cell('currency');
    const rowCurrency = currencyCell ? parseAmount(`${currencyCell} 0`, undefined) : undefined;
    const fallbackCurrency = rowCurrency?.ok ? rowCurrency.money.currency : options.currency;
    if (currencyCell && !rowCurrency?.ok) issues.error('currency-unknown', at('currency'), { received: currencyCell });
    if (required('amount')) {
      const read = parseAmount(cell('amount'), fallbackCurrency ?? 'EUR');
      if (read.ok) {
        amount = read.money;
        if (!read.currencyFromCell && !fallbackCurrency && !assumedCurrency) {
          issues.warn('currency-assumed', at('amount'), { currency: 'EUR' });
          assumedCurrency = true;
        }
      } else {
        issues.error(read.code, at('amount'), { received: read.received });
      }
    }

    let date: string | undefined;
    if (required('date')) {
      const read = parseDate(cell('date'), options.dateFormat);
      if (read.ok) date = read.iso;
      else issues.error(read.code, at('date'), { received: read.received });
    }

    const urls = required('source')
      ? cell('source')
          .split(/[\s,;]+/)
          .filter(Boolean)
      : [];
    for (const url of urls) if (!isWebUrl(url)) issues.error('cell-url', at('source'), { received: url });

    let law = options.law;
    if (cell('law')) {
      law = LAW_WORDS.find(([re]) => re.test(cell('law')))?.[1];
      if (!law) issues.error('law-unknown', at('law'), { received: cell('law') });
    } else if (!law) {
      law = 'gdpr';
      if (!assumedLaw) issues.warn('law-assumed', { file }, { law: 'GDPR' });
      assumedLaw = true;
    }

    // a row with an error is left out whole: half a fine would be a wrong fact
    if (issues.list.slice(before).some((i) => i.level === 'error') || !amount || !date || !law) continue;

    const fine: Fine = {
      id: slugify(cell('id')) || ids.make(`${company} ${date}`, 'fine'),
      company: { [lang]: company },
      authority: { [lang]: authority },
      amount,
      date,
      reason: { [lang]: reason },
      law,
      sources: [],
    };
    if (cell('id')) ids.take(fine.id);
    const country = cell('country');
    if (country) {
      const code = countryCode(country);
      if (code) fine.country = code;
      else issues.warn('country-unknown', at('country'), { received: country });
    }
    const status = cell('status').toLowerCase().replace(/\s+/g, '-');
    if (status) {
      if ((FINE_STATUSES as readonly string[]).includes(status)) fine.status = status as FineStatus;
      else issues.warn('status-unknown', at('status'), { received: cell('status'), options: FINE_STATUSES.join(', ') });
    }
    if (cell('note')) fine.note = { [lang]: cell('note') };
    fine.sources = [...new Set(urls.map((url) => book.cite(url, { title: cell('source-title') || undefined })))];
    for (const id of fine.sources) if (!sourceRow.has(id)) sourceRow.set(id, row);
    rowOf.push(row);
    fines.push(orderKeys(fine));
  }

  mixedCurrencies(fines, file, issues);
  const title = options.title ?? file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  if (!options.title) issues.warn('title-missing', { file }, { title });
  const story: Story = {
    id: options.id ?? (slugify(title) || 'fines'),
    lang,
    languages: [lang],
    title: { [lang]: title },
    actors: [],
    relations: [],
    events: [],
    fines,
    quotes: [],
    sources: book.list,
  };
  return finish(story, issues, (path) => {
    const [list, index, field] = segments(path);
    const row =
      list === 'fines'
        ? rowOf[Number(index)]
        : list === 'sources'
          ? sourceRow.get(story.sources[Number(index)]?.id ?? '')
          : undefined;
    if (!row) return { file };
    const name = (list === 'sources' ? 'source' : field === 'sources' ? 'source' : field) as FineField;
    const i = columns[name];
    return { file, row: row.row, ...(i === undefined ? {} : { column: table.header[i], columnIndex: i }) };
  });
}

/** Field → column index, from the map and then the guesses; an error for each required field without one. */
function resolveColumns(
  header: string[],
  map: FinesMap,
  file: string,
  issues: Issues,
): Partial<Record<FineField, number>> | undefined {
  const guessed = guessFinesMap(header);
  const before = issues.list.length;
  const columns: Partial<Record<FineField, number>> = {};
  for (const field of FINE_FIELDS) {
    const named = map[field];
    if (named !== undefined) {
      const i = findColumn(header, named);
      if (i < 0) issues.error('map-column', { file }, { field, column: named, columns: header.join(', ') });
      else columns[field] = i;
    } else if (guessed[field] !== undefined) {
      columns[field] = header.indexOf(guessed[field]);
    }
  }
  for (const field of REQUIRED_FIELDS) {
    if (columns[field] === undefined && map[field] === undefined) {
      issues.error('map-missing', { file }, { field, columns: header.join(', ') });
    }
  }
  return issues.list.length > before ? undefined : columns;
}

/** The keys in the order the format lists them, so a converted file reads like a hand-written one. */
function orderKeys(fine: Fine): Fine {
  const order = [
    'id',
    'company',
    'authority',
    'country',
    'amount',
    'date',
    'reason',
    'law',
    'status',
    'note',
    'sources',
  ];
  return Object.fromEntries(order.filter((k) => k in fine).map((k) => [k, fine[k as keyof Fine]])) as Fine;
}

/**
 * Fines in several currencies are drawn side by side only with a conversion
 * rate, which is data with a date and a source: the import cannot invent one,
 * so it says which fines the chart will leave out.
 */
function mixedCurrencies(fines: Fine[], file: string, issues: Issues): void {
  const counts = new Map<string, number>();
  for (const f of fines) counts.set(f.amount.currency, (counts.get(f.amount.currency) ?? 0) + 1);
  const [main] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  for (const [currency, count] of counts) {
    if (currency !== main) issues.warn('conversion-missing', { file }, { count, currency, to: main! });
  }
}
