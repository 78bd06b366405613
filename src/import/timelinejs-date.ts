/**
 * A TimelineJS date object (`{ year, month, day, hour, minute, second,
 * millisecond, display_date }`, numbers or numeric strings, BCE years
 * negative) to a story date at the same precision: `2021`, `2021-07` or
 * `2021-07-16`. Times of day, display dates and BCE years are things the
 * story format cannot hold: each is reported, never dropped silently.
 */
import { isCalendarDate } from '../story/schema.js';
import type { Issues, Location } from './issues.js';

export type Locate = (pointer: string) => Location;

/** A whole number from a number or a string of digits (TimelineJS sheets allow `1,815`); NaN otherwise; undefined when blank. */
function whole(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : NaN;
  if (typeof value !== 'string') return NaN;
  const digits = value.trim().replace(/[\s,]/g, '');
  if (digits === '') return undefined;
  return /^[+-]?\d+$/.test(digits) ? Number(digits) : NaN;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The story date for `value`, or undefined (with an error: the item is left
 * out for a start date; for an end date the caller decides).
 */
export function storyDate(
  value: unknown,
  pointer: string,
  issues: Issues,
  locate: Locate,
  level: 'error' | 'warning',
): string | undefined {
  const report = (code: 'no-date' | 'bad-date' | 'bc-date' | 'year-range', params = {}) =>
    level === 'error' ? issues.error(code, locate(pointer), params) : issues.warn(code, locate(pointer), params);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return void report('no-date');
  const d = value as Record<string, unknown>;
  const year = whole(d['year']);
  const month = whole(d['month']);
  const day = whole(d['day']);
  if (year === undefined) return void report('no-date');
  const shown = [d['year'], d['month'], d['day']].filter((v) => v !== undefined && v !== '').join('-');
  if (Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day))
    return void report('bad-date', { received: shown });
  // TimelineJS writes 44 BCE as -44 (and, read as a JavaScript year, 0 as 1 BCE)
  if (year < 1) return void report('bc-date', { year: year === 0 ? 1 : -year });
  if (year > 9999) return void report('year-range', { year });
  if (month === undefined && day !== undefined) return void report('bad-date', { received: shown });
  if (month !== undefined && (month < 1 || month > 12)) return void report('bad-date', { received: shown });
  let iso = pad(year, 4);
  if (month !== undefined) iso += `-${pad(month, 2)}`;
  if (day !== undefined) {
    iso += `-${pad(day, 2)}`;
    if (day < 1 || !isCalendarDate(iso)) return void report('bad-date', { received: shown });
  }

  const time = ['hour', 'minute', 'second', 'millisecond'].map((k) => whole(d[k]));
  if (time.some((t) => t !== undefined)) {
    const [h = 0, m = 0, s] = time.map((t) => (Number.isNaN(t) ? 0 : t));
    const text = `${pad(h, 2)}:${pad(m, 2)}${s !== undefined ? `:${pad(s, 2)}` : ''}`;
    issues.warn('time-dropped', locate(`${pointer}/hour`), { time: text, date: iso });
  }
  if (typeof d['display_date'] === 'string' && d['display_date'].trim()) {
    issues.warn('display-date', locate(`${pointer}/display_date`), { text: d['display_date'].trim() });
  }
  return iso;
}
