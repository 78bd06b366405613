/**
 * The map's links, the same elements a template per link would give (a
 * `<g part="link">` with its line and arrowhead, in an `aria-hidden` group),
 * built by cloning one link and setting its attributes, once per graph; a
 * drawing at another size only moves their paths, and a change of the
 * selected actor only sets the classes that changed. Why: at 300 actors a
 * thousand links through a Lit template each (its parts, its markers) were
 * the largest part of the first render after the simulation; built this way
 * they take about half as long in a profile (most of what is left is setting
 * their attributes), and a selection no longer re-renders a thousand templates.
 */
import { Directive, directive } from 'lit/directive.js';
import type { GraphLink } from './graph.js';
import type { LinkShape } from './shapes.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A link's classes with no actor selected. */
const UNSELECTED = 'link ';

/** A link's classes: on when it touches the selected actor, dim when another actor is selected. */
function linkClass(l: GraphLink, focused: string | undefined): string {
  if (focused === undefined) return UNSELECTED;
  return `link ${l.from === focused || l.to === focused ? 'on' : focused ? 'dim' : ''}`;
}

class LinksLayer extends Directive {
  readonly #layer = layer();
  #links?: readonly GraphLink[];
  #shapes?: readonly LinkShape[];
  /** Each link's element (undefined: not drawn) and the class it has. */
  #drawn: (SVGGElement | undefined)[] = [];
  #classes: string[] = [];

  render(links: readonly GraphLink[], shapes: readonly LinkShape[], focused: string | undefined): SVGGElement {
    if (links !== this.#links || shapes.some((s, i) => !s.course.length !== !this.#drawn[i]))
      this.#build(links, shapes);
    else if (shapes !== this.#shapes) this.#move(shapes);
    links.forEach((l, i) => {
      const el = this.#drawn[i];
      const cls = linkClass(l, focused);
      if (el && this.#classes[i] !== cls) el.setAttribute('class', (this.#classes[i] = cls));
    });
    return this.#layer;
  }

  /** The same links drawn elsewhere (another width, direction or height): their paths only. */
  #move(shapes: readonly LinkShape[]): void {
    this.#shapes = shapes;
    this.#drawn.forEach((g, i) => {
      if (!g) return;
      (g.firstChild as SVGPathElement).setAttribute('d', shapes[i]!.d);
      (g.lastChild as SVGPathElement).setAttribute('d', shapes[i]!.arrow);
    });
  }

  #build(links: readonly GraphLink[], shapes: readonly LinkShape[]): void {
    [this.#links, this.#shapes] = [links, shapes];
    // what most links have is set once, on the link every other is cloned from: no selection, one relation
    this.#classes = links.map(() => UNSELECTED);
    const model = document.createElementNS(SVG, 'g');
    model.setAttribute('part', 'link');
    model.setAttribute('class', UNSELECTED);
    model.setAttribute('data-count', '1');
    for (const cls of ['line', 'head'])
      model.appendChild(document.createElementNS(SVG, 'path')).setAttribute('class', cls);
    this.#drawn = links.map((l, i) => {
      const s = shapes[i]!;
      // a loop on an actor left out of the picture has no course: not drawn
      if (!s.course.length) return undefined;
      const g = model.cloneNode(true) as SVGGElement;
      g.setAttribute('data-from', l.from);
      g.setAttribute('data-to', l.to);
      if (l.relations.length > 1) g.setAttribute('data-count', String(l.relations.length));
      (g.firstChild as SVGPathElement).setAttribute('d', s.d);
      (g.lastChild as SVGPathElement).setAttribute('d', s.arrow);
      return g;
    });
    this.#layer.replaceChildren(...this.#drawn.filter((g) => g !== undefined));
  }
}

function layer(): SVGGElement {
  const g = document.createElementNS(SVG, 'g');
  g.setAttribute('aria-hidden', 'true');
  return g;
}

/** The links of the drawing, in an `aria-hidden` group: `${linksLayer(graph.links, shapes, focused)}` inside the `<svg>`. */
export const linksLayer = directive(LinksLayer);
