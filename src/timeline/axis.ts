/**
 * The time axis as a piecewise-linear map from time to a fraction of the
 * plot's width, pure (no DOM). A plain axis is one straight piece. A fitted
 * axis cuts the story into segments at its longest empty gaps: each gap
 * becomes a narrow, visible break, and each segment gets width for what
 * happens in it, so a dense year has room and empty years do not.
 *
 * Honest by construction: time runs at one rate within a segment (equal
 * gaps there are equal time), a rate changes only across a break, and a
 * break only ever covers time in which nothing happened (no event's date or
 * span reaches into it).
 */

/** A knot of the map: time `t` (ms) sits at `u` (0 = the axis's inline start, 1 = its end). */
export interface Knot {
  t: number;
  u: number;
}

/** A stretch of time at one rate. */
export interface Segment {
  t0: number;
  t1: number;
  u0: number;
  u1: number;
}

export interface Axis {
  /** The segments, earliest first; between two of them, a break. */
  segments: Segment[];
  /** Times before the first and after the last segment, for the padding at each end. */
  domain: [number, number];
}

/** One straight piece over `domain`. */
export const linearAxis = (domain: [number, number]): Axis => ({
  segments: [{ t0: domain[0], t1: domain[1], u0: 0, u1: 1 }],
  domain,
});

/** Is the axis one straight piece? */
export const isLinear = (a: Axis): boolean => a.segments.length === 1;

/** The knots of the map, in order: the segments' ends (a break is the straight piece between two segments). */
function knots(a: Axis): Knot[] {
  const out: Knot[] = [];
  for (const s of a.segments) out.push({ t: s.t0, u: s.u0 }, { t: s.t1, u: s.u1 });
  return out;
}

function interpolate(k: Knot[], x: number, from: 't' | 'u', to: 't' | 'u'): number {
  let i = 1;
  while (i < k.length - 1 && k[i]![from] < x) i++;
  const a = k[i - 1]!;
  const b = k[i]!;
  const d = b[from] - a[from];
  return d ? a[to] + ((x - a[from]) * (b[to] - a[to])) / d : a[to];
}

/** Fraction of the width at time `t` (beyond the ends, the end segments' rates continue). */
export function toU(a: Axis, t: number): number {
  return interpolate(knots(a), t, 't', 'u');
}

/** Time at fraction `u`. */
export function toT(a: Axis, u: number): number {
  return interpolate(knots(a), u, 'u', 't');
}

/** The map and its inverse as closures over precomputed knots (the plot calls them per marker). */
export function axisMap(a: Axis): { u: (t: number) => number; t: (u: number) => number } {
  const k = knots(a);
  if (k.length === 2) {
    const [p, q] = k as [Knot, Knot];
    const du = q.u - p.u;
    const dt = q.t - p.t;
    return { u: (t) => p.u + ((t - p.t) * du) / dt, t: (u) => p.t + ((u - p.u) * dt) / du };
  }
  return { u: (t) => interpolate(k, t, 't', 'u'), t: (u) => interpolate(k, u, 'u', 't') };
}

/** The breaks, as fractions of the width: [end of a segment, start of the next]. */
export function breaksOf(a: Axis): [number, number][] {
  return a.segments.slice(1).map((s, i) => [a.segments[i]!.u1, s.u0]);
}

/** Time covered by something: an event's date or span, or an era's edge. */
export interface Covered {
  start: number;
  end: number;
  /** Room this item asks for on the axis, px (0 for an era's edge). */
  need: number;
}

export interface FitOptions {
  /** Plot width, px. */
  width: number;
  /** Room kept at each end, px. */
  pad: number;
  /** Width of a break, px: the empty time it stands for, with the break's mark in its middle. */
  gap: number;
  /** Share of its straight-line width a segment keeps however little happens in it (0–1). */
  floor: number;
}

/** Runs of covered time with no empty time inside, in order, each with the need of its items. */
export function runsOf(items: readonly Covered[]): Covered[] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const runs: Covered[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && c.start <= last.end) {
      last.end = Math.max(last.end, c.end);
      last.need += c.need;
    } else runs.push({ ...c });
  }
  return runs;
}

/**
 * An axis over `runs` (from `runsOf`) broken at the gaps after the runs at
 * positions `breaks`. Each segment's width is its share of the runs' `need`
 * or, if more, `floor` of what a straight line would give its time; what is
 * left goes to the segments in proportion. A segment's own time maps exactly
 * onto its width; a break maps the empty time between two segments onto
 * `gap` px.
 */
export function fitAxis(runs: readonly Covered[], breaks: ReadonlySet<number>, o: FitOptions): Axis {
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (!first || !last) throw new Error('fitAxis needs at least one run');
  const inner = o.width - 2 * o.pad;
  const straight = inner / Math.max(last.end - first.start, 1);
  const groups: Covered[] = [];
  for (const [i, r] of runs.entries()) {
    const g = groups[groups.length - 1];
    if (g && !breaks.has(i - 1)) {
      g.end = r.end;
      g.need += r.need;
    } else groups.push({ ...r });
  }
  const want = groups.map((g) => Math.max(g.need, (g.end - g.start) * straight * o.floor, 1));
  const sum = want.reduce((s, w) => s + w, 0);
  const room = inner - (groups.length - 1) * o.gap;
  let px = o.pad;
  const segments: Segment[] = groups.map((g, i) => {
    const w = (want[i]! / sum) * room;
    // an instant (an era's edge alone) still spans the time its width covers at the straight rate
    const half = g.end > g.start ? 0 : w / 2 / straight;
    const s = { t0: g.start - half, t1: g.end + half, u0: px / o.width, u1: (px + w) / o.width };
    px += w + o.gap;
    return s;
  });
  // the padding at each end runs at the end segment's rate
  const a = segments[0]!;
  const z = segments[segments.length - 1]!;
  const rate = (s: Segment) => (s.u1 - s.u0) / (s.t1 - s.t0);
  a.t0 -= a.u0 / rate(a);
  a.u0 = 0;
  z.t1 += (1 - z.u1) / rate(z);
  z.u1 = 1;
  return { segments, domain: [a.t0, z.t1] };
}
