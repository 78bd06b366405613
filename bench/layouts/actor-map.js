// What <fine-actor-map> computes before its first render, with the pure
// functions of src/actor-map/layout.ts: the graph (merged links, isolated
// actors), the seeded, box-independent force simulation, and its fit to the
// bench's width.
import { buildGraph, fitLayout, mapHeight, simulate } from '../../src/actor-map/layout.ts';

export const describe = 'buildGraph + simulate (seeded d3-force, fixed ticks) + fitLayout (1184 px)';

export function layout(story, width = 1184) {
  const graph = buildGraph(story.actors, story.relations, story.mainActor);
  const height = mapHeight(width, graph.nodes.length);
  const result = fitLayout(simulate(graph), { width, height, rtl: false });
  return { nodes: graph.nodes.length, links: graph.links.length, placed: result.pos.size };
}
