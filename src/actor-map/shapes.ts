/**
 * What the actor map draws, as pure functions: links that stop at a node's
 * edge with their arrowheads, loops, the shape of each kind of actor, and
 * the direction of a label's text.
 */
import type { ActorKind } from '../story/types.js';
import type { Point } from './graph.js';

export interface LinkShape {
  /** The line or curve, for `<path d>`. */
  d: string;
  /** The arrowhead, a triangle for `<path d>`. */
  arrow: string;
  /** Where the label goes. */
  label: Point;
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A link from `a` to `b` that stops at the target node's edge (radius `r`),
 * curved to one side when a link runs the other way too (`curve`), or a
 * loop above the node when `a` and `b` are the same place.
 */
export function linkShape(a: Point, b: Point, r: number, curve = false, loop = false): LinkShape {
  const head = Math.max(6, r * 0.7);
  if (loop) {
    const h = r * 3.2;
    const end = { x: a.x + r * 0.6, y: a.y - r * 0.8 };
    const c1 = { x: a.x - r * 2.2, y: a.y - h };
    const c2 = { x: a.x + r * 2.2, y: a.y - h };
    return {
      d: `M${round(a.x - r * 0.6)},${round(a.y - r * 0.8)}C${round(c1.x)},${round(c1.y)} ${round(c2.x)},${round(c2.y)} ${round(end.x)},${round(end.y)}`,
      arrow: arrowAt(end, { x: end.x - c2.x, y: end.y - c2.y }, head),
      label: { x: a.x, y: a.y - h * 0.78 - 4 },
    };
  }
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  // the bend: perpendicular to the line, always to the same side of the way it runs
  const bend = curve ? Math.min(len * 0.18, 40) : 0;
  const c = { x: (a.x + b.x) / 2 - uy * bend, y: (a.y + b.y) / 2 + ux * bend };
  // end where the curve meets the target's edge (approximated along the tangent at the end)
  const tx = b.x - c.x;
  const ty = b.y - c.y;
  const tl = Math.hypot(tx, ty) || 1;
  const end = { x: b.x - (tx / tl) * (r + 2), y: b.y - (ty / tl) * (r + 2) };
  const start = { x: a.x + ux * r, y: a.y + uy * r };
  const d = curve
    ? `M${round(start.x)},${round(start.y)}Q${round(c.x)},${round(c.y)} ${round(end.x)},${round(end.y)}`
    : `M${round(start.x)},${round(start.y)}L${round(end.x)},${round(end.y)}`;
  // the middle of a quadratic curve is halfway between the chord's middle and the control point
  const label = curve
    ? { x: ((a.x + b.x) / 2 + c.x) / 2, y: ((a.y + b.y) / 2 + c.y) / 2 }
    : { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  return { d, arrow: arrowAt(end, { x: tx, y: ty }, head), label };
}

function arrowAt(tip: Point, dir: Point, size: number): string {
  const l = Math.hypot(dir.x, dir.y) || 1;
  const [ux, uy] = [dir.x / l, dir.y / l];
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const w = size * 0.5;
  return `M${round(tip.x)},${round(tip.y)}L${round(bx - uy * w)},${round(by + ux * w)}L${round(bx + uy * w)},${round(by - ux * w)}Z`;
}

/**
 * The shape of an actor kind, centred on 0,0 with radius `r`: colour is never
 * the only cue. Company square, regulator circle, court diamond, NGO triangle,
 * person small circle with a ring's worth of room, media hexagon, institution pentagon.
 */
export function shapePath(kind: ActorKind, r: number): string {
  const poly = (n: number, turn: number, k = 1) =>
    Array.from({ length: n }, (_, i) => {
      const a = turn + (i * 2 * Math.PI) / n;
      return `${i ? 'L' : 'M'}${round(Math.cos(a) * r * k)},${round(Math.sin(a) * r * k)}`;
    }).join('') + 'Z';
  const circle = (k: number) =>
    `M${round(-r * k)},0a${round(r * k)},${round(r * k)} 0 1,0 ${round(2 * r * k)},0a${round(r * k)},${round(r * k)} 0 1,0 ${round(-2 * r * k)},0Z`;
  switch (kind) {
    case 'company':
      return poly(4, Math.PI / 4, 1.15);
    case 'court':
      return poly(4, 0, 1.2);
    case 'ngo':
      return poly(3, -Math.PI / 2, 1.25);
    case 'media':
      return poly(6, 0, 1.05);
    case 'institution':
      return poly(5, -Math.PI / 2, 1.1);
    case 'person':
      return circle(0.8);
    default:
      return circle(1);
  }
}

/**
 * The direction of a label from its first strong letter (what `dir="auto"`
 * does in HTML): a Latin name in an Arabic map stays left to right, so
 * "Amazon.com, Inc." keeps its full stop and comma where they belong.
 */
export function textDir(text: string): 'ltr' | 'rtl' {
  const first = text.match(/\p{L}/u)?.[0] ?? '';
  return /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/.test(first) ? 'rtl' : 'ltr';
}
