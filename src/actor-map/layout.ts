/**
 * What the actor map computes, as pure functions (no DOM, no Lit): the graph
 * drawn from a story's actors and relations (duplicates merged, self-loops
 * kept, isolated actors set apart, relations to missing actors dropped), a
 * deterministic d3-force layout fitted to a box and mirrored in RTL, the
 * geometry of links and arrowheads, the shapes of actor kinds, and the
 * nearest node in an arrow key's direction.
 */
import { forceCollide, forceLink, forceManyBody, forceX, forceY } from 'd3-force';
import type { Force, SimulationNodeDatum } from 'd3-force';
import type { Actor, ActorKind, Relation, RelationKind } from '../story/types.js';
import { random } from '../core/random.js';

export interface Point {
  x: number;
  y: number;
}

export interface GraphNode {
  id: string;
  kind: ActorKind;
  /** Relations that touch the actor (a self-loop counts once). */
  degree: number;
  /** The story's main actor: drawn larger. */
  main: boolean;
  isolated: boolean;
}

/** One drawn link: every relation from one actor to another, merged. */
export interface GraphLink {
  from: string;
  to: string;
  relations: Relation[];
  /** Distinct kinds, in story order. */
  kinds: RelationKind[];
  loop: boolean;
  /** A link runs the other way too: both are drawn curved, so they do not overlap. */
  both: boolean;
}

export interface Graph {
  nodes: GraphNode[];
  links: GraphLink[];
  /** Ids of actors with no relation to another actor (a self-loop does not count). */
  isolated: string[];
  /** Relations naming an actor that is not in the list: not drawn. */
  dropped: Relation[];
}

export function buildGraph(
  actors: readonly Pick<Actor, 'id' | 'kind'>[],
  relations: readonly Relation[],
  mainActor?: string,
): Graph {
  const ids = new Set(actors.map((a) => a.id));
  const degree = new Map<string, number>();
  const linked = new Set<string>();
  const byPair = new Map<string, GraphLink>();
  const dropped: Relation[] = [];
  for (const r of relations) {
    if (!ids.has(r.from) || !ids.has(r.to)) {
      dropped.push(r);
      continue;
    }
    const loop = r.from === r.to;
    for (const id of loop ? [r.from] : [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
    if (!loop) linked.add(r.from).add(r.to);
    const key = `${r.from}\u0000${r.to}`;
    let link = byPair.get(key);
    if (!link) byPair.set(key, (link = { from: r.from, to: r.to, relations: [], kinds: [], loop, both: false }));
    link.relations.push(r);
    if (!link.kinds.includes(r.kind)) link.kinds.push(r.kind);
  }
  const links = [...byPair.values()];
  for (const l of links) l.both = !l.loop && byPair.has(`${l.to}\u0000${l.from}`);
  const nodes = actors.map((a) => ({
    id: a.id,
    kind: a.kind,
    degree: degree.get(a.id) ?? 0,
    main: a.id === mainActor,
    isolated: !linked.has(a.id),
  }));
  return { nodes, links, isolated: nodes.filter((n) => n.isolated).map((n) => n.id), dropped };
}

/** How much to draw at a graph's size: a 300-actor network keeps only what stays readable. */
export interface Plan {
  /** Simulation ticks from a fresh start. */
  ticks: number;
  /** Relation words on the links. */
  linkLabels: boolean;
  /** Names under every node (else only under the focused actor and its neighbours). */
  nodeLabels: boolean;
  /** Node radius in px. */
  r: number;
}

export function plan(nodes: number, links: number): Plan {
  if (nodes > 120 || links > 300) return { ticks: 120, linkLabels: false, nodeLabels: false, r: 6 };
  if (nodes > 40 || links > 60) return { ticks: 200, linkLabels: false, nodeLabels: true, r: 8 };
  return { ticks: 300, linkLabels: true, nodeLabels: true, r: 11 };
}

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

/**
 * The direction of a label from its first strong letter (what `dir="auto"`
 * does in HTML): a Latin name in an Arabic map stays left to right, so
 * "Amazon.com, Inc." keeps its full stop and comma where they belong.
 */
export function textDir(text: string): 'ltr' | 'rtl' {
  const first = text.match(/\p{L}/u)?.[0] ?? '';
  return /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/.test(first) ? 'rtl' : 'ltr';
}

/** Ids of `id`'s neighbours (either direction), itself included. */
export function neighbours(links: readonly GraphLink[], id: string): Set<string> {
  const set = new Set([id]);
  for (const l of links) {
    if (l.from === id) set.add(l.to);
    if (l.to === id) set.add(l.from);
  }
  return set;
}

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
