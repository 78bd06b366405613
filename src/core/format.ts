/**
 * Formatting through `Intl` only: dates at their precision, money, compact
 * numbers, ratios, lists and language names in the reader's locale, so
 * `ar-EG` gets Arabic-Indic digits and `ar-MA` Latin ones without any table
 * of ours. Formatters are cached: a 10,000-event timeline formats a lot.
 */
import { dateStart, parseIsoDate } from '../story/dates.js';
import type { Money } from '../story/types.js';
import { remember } from './memo.js';

const cache = new Map<string, unknown>();
/** Keys already built for an options object: most callers pass a constant, so its JSON is made once. */
const optionKeys = new WeakMap<object, string>();
function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  let json = optionKeys.get(options);
  if (json === undefined) optionKeys.set(options, (json = JSON.stringify(options)));
  const key = `${kind}|${locale}|${json}`;
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/**
 * Formatted strings by locale, style and value. `Intl`'s `format` costs
 * microseconds a call, and a 10,000-event timeline or a 300-actor map asks
 * for the same dates and small numbers again at every render.
 */
const remembered = remember<string>(50_000);

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }));
}

const NO_OPTIONS: Intl.NumberFormatOptions = {};

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = NO_OPTIONS): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

const PRECISION_OPTIONS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const SHORT_OPTIONS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  day: { year: 'numeric', month: 'short', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** `2021` → "2021", `2021-07` → "July 2021", `2021-07-16` → "16 July 2021" (or "١٦ يوليو ٢٠٢١"). */
export function formatStoryDate(iso: string, locale: string, style: 'long' | 'short' = 'long'): string {
  return remembered(`d|${locale}|${style}|${iso}`, () => storyDate(iso, locale, style));
}

function storyDate(iso: string, locale: string, style: 'long' | 'short'): string {
  const { precision } = parseIsoDate(iso);
  const options = (style === 'long' ? PRECISION_OPTIONS : SHORT_OPTIONS)[precision];
  return dateFormat(locale, options).format(dateStart(iso));
}

/** A span at the precision of its less precise end: "May 2018 – July 2021". */
export function formatStorySpan(start: string, end: string, locale: string, style: 'long' | 'short' = 'long'): string {
  return remembered(`s|${locale}|${style}|${start}|${end}`, () => storySpan(start, end, locale, style));
}

function storySpan(start: string, end: string, locale: string, style: 'long' | 'short'): string {
  const a = parseIsoDate(start).precision;
  const b = parseIsoDate(end).precision;
  const order = ['year', 'month', 'day'] as const;
  const precision = order[Math.min(order.indexOf(a), order.indexOf(b))]!;
  const options = (style === 'long' ? PRECISION_OPTIONS : SHORT_OPTIONS)[precision];
  return dateFormat(locale, options).formatRange(dateStart(start), dateStart(end));
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = NO_OPTIONS): string {
  // plain counts (a node's degree, "12 relations") are asked for again and again: remember those
  if (options === NO_OPTIONS) return remembered(`n|${locale}|${value}`, () => numberFormat(locale).format(value));
  return numberFormat(locale, options).format(value);
}

/** "€746M", "746 M€", "‏746 مليون €": compact currency in the locale's own way. */
export function formatMoney(money: Money, locale: string, compact = true): string {
  return numberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    ...(compact
      ? { notation: 'compact', maximumFractionDigits: 1 }
      : { minimumFractionDigits: Number.isInteger(money.value) ? 0 : 2, maximumFractionDigits: 2 }),
  }).format(money.value);
}

/** "7.5×" with the locale's digits and decimal separator. */
export function formatRatio(value: number, locale: string): string {
  const digits = value < 10 ? 1 : 0;
  return `${formatNumber(value, locale, { maximumFractionDigits: digits })}×`;
}

export function formatList(
  items: readonly string[],
  locale: string,
  type: 'conjunction' | 'unit' = 'conjunction',
): string {
  return cached('list', locale, { type }, () => new Intl.ListFormat(locale, { type, style: 'long' })).format(items);
}

/**
 * The kit's own languages named in each of them, word for word as
 * `Intl.DisplayNames` names them (a test holds them equal in Chromium and
 * Firefox). Measured: the first `Intl.DisplayNames` of a page loads ICU's
 * language names, about 20 ms in Chromium, for a word the kit already knows.
 */
const OWN_LANGUAGE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ar: { ar: 'العربية', en: 'الإنجليزية', fr: 'الفرنسية' },
  en: { ar: 'Arabic', en: 'English', fr: 'French' },
  fr: { ar: 'arabe', en: 'anglais', fr: 'français' },
};

/** "French", "الفرنسية", "français": the name of `code` in `locale`. */
export function languageName(code: string, locale: string): string {
  const own = OWN_LANGUAGE_NAMES[locale]?.[code];
  if (own) return own;
  try {
    return cached('lang', locale, {}, () => new Intl.DisplayNames(locale, { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}
