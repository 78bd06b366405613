/**
 * Amounts as a reader should see them, whatever the story's figures: compact
 * on the chart ("€746M"), in full in the table ("€746,000,000"), and never
 * more precise than their sources. A story's rates (10⁻⁹ to 10⁹) can take an
 * amount from 10⁻¹¹ to 10²⁴ of a currency; beyond what compact notation has
 * words for, it is written as a power of ten, never as "∞ €" or thirty digits.
 */
import { formatMoney, formatNumber } from '../core/format.js';

/**
 * How an amount is written: `compact` ("€746M", a bar's figure), `full`
 * ("€746,000,000", the figure as the source gives it), `rounded` ("€1.03B",
 * a total of many fines, to {@link SIGNIFICANT} significant digits) or
 * `approx` ("≈ €1.03B"): a converted amount or a sum across currencies,
 * rounded the same way and saying so, since a rate is itself a rounded
 * figure of a given day.
 */
export type MoneyStyle = 'compact' | 'full' | 'rounded' | 'approx';

/** Significant digits a total or a converted amount keeps. */
export const SIGNIFICANT = 3;

/** From here up, and below a hundredth of the currency, amounts are written as a power of ten. */
const HUGE = 1e15;
const TINY = 1e-2;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const NUMBER_PART = /^(integer|decimal|fraction|group)$/;

/**
 * "€7.5 × 10²³", "‏7.5 × 10⁻⁹ €": the mantissa in the locale's digits, the
 * currency where the locale puts it, and the mantissa and its power of ten
 * as one left-to-right island (an equation reads left to right in Arabic too).
 */
function powerOfTen(value: number, currency: string, locale: string): string {
  const options = { notation: 'scientific', minimumFractionDigits: 0, maximumFractionDigits: 1 } as const;
  // the exponent in ASCII digits, which have superscripts, rounded as the mantissa is
  const exponent = new Intl.NumberFormat('en', options)
    .formatToParts(value)
    .filter((p) => p.type === 'exponentMinusSign' || p.type === 'exponentInteger')
    .map((p) => p.value)
    .join('');
  const power = `10${[...exponent].map((c) => (c === '-' ? '⁻' : SUPERSCRIPT[Number(c)])).join('')}`;
  let mantissa = '';
  let out = '';
  for (const part of new Intl.NumberFormat(locale, { ...options, style: 'currency', currency }).formatToParts(value)) {
    if (NUMBER_PART.test(part.type)) mantissa += part.value;
    else if (part.type.startsWith('exponent') || (mantissa && /^[\u061c\u200e\u200f]$/.test(part.value))) continue;
    else {
      if (mantissa && !out.includes(power)) out += `\u2066${mantissa}\u00a0×\u00a0${power}\u2069`;
      out += part.value;
    }
  }
  return out.includes(power) ? out : `${out}\u2066${mantissa}\u00a0×\u00a0${power}\u2069`;
}

/** `value` of `currency` for a reader of `locale`, in the given style; "–" for a number that is not finite. */
export function moneyText(value: number, currency: string, locale: string, style: MoneyStyle = 'compact'): string {
  if (!Number.isFinite(value)) return '–';
  const size = Math.abs(value);
  if (size && (size >= HUGE || size < TINY)) {
    return (style === 'approx' ? '≈\u00a0' : '') + powerOfTen(value, currency, locale);
  }
  if (style === 'full') return formatMoney({ value, currency }, locale, false);
  // compact: "€746M", "€1.2B", and "€0" rather than "€0.0"; a total or a converted amount: three digits
  const digits = style === 'compact' ? { maximumFractionDigits: 1 } : { maximumSignificantDigits: SIGNIFICANT };
  const text = formatNumber(value, locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    ...digits,
  });
  return (style === 'approx' ? '≈\u00a0' : '') + text;
}
