// What <fine-actor-map> computes before its first render, with the pure
// functions of src/actor-map/layout.ts: the graph (merged links, isolated
// actors) and the seeded, fixed-tick force layout at the bench's width.
import { buildGraph, layoutGraph, mapHeight } from '../../src/actor-map/layout.ts';

export const describe = 'buildGraph + layoutGraph (seeded d3-force, fixed ticks, 1184 px)';

export function layout(story, width = 1184) {
  const graph = buildGraph(story.actors, story.relations, story.mainActor);
  const height = mapHeight(width, graph.nodes.length);
  const result = layoutGraph(graph, { width, height, rtl: false });
  return { nodes: graph.nodes.length, links: graph.links.length, placed: result.pos.size };
}
