/**
 * Lanes: where each marker and its label go, so that no two overlap. Pure
 * functions of reading positions (px from the inline start) and label
 * widths, no DOM. Two packers:
 *
 * - `placeAll` gives every event its own marker: importance-1 events first,
 *   each with its whole title (on one line or two, after its marker, else
 *   before it), then every other marker where its label has the most room,
 *   then their labels in order of importance, shortened to the room left.
 *   It reports the markers it could not place; the plot then clusters.
 * - `packLanes` (clusters.ts) clusters what cannot fit, for thousands of
 *   events or a narrow plot zoomed out.
 */

/** What the packers need of an event. */
export interface LaneItem {
  /** Marker time, and the start and end of its span or period. */
  t: number;
  start: number;
  end: number;
  /** Width of the label on one line, px (an estimate for `packLanes`). */
  label: number;
}

/** What `placeAll` needs of an event's label. */
export interface LabelWant {
  /** 1 = key event: its title is never shortened. */
  importance: 1 | 2 | 3;
  /** The title on one line, and its narrowest width on two (= `one` when it cannot wrap), px. */
  one: number;
  two: number;
  /** Width of the longest shortened title (with its ellipsis) that fits `room` px; 0 when none does. */
  fit: (room: number) => number;
  /** Whether a bar (a span) or a bracket (a year or a month) under the marker shows its period: its lane stays taken along it. */
  bar: boolean;
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
  /** Width of the label's box, px; 0 when it has no room (the marker stays, its title is read by screen readers). */
  label: number;
  /** The label takes two lines. */
  lines?: 2;
  /** The label sits before its marker (at the plot's end, where there is no room after it). */
  before?: boolean;
  /** The label is shortened (its ellipsis comes at the end of the reading direction). */
  short?: boolean;
}

export interface PlaceOptions {
  lanes: number;
  /** Marker box width, px. */
  marker: number;
  /** Least room between two boxes in a lane, px. */
  gap: number;
  /** Plot width: labels stay inside [0, width]. */
  width: number;
}

/** How well a placement reads: what the axis fitting compares. */
export interface Placement {
  units: Unit[];
  /** Markers that found no lane. */
  lost: number;
  /** Key events whose title could not be shown whole. */
  cut: number;
  /** Label width shown against label width wanted, weighted by importance (1 when every title is whole). */
  shown: number;
}

type Box = [number, number];

/** A title wider than this on one line goes on two when it can, px. */
const LONG = 200;

/**
 * One lane's boxes, which never overlap, kept in order: each question is a
 * binary search (the plot asks thousands while the reader pans).
 */
