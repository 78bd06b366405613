/**
 * The timeline's geometry as pure functions (no DOM, no Lit), unit-tested on
 * their own: events placed in time at their precision, the time → pixel
 * mapping with zoom and pan (RTL is one flip of the range), time ticks at
 * year, month or day granularity, the visible window, and lane packing with
 * clustering so that no two markers ever overlap.
 *
 * The bisection is written here rather than imported from d3-array (see
 * `core/ticks.ts` for why); the nice step is the one the chart uses too.
 *
 * Two coordinates: *x* is physical (px from the left edge, for SVG), *pos*
 * is the reading position (px from the inline start: from the right in RTL),
 * used for packing so labels always run in the reading direction.
 */
import { dateEnd, dateStart } from '../story/dates.js';
import type { Era, StoryEvent } from '../story/types.js';
import { tickStep } from '../core/ticks.js';
import { axisMap, linearAxis, type Axis } from './axis.js';

export { tickStep };
export * from './axis.js';
export * from './lanes.js';
export * from './clusters.js';

export const DAY = 864e5;
const YEAR = 365.2425 * DAY;
const MONTH = YEAR / 12;

/** An event placed in time. */
export interface Placed {
  event: StoryEvent;
  /** Marker time: the middle of the date's period, so a year-only date sits mid-year, never on 1 January. */
  t: number;
  /** First instant covered, and the first instant after (the date's period, or to the end of `end`). */
  start: number;
  end: number;
  /** Estimated label width in px (set by the element for the reader's language). */
  label: number;
}

/**
 * The period an ISO date covers, [first instant, first instant after), in ms:
 * `dateStart`/`dateEnd` without their Date objects, which 10,000 events feel.
 * Years below 100 go through them (Date.UTC reads 0–99 as 1900–1999).
 */
function period(iso: string): [number, number] {
  const y = +iso.slice(0, 4);
  if (iso.length > 10 || !(y >= 100)) return [dateStart(iso).getTime(), dateEnd(iso).getTime()];
  if (iso.length === 4) return [Date.UTC(y, 0), Date.UTC(y + 1, 0)];
  const m = +iso.slice(5, 7) - 1;
  if (iso.length === 7) return [Date.UTC(y, m), Date.UTC(y, m + 1)];
  const d = +iso.slice(8, 10);
  return [Date.UTC(y, m, d), Date.UTC(y, m, d + 1)];
}

/** Events sorted by marker time (stable: story order on ties). */
export function placeEvents(events: readonly StoryEvent[]): Placed[] {
  return events
    .map((event) => {
      const [start, after] = period(event.date);
      // the middle of the date's own period, where its marker goes (a year mid-year, not on 1 January)
      const t = (start + after) / 2;
      return { event, t, start, end: event.end ? period(event.end)[1] : after, label: 0 };
    })
    .sort((a, b) => a.t - b.t);
}

/** Time span of an era; one without `end` runs to `now` (it is still going on). */
export function eraSpan(era: Era, now: number): [number, number] {
  return [
    dateStart(era.start).getTime(),
    era.end ? dateEnd(era.end).getTime() : Math.max(now, dateEnd(era.start).getTime()),
  ];
}

/** Everything the story covers, padded by 4 % each side and at least a month wide. */
export function domainOf(items: readonly Placed[], eras: readonly Era[], now: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of items) {
    lo = Math.min(lo, p.start);
    hi = Math.max(hi, p.end);
  }
  for (const e of eras) {
    const [a, b] = eraSpan(e, now);
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  if (lo > hi) [lo, hi] = [now - YEAR, now];
  const pad = Math.max((hi - lo) * 0.04, 15 * DAY);
  return [lo - pad, hi + pad];
}

/** Zoom `k` ≥ 1 and pan `x` in widths: pos = ((t − d0) / (d1 − d0) · k + x) · width. */
export interface View {
  k: number;
  x: number;
}

export interface Scale {
  /** Physical x of a time. */
  x: (t: number) => number;
  /** Reading position of a time. */
  pos: (t: number) => number;
  /** The visible time window, earliest first. */
  window: [number, number];
}

/**
 * The time → pixel mapping for an axis (or a plain `[start, end]` domain):
 * pos = (u(t) · k + x) · width, where u is the axis's fraction of the width;
 * in RTL the physical x runs from `width` to 0, so time flows right to left.
 */
export function timeScale(axis: [number, number] | Axis, width: number, { k, x }: View, rtl: boolean): Scale {
  const m = axisMap(Array.isArray(axis) ? linearAxis(axis) : axis);
  const pos = (t: number) => (m.u(t) * k + x) * width;
  const toT = (p: number) => m.t((p / width - x) / k);
  return { x: rtl ? (t) => width - pos(t) : pos, pos, window: [toT(0), toT(width)] };
}

/** Keeps the domain covering the view: 1 ≤ k ≤ kMax and 1 − k ≤ x ≤ 0. */
export function clampView({ k, x }: View, kMax: number): View {
  k = Math.min(Math.max(k, 1), Math.max(kMax, 1));
  return { k, x: Math.min(0, Math.max(1 - k, x)) };
}

/** Zooms by `factor`, keeping the point at reading fraction `p` (0 = inline start) where it is. */
export function zoomView(v: View, factor: number, p: number, kMax: number): View {
  const k = Math.min(Math.max(v.k * factor, 1), kMax);
  return clampView({ k, x: p - ((p - v.x) * k) / v.k }, kMax);
}

