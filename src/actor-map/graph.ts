/**
 * The actor map's graph, as pure functions: the nodes and links drawn from a
 * story's actors and relations (duplicates merged, self-loops kept, isolated
 * actors set apart, relations to missing actors dropped), how much to draw
 * at its size, which unlinked actors to draw, and an actor's neighbours.
 */
import type { Actor, ActorKind, Relation, RelationKind, Story } from '../story/types.js';

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
    // each end counted once, a loop's one actor once (no array per relation: a thousand run before the first render)
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    if (!loop) {
      degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
      linked.add(r.from).add(r.to);
    }
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
  /** Barnes–Hut accuracy of the repulsion: higher is coarser and faster. */
  theta: number;
  /** Relation words on the links (else only on the focused actor's). */
  linkLabels: boolean;
  /** Names beside every node that has room (else only around the focused actor). */
  nodeLabels: boolean;
  /** Node radius in px. */
  r: number;
}

export function plan(nodes: number, links: number): Plan {
  if (nodes > 120 || links > 300) return { ticks: 50, theta: 1.5, linkLabels: false, nodeLabels: false, r: 6 };
  if (nodes > 40 || links > 60) return { ticks: 200, theta: 0.9, linkLabels: false, nodeLabels: true, r: 8 };
  return { ticks: 300, theta: 0.9, linkLabels: true, nodeLabels: true, r: 11 };
}

/**
 * The actors with no relation that the map still draws, in a labelled row:
 * those the story says matter, because it is about them (`mainActor`), an
 * event names them, they speak in a quote, or a fine or a step of one is
 * theirs. The others are left out of the picture.
 */
export function unlinkedShown(graph: Graph, story: Pick<Story, 'mainActor' | 'events' | 'quotes' | 'fines'>): string[] {
  if (!graph.isolated.length) return [];
  const named = new Set<string>();
  if (story.mainActor) named.add(story.mainActor);
  for (const e of story.events) for (const id of e.actors ?? []) named.add(id);
  for (const q of story.quotes) named.add(q.speaker);
  for (const f of story.fines) {
    for (const id of [f.actor, f.authorityActor, ...(f.history ?? []).map((s) => s.by)]) if (id) named.add(id);
  }
  return graph.isolated.filter((id) => named.has(id));
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
