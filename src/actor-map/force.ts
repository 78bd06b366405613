/**
 * The simulation run here and now, for `fine-kit layout`, the tests and the
 * bench: a seeded d3-force simulation run a fixed number of ticks in its own
 * space (the same graph always gives the same positions, whatever the width
 * or direction; `simulation.ts`), and the layout it bakes into a story. The
 * element does not import this module: it loads the simulation only when a
 * map has no baked layout.
 */
import { layoutKey, simulated } from './baked.js';
import { plan, type Graph, type Point } from './graph.js';
import { runSimulation } from './simulation.js';

/** The linked actors' positions in the simulation's space, centred on 0,0 (see `simulation.ts`). */
export function simulate(graph: Graph): Map<string, Point> {
  return runSimulation(simulated(graph), graph.links, plan(graph.nodes.length, graph.links.length));
}

/** What `fine-kit layout` writes into a story: the key and the positions, x and y of each linked actor in turn. */
export function bakeLayout(graph: Graph): { key: string; positions: number[] } {
  const pos = simulate(graph);
  return { key: layoutKey(graph), positions: simulated(graph).flatMap((n) => [pos.get(n.id)!.x, pos.get(n.id)!.y]) };
}
