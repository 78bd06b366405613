/** The fine comparison's own words; `{name}` placeholders are filled by `fill`. */
import type { WordTable } from '../i18n/types.js';

export interface ComparisonMessages {
  /** Name of the list of bars (and caption of the table), by sort order. */
  byAmount: string;
  byDate: string;
  /** The toggle between the chart and the table (`aria-pressed`). */
  table: string;
  company: string;
  authority: string;
  date: string;
  amount: string;
  /** Said of the highlighted fine. */
  story: string;
  /** The annotation: against the next largest fine, or the one `compare-to` names. */
  next: string;
  chosen: string;
  /** The aggregate row: how many fines, and their total. */
  more: string;
  total: string;
  /** Notes naming the fines left out, and why. */
  invalid: string;
  currency: string;
  conversion: string;
  zeroLog: string;
  converted: string;
  /** Error view: nothing can be charted. */
  nothing: string;
  sep: string;
}

declare module '../i18n/types.js' {
  interface LanguagePack {
    comparison: ComparisonMessages;
  }
}

export const comparisonMessages: WordTable<'comparison'> = {
  pack: 'comparison',
  en: {
    byAmount: 'Fines, largest first',
    byDate: 'Fines, oldest first',
    table: 'Table',
    company: 'Company',
    authority: 'Authority',
    date: 'Date',
    amount: 'Amount',
    story: 'the story’s fine',
    next: '{ratio} the next largest, {name} ({amount})',
    chosen: '{ratio} the fine on {name} ({amount})',
    more: '{count} more fines',
    total: 'total {amount}',
    invalid: 'Left out, invalid data: {list}.',
    currency: 'Left out, unknown currency: {list}.',
    conversion:
      'Left out: {list} are in {currencies}, and the story gives no rate to {currency}, so they cannot be compared.',
    zeroLog: 'Not on the logarithmic scale, amount zero: {list}.',
    converted: 'Converted to {currency} at the story’s rates: {list}.',
    nothing: 'There is no fine to chart.',
    sep: ', ',
  },
  load: { ar: () => import('./messages.ar.js'), fr: () => import('./messages.fr.js') },
};
