import type { Graph, Plan } from './graph.js';
import type { LayoutResult } from './force.js';
import { labelRoom, placeLinkLabels, type Rect } from './labels.js';

/**
 * Moves the map's words where they can be read, measured after each render
 * (their widths depend on the host's font): a name near the map's edge
 * slides along its line until the edge no longer cuts it; link labels that
 * would cover one another, an actor or a name slide along their links, or
 * hide when there is no room (the relation stays in the actor's panel and
 * the table), but the focused actor's relations always show. Set as SVG
 * attributes, which a strict CSP allows. The placement itself is `labels.ts`'s.
 */
export function placeTexts(root: ParentNode, graph: Graph, p: Plan, layout: LayoutResult): void {
  // a text's box, with room for its halo (a 3 px stroke) and a little air
  const box = (t: SVGTextElement, dx = 0, dy = 0): Rect => {
    const b = t.getBBox();
    return { x: b.x + dx - 2, y: b.y + dy - 2, w: b.width + 4, h: b.height + 4 };
  };
  const obstacles = graph.nodes.map((n): Rect => {
    const at = layout.pos.get(n.id)!;
    const r = (n.main ? p.r * 1.35 : p.r) + 2;
    return { x: at.x - r, y: at.y - r, w: 2 * r, h: 2 * r };
  });
  for (const name of root.querySelectorAll<SVGTextElement>('text.name')) {
    const at = layout.pos.get((name.parentNode as Element).getAttribute('data-id')!)!;
    name.removeAttribute('x');
    const b = box(name, Math.round(at.x), Math.round(at.y));
    const right = b.x + b.w - layout.width;
    const shift = b.x < 1 ? Math.ceil(1 - b.x) : right > -1 ? Math.floor(-1 - right) : 0;
    if (shift) name.setAttribute('x', String(shift));
    obstacles.push({ ...b, x: b.x + shift });
  }
  const items = [...root.querySelectorAll<SVGTextElement>('text.rel')].map((text) => {
    text.removeAttribute('transform');
    text.removeAttribute('visibility');
    const link = text.parentNode as SVGGElement;
    const b = box(text);
    const slide = labelRoom(layout.pos.get(link.dataset['from']!)!, layout.pos.get(link.dataset['to']!)!, p.r, b);
    return { text, label: { box: b, ...slide, keep: link.classList.contains('on') } };
  });
  // the focused actor's relations first, then the labels with the most room to move
  items.sort((u, v) => Number(v.label.keep) - Number(u.label.keep) || v.label.room - u.label.room);
  const places = placeLinkLabels(
    items.map((i) => i.label),
    obstacles,
  );
  items.forEach(({ text }, i) => {
    const d = places[i];
    if (!d) text.setAttribute('visibility', 'hidden');
    else if (d.x || d.y) text.setAttribute('transform', `translate(${Math.round(d.x)},${Math.round(d.y)})`);
  });
}