const mapOf = (axis: [number, number] | Axis) => axisMap(Array.isArray(axis) ? linearAxis(axis) : axis);

/** The view of zoom `k` centred on time `t` (clamped to the domain). */
export function centerView(axis: [number, number] | Axis, k: number, t: number, kMax: number): View {
  return clampView({ k, x: 0.5 - mapOf(axis).u(t) * Math.min(k, kMax) }, kMax);
}

/** The zoom at which [t0, t1] fills 60 % of the width (a day at least). */
export function fitZoom(axis: [number, number] | Axis, t0: number, t1: number): number {
  const { u } = mapOf(axis);
  return 0.6 / Math.max(u(t1) - u(t0), u(t0 + DAY) - u(t0));
}

/** The deepest zoom: about 20 days across the plot where time runs slowest. */
export function deepestZoom(axis: Axis): number {
  const rate = Math.min(...axis.segments.map((s) => (s.u1 - s.u0) / (s.t1 - s.t0)));
  return Math.max(1, 1 / (rate * 20 * DAY));
}

export type TickUnit = 'year' | 'month' | 'day';
export interface Tick {
  t: number;
  unit: TickUnit;
  /** No tick mark: the name of a short segment that holds no calendar boundary (its year, or month). */
  caption?: boolean;
}

/** Times a `Date` can hold (±100,000,000 days from 1970): calendar ticks exist only there. */
const DATE_RANGE = 8.64e15;
/** Ticks at most, whatever the window and `count`: a bound on the loop, far above any axis's need. */
const MAX_TICKS = 1000;

/**
 * About `count` ticks on calendar boundaries (UTC) between t0 and t1: years
 * when the window holds at least `count` of them, else months (steps that
 * divide a year), else days. The step is `tickStep` on the number of units in view.
 */
export function timeTicks(t0: number, t1: number, count: number): Tick[] {
  // beyond the Date range (or NaN) there is no calendar, and `i += step` could stop moving
  if (!(Math.abs(t0) <= DATE_RANGE && Math.abs(t1) <= DATE_RANGE && t0 <= t1)) return [];
  count = Math.max(1, Math.min(count, MAX_TICKS) || 1);
  const span = t1 - t0;
  const unit: TickUnit = span / YEAR >= count ? 'year' : span / MONTH >= count ? 'month' : 'day';
  let step = Math.max(1, Math.round(tickStep(span / (unit === 'year' ? YEAR : unit === 'month' ? MONTH : DAY), count)));
  if (unit === 'month') step = [1, 2, 3, 6].find((s) => s >= step) ?? 12;
  if (unit === 'year') step *= 12;
  // count months from year 0 (days from the epoch), step on multiples, back to UTC times
  const index = (t: number) =>
    unit === 'day' ? Math.floor(t / DAY) : new Date(t).getUTCFullYear() * 12 + new Date(t).getUTCMonth();
  const ticks: Tick[] = [];
  for (let i = Math.ceil(index(t0) / step) * step; i <= index(t1) && ticks.length < MAX_TICKS; i += step) {
    const t = unit === 'day' ? i * DAY : Date.UTC(Math.floor(i / 12), i % 12);
    if (t >= t0) ticks.push({ t, unit });
  }
  return ticks;
}

/**
 * Ticks for what is in view, one segment of the axis at a time (each at its
 * own rate, about one per `spacing` px), as reading positions. A segment too
 * short to hold a calendar boundary is named instead by a caption at its
 * middle: its year, or its month when it lies within one.
 */
export function axisTicks(axis: Axis, width: number, view: View, spacing: number): (Tick & { pos: number })[] {
  const out: (Tick & { pos: number })[] = [];
  const { u } = axisMap(axis);
  const px = (t: number) => (u(t) * view.k + view.x) * width;
  for (const [n, s] of axis.segments.entries()) {
    const last = n === axis.segments.length - 1;
    // the padding at the ends belongs to no date: the end segments' own time is what they hold
    const p0 = (s.u0 * view.k + view.x) * width;
    const p1 = (s.u1 * view.k + view.x) * width;
    if (p1 < 0 || p0 > width) continue;
    const t0 = s.t0 + ((Math.max(p0, 0) - p0) / (p1 - p0)) * (s.t1 - s.t0);
    const t1 = s.t1 - ((p1 - Math.min(p1, width)) / (p1 - p0)) * (s.t1 - s.t0);
    const ticks = timeTicks(t0, t1, Math.max(2, (Math.min(p1, width) - Math.max(p0, 0)) / spacing));
    if (ticks.length || axis.segments.length === 1) {
      for (const tick of ticks) out.push({ ...tick, pos: px(tick.t) });
      continue;
    }
    const mid = (s.t0 + s.t1) / 2;
    const a = new Date(n ? s.t0 : mid);
    const b = new Date(last ? mid : s.t1);
    const unit = a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth() ? 'month' : 'year';
    out.push({ t: mid, unit, caption: true, pos: px(mid) });
  }
  return out;
}

/** The first position in `items` (sorted by time) whose time is ≥ t, or > t when `after`. */
function bisect(items: readonly Placed[], t: number, after = false): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.t < t || (after && items[mid]!.t === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Positions [lo, hi) of the sorted items whose marker time is within [t0, t1]. */
export function visibleRange(items: readonly Placed[], t0: number, t1: number): [number, number] {
  return [bisect(items, t0), bisect(items, t1, true)];
}
