/**
 * What the fine comparison computes, as pure functions (no DOM, no Lit):
 * which fines can be charted and why the others cannot, one currency to
 * compare them in, the highlighted fine and its "N× the next largest"
 * ratio, the order of the bars, the scale (linear or log) and its ticks.
 *
 * Scale decision (2,000 fines and more): the chart draws at most `limit`
 * bars (default {@link DEFAULT_LIMIT}, never more than {@link MAX_BARS}),
 * the largest ones, the highlighted fine always among them; every other fine
 * is summed in one aggregate row ("1,970 more fines, total €12B") that the
 * table repeats. A reader sees the top of the distribution, which is what a
 * comparison is about, the DOM stays a few hundred nodes whatever the list's
 * length, and no scroll container steals the page's scrolling from a reader
 * on a phone (virtualizing a list inside an article would).
 */
import { validate } from '../story/schema-kit.js';
import { Fine as FineSchema } from '../story/schema.js';
import { issueToError, MAX_DEPTH, MAX_ERRORS } from '../story/parse.js';
import { copyData } from '../story/snapshot.js';
import { LIMITS } from '../story/limits.js';
import { convertMoney, largestFineOf } from '../story/derive.js';
import { knownCurrencies } from '../story/lint.js';
import { dateStart } from '../story/dates.js';
import type { StoryError } from '../story/errors.js';
import type { Conversion, Fine, Law } from '../story/types.js';
import { fineState, type FineState } from '../story/status.js';
import { tickStep } from '../core/ticks.js';
import { annotate, type Annotation, type Ranked } from './annotation.js';
import { makeScale, tickStride, type ScaleKind, type Tick } from './scale.js';

export { annotate, makeScale, tickStep, tickStride };
export type { Annotation, ScaleKind, Tick };

/** Bars drawn when no `limit` is given. */
export const DEFAULT_LIMIT = 30;
/** Bars drawn at most, whatever `limit` asks. */
export const MAX_BARS = 200;

export type SortKind = 'amount' | 'date';
export type LawFilter = Law | 'all';
/** `standing`: only the fines that still stand (none a court annulled); `all` (default). */
export type StatusFilter = 'standing' | 'all';

/** Why a fine is not charted (`annulled`: left out by the `standing` filter). */
export type ProblemKind = 'invalid' | 'currency' | 'conversion' | 'zero-log' | 'annulled';

export interface Problem {
  kind: ProblemKind;
  /** Ids of the fines concerned (`#3` for an invalid item without an id, 1-based). */
  ids: string[];
  /** Their currencies (`currency`, `conversion`). */
  currencies?: string[];
  /** What is wrong with each invalid fine, in order (`invalid`). */
  errors?: StoryError[];
}

/** The fines of a `fines` property that pass the story's Fine schema, and the others. */
export interface CheckedFines {
  fines: Fine[];
  invalid: { id: string; error: StoryError }[];
}

/**
 * Validates a list given as a property with the story's own schema, fine by
 * fine: one bad fine (a negative or missing amount) is left out and named;
 * the others are still charted. Duplicate ids are bad too (a bar is its id).
 * The list is read once into a copy, as `parseStory` reads a story (a getter
 * that throws or a Proxy makes an invalid fine, not an exception), and holds
 * at most as many fines as a story may.
 */
export function checkFines(input: unknown): CheckedFines {
  const out: CheckedFines = { fines: [], invalid: [] };
  const whole = (error: Omit<StoryError, 'path'>) => {
    out.invalid.push({ id: 'fines', error: { ...error, path: '/fines' } });
    return out;
  };
  const copied = copyData(input, { maxDepth: MAX_DEPTH - 1, maxSize: LIMITS.storyChars, maxErrors: MAX_ERRORS });
  const { value } = copied;
  const unreadable = new Map(copied.errors.map((e) => [Number(e.path.split('/')[1]), e]));
  const rootError = copied.errors.find((e) => e.path === '');
  if (rootError) return whole(rootError);
  if (!Array.isArray(value)) {
    return whole({ code: 'type', params: { expected: 'array', received: value === null ? 'null' : typeof value } });
  }
  if (value.length > LIMITS.fines) return whole({ code: 'too-many', params: { max: LIMITS.fines } });
  const seen = new Set<string>();
  value.forEach((item: unknown, i) => {
    const raw = (item as { id?: unknown } | null)?.id;
    const id = typeof raw === 'string' && raw ? raw : `#${i + 1}`;
    const copyError = unreadable.get(i);
    const issue = copyError ? undefined : validate(FineSchema, item)[0];
    const error = copyError
      ? { ...copyError, path: '/fines' + copyError.path }
      : issue
        ? issueToError({ ...issue, path: ['fines', i, ...issue.path] })
        : seen.has(id)
          ? { path: `/fines/${i}/id`, code: 'duplicate-id' as const, params: { id } }
          : undefined;
    if (error) out.invalid.push({ id, error });
    else out.fines.push(item as Fine);
    seen.add(id);
  });
  return out;
}

/**
 * One fine as the chart draws it. A fine that no longer stands in full is
 * two lengths: what stands (`nowSize`, solid) within what was imposed
 * (`size`, the rest hatched): a reduced fine is both, an annulled one only
 * the hatched length.
 */
export interface Bar extends Ranked {
  /** Converted from another currency: `value` and `now` are approximate. */
  converted: boolean;
  /** Length of the amount imposed, 0–1 of the plot's width. */
  size: number;
  /** Length of the amount that stands, 0–1 (0 once annulled). */
  nowSize: number;
  highlight: boolean;
  /** Where the fine stands today, from its dated `history` (or its undated `status`). */
  state: FineState;
}

