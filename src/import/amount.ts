/**
 * An amount of money as a spreadsheet holds it: `€746,000,000`,
 * `746 000 000 €`, `EUR 746M`, `£20m`, `٧٤٦٠٠٠٠٠٠ يورو`. The currency comes
 * from the cell when it says one, else from the caller's default.
 */
import type { Money } from '../story/types.js';
import { knownCurrencies } from '../story/lint.js';
import { readNumber } from './numbers.js';

/** Currency signs and words, lowercased. `$` alone is a US dollar unless the default is another dollar. */
const SIGNS: [RegExp, string][] = [
  [/€|\beuros?\b|\bd['’]euros?\b|يورو/, 'EUR'],
  [/us\$|\$|\bdollars?\b|دولار/, 'USD'],
  [/£|\bpounds?( sterling)?\b|\blivres? sterling\b|جنيه إسترليني/, 'GBP'],
  [/¥|\byen\b/, 'JPY'],
  [/₹/, 'INR'],
  [/₩/, 'KRW'],
  [/₺/, 'TRY'],
  [/₽/, 'RUB'],
  [/₪/, 'ILS'],
  [/zł/, 'PLN'],
  [/kč/, 'CZK'],
  [/\bfr\.|\bchf\b/, 'CHF'],
];
const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'MXN']);

export type AmountResult =
  | { ok: true; money: Money; currencyFromCell: boolean }
  | { ok: false; code: 'amount-unreadable' | 'amount-negative' | 'currency-unknown'; received: string };

/** A three-letter word is a currency code when the platform knows it (`eur`, `NOK`, not `Mrd`); in capitals where it cannot list them. */
function isCurrencyCode(word: string): boolean {
  const known = knownCurrencies();
  return known ? known.has(word.toUpperCase()) : /^[A-Z]{3}$/.test(word);
}

/**
 * Reads `text` as an amount in `currency` (an ISO 4217 code) unless the cell
 * names its own; `knownCode` tells a currency code from a three-letter word.
 */
export function parseAmount(
  text: string,
  currency: string | undefined,
  knownCode: (word: string) => boolean = isCurrencyCode,
): AmountResult {
  const received = text.trim();
  let rest = received.toLowerCase();
  let found: string | undefined;
  const code = received.match(/(?<![A-Za-z])[A-Za-z]{3}(?![A-Za-z])/);
  if (code && knownCode(code[0])) {
    found = code[0].toUpperCase();
    rest = rest.replace(code[0].toLowerCase(), ' ');
  }
  // "C$", "A$" and friends name their dollar
  const prefixed = rest.match(/\b(c|a|nz|hk|s)\$/);
  if (!found && prefixed) {
    found = { c: 'CAD', a: 'AUD', nz: 'NZD', hk: 'HKD', s: 'SGD' }[prefixed[1] as 'c'] ?? 'USD';
    rest = rest.replace(prefixed[0], ' ');
  }
  for (const [sign, iso] of SIGNS) {
    if (!sign.test(rest)) continue;
    if (!found) found = iso === 'USD' && currency && DOLLARS.has(currency) ? currency : iso;
    rest = rest.replace(sign, ' ');
  }
  // a leftover symbol the table above does not know
  if (/[\p{Sc}]/u.test(rest)) return { ok: false, code: 'currency-unknown', received };
  const value = readNumber(rest.replace(/\s+/g, ' '));
  if (value === undefined) return { ok: false, code: 'amount-unreadable', received };
  if (value < 0) return { ok: false, code: 'amount-negative', received };
  const iso = found ?? currency;
  if (!iso) return { ok: false, code: 'currency-unknown', received };
  return { ok: true, money: { value, currency: iso }, currencyFromCell: found !== undefined };
}
