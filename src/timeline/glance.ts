/**
 * The story at a glance: for a story of up to `GLANCE_MAX` events, the axis
 * that lets every event have its own marker and every key event its whole
 * title, in the plot's default view. Pure: tries the axis with 0, 1, 2, …
 * of the longest empty gaps broken, places the events on each (`placeAll`)
 * and keeps the best: no marker lost, then no key title cut, then the most
 * label text shown, then the fewest breaks.
 */
import { axisMap, fitAxis, linearAxis, runsOf, type Axis, type Covered } from './axis.js';
import { placeAll, type LabelWant, type LaneItem, type Placement, type PlaceOptions } from './lanes.js';

/** Above this many events, the axis is a straight line and crowds become clusters. */
export const GLANCE_MAX = 150;
/** At most this many breaks on one axis, each over three months or more of nothing. */
const MAX_BREAKS = 8;
const MIN_BREAK = 90 * 864e5;

export type GlanceItem = LaneItem;

export interface GlanceOptions extends PlaceOptions {
  /** Room at each end of the axis, px. */
  pad: number;
  /** Width of a break, px. */
  breakWidth: number;
}

export interface Glance {
  axis: Axis;
  /** How the events sit on it in the default view (k = 1). */
  placement: Placement;
}

/** What a break must buy: this much more of the labels shown (a break costs the reader a little). */
const BREAK_COST = 0.015;

/** Better first: fewer lost markers, fewer cut key titles, fewer events in clusters, then more label shown for fewer breaks. */
function better(a: Placement, b: Placement, breaksA: number, breaksB: number): boolean {
  if (a.lost !== b.lost) return a.lost < b.lost;
  if (a.cut !== b.cut) return a.cut < b.cut;
  const joined = (p: Placement) => p.units.reduce((n, u) => n + (u.n > 1 ? u.n : 0), 0);
  if (joined(a) !== joined(b)) return joined(a) < joined(b);
  return a.shown - breaksA * BREAK_COST > b.shown - breaksB * BREAK_COST;
}

/**
 * The best axis for `items` (in time order) with their labels' `wants`, and
 * `edges`: instants the axis must also cover (eras' starts and ends).
 */
export function fitGlance(
  items: readonly GlanceItem[],
  wants: readonly LabelWant[],
  edges: readonly number[],
  o: GlanceOptions,
  group: (first: number, last: number) => LabelWant,
): Glance {
  const idx = items.map((_, i) => i);
  const place = (axis: Axis) => {
    const a = axis.segments;
    const map = (t: number) => {
      // piecewise linear, as axisMap; inlined to keep the search cheap
      let s = 0;
      while (s < a.length - 1 && t > a[s]!.t1) s++;
      const g = a[s]!;
      const n = a[s + 1];
      if (n && t > g.t1 && t < n.t0) return (g.u1 + ((t - g.t1) * (n.u0 - g.u1)) / (n.t0 - g.t1)) * o.width;
      return (g.u0 + ((t - g.t0) * (g.u1 - g.u0)) / (g.t1 - g.t0)) * o.width;
    };
    return placeAll(items, wants, idx, map, o, group);
  };
  // what an event asks of the axis: its marker and label, shared among the lanes (packing is never perfect)
  const share = o.lanes * 0.6;
  const covered: Covered[] = items.map((it, i) => {
    const w = wants[i]!;
    const label = w.importance === 1 ? w.two : Math.min(w.one, 10 * o.marker);
    return { start: it.start, end: it.end, need: (o.marker + 2 * o.gap + label) / share };
  });
  for (const t of edges) covered.push({ start: t, end: t, need: 0 });
  if (!covered.length) return { axis: linearAxis([0, 1]), placement: { units: [], lost: 0, cut: 0, shown: 1 } };
  const runs = runsOf(covered);
  const fit = (breaks: ReadonlySet<number>) =>
    fitAxis(runs, breaks, { width: o.width, pad: o.pad, gap: o.breakWidth, floor: 0.25 });
  const breaks = new Set<number>();
  let best = fit(breaks);
  let bestPlace = place(best);
  let bestBreaks = 0;
  let axis = best;
  // break, one at a time, the empty gap that takes most width on the axis so far
  while (breaks.size < MAX_BREAKS) {
    const { u } = axisMap(axis);
    let widest = -1;
    let px = 2 * o.breakWidth;
    for (let g = 0; g < runs.length - 1; g++) {
      const w = (u(runs[g + 1]!.start) - u(runs[g]!.end)) * o.width;
      const long = runs[g + 1]!.start - runs[g]!.end >= MIN_BREAK;
      if (!breaks.has(g) && long && w > px) [widest, px] = [g, w];
    }
    if (widest < 0) break;
    breaks.add(widest);
    axis = fit(breaks);
    const p = place(axis);
    if (better(p, bestPlace, breaks.size, bestBreaks)) [best, bestPlace, bestBreaks] = [axis, p, breaks.size];
  }
  return { axis: best, placement: bestPlace };
}
