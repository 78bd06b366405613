/**
 * Dates as spreadsheets hold them, to the story's ISO dates at the precision
 * written: ISO (`2021`, `2021-07`, `2021-07-16`, with or without a time),
 * a named format (`DD/MM/YYYY`, `MM/DD/YYYY`, `DD.MM.YYYY`…), month names in
 * several languages (`16 July 2021`, `July 16, 2021`, `16 juillet 2021`,
 * `16 يوليو 2021`), and day/month/year numbers when only one reading exists.
 * A date that could be read two ways is an error that names the format to pass.
 */
import { isCalendarDate } from '../story/schema.js';
import { asciiDigits } from './numbers.js';

export type DateResult =
  { ok: true; iso: string } | { ok: false; code: 'date-unreadable' | 'date-ambiguous' | 'bad-date'; received: string };

/** Languages whose month names are recognised; their names come from `Intl`, not a hand-made table. */
const MONTH_LOCALES = ['en', 'fr', 'ar', 'ar-SY', 'de', 'es', 'it', 'nl', 'pt'];
let monthNames: [string, number][] | undefined;

/** Lowercased, accents and dots removed: how month names and cells are compared. */
const fold = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();

/** Every month name and abbreviation, longest first; a name two months share is left out. */
function months(): [string, number][] {
  if (monthNames) return monthNames;
  const found = new Map<string, number>();
  const clash = new Set<string>();
  for (const locale of MONTH_LOCALES) {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const name = fold(format.format(new Date(Date.UTC(2021, m - 1, 15))));
        if (!name || /\d/.test(name)) continue;
        if (found.has(name) && found.get(name) !== m) clash.add(name);
        found.set(name, m);
      }
    }
  }
  // Egyptian spellings Intl does not give
  for (const [name, m] of [
    ['يونيه', 6],
    ['يوليه', 7],
    ['إبريل', 4],
    ['sept', 9],
  ] as const) {
    if (!found.has(fold(name))) found.set(fold(name), m);
  }
  monthNames = [...found].filter(([name]) => !clash.has(name)).sort((a, b) => b[0].length - a[0].length);
  return monthNames;
}

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month?: number, day?: number): string | undefined {
  if (year < 1 || year > 9999) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const value = [String(year).padStart(4, '0'), month && pad(month), month && day && pad(day)]
    .filter(Boolean)
    .join('-');
  if (day !== undefined && (day < 1 || !isCalendarDate(value))) return undefined;
  return value;
}

/** `DD/MM/YYYY` → a reader for that order; `D`, `M`, `YYYY` and any of `/ . - space` as separators. */
function formatReader(format: string): ((s: string) => [number, number?, number?] | undefined) | undefined {
  const order = format.toUpperCase().match(/Y+|M+|D+/g);
  if (!order || !order.some((t) => t.startsWith('Y'))) return undefined;
  return (s) => {
    const parts = s.split(/[/.\-\s]+/).filter(Boolean);
    if (parts.length !== order.length || !parts.every((p) => /^\d+$/.test(p))) return undefined;
    const get = (letter: string) => {
      const i = order.findIndex((t) => t.startsWith(letter));
      return i < 0 ? undefined : Number(parts[i]);
    };
    const year = get('Y');
    return year === undefined || parts[order.findIndex((t) => t.startsWith('Y'))]!.length !== 4
      ? undefined
      : [year, get('M'), get('D')];
  };
}

/**
 * The ISO date in `text`. `format` (`DD/MM/YYYY`, `MM/DD/YYYY`…) decides
 * all-number dates; ISO dates and dates with month names are read either way.
 */
export function parseDate(text: string, format?: string): DateResult {
  const received = text.trim();
  const s = asciiDigits(received.normalize('NFKC')).replace(/\s+/g, ' ').trim();
  const fail = (code: 'date-unreadable' | 'date-ambiguous' | 'bad-date' = 'date-unreadable'): DateResult => ({
    ok: false,
    code,
    received,
  });
  const done = (y: number, m?: number, d?: number): DateResult => {
    const value = iso(y, m, d);
    return value ? { ok: true, iso: value } : fail('bad-date');
  };

  const isoMatch = s.match(/^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}.*)?$/);
  if (isoMatch) return done(Number(isoMatch[1]), num(isoMatch[2]), num(isoMatch[3]));
  const slashedIso = s.match(/^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/);
  if (slashedIso) return done(Number(slashedIso[1]), Number(slashedIso[2]), Number(slashedIso[3]));

  const named = withMonthName(s);
  if (named) return named === 'bad' ? fail('bad-date') : done(...named);

  const reader = format ? formatReader(format) : undefined;
  if (reader) {
    const parts = reader(s);
    return parts ? done(...parts) : fail();
  }
  // numbers only, no format: read only when one order makes sense
  const numeric = s.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (!numeric) return fail();
  const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  const dayFirst = iso(y, b, a);
  const monthFirst = iso(y, a, b);
  if (dayFirst && monthFirst && a !== b) return fail('date-ambiguous');
  return dayFirst || monthFirst ? { ok: true, iso: (dayFirst ?? monthFirst)! } : fail('bad-date');
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/** `16 July 2021`, `July 16, 2021`, `1er juillet 2021`, `Jul 2021`: a month name, a four-digit year, maybe a day. */
function withMonthName(s: string): [number, number?, number?] | 'bad' | undefined {
  let folded = ` ${fold(s).replace(/,/g, ' ')} `;
  let month: number | undefined;
  for (const [name, m] of months()) {
    const at = folded.indexOf(` ${name} `);
    if (at < 0) continue;
    month = m;
    folded = folded.slice(0, at) + ' ' + folded.slice(at + name.length + 2) + ' ';
    break;
  }
  if (month === undefined) return undefined;
  const rest = folded
    .replace(/(\d+)(st|nd|rd|th|er|e|º)\b/g, '$1')
    .replace(/\b(de|del|of|the|le)\b/g, ' ')
    .trim()
    .split(/[\s/-]+/)
    .filter(Boolean);
  if (!rest.every((p) => /^\d+$/.test(p))) return 'bad';
  const year = rest.find((p) => p.length === 4);
  const day = rest.find((p) => p.length <= 2);
  // without its year a date cannot be placed: unreadable, not wrong
  if (!year) return undefined;
  if (rest.length > 2 || (rest.length === 2 && !day)) return 'bad';
  return [Number(year), month, day === undefined ? undefined : Number(day)];
}
