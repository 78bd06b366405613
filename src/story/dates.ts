/**
 * Dates as the story holds them: ISO 8601 at the precision known. A year-only
 * date is a whole year, not 1 January; these helpers keep that meaning.
 */
import type { DatePrecision } from './types.js';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

/** Splits `2021`, `2021-07` or `2021-07-16`; the string must already be valid. */
export function parseIsoDate(value: string): PartialDate {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return { year, month, day, precision };
}

export function precisionOf(value: string): DatePrecision {
  return parseIsoDate(value).precision;
}

/** The first instant the date covers (UTC). */
export function dateStart(value: string): Date {
  const { year, month = 1, day = 1 } = parseIsoDate(value);
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year); // years below 100 must not be read as 19xx
  return d;
}

/** The first instant after the period the date covers (UTC): `2021` ends at 2022-01-01. */
export function dateEnd(value: string): Date {
  const { year, month, day, precision } = parseIsoDate(value);
  const d = dateStart(value);
  if (precision === 'year') d.setUTCFullYear(year + 1);
  else if (precision === 'month') d.setUTCMonth(month!);
  else d.setUTCDate(day! + 1);
  return d;
}

/** The middle of the period: where a marker for an imprecise date belongs on an axis. */
export function dateMid(value: string): Date {
  return new Date((dateStart(value).getTime() + dateEnd(value).getTime()) / 2);
}

/** Orders two story dates by when they start, the less precise first on a tie. */
export function compareDates(a: string, b: string): number {
  return dateStart(a).getTime() - dateStart(b).getTime() || a.length - b.length;
}
