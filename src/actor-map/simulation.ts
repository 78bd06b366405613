/**
 * The seeded d3-force simulation that places the linked actors: a module of
 * its own, which the element loads (`import()`) only the first time a map
 * has no layout baked for its graph. A story published with
 * `fine-kit layout` never downloads it (about 3 kB gzip of d3-force and the
 * quadtree forces). It imports no code of the kit's but the random source,
 * so a build makes it one file with no way back into the element's.
 */
import { forceLink, forceX, forceY } from 'd3-force';
import type { Force, SimulationNodeDatum } from 'd3-force';
import { random } from '../core/random.js';
import type { GraphLink, GraphNode, Plan, Point } from './graph.js';
import { collideForce, manyBodyForce } from './quad-forces.js';

const SEED = 1;

interface SimNode extends SimulationNodeDatum {
  id: string;
}

/** Positions are kept to two decimals: a baked layout holds exactly what the simulation gives. */
const keep = (v: number) => Math.round(v * 100) / 100;

/**
 * Runs the simulation on `placed` (the linked actors, in the story's order):
 * a seeded spiral start (the main actor in the middle), links, repulsion,
 * collision and a pull to the centre, cooled over the plan's fixed number
 * of ticks (never in real time). Returns their positions in the
 * simulation's space, centred on 0,0.
 */
export function runSimulation(
  placed: readonly GraphNode[],
  graphLinks: readonly GraphLink[],
  p: Plan,
): Map<string, Point> {
  const rnd = random(SEED);
  const nodes: SimNode[] = placed.map((n, i) => {
    const k = n.main ? 0 : i + 1;
    const r = 10 * Math.sqrt(k);
    const a = k * Math.PI * (3 - Math.sqrt(5));
    return { id: n.id, x: r * Math.cos(a) + rnd() - 0.5, y: r * Math.sin(a) + rnd() - 0.5 };
  });
  const ids = new Set(nodes.map((n) => n.id));
  const links = graphLinks
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
