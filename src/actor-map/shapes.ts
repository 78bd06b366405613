/**
 * What the actor map draws, as pure functions: the shape of each kind of
 * actor and where its edge is, links that start and stop at those edges
 * with their arrowheads, loops, and each link's course as a polyline (what
 * the label placement keeps words off).
 */
import type { ActorKind } from '../story/types.js';
import type { Point } from './graph.js';
import { remember } from '../core/memo.js';

/** An actor as drawn: its centre, kind and radius. */
export interface Mark extends Point {
  kind: ActorKind;
  r: number;
}

export interface LinkShape {
  /** The line or curve, for `<path d>`. */
  d: string;
  /** The arrowhead, a triangle for `<path d>`, its tip on the target's edge. */
  arrow: string;
  /** The link's course from edge to edge, arrowhead included: a few points along the line or curve. */
  course: Point[];
  /** The box around the arrowhead, which no word may cover. */
  head: { x: number; y: number; w: number; h: number };
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Each kind's outline: a regular polygon of `n` corners at `k` × the radius,
 * the first corner at angle `turn`, or a circle (`n` 0). Colour is never the
 * only cue: company square, regulator circle, court diamond, NGO triangle,
 * person small circle, media hexagon, institution pentagon.
 */
const OUTLINES: Record<ActorKind, { n: number; turn: number; k: number }> = {
  company: { n: 4, turn: Math.PI / 4, k: 1.15 },
  regulator: { n: 0, turn: 0, k: 1 },
  court: { n: 4, turn: 0, k: 1.2 },
  ngo: { n: 3, turn: -Math.PI / 2, k: 1.25 },
  person: { n: 0, turn: 0, k: 0.8 },
  media: { n: 6, turn: 0, k: 1.05 },
  institution: { n: 5, turn: -Math.PI / 2, k: 1.1 },
};

/** Shapes already drawn, by kind and radius: a map draws hundreds of actors in a few sizes. */
const outlines = remember<string>(100);

/** The shape of an actor kind, centred on 0,0, for `<path d>`. */
export function shapePath(kind: ActorKind, r: number): string {
  return outlines(`${kind} ${r}`, () => outline(kind, r));
}

function outline(kind: ActorKind, r: number): string {
  const { n, turn, k } = OUTLINES[kind];
  const R = r * k;
  if (!n)
    return `M${round(-R)},0a${round(R)},${round(R)} 0 1,0 ${round(2 * R)},0a${round(R)},${round(R)} 0 1,0 ${round(-2 * R)},0Z`;
  const corners = Array.from({ length: n }, (_, i) => {
    const a = turn + (i * 2 * Math.PI) / n;
    return `${i ? 'L' : 'M'}${round(Math.cos(a) * R)},${round(Math.sin(a) * R)}`;
  });
  return corners.join('') + 'Z';
}

/** How far from the centre of a `kind` of radius `r` its outline is, in the direction of (`dx`, `dy`). */
export function edgeDistance(kind: ActorKind, r: number, dx: number, dy: number): number {
  const { n, turn, k } = OUTLINES[kind];
  const R = r * k;
  if (!n) return R;
  // the side the ray leaves through: its normal is the nearest of the n side normals
  const step = (2 * Math.PI) / n;
  const normal0 = turn + step / 2;
  const a = Math.atan2(dy, dx) - normal0;
  const off = a - step * Math.round(a / step);
  return (R * Math.cos(Math.PI / n)) / Math.cos(off);
}

/** The radius of the circle around a kind's outline: the box an actor takes. */
export const outerRadius = (kind: ActorKind, r: number) => r * OUTLINES[kind].k;

const GAP = 2;

/**
 * A link from `a` to `b` that leaves `a`'s outline and stops at `b`'s (the
 * arrowhead's tip on the edge, never inside the shape), curved to one side
 * when a link runs the other way too (`curve`), or a loop above the actor
 * when `loop`.
 */
export function linkShape(a: Mark, b: Mark, curve = false, loop = false): LinkShape {
  const head = Math.max(7, b.r * 0.75);
  if (loop) {
    const R = outerRadius(a.kind, a.r);
    const h = R * 3.2;
    const s = { x: a.x - R * 0.55, y: a.y - R * 0.85 };
    const end = { x: a.x + R * 0.55, y: a.y - R * 0.85 - GAP };
    const c1 = { x: a.x - R * 2.2, y: a.y - h };
    const c2 = { x: a.x + R * 2.2, y: a.y - h };
    const course = [0, 0.25, 0.5, 0.75, 1].map((t) => cubic(s, c1, c2, end, t));
    const d = `M${round(s.x)},${round(s.y)}C${round(c1.x)},${round(c1.y)} ${round(c2.x)},${round(c2.y)} ${round(end.x)},${round(end.y)}`;
    return withArrow(d, course, end, { x: end.x - c2.x, y: end.y - c2.y }, head);
  }
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  // the bend: perpendicular to the line, always to the same side of the way it runs
  const bend = curve ? Math.min(len * 0.18, 40) : 0;
  const c = { x: (a.x + b.x) / 2 - uy * bend, y: (a.y + b.y) / 2 + ux * bend };
  // leave and arrive along the tangents at the ends (towards the control point)
  const out = unit(c.x - a.x, c.y - a.y);
  const into = unit(b.x - c.x, b.y - c.y);
  const start = at(a, out, edgeDistance(a.kind, a.r, out.x, out.y) + 1);
  const end = at(b, into, -(edgeDistance(b.kind, b.r, -into.x, -into.y) + GAP));
  // the line stops where the arrowhead starts, so its square end never pokes past the tip
  const neck = at(end, into, -head * 0.8);
  const d = curve
    ? `M${round(start.x)},${round(start.y)}Q${round(c.x)},${round(c.y)} ${round(neck.x)},${round(neck.y)}`
    : `M${round(start.x)},${round(start.y)}L${round(neck.x)},${round(neck.y)}`;
  const course = curve ? [0, 0.2, 0.4, 0.6, 0.8, 1].map((t) => quad(start, c, end, t)) : [start, end];
  return withArrow(d, course, end, into, head);
}

const unit = (x: number, y: number): Point => {
  const l = Math.hypot(x, y) || 1;
  return { x: x / l, y: y / l };
};
const at = (p: Point, u: Point, d: number): Point => ({ x: p.x + u.x * d, y: p.y + u.y * d });
const quad = (p: Point, c: Point, q: Point, t: number): Point => ({
  x: (1 - t) ** 2 * p.x + 2 * (1 - t) * t * c.x + t * t * q.x,
  y: (1 - t) ** 2 * p.y + 2 * (1 - t) * t * c.y + t * t * q.y,
});
const cubic = (p: Point, c1: Point, c2: Point, q: Point, t: number): Point => {
  const u = 1 - t;
  return {
    x: u ** 3 * p.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t ** 3 * q.x,
    y: u ** 3 * p.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t ** 3 * q.y,
  };
};

/**
 * The link with its arrowhead at `tip`, pointing along `dir`: the
 * arrowhead's three corners as a path, and their box. Written out corner
 * by corner (no arrays, no spread): a thousand links make a thousand
 * arrowheads before the first render.
 */
function withArrow(d: string, course: Point[], tip: Point, dir: Point, size: number): LinkShape {
  const { x: ux, y: uy } = unit(dir.x, dir.y);
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const w = size * 0.5;
  const ax = bx - uy * w;
  const ay = by + ux * w;
  const cx = bx + uy * w;
  const cy = by - ux * w;
  const x = Math.min(tip.x, ax, cx);
  const y = Math.min(tip.y, ay, cy);
  return {
    d,
    arrow: `M${round(tip.x)},${round(tip.y)}L${round(ax)},${round(ay)}L${round(cx)},${round(cy)}Z`,
    course,
    head: { x, y, w: Math.max(tip.x, ax, cx) - x, h: Math.max(tip.y, ay, cy) - y },
  };
}
