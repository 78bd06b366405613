/**
 * Which graph a set of positions is for, so a layout baked at publish time
 * (`fine-kit layout`) is used only for the graph it was made from: what the
 * element needs to use a baked layout, without the simulation's code
 * (`simulation.ts`, loaded only when a map has none).
 */
import type { Graph, Point } from './graph.js';

/** Changes whenever the simulation would place the same graph differently: old baked layouts are then ignored. */
const VERSION = 'v2';

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
