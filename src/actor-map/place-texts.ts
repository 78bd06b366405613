import { neighbours } from './graph.js';
import { placeLabels, type LinkLabel, type NameLabel, type Rect, type Scene } from './labels.js';
import { outerRadius } from './shapes.js';
import { marks, type MapView } from './view.js';

/** Room around a name for its halo, and around a relation's label inside its background. */
const NAME_PAD = 2;
const LINK_PAD = 3;

/**
 * Puts the map's words where they can be read, measured after each render
 * (their size depends on the host's font), by the rules of `labels.ts`:
 * names first (the selected actor's and its neighbours', then the main
 * actor's, then those the story's key events name most, then the most
 * connected), then relation labels (the selected
 * actor's, else the main actor's links first). A word with no free place is
 * hidden. Set as SVG attributes, which a strict CSP allows.
 */
export function placeTexts(root: ParentNode, v: MapView): void {
  const { graph, layout, plan: p, focused } = v;
  const drawn = marks(graph, layout, p);
  const near = focused ? neighbours(graph.links, focused) : undefined;
  const degree = new Map(graph.nodes.map((n) => [n.id, n.degree]));
  const main = graph.nodes.find((n) => n.main)?.id;
  // how many of the story's key events (importance 1) name each actor: those a reader looks for first
  const key = new Map<string, number>();
  for (const e of v.story.events)
    if (e.importance === 1) for (const a of e.actors ?? []) key.set(a, (key.get(a) ?? 0) + 1);
  // one number, smallest first: the tier (selected, neighbour, main, other), then more key events, then more links
  // (the limits keep them apart: at most 10,000 events, and a drawn map has at most 1,000 relations)
  const rank = (id: string) =>
    (id === focused ? 0 : near?.has(id) ? 1 : id === main ? 2 : 3) * 1e9 -
    (key.get(id) ?? 0) * 1e4 -
    (degree.get(id) ?? 0);

  const names = [...root.querySelectorAll<SVGGElement>('g.label')].map((g) => {
    const id = g.dataset['id']!;
    const text = g.querySelector('text')!;
    const m = drawn.get(id)!;
    const b = text.getBBox();
    const label: NameLabel = {
      kind: 'name',
      at: m,
      reach: outerRadius(m.kind, m.r),
      w: b.width + 2 * NAME_PAD,
      h: b.height + 2 * NAME_PAD,
    };
    return { text, b, label, rect: g.querySelector('rect')!, rank: rank(id), pad: NAME_PAD };
  });
  names.sort((a, b) => a.rank - b.rank);
  const rels = [...root.querySelectorAll<SVGGElement>('g.rel')].map((g) => {
    const i = Number(g.dataset['link']);
    const l = graph.links[i]!;
    const text = g.querySelector('text')!;
    const b = text.getBBox();
    const label: LinkLabel = { kind: 'link', line: i, w: b.width + 2 * LINK_PAD, h: b.height + 2 };
    const touchesMain = l.from === main || l.to === main;
    return { text, b, label, rect: g.querySelector('rect')!, rank: touchesMain ? 0 : 1, pad: LINK_PAD };
  });
  rels.sort((a, b) => a.rank - b.rank);

  const row = root.querySelector<SVGTextElement>('text.row-label')?.getBBox();
  const scene: Scene = {
    bounds: { x: 0, y: 0, w: layout.width, h: layout.height },
    marks: [...drawn.values()]
      .map((m) => ({ x: m.x, y: m.y, r: outerRadius(m.kind, m.r) + 2 }))
      // the row's label is in the way too, as a circle around its box
      .concat(row ? [{ x: row.x + row.width / 2, y: row.y + row.height / 2, r: row.width / 2 + 4 }] : []),
    lines: v.shapes.map((s) => s.course),
    heads: v.shapes.map((s) => s.head),
    rtl: v.dir === 'rtl',
    faint: new Set(focused ? graph.links.flatMap((l, i) => (l.from === focused || l.to === focused ? [] : [i])) : []),
  };
  const items = [...names, ...rels];
  const places = placeLabels(
    scene,
    items.map((i) => i.label),
  );
  items.forEach((item, i) => {
    const r = places[i];
    const link = item.label.kind === 'link';
    if (!r) {
      item.text.setAttribute('visibility', 'hidden');
      item.rect.setAttribute('visibility', 'hidden');
      return;
    }
    item.text.removeAttribute('visibility');
    const dy = link ? 1 : item.pad;
    item.text.setAttribute('transform', `translate(${fix(r.x + item.pad - item.b.x)},${fix(r.y + dy - item.b.y)})`);
    // a relation's label always has its background; a name only when links pass behind it
    if (link || r.over) setRect(item.rect, r);
    else item.rect.setAttribute('visibility', 'hidden');
  });
}

const fix = (v: number) => Math.round(v * 10) / 10;

function setRect(el: SVGRectElement, r: Rect): void {
  el.removeAttribute('visibility');
  el.setAttribute('x', String(fix(r.x)));
  el.setAttribute('y', String(fix(r.y)));
  el.setAttribute('width', String(fix(r.w)));
  el.setAttribute('height', String(fix(r.h)));
}
