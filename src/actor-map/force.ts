/**
 * Where the linked actors go, before any box: a seeded d3-force simulation
 * run a fixed number of ticks in its own space (the same graph always gives
 * the same positions, whatever the width or direction), and the key that
 * says which graph a set of positions is for, so a layout baked at publish
 * time (`fine-kit layout`) is used only for the graph it was made from.
 */
import { forceLink, forceX, forceY } from 'd3-force';
import type { Force, SimulationNodeDatum } from 'd3-force';
import { random } from '../core/random.js';
import { plan, type Graph, type Point } from './graph.js';
import { collideForce, manyBodyForce } from './quad-forces.js';

/** Changes whenever the simulation would place the same graph differently: old baked layouts are then ignored. */
const VERSION = 'v2';
const SEED = 1;

interface SimNode extends SimulationNodeDatum {
  id: string;
}

/** The actors the simulation places: those linked to another, in the story's order. */
export const simulated = (graph: Graph) => graph.nodes.filter((n) => !n.isolated);

/**
 * A short fingerprint of everything the simulation reads: the counts that
 * set its plan, the linked actors in order, the main one, the links, and
 * the simulation's own version.
 * FNV-1a, 32 bits: to tell a stale layout from a current one, not a secret.
 */
export function layoutKey(graph: Graph): string {
  const text = [
    `${graph.nodes.length}/${graph.links.length}`,
    simulated(graph).map((n) => (n.main ? `*${n.id}` : n.id)),
    graph.links.filter((l) => !l.loop).map((l) => `${l.from}>${l.to}`),
  ].join('|');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${VERSION}-${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/** Positions are kept to two decimals: a baked layout holds exactly what the simulation gives. */
const keep = (v: number) => Math.round(v * 100) / 100;

/**
 * Runs the simulation: a seeded spiral start (the main actor in the
 * middle), links, repulsion, collision and a pull to the centre, cooled
 * over the plan's fixed number of ticks (never in real time). Returns the
 * linked actors' positions in the simulation's space, centred on 0,0.
 */
export function simulate(graph: Graph): Map<string, Point> {
  const p = plan(graph.nodes.length, graph.links.length);
  const rnd = random(SEED);
  const nodes: SimNode[] = simulated(graph).map((n, i) => {
    const k = n.main ? 0 : i + 1;
    const r = 10 * Math.sqrt(k);
    const a = k * Math.PI * (3 - Math.sqrt(5));
    return { id: n.id, x: r * Math.cos(a) + rnd() - 0.5, y: r * Math.sin(a) + rnd() - 0.5 };
  });
  const ids = new Set(nodes.map((n) => n.id));
  const links = graph.links
    .filter((l) => !l.loop && ids.has(l.from) && ids.has(l.to))
    .map((l) => ({ source: l.from, target: l.to }));
  const forces: Force<SimNode, undefined>[] = [
    forceLink<SimNode, { source: string; target: string }>(links)
      .id((d) => d.id)
      .distance(p.r * 9),
    // a coarser Barnes–Hut approximation (theta) for a large network, whose repulsion is most of the work;
    // d3's forceManyBody and forceCollide, number for number, without their garbage (quad-forces.ts)
    manyBodyForce(-p.r * 25, p.theta),
    collideForce(p.r * 3.2),
    forceX<SimNode>(0).strength(0.06),
    forceY<SimNode>(0).strength(0.06),
  ];
  tick(nodes, forces, p.ticks, rnd);
  return new Map(nodes.map((n) => [n.id, { x: keep(n.x!), y: keep(n.y!) }]));
}

/**
 * d3-force's simulation, ticked by hand: what `forceSimulation(nodes).stop()`
 * then `.tick(ticks)` does, without the timer and event dispatcher a
 * simulation that never runs by itself does not need (1.2 kB less gzipped).
 * Alpha cools from 1 to a thousandth in exactly `ticks` ticks.
 */
function tick(nodes: SimNode[], forces: Force<SimNode, undefined>[], ticks: number, rnd: () => number): void {
  nodes.forEach((n, i) => ((n.index = i), (n.vx = n.vy = 0)));
  // d3's Force type declares initialize with one argument; v3 passes the random source too
  for (const f of forces) f.initialize?.(nodes, rnd);
  const decay = 1 - Math.pow(0.001, 1 / ticks);
  let alpha = 1;
  for (let t = 0; t < ticks; t++) {
    alpha -= alpha * decay;
    for (const f of forces) f(alpha);
    for (const n of nodes) {
      n.x! += n.vx! *= 0.6;
      n.y! += n.vy! *= 0.6;
    }
  }
}

/**
 * A layout baked into the story (`mapLayout`), as positions, when it was
 * made for this very graph: its key matches and it has a finite x and y
 * for every linked actor. Otherwise undefined, and the map simulates.
 */
export function bakedPositions(
  graph: Graph,
  baked: { key: string; positions: readonly number[] } | undefined,
): Map<string, Point> | undefined {
  const nodes = simulated(graph);
  if (!baked || baked.positions.length !== nodes.length * 2 || baked.key !== layoutKey(graph)) return undefined;
  const xy = baked.positions;
  if (!xy.every((v) => Number.isFinite(v) && Math.abs(v) <= 1e6)) return undefined;
  return new Map(nodes.map((n, i) => [n.id, { x: xy[2 * i]!, y: xy[2 * i + 1]! }]));
}

/** What `fine-kit layout` writes into a story: the key and the positions, x and y of each linked actor in turn. */
export function bakeLayout(graph: Graph): { key: string; positions: number[] } {
  const pos = simulate(graph);
  return { key: layoutKey(graph), positions: simulated(graph).flatMap((n) => [pos.get(n.id)!.x, pos.get(n.id)!.y]) };
}
