/**
 * Where the link labels go, as pure functions: each slides along its link
 * to the first place where it covers no other label, actor or name, or
 * hides. The element measures the texts (their widths depend on the font)
 * and applies the result.
 */
import type { Point } from './graph.js';

/** A box, from its top-left corner. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A link's label, as drawn at the link's middle, and how it may move. */
export interface LinkLabel {
  box: Rect;
  /** The link's direction (a unit vector), along which the label may slide... */
  dir: Point;
  /** ...this far either way, staying between the two actors. */
  room: number;
  /** Shown even with no free place (a focused actor's relations): it then stays in the middle. */
  keep?: boolean;
}

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** How far along its link a label tries to go, in thirds of its room: the middle first, then out either way. */
const SLIDES = [0, 1, -1, 2, -2, 3, -3].map((i) => i / 3);

/**
 * Where the link labels go so none covers another, an actor or a name. In
 * the order given, each label takes the first free place along its link;
 * one with no free place is hidden (`null`), unless it is kept, and the
 * reader finds that relation in the actor's panel and in the table.
 * Returns each label's offset from where it was drawn.
 */
export function placeLinkLabels(labels: readonly LinkLabel[], obstacles: readonly Rect[]): (Point | null)[] {
  const placed: Rect[] = [];
  const free = (r: Rect) => !placed.some((p) => overlap(p, r)) && !obstacles.some((o) => overlap(o, r));
  return labels.map((l) => {
    for (const s of l.room > 0 ? SLIDES : [0]) {
      const d = { x: l.dir.x * l.room * s, y: l.dir.y * l.room * s };
      const r = { ...l.box, x: l.box.x + d.x, y: l.box.y + d.y };
      if (free(r)) {
        placed.push(r);
        return d;
      }
    }
    if (!l.keep) return null;
    placed.push(l.box);
    return { x: 0, y: 0 };
  });
}

/**
 * How far a label of `box` may slide either way along the link from `a` to
 * `b` and stay clear of both actors (radius `r`).
 */
export function labelRoom(a: Point, b: Point, r: number, box: Rect): { dir: Point; room: number } {
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  if (!len) return { dir: { x: 0, y: 0 }, room: 0 };
  const dir = { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
  // the label's half-extent along the link
  const half = (Math.abs(dir.x) * box.w + Math.abs(dir.y) * box.h) / 2;
  return { dir, room: Math.max(0, len / 2 - r * 1.5 - half) };
}
