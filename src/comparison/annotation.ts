/**
 * The highlighted fine's annotation, computed from the amounts and where
 * each fine stands, never typed: against the fine `compare-to` names, else
 * against the largest fine that still stands (or, when the highlighted fine
 * is that one, against the next largest that stands). A fine a court
 * annulled is never called the largest: it is compared as imposed, and the
 * words say so.
 */
import type { Fine } from '../story/types.js';

/** What the annotation reads of a bar. */
export interface Ranked {
  fine: Fine;
  /** The amount as imposed, in the chart's currency. */
  value: number;
  /** The amount that stands, in the chart's currency: a reduction's, 0 once annulled. */
  now: number;
  /** False once a court has annulled the fine. */
  standing: boolean;
}

export interface Annotation {
  /**
   * How many times one amount is the other: the highlighted fine over the
   * other one (`next`, `chosen`: 7.46), or the largest standing fine over
   * the highlighted one (`largest`: 1.61).
   */
  ratio: number;
  /** The fine it is compared with. */
  other: Fine;
  /** Its amount in the chart's currency: what stands, or what was imposed if it no longer does. */
  otherValue: number;
  /**
   * `next`: the highlighted fine is the largest that stands, the other the
   * next largest that does; `largest`: the other is the largest fine that
   * stands; `chosen`: the one `compare-to` names.
   */
  kind: 'next' | 'largest' | 'chosen';
  /** The highlighted fine no longer stands: it is compared as imposed. */
  imposed: boolean;
}

/** The amount a comparison uses: what stands, or what was imposed for a fine that no longer stands. */
const amountOf = (r: Ranked) => (r.standing ? r.now : r.value);
const largestOf = (rows: readonly Ranked[]) =>
  rows.reduce<Ranked | undefined>((best, r) => (!best || r.now > best.now ? r : best), undefined);

/**
 * The annotation of `top` among `rows` (every fine charted or summed), or
 * undefined when there is nothing to compare with or no finite ratio.
 */
export function annotate(top: Ranked, rows: readonly Ranked[], compareTo?: string): Annotation | undefined {
  const chosen = compareTo ? rows.find((r) => r.fine.id === compareTo && r !== top) : undefined;
  const standing = rows.filter((r) => r.standing && r !== top);
  const largest = largestOf(standing);
  const leads = top.standing && !(largest && largest.now > top.now);
  const kind = chosen ? 'chosen' : leads ? 'next' : 'largest';
  const other = chosen ?? (leads ? largestOf(standing.filter((r) => r.now < top.now)) : largest);
  if (!other) return undefined;
  const [a, b] = kind === 'largest' ? [amountOf(other), amountOf(top)] : [amountOf(top), amountOf(other)];
  const ratio = a / b;
  // against a zero fine, or €746M against 5e-324 €: no number a reader can use
  if (!(b > 0 && Number.isFinite(ratio))) return undefined;
  return { ratio, other: other.fine, otherValue: amountOf(other), kind, imposed: !top.standing };
}
