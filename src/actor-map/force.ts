/**
 * Where the actors go, as pure functions: a deterministic d3-force layout
 * fitted to a box and mirrored in RTL, the map's height for a width, and the
 * nearest actor in an arrow key's direction.
 */
import { forceCollide, forceLink, forceManyBody, forceX, forceY } from 'd3-force';
import type { Force, SimulationNodeDatum } from 'd3-force';
import { random } from '../core/random.js';
import { plan, type Graph, type Point } from './graph.js';

/**
 * Height of the map for a width: taller than wide on a phone, wider than
 * tall on a page. It stays between 320 and 480 px, so the map with its
 * toolbar, legend and hint fits the element's reserved 44rem at any width
 * and nothing below it moves when the story arrives; a network of over 120
 * actors gets 560 to 760 px (a page showing one reserves more).
 */
export function mapHeight(width: number, nodes: number): number {
  const h = width < 520 ? width * 1.25 : width * 0.62;
  const [min, max] = nodes > 120 ? [560, 760] : [320, 480];
  return Math.round(Math.min(Math.max(h, min), max));
}

export interface LayoutOptions {
  width: number;
  height: number;
  rtl?: boolean;
  seed?: number;
  /** Simulation positions of an earlier layout of the same graph: the start of this one. */
  previous?: LayoutResult;
}

export interface LayoutResult {
  /** Positions on screen, in px from the top-left corner (already mirrored in RTL). */
  pos: Map<string, Point>;
  /** Positions in simulation space, to start the next layout from (on resize). */
  sim: Map<string, Point>;
  /** Width / height of the box the simulation was shaped for. */
  aspect: number;
  width: number;
  height: number;
  /** Top of the row of isolated actors (the height when there are none). */
  rowTop: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
}

const PAD_X = 48;
const PAD_TOP = 24;
const PAD_BOTTOM = 36;
const ROW = 64;
const ROW_GAP = 96;
/** How much more one axis may be scaled than the other when the drawing is fitted to its box. */
const STRETCH = 1.5;

/**
 * Places the linked actors with a force simulation that runs a fixed number
 * of ticks from a seeded start (never in real time), so the same story in
 * the same box always gives the same picture, then scales the result to fit
 * the box. Isolated actors go in rows along the bottom. With `previous`, the
 * simulation starts from the earlier positions and runs briefly (or not at
 * all when the box kept its shape), so a resize does not reshuffle the map.
 * In RTL every x becomes `width − x`.
 */
export function layoutGraph(graph: Graph, opts: LayoutOptions): LayoutResult {
  const { width, height, rtl = false, seed = 1, previous } = opts;
  const p = plan(graph.nodes.length, graph.links.length);
  const perRow = Math.max(1, Math.floor((width - PAD_X) / ROW_GAP));
  const rows = Math.ceil(graph.isolated.length / perRow);
  // many isolated actors: rows closer together, never more than a third of the height
  const rowH = rows ? Math.min(ROW, height / 3 / rows) : ROW;
  const rowTop = height - rows * rowH;
  const aspect = width / Math.max(1, rowTop);
  const linked = graph.nodes.filter((n) => !n.isolated);
  const rnd = random(seed);
  const nodes: SimNode[] = linked.map((n, i) => {
    const old = previous?.sim.get(n.id);
    if (old) return { id: n.id, x: old.x, y: old.y };
    // seeded start: a spiral (d3's phyllotaxis), main actor in the middle, jittered
    const k = n.main ? 0 : i + 1;
    const r = 10 * Math.sqrt(k);
    const a = k * Math.PI * (3 - Math.sqrt(5));
    return { id: n.id, x: r * Math.cos(a) + rnd() - 0.5, y: r * Math.sin(a) + rnd() - 0.5 };
  });
  const sameShape = previous && Math.abs(Math.log(aspect / previous.aspect)) < 0.15;
  const ticks = !previous ? p.ticks : sameShape ? 0 : 60;
  if (ticks) {
    const index = new Set(nodes.map((n) => n.id));
    const links = graph.links
      .filter((l) => !l.loop && index.has(l.from) && index.has(l.to))
      .map((l) => ({ source: l.from, target: l.to }));
    const s = Math.sqrt(aspect);
    const forces: Force<SimNode, undefined>[] = [
      forceLink<SimNode, { source: string; target: string }>(links)
        .id((d) => d.id)
        .distance(p.r * 9),
      forceManyBody<SimNode>().strength(-p.r * 25),
      forceCollide<SimNode>(p.r * 3.2),
      // the cloud takes the box's shape: pulled harder along its short side
      forceX<SimNode>(0).strength(0.06 / s),
      forceY<SimNode>(0).strength(0.06 * s),
    ];
    tick(nodes, forces, ticks, previous ? 0.3 : 1, rnd);
  }
  const sim = new Map(nodes.map((n) => [n.id, { x: n.x!, y: n.y! }]));
  const pos = new Map<string, Point>();
  const xs = nodes.map((n) => n.x!);
  const ys = nodes.map((n) => n.y!);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const w = width - 2 * PAD_X;
  const h = rowTop - PAD_TOP - PAD_BOTTOM;
  // one scale for both axes keeps the simulation's distances (never blowing a small
  // graph up more than 3×); then each axis may stretch up to STRETCH× more to
  // fill the box, which spreads a crowded middle without visibly distorting it
  const fitX = w / Math.max(x1 - x0, 1);
  const fitY = h / Math.max(y1 - y0, 1);
  const k = Math.min(fitX, fitY, 3);
  const kx = Math.min(fitX, k * STRETCH);
  const ky = Math.min(fitY, k * STRETCH);
  const cx = PAD_X + (w - (x1 - x0) * kx) / 2;
  const cy = PAD_TOP + (h - (y1 - y0) * ky) / 2;
  const mirror = (x: number) => (rtl ? width - x : x);
  for (const n of nodes) pos.set(n.id, { x: mirror(cx + (n.x! - x0) * kx), y: cy + (n.y! - y0) * ky });
  graph.isolated.forEach((id, i) => {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, graph.isolated.length - row * perRow);
    const col = i % perRow;
    const gap = Math.min(ROW_GAP, (width - PAD_X) / inRow);
    const start = (width - gap * (inRow - 1)) / 2;
    pos.set(id, { x: mirror(start + col * gap), y: rowTop + row * rowH + rowH / 2 - 8 * (rowH / ROW) });
  });
  return { pos, sim, aspect, width, height, rowTop };
}

/**
 * d3-force's simulation, ticked by hand: what `forceSimulation(nodes).stop()`
 * then `.tick(ticks)` does, without the timer and event dispatcher a
 * simulation that never runs by itself does not need (1.2 kB less gzipped).
 * Alpha cools from `alpha` to a thousandth of it in exactly `ticks` ticks.
 */
function tick(
  nodes: SimNode[],
  forces: Force<SimNode, undefined>[],
  ticks: number,
  alpha: number,
  rnd: () => number,
): void {
  nodes.forEach((n, i) => ((n.index = i), (n.vx = n.vy = 0)));
  // d3's Force type declares initialize with one argument; v3 passes the random source too
  for (const f of forces) f.initialize?.(nodes, rnd);
  const decay = 1 - Math.pow(0.001, 1 / ticks);
  for (let t = 0; t < ticks; t++) {
    alpha -= alpha * decay;
    for (const f of forces) f(alpha);
    for (const n of nodes) {
      n.x! += n.vx! *= 0.6;
      n.y! += n.vy! *= 0.6;
    }
  }
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
