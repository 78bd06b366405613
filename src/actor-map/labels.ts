/**
 * Where the map's words go, as pure functions. In the order given (the
 * most important first), each actor's name takes the first free place
 * around its actor, each relation label the first free place along its
 * link; a word with no free place is hidden (the reader finds it on focus,
 * in the actor's panel and in the table). Free means: inside the map, over
 * no actor and no word placed before, and crossed by no link (a relation
 * label sits on its own link, which it interrupts). The element measures
 * the words (their size depends on the font) and applies the result. An
 * actor's name with no free place may still go where the fewest links pass
 * behind it, on its own background, but never over an arrowhead.
 */
import type { Point } from './graph.js';

/** A box, from its top-left corner. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** An actor's name: the size of its box, its actor's centre and how far the actor's shape reaches. */
export interface NameLabel {
  kind: 'name';
  at: Point;
  reach: number;
  w: number;
  h: number;
}

/** A relation's label: its size, and the link it belongs to (an index into the scene's lines). */
export interface LinkLabel {
  kind: 'link';
  line: number;
  w: number;
  h: number;
}

export interface Circle extends Point {
  r: number;
}

export interface Scene {
  /** The map's box: words stay inside it. */
  bounds: Rect;
  /** Every actor, as the circle around its shape. */
  marks: readonly Circle[];
  /** Every link's course, as polylines. */
  lines: readonly (readonly Point[])[];
  /** The box around each link's arrowhead (in the order of `lines`): no word may cover one. */
  heads?: readonly Rect[];
  /** Right to left: a name beside its actor goes to the left first. */
  rtl?: boolean;
  /** Lines drawn faintly (away from the selected actor): words may cover them. */
  faint?: ReadonlySet<number>;
}

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Whether a circle and a box overlap: the box's point nearest the centre is within the radius. */
const covers = (c: Circle, r: Rect) =>
  Math.hypot(c.x - Math.min(Math.max(c.x, r.x), r.x + r.w), c.y - Math.min(Math.max(c.y, r.y), r.y + r.h)) < c.r;

const inside = (r: Rect, b: Rect) => r.x >= b.x && r.y >= b.y && r.x + r.w <= b.x + b.w && r.y + r.h <= b.y + b.h;