class Lane {
  boxes: Box[] = [];
  constructor(private gap: number) {}
  /** Position of the first box that starts at or after `x`. */
  #next(x: number): number {
    let lo = 0;
    let hi = this.boxes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.boxes[mid]![0] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  free(a: number, b: number): boolean {
    const i = this.#next(a);
    const prev = this.boxes[i - 1];
    const next = this.boxes[i];
    return (!prev || prev[1] + this.gap <= a) && (!next || b + this.gap <= next[0]);
  }
  /** Free room after `x` (up to `limit`) and before it (down to 0). */
  after(x: number, limit: number): number {
    const next = this.boxes[this.#next(x)];
    return (next ? Math.min(limit, next[0] - this.gap) : limit) - x;
  }
  before(x: number): number {
    // boxes never overlap: their ends are in order too
    let i = this.#next(x);
    while (i > 0 && this.boxes[i - 1]![1] > x) i--;
    const prev = this.boxes[i - 1];
    return x - (prev ? prev[1] + this.gap : 0);
  }
  add(box: Box): void {
    this.boxes.splice(this.#next(box[0]), 0, box);
  }
  remove(box: Box): void {
    const i = this.boxes.indexOf(box, Math.max(0, this.#next(box[0]) - 1));
    if (i >= 0) this.boxes.splice(i, 1);
  }
}

/**
 * Places every event at `idx` (positions in `items`, in time order) with its
 * own marker, as described at the top of this file. `pos` maps a time to a
 * reading position. Where even a marker finds no lane, an event that is not a
 * key event joins its neighbour's marker, which then counts them (a small
 * cluster in one lane, labelled with `group(first, last)`: "3 events, Jul –
 * Aug 2021"); only what cannot join is `lost`.
 */
export function placeAll(
  items: readonly LaneItem[],
  wants: readonly LabelWant[],
  idx: readonly number[],
  pos: (t: number) => number,
  o: PlaceOptions,
  group: (first: number, last: number) => LabelWant,
): Placement {
  const half = o.marker / 2;
  const lanes = Array.from({ length: o.lanes }, () => new Lane(o.gap));
  const units: Unit[] = [];
  let lost = 0;
  let cut = 0;
  let wanted = 0;
  let shown = 0;
  const at = idx.map((i) => pos(items[i]!.t));
  /** The marker's own box, and its period's bar or bracket. */
  const markerBox = (q: number): Box => {
    const it = items[idx[q]!]!;
    const bar = wants[q]!.bar;
    return [
      Math.min(at[q]! - half, bar ? pos(it.start) : Infinity),
      Math.max(at[q]! + half, bar ? pos(it.end) : -Infinity),
    ];
  };
  const weight = (w: LabelWant) => 4 - w.importance;

  // 1. key events, whole: a long title on two lines first, after its marker, else before it
  const rest: number[] = [];
  idx.forEach((_, q) => {
    const w = wants[q]!;
    if (w.importance !== 1) return void rest.push(q);
    wanted += w.one * weight(w);
    const widths = w.one > LONG && w.two < w.one ? [w.two, w.one] : [w.one, w.two];
    for (const before of [false, true]) {
      for (const width of widths) {
        const p = at[q]!;
        const [a, b] = markerBox(q);
        const box: Box = before ? [Math.min(a, p - half - width), b] : [a, Math.max(b, p + half + width)];
        const lane = box[0] >= 0 && box[1] <= o.width ? lanes.findIndex((l) => l.free(...box)) : -1;
        if (lane < 0) continue;
        lanes[lane]!.add(box);
        const more = { ...(width < w.one ? { lines: 2 as const } : {}), ...(before ? { before } : {}) };
        units.push({ first: idx[q]!, last: idx[q]!, n: 1, pos: p, lane, label: width, ...more });
        shown += w.one * weight(w);
        return;
      }
    }
    cut++;
    rest.push(q); // its marker, and what label fits, with the others
  });
  rest.sort((a, b) => a - b);

  // 2. the other markers, spread over the lanes so that each label has room; a marker with no
  // lane joins the marker of the event before it, or of the event after it, when neither is a key event
  const open: { u: Unit; q: number; box: Box; want: LabelWant }[] = [];
  let last: (typeof open)[number] | undefined;
  let waiting: number[] = [];
  for (const q of rest) {
    const w = wants[q]!;
    const box = markerBox(q);
    let best = -1;
    let room = -1;
    lanes.forEach((l, k) => {
      if (!l.free(...box)) return;
      // the lane whose last box is furthest behind (room for that one's label), then the most room ahead
      const r = Math.min(l.before(box[0]), 12 * o.marker) + Math.min(l.after(box[1], o.width), w.one) / 4;
      if (r > room) [best, room] = [k, r];
    });
    const joinable = w.importance !== 1;
    if (best < 0) {
      if (joinable && last && last.u.last === idx[q - 1] && last.want.importance !== 1) {
        last.u.last = idx[q]!;
        last.u.n++;
      } else if (joinable) waiting.push(q);
      else lost++;
      continue;
    }
    lanes[best]!.add(box);
    const u: Unit = { first: idx[q]!, last: idx[q]!, n: 1, pos: at[q]!, lane: best, label: 0 };
    while (joinable && waiting.length && waiting[waiting.length - 1] === q - (u.n - 1) - 1) {
      u.first = idx[waiting.pop()!]!;
      u.n++;
    }
    lost += waiting.length;
    waiting = [];
    last = { u, q, box, want: w };
    open.push(last);
    units.push(u);
  }
  lost += waiting.length;

  // 3. their labels, by importance then time: whole on one line or two, after or before, else shortened
  for (const o2 of open) if (o2.u.n > 1) o2.want = group(o2.u.first, o2.u.last);
  open.sort((a, b) => a.want.importance - b.want.importance || a.q - b.q);
  for (const { u, box, want: w } of open) {
    const lane = lanes[u.lane]!;
    const [a, b] = box;
    // the marker's own box is in the lane: measure the room from its edges, past it
    lane.remove(box);
    const after = lane.after(b, o.width) + (b - u.pos - half);
    const before = lane.before(a) + (u.pos - half - a);
    if (w.importance !== 1) wanted += w.one * weight(w);
    const two = w.two < w.one;
    let more: Partial<Unit> = {};
    if (w.one <= after && (w.one <= LONG || !two || w.two > after)) u.label = w.one;
    else if (two && w.two <= after) [u.label, more] = [w.two, { lines: 2 }];
    else if (w.one <= before) [u.label, more] = [w.one, { before: true }];
    else if (two && w.two <= before) [u.label, more] = [w.two, { lines: 2, before: true }];
    else {
      const ahead = after >= before;
      u.label = w.fit(Math.max(after, before));
      more = { ...(u.label ? { short: true } : {}), ...(ahead ? {} : { before: true }) };
    }
    Object.assign(u, more);
    lane.add(more.before ? [Math.min(a, u.pos - half - u.label), b] : [a, Math.max(b, u.pos + half + u.label)]);
    shown += (more.short ? u.label : u.label ? w.one : 0) * weight(w);
  }
  units.sort((a, b) => a.first - b.first);
  return { units, lost, cut, shown: wanted ? shown / wanted : 1 };
}
