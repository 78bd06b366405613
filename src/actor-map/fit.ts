/**
 * The simulation's positions fitted to a box, as pure functions: scaled to
 * fill it, mirrored in RTL, the actors with no relation that the story says
 * matter set in a row below; the map's height for a width when the page
 * reserves none; the nearest actor in an arrow key's direction.
 */
import type { Point } from './graph.js';
import { boxOf } from './labels.js';

/**
 * Height of the map for a width when the page reserves no height for the
 * element: taller than wide on a phone, wider than tall on a page, between
 * 320 and 480 px (560 to 760 px for a network of over 120 actors).
 */
export function mapHeight(width: number, nodes: number): number {
  const h = width < 520 ? width * 1.25 : width * 0.62;
  const [min, max] = nodes > 120 ? [560, 760] : [320, 480];
  return Math.round(Math.min(Math.max(h, min), max));
}

export interface FitOptions {
  width: number;
  height: number;
  rtl?: boolean;
  /** Actors with no relation to draw in a row below the network (those the story says matter). */
  row?: readonly string[];
}

export interface LayoutResult {
  /** Positions on screen, in px from the top-left corner (already mirrored in RTL). */
  pos: Map<string, Point>;
  width: number;
  height: number;
  /** Top of the row of actors with no relation (the height when there is none). */
  rowTop: number;
}

/** Room left free at the edges for names, in px: less on a phone. */
const padX = (width: number) => Math.round(Math.min(48, Math.max(20, width * 0.07)));
const PAD_TOP = 20;
const PAD_BOTTOM = 28;
/** One row of unlinked actors: their shape and name, under the row's label. */
const ROW = 72;
const ROW_LABEL = 24;
const ROW_GAP = 120;
/** How much more one axis may be scaled than the other when the drawing is fitted to its box. */
const STRETCH = 1.5;

/**
 * Scales the simulation's positions to fill the box: one scale for both
 * axes keeps its distances (never blowing a small graph up more than 3×),
 * then each axis may stretch up to 1.5× more, which fills a wide or a tall
 * box without visibly distorting the drawing. In RTL every x becomes
 * `width − x`. The row goes along the bottom, in reading order.
 */
export function fitLayout(sim: ReadonlyMap<string, Point>, opts: FitOptions): LayoutResult {
  const { width, height, rtl = false, row = [] } = opts;
  const pad = padX(width);
  const perRow = Math.max(1, Math.floor((width - pad) / ROW_GAP));
  const rows = Math.ceil(row.length / perRow);
  // many unlinked actors: rows closer together, never more than a third of the height
  const rowH = rows ? Math.min(ROW, (height / 3 - ROW_LABEL) / rows) : ROW;
  const rowTop = rows ? Math.round(height - rows * rowH - ROW_LABEL) : height;
  const pos = new Map<string, Point>();
  const mirror = (x: number) => (rtl ? width - x : x);
  if (sim.size) {
    const { x: x0, y: y0, w: spanX, h: spanY } = boxOf(sim.values());
    const w = width - 2 * pad;
    const h = rowTop - PAD_TOP - PAD_BOTTOM;
    const fitX = w / Math.max(spanX, 1);
    const fitY = h / Math.max(spanY, 1);
    const k = Math.min(fitX, fitY, 3);
    const kx = Math.min(fitX, k * STRETCH);
    const ky = Math.min(fitY, k * STRETCH);
    const cx = pad + (w - spanX * kx) / 2;
    const cy = PAD_TOP + (h - spanY * ky) / 2;
    for (const [id, p] of sim) pos.set(id, { x: mirror(cx + (p.x - x0) * kx), y: cy + (p.y - y0) * ky });
  }
  row.forEach((id, i) => {
    const r = Math.floor(i / perRow);
    const inRow = Math.min(perRow, row.length - r * perRow);
    const gap = Math.min(ROW_GAP, (width - pad) / inRow);
    const start = (width - gap * (inRow - 1)) / 2;
    const y = rowTop + ROW_LABEL + r * rowH + rowH * 0.3;
    pos.set(id, { x: mirror(start + (i % perRow) * gap), y });
  });
  return { pos, width, height, rowTop };
}

export type Way = 'left' | 'right' | 'up' | 'down';

/**
 * The node an arrow key moves to from `from`: the nearest one on that side
 * of the screen, favouring those straight ahead (a 45° cone) over those off
 * to a side. Positions are screen positions, so in RTL "left" is still what
 * the reader sees on the left. Undefined when nothing lies that way.
 */
export function nearest(pos: ReadonlyMap<string, Point>, from: string, way: Way): string | undefined {
  const o = pos.get(from);
  if (!o) return undefined;
  let best: string | undefined;
  let score = Infinity;
  for (const [id, p] of pos) {
    if (id === from) continue;
    const dx = p.x - o.x;
    const dy = p.y - o.y;
    const along = way === 'left' ? -dx : way === 'right' ? dx : way === 'up' ? -dy : dy;
    const across = Math.abs(way === 'left' || way === 'right' ? dy : dx);
    if (along <= 0) continue;
    // outside the cone costs extra, so a node straight ahead wins over a closer one off to the side
    const s = Math.hypot(along, across) + (across > along ? 1000 : 0) + across;
    if (s < score) [score, best] = [s, id];
  }
  return best;
}
