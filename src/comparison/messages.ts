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
  /** Heading of the table's column of statuses ("Annulled on 12 March 2026 (Cour administrative)"). */
  status: string;
  /** Said of the highlighted fine. */
  story: string;
  /**
   * The annotation, from its parts: `{ratio}` is "7.5×", `{times}` the bare
   * number (for languages that say "7.5 times" in words), `{name}` and
   * `{amount}` the other fine's. Against the next largest fine that stands,
   * the one `compare-to` names, or the largest that stands (`largest`;
   * `largestImposed` when the highlighted fine no longer stands).
   */
  next: string;
  chosen: string;
  largest: string;
  largestImposed: string;
  /** A comparison of a fine that no longer stands, by its amount as imposed. */
  imposed: string;
  /** The highlighted fine's status, then the comparison. */
  annotated: string;
  /** The key to the hatching, shown when a bar has some. */
  key: string;
  /** The aggregate row: how many fines, and their total. */
  more: string;
  total: string;
  /** Notes naming the fines left out, and why. */
  invalid: string;
  currency: string;
  conversion: string;
  zeroLog: string;
  /** The `status="standing"` filter left these out: `{list}` names each with the date it was annulled. */
  annulled: string;
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
    status: 'Status',
    story: 'the story’s fine',
    next: '{ratio} the next largest, {name}, {amount}',
    chosen: '{ratio} the fine on {name}, {amount}',
    largest: 'The largest fine still standing, {name}, {amount}, is {ratio} this one',
    largestImposed: 'The largest fine still standing, {name}, {amount}, is {ratio} this one as imposed',
    imposed: 'As imposed, {comparison}',
    annotated: '{status}. {comparison}',
    key: 'Hatched: the part of a fine annulled or cut on appeal.',
    more: '{count} more fines',
    total: 'total {amount}',
    invalid: 'Left out, invalid data: {list}.',
    currency: 'Left out, unknown currency: {list}.',
    conversion:
      'Left out: {list} are in {currencies}, and the story gives no rate to {currency}, so they cannot be compared.',
    zeroLog: 'Not on the logarithmic scale, amount zero: {list}.',
    annulled: 'Not shown, annulled: {list}.',
    converted: 'Converted to {currency} at the story’s rates: {list}.',
    nothing: 'There is no fine to chart.',
    sep: ', ',
  },
  load: { ar: () => import('./messages.ar.js'), fr: () => import('./messages.fr.js') },
};
