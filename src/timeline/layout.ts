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

export { tickStep };

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

/** Events sorted by marker time (stable: story order on ties). */
export function placeEvents(events: readonly StoryEvent[]): Placed[] {
  return events
    .map((event) => {
      const start = dateStart(event.date).getTime();
      // the middle of the date's own period, like dateMid, without parsing it twice more
      const t = (start + dateEnd(event.date).getTime()) / 2;
      return { event, t, start, end: event.end ? dateEnd(event.end).getTime() : 2 * t - start, label: 0 };
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

/** The time → pixel mapping; in RTL the range runs from `width` to 0, so time flows right to left. */
export function timeScale([d0, d1]: [number, number], width: number, { k, x }: View, rtl: boolean): Scale {
  const r0 = rtl ? width : 0;
  const dr = rtl ? -width : width;
  const a = (dr * k) / (d1 - d0);
  const b = r0 + dr * x;
  const toX = (t: number) => b + (t - d0) * a;
  const toT = (px: number) => d0 + (px - b) / a;
  return { x: toX, pos: (t) => (rtl ? width - toX(t) : toX(t)), window: [toT(r0), toT(r0 + dr)] };
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

/** The view of zoom `k` centred on time `t` (clamped to the domain). */
export function centerView([d0, d1]: [number, number], k: number, t: number, kMax: number): View {
  return clampView({ k, x: 0.5 - ((t - d0) / (d1 - d0)) * Math.min(k, kMax) }, kMax);
}

/** The zoom at which [t0, t1] fills 60 % of the width (a day at least). */
export function fitZoom([d0, d1]: [number, number], t0: number, t1: number): number {
  return ((d1 - d0) * 0.6) / Math.max(t1 - t0, DAY);
}

export type TickUnit = 'year' | 'month' | 'day';
export interface Tick {
  t: number;
  unit: TickUnit;
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

export interface PackOptions {
  /** Number of lanes (rows) for markers. */
  lanes: number;
  /** Marker box width, px. */
  marker: number;
  /** Minimum gap between boxes in a lane, px. */
  gap: number;
  /** Width of a clustering bin, px; bins are fixed in time, so panning never regroups. */
  bin: number;
  /** Width of a cluster marker, px. Must satisfy (bin − cluster) / 2 ≥ marker / 2 + gap. */
  cluster: number;
  /** The pan offset in px (x · width): bins are counted from the unpanned origin. */
  offset: number;
}

/** What the plot draws: one event, or a cluster of several that zooms in when activated. */
export interface Unit {
  /** Positions in the item list of the first and last event, and how many events. */
  first: number;
  last: number;
  n: number;
  /** Reading position of the marker's centre, px. */
  pos: number;
  /** Lane of a single event; −1 for a cluster, which spans every lane. */
  lane: number;
  /** Room for the label, px; 0 when the label does not fit (the marker stays). */
  label: number;
}

/**
 * Packs the events at `idx` (positions in `items`, in time order) into lanes.
 * Markers and clusters are hard: they never overlap. Labels and span bars are
 * soft: an event goes first to a lane where its marker, label and bar fit,
 * else to a lane where its marker fits, cutting the label before it (a label
 * shorter than 40 px is dropped; the marker stays). Where more markers meet
 * than there are lanes, their bin becomes a cluster and the packing runs
 * again; after a few passes every bin of two events or more is a cluster,
 * which always fits. Bins are fixed in time, so panning never regroups.
 */
export function packLanes(
  items: readonly Placed[],
  idx: readonly number[],
  pos: (t: number) => number,
  o: PackOptions,
): Unit[] {
  const bins = idx.map((i) => Math.floor((pos(items[i]!.t) - o.offset) / o.bin));
  const half = o.marker / 2;
  const clustered = new Set<number>();
  for (let pass = 0; ; pass++) {
    const safe = pass > 3;
    if (safe) bins.forEach((b, j) => bins[j + 1] === b && clustered.add(b));
    const hard = new Array<number>(o.lanes).fill(-Infinity);
    const soft = [...hard];
    const owner: (Unit | undefined)[] = [];
    const units: Unit[] = [];
    let overflow = false;
    /** Shortens the label that runs in lane `l` so that it ends before `at`. */
    const cut = (l: number, at: number) => {
      const u = owner[l];
      if (u && u.pos + half + u.label > at - o.gap) u.label = Math.max(at - o.gap - u.pos - half, 0);
      if (u && u.label < 40) u.label = 0;
    };
    for (let j = 0; j < idx.length;) {
      const b = bins[j]!;
      let j2 = j + 1;
      while (j2 < idx.length && bins[j2] === b) j2++;
      if (clustered.has(b)) {
        const c = o.offset + (b + 0.5) * o.bin;
        const group = idx.slice(j, j2);
        units.push({
          first: Math.min(...group),
          last: Math.max(...group),
          n: group.length,
          pos: c,
          lane: -1,
          label: 0,
        });
        for (let l = 0; l < o.lanes; l++) {
          cut(l, c - o.cluster / 2);
          hard[l] = c + o.cluster / 2;
          soft[l] = Math.max(soft[l]!, hard[l]!);
          owner[l] = undefined;
        }
      } else {
        for (let q = j; q < j2; q++) {
          const i = idx[q]!;
          const p = pos(items[i]!.t);
          const fits = (e: number) => e + o.gap <= p - half;
          let lane = soft.findIndex(fits);
          if (lane < 0) lane = hard.findIndex(fits);
          if (lane < 0) {
            overflow = true;
            // a lone event is blocked by a crowd in the bin before it: cluster that one
            clustered.add(j2 - j > 1 || !j ? b : bins[j - 1]!);
            if (!safe) continue;
            lane = 0;
          }
          cut(lane, p - half);
          const u: Unit = { first: i, last: i, n: 1, pos: p, lane, label: safe ? 0 : items[i]!.label };
          hard[lane] = p + half;
          soft[lane] = safe ? hard[lane]! : Math.max(p + half + u.label, pos(items[i]!.end));
          owner[lane] = u;
          units.push(u);
        }
      }
      j = j2;
    }
    if (!overflow || safe) return units;
  }
}
