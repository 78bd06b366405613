/**
 * The packer for what cannot fit (thousands of events, or a narrow plot
 * zoomed out): markers in lanes, and bins fixed in time that become counted
 * clusters where more markers meet than there are lanes, so that panning
 * never regroups. Pure, like lanes.ts, whose units it returns.
 */
import type { LaneItem, Unit } from './lanes.js';

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
  items: readonly LaneItem[],
  idx: readonly number[],
  pos: (t: number) => number,
  o: PackOptions,
): Unit[] {
  // positions once, not once per pass: 10,000 events at the first view take two passes
  const at = idx.map((i) => pos(items[i]!.t));
  const bins = at.map((p) => Math.floor((p - o.offset) / o.bin));
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
          const p = at[q]!;
          let lane = firstFree(soft, o.gap, p - half);
          if (lane < 0) lane = firstFree(hard, o.gap, p - half);
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
    if (!overflow || safe) {
      for (const u of units) if (u.n === 1 && u.label && u.label < items[u.first]!.label) u.short = true;
      return units;
    }
  }
}

/**
 * The first lane whose box ends `gap` or more before `start`, or -1: an
 * indexed loop rather than `findIndex` with a closure made per event, 10,000
 * of them at a large story's first view.
 */
function firstFree(ends: readonly number[], gap: number, start: number): number {
  for (let l = 0; l < ends.length; l++) if (ends[l]! + gap <= start) return l;
  return -1;
}