export interface ComparisonLayout {
  /** The currency every bar is drawn in. */
  currency: string;
  bars: Bar[];
  /**
   * Fines beyond the limit, summed (the amounts that stand with the
   * `standing` filter, else as imposed): the aggregate row. `approx` when
   * some were converted from another currency.
   */
  rest?: { count: number; total: number; approx: boolean };
  ticks: Tick[];
  highlight?: string;
  annotation?: Annotation;
  problems: Problem[];
  /** Conversions used for some bars. */
  conversions: Conversion[];
}

export interface LayoutOptions {
  scale?: ScaleKind;
  sort?: SortKind;
  law?: LawFilter;
  status?: StatusFilter;
  limit?: number;
  /** A fine id, else the largest fine of `mainActor`. */
  highlight?: string;
  mainActor?: string;
  compareTo?: string;
  conversions?: readonly Conversion[];
  /** Fines already found invalid (from `checkFines`). */
  invalid?: CheckedFines['invalid'];
}

/** The currency most fines are in (the first one seen on a tie). */
function commonCurrency(fines: readonly Fine[]): string | undefined {
  const count = new Map<string, number>();
  for (const f of fines) count.set(f.amount.currency, (count.get(f.amount.currency) ?? 0) + 1);
  let best: string | undefined;
  for (const [c, n] of count) if (!best || n > count.get(best)!) best = c;
  return best;
}

/** Everything the chart shows, for fines already known to be valid. */
export function layoutComparison(all: readonly Fine[], o: LayoutOptions = {}): ComparisonLayout {
  const scale = o.scale ?? 'linear';
  const problems: Problem[] = [];
  const add = (kind: ProblemKind, fine: Fine) => {
    let p = problems.find((x) => x.kind === kind);
    if (!p) problems.push((p = { kind, ids: [], currencies: [] }));
    p.ids.push(fine.id);
    if (!p.currencies!.includes(fine.amount.currency)) p.currencies!.push(fine.amount.currency);
  };
  if (o.invalid?.length) {
    problems.push({ kind: 'invalid', ids: o.invalid.map((x) => x.id), errors: o.invalid.map((x) => x.error) });
  }
  const law = o.law ?? 'all';
  const fines = all.filter((f) => law === 'all' || f.law === law);
  const known = knownCurrencies();
  const usable = fines.filter((f) => {
    const ok = !known || known.has(f.amount.currency);
    if (!ok) add('currency', f);
    return ok;
  });
  // chosen among every fine: the story's fine, once annulled, is named in a note rather than replaced
  const asked = o.highlight ? usable.find((f) => f.id === o.highlight) : largestFineOf(usable, o.mainActor);
  const currency = asked?.amount.currency ?? commonCurrency(usable) ?? 'EUR';
  const used: Conversion[] = [];
  let rows: Bar[] = [];
  for (const fine of usable) {
    const money = convertMoney(fine.amount, currency, o.conversions);
    const state = fineState(fine)!;
    // a rate no story may hold (1e308, given as a property) is no way to convert either
    if (!money || !Number.isFinite(money.value)) add('conversion', fine);
    else if (o.status === 'standing' && !state.standing) add('annulled', fine);
    else if (scale === 'log' && money.value <= 0) add('zero-log', fine);
    else {
      const converted = fine.amount.currency !== currency;
      if (converted) {
        const c = o.conversions!.find(
          (c) => [c.from, c.to].includes(fine.amount.currency) && [c.from, c.to].includes(currency),
        )!;
        if (!used.includes(c)) used.push(c);
      }
      const { standing } = state;
      const reduced = convertMoney(state.amount, currency, o.conversions)?.value ?? money.value;
      const now = standing ? Math.min(reduced, money.value) : 0;
      rows.push({
        fine,
        value: money.value,
        now,
        standing,
        state,
        converted,
        size: 0,
        nowSize: 0,
        highlight: fine === asked,
      });
    }
  }
  const key = o.status === 'standing' ? (r: Bar) => r.now : (r: Bar) => r.value;
  // ISO dates sort as strings; localeCompare would build a collator (tens of ms on a first render) for nothing
  const byDate = (a: Bar, b: Bar) => (a.fine.date < b.fine.date ? -1 : a.fine.date > b.fine.date ? 1 : 0);
  const byAmount = (a: Bar, b: Bar) => key(b) - key(a) || byDate(a, b);
  rows.sort(byAmount);
  const top = rows.find((r) => r.highlight);
  const annotation = top && annotate(top, rows, o.compareTo);

  const limit = Math.max(1, Math.min(MAX_BARS, Math.floor(o.limit || DEFAULT_LIMIT)));
  let rest: ComparisonLayout['rest'];
  if (rows.length > limit) {
    const shown = rows.slice(0, limit);
    if (top && !shown.includes(top)) shown[limit - 1] = top;
    const others = rows.filter((r) => !shown.includes(r));
    const total = others.reduce((s, r) => s + key(r), 0);
    rest = { count: others.length, total, approx: others.some((r) => r.converted) };
    rows = shown;
  }
  if (o.sort === 'date') {
    rows.sort((a, b) => dateStart(a.fine.date).getTime() - dateStart(b.fine.date).getTime() || byAmount(a, b));
  }
  const { size, ticks } = makeScale(
    rows.map((r) => r.value),
    scale,
  );
  for (const r of rows) [r.size, r.nowSize] = [size(r.value), size(r.now)];
  return { currency, bars: rows, rest, ticks, highlight: top?.fine.id, annotation, problems, conversions: used };
}

/** The bar a key moves to from bar `i` of `n` (Up/Down, Home/End); undefined for other keys. */
export function moveIndex(key: string, i: number, n: number): number | undefined {
  const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: n - 1 }[key];
  return to === undefined ? undefined : Math.max(0, Math.min(n - 1, to));
}