/** Whether the segment from `p` to `q` passes through the box (Liang–Barsky clipping). */
export function segmentCrosses(p: Point, q: Point, r: Rect): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, p.x - r.x],
    [dx, r.x + r.w - p.x],
    [-dy, p.y - r.y],
    [dy, r.y + r.h - p.y],
  ];
  for (const [a, b] of edges) {
    if (a === 0) {
      if (b < 0) return false;
    } else {
      const t = b / a;
      if (a < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Whether a polyline passes through the box. */
export const lineCrosses = (line: readonly Point[], r: Rect) =>
  line.some((p, i) => i > 0 && segmentCrosses(line[i - 1]!, p, r));

/** A point `t` of the way along a polyline (0 its start, 1 its end), by length. */
export function pointAlong(line: readonly Point[], t: number): Point {
  const lengths = line.slice(1).map((p, i) => Math.hypot(p.x - line[i]!.x, p.y - line[i]!.y));
  let left = t * lengths.reduce((a, b) => a + b, 0);
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i]!;
    if (left <= l || i === lengths.length - 1) {
      const k = l ? Math.min(1, left / l) : 0;
      const [a, b] = [line[i]!, line[i + 1]!];
      return { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k };
    }
    left -= l;
  }
  return line[0]!;
}

const GAP = 3;
/** Along a link, a label tries its middle first, then further out either way. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];

/**
 * The places a name may take around its actor, best first: below, above,
 * then beside it (after it in the reading direction first), then the
 * corners, then a little further out below, above and beside. A place that sticks out of the map slides back inside, as long
 * as the name stays beside its actor.
 */
export function nameCandidates(l: NameLabel, bounds: Rect, rtl = false): Rect[] {
  const { at, reach, w, h } = l;
  const after = rtl ? -1 : 1;
  const near = reach + GAP;
  const c = reach * 0.75 + GAP;
  // a second ring, clear of the arrowheads that crowd around an actor many links reach
  const far = near + 12;
  const side = (s: number, d: number) => (s > 0 ? at.x + d : at.x - d - w);
  const corner = (s: number) => (s > 0 ? at.x + c : at.x - c - w);
  const places: Rect[] = [
    { x: at.x - w / 2, y: at.y + near, w, h },
    { x: at.x - w / 2, y: at.y - near - h, w, h },
    { x: side(after, near), y: at.y - h / 2, w, h },
    { x: side(-after, near), y: at.y - h / 2, w, h },
    { x: corner(after), y: at.y + c, w, h },
    { x: corner(after), y: at.y - c - h, w, h },
    { x: corner(-after), y: at.y + c, w, h },
    { x: corner(-after), y: at.y - c - h, w, h },
    { x: at.x - w / 2, y: at.y + far, w, h },
    { x: at.x - w / 2, y: at.y - far - h, w, h },
    { x: side(after, far), y: at.y - h / 2, w, h },
    { x: side(-after, far), y: at.y - h / 2, w, h },
  ];
  return places.map((r, i) => {
    // below and above: slide along the edge of the map, never further than under the actor
    if (i > 1 && i !== 8 && i !== 9) return r;
    const x = Math.min(Math.max(r.x, bounds.x), bounds.x + bounds.w - w);
    return Math.abs(x - r.x) <= w / 2 - 4 ? { ...r, x } : r;
  });
}

/** The places a relation's label may take: centred on points along its link, the middle first. */
export function linkCandidates(l: LinkLabel, scene: Scene): Rect[] {
  const line = scene.lines[l.line]!;
  return ALONG.map((t) => {
    const p = pointAlong(line, t);
    return { x: p.x - l.w / 2, y: p.y - l.h / 2, w: l.w, h: l.h };
  });
}

/** Where a word goes: its box, and whether links pass behind it (it then hides them with its background). */
export interface Placed extends Rect {
  over: boolean;
}

/**
 * Places the words in the order given: each takes its first free place. A
 * name with no free place may take the place crossed by the fewest links
 * (never over an arrowhead, as no word is): it is drawn over them on its
 * own background (`over`), so a reader sees where each actor is. A relation label with no
 * free place is hidden, as is a name with none of either kind: `null`.
 */
export function placeLabels(scene: Scene, labels: readonly (NameLabel | LinkLabel)[]): (Placed | null)[] {
  const placed: Rect[] = [];
  // each line's bounding box, so most lines are ruled out without walking them
  const boxes = scene.lines.map(boxOf);
  const crossings = (r: Rect, own: number) =>
    scene.lines.filter((line, i) => i !== own && !scene.faint?.has(i) && touches(boxes[i]!, r) && lineCrosses(line, r))
      .length;
  const heads = (scene.heads ?? []).filter((_, i) => !scene.faint?.has(i));
  const clear = (r: Rect) =>
    inside(r, scene.bounds) &&
    !scene.marks.some((m) => covers(m, r)) &&
    !placed.some((p) => overlap(p, r)) &&
    !heads.some((h) => overlap(h, r));
  return labels.map((l) => {
    const candidates = l.kind === 'name' ? nameCandidates(l, scene.bounds, scene.rtl) : linkCandidates(l, scene);
    const own = l.kind === 'link' ? l.line : -1;
    const open = candidates.map((r, i) => ({ r, i })).filter(({ r }) => clear(r));
    let spot: Placed | undefined;
    const free = open.find(({ r }) => !crossings(r, own));
    if (free) spot = { ...free.r, over: false };
    else if (l.kind === 'name') {
      // fewest links behind it, but close to its actor: three places further out cost as much as one more link
      const score = ({ r, i }: { r: Rect; i: number }) => crossings(r, own) + i / 3;
      const best = open.reduce<{ r: Rect; i: number } | undefined>(
        (a, b) => (!a || score(b) < score(a) ? b : a),
        undefined,
      );
      if (best) spot = { ...best.r, over: true };
    }
    if (spot) placed.push(spot);
    return spot ?? null;
  });
}

/** Like `overlap`, but a line's box of zero width or height (a straight vertical or horizontal link) still counts. */
const touches = (a: Rect, b: Rect) => a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;

/**
 * The bounding box of points (a polyline, a layout), by one walk over them
 * (no arrays of coordinates: a network of a thousand links boxes each of
 * them to place a single name). No point gives the box `Math.min()` gives.
 */
export function boxOf(line: Iterable<Point>): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of line) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}
