import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { FineElement } from '../core/fine-element.js';
import { RovingController } from '../core/roving-controller.js';
import { SizeController } from '../core/size-controller.js';
import { memo } from '../core/memo.js';
import { baseStyles } from '../core/styles.js';
import type { Direction } from '../core/locale.js';
import { vocabulary } from '../i18n/vocabulary.js';
import { ACTOR_MAP_MAX_DRAWN, ACTOR_MAP_MAX_DRAWN_RELATIONS } from '../story/limits.js';
import { pickText } from '../story/text.js';
import type { StoryError } from '../story/errors.js';
import type { Story } from '../story/types.js';
import { buildGraph, plan, unlinkedShown, type Graph, type Plan, type Point } from './graph.js';
import { bakedPositions, simulated } from './baked.js';
import { fitLayout, mapHeight, nearest, type LayoutResult, type Way } from './fit.js';
import { fineLookup } from './relations.js';
import { linkShape } from './shapes.js';
import { withoutGloss } from './text.js';
import { actorMapMessages } from './messages.js';
import { placeTexts } from './place-texts.js';
import { renderActorMap } from './render.js';
import { marks, nodeLabel, type MapView } from './view.js';
import {
  FontsController,
  mapBounds,
  MediaController,
  PANEL_MIN,
  cutList,
  phoneMapBounds,
  phoneMapHeight,
  slack,
} from './measure.js';
import { actorMapStyles } from './styles.js';

/** The heights that fill the reservation at one width (0: not fitted yet), and how many times they were refitted. */
interface Fitted {
  width: number;
  height: number;
  panel: number;
  tries: number;
}

/** The shared chrome's attributes: each changes the height left to the drawing and the list. */
const CHROME = ['caption', 'noCaption', 'noCredit', 'noUpdated'] as const;

const WAYS: Record<string, Way> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** Below this width the drawing is an overview and the relations a list under it. */
const PHONE = 480;
/** Rows of the table shown at first, and added by each press of its "more" button. */
const ROWS = 250;
const MORE_ROWS = 500;

type Simulation = typeof import('./simulation.js');
/** The simulation's code, once loaded: one copy for every map of the page. */
let simulation: Simulation | undefined;
/** Why it did not load, if it did not: the map shows the error. */
let simulationFailed: Error | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the simulation (about 3 kB gzip: d3-force and the quadtree forces)
 * the first time a map of the page has no layout baked for its graph. A
 * story published with `fine-kit layout` never loads it.
 */
function loadSimulation(): Promise<void> {
  return (loading ??= import('./simulation.js').then(
    (code) => void (simulation = code),
    (e: unknown) => {
      // the reader is told the map could not be drawn; the page's developer, which file and why
      console.error(e);
      simulationFailed = new Error("the map's layout code did not load");
    },
  ));
}

/**
 * Who did what to whom: the story's actors (companies, regulators, courts,
 * NGOs, people, media, institutions) and their relations as a network, laid
 * out by a deterministic force simulation (the same story always gives the
 * same picture, and `fine-kit layout` can bake it into the story) that
 * mirrors in right-to-left languages. Shapes and colours tell the kinds of
 * actor apart, with a legend. Names and relation labels never cover an
 * actor, each other or a link: those with no room are hidden and shown when
 * their actor is selected. A relation that imposed a fine says where the
 * fine stands now; a court's ruling says what it did to the fine.
 *
 * Readable by everyone: the map is one tab stop; arrow keys move to the
 * nearest actor on that side of the screen, Enter shows the actor's
 * relations as sentences with their sources in a panel under the map (of
 * capped height, its list scrolls, with a shadow on its bottom edge while
 * more is below), Escape clears. Each actor announces its
 * name, kind and number of relations. On a phone (under 480 px) the drawing
 * is an overview and the relations are listed under it, in the page (never
 * a box that scrolls inside it): as sentences, those that fit the height
 * left, each whole, and a button that shows every one with its wording and
 * sources (the element then grows); a selected actor's panel likewise.
 * Touch readers get touch words and 44 px targets. A table view (a real
 * button, or `view="table"`) lists every relation.
 *
 * Height: the element fills the height reserved for it
 * (`--fine-actor-map-min-height`: 44rem, and 51rem on a screen at most 32rem
 * wide, where a phone stacks its drawing, legend and list) so nothing moves
 * below it when the story arrives and no hole is left under it: a wide map
 * by the height of its drawing, a phone by the height of its list (its
 * drawing takes a height from its width, and gives some up when the list
 * would be shorter than a few lines). Without a reservation the drawing
 * takes a height from its width. A network of over 120 actors keeps that
 * height too (fitting it would render a thousand links twice).
 *
 * Bad data: an invalid story (a relation naming a missing actor, for one)
 * shows the error view. What a valid story allows but a network draws
 * poorly is shown, not hidden: a relation of an actor to itself is a loop,
 * several relations between the same two actors are one link with a count,
 * and actors with no relation to another are set in a labelled row when the
 * story names them elsewhere (an event, a quote, a fine). Names that do not
 * all fit go first to the selected actor and its neighbours, the main actor,
 * then the actors the story's key events (importance 1) name most. A network over
 * 120 actors shows names only around the selected actor; one over
 * `ACTOR_MAP_MAX_DRAWN` actors or `ACTOR_MAP_MAX_DRAWN_RELATIONS` relations
 * says it is too large to draw and shows its table.
 *
 * @tagname fine-actor-map
 * @summary The story's actors and their relations as an accessible, bidirectional network.
 * @fires fine-select - When the reader selects an actor (click, tap, Enter) or clears it (Escape, the close button). `detail: { id }`, `id` null when cleared.
 * @fires fine-ready - After the first render with a story. `detail: { storyId }`.
 * @fires fine-error - When the story cannot be loaded or is invalid. `detail: { errors, message }`.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart toggle - The button (`aria-pressed`) that switches between the map and the table.
 * @csspart map - The `<svg>` of the network.
 * @csspart node - An actor: a focusable `<g role="button">` with `data-id`.
 * @csspart link - The relations from one actor to another: a `<g>` with `data-from` and `data-to`.
 * @csspart legend - The list of the kinds of actor and their shapes.
 * @csspart details - The panel of the selected actor: role, relations as sentences, sources.
 * @csspart relations - On a phone with no actor selected: the relations as sentences, under the map.
 * @csspart table - The table of every relation (`view="table"`, or a network too large to draw).
 * @csspart note - A note about the data (a large network, one too large to draw).
 * @csspart error - The error view.
 * @cssprop --fine-actor-map-company - Colour of companies (also `-regulator`, `-court`, `-ngo`, `-person`, `-media`, `-institution`).
 * @cssprop --fine-actor-map-link-color - Colour of links and arrowheads.
 * @cssprop --fine-actor-map-focus-color - Colour of the selected actor's ring and links.
 * @cssprop --fine-actor-map-dim-opacity - Opacity of what is not around the selected actor.
 * @cssprop --fine-actor-map-panel-background - Background of the panel and the list.
 * @cssprop --fine-actor-map-panel-height - On a wide map, most height the panel's list of relations takes before it
 *   scrolls (default 18rem); on a phone with no reservation, the panel's height is this and 4rem.
 * @cssprop --fine-actor-map-min-height - Height reserved before the story arrives, at every width (default 44rem;
 *   51rem on a screen at most 32rem wide),
 *   which the element then fills: a wide map by its drawing's height, a phone by its list of relations.
 */
export class FineActorMap extends FineElement {
  static override styles = [...baseStyles, actorMapStyles];

  static override properties: PropertyDeclarations = {
    focusActor: { attribute: 'focus', reflect: true },
    view: { reflect: true },
  };

  /** Id of the actor in focus (reflected as `focus`): it, its neighbours and their links are highlighted and its relations shown. Setting it from the page fires no event; an unknown id is ignored. */
  focusActor?: string;

  /** `map` (default) or `table`: every relation as rows. The toggle button switches it. */
  view: 'map' | 'table' = 'map';

  readonly #size = new SizeController(this);
  readonly #touch = new MediaController(this, '(pointer: coarse)');
  readonly #roving = new RovingController(this, {
    items: '[part~="node"]',
    selected: () => this.#focused,
    select: (id) => (this.focusActor = id),
    announce: (id) => {
      const node = this.#model!.graph.nodes.find((n) => n.id === id)!;
      return nodeLabel(this.#model!, id, node.kind, node.degree);
    },
  });

  /** Why the drawing has no layout (its simulation did not load), if so. */
  #noLayout?: string;
  /** The view model, built in willUpdate from the story. */
  #model?: MapView;
  /** Rows of the table shown. */
  #rows = ROWS;
  /** The drawing's height (and a phone's list's) that fill the reservation, for the width they were fitted at. */
  #fitted: Fitted = { width: 0, height: 0, panel: 0, tries: 0 };
  /** The reader showed a phone's whole list; selecting another actor, or another width, cuts it again. */
  #open = false;

  readonly #graphOf = memo((story: Story) => {
    const graph = buildGraph(story.actors, story.relations, story.mainActor);
    const tooLarge =
      story.actors.length > ACTOR_MAP_MAX_DRAWN || story.relations.length > ACTOR_MAP_MAX_DRAWN_RELATIONS;
    return {
      graph,
      tooLarge,
      plan: plan(graph.nodes.length, graph.links.length),
      row: tooLarge ? [] : unlinkedShown(graph, story),
      about: fineLookup(story.fines),
    };
  });

  /**
   * The simulation's positions: baked into the story when they were made for
   * this graph, else simulated here once the simulation's code has loaded
   * (undefined until then).
   */
  readonly #simOf = memo(
    (graph: Graph, baked: Story['mapLayout'], p: Plan, code: Simulation | undefined) =>
      bakedPositions(graph, baked) ?? code?.runSimulation(simulated(graph), graph.links, p),
  );

  readonly #layoutOf = memo(
    (sim: Map<string, Point>, width: number, height: number, dir: Direction, row: string[]): LayoutResult =>
      fitLayout(sim, { width, height, rtl: dir === 'rtl', row }),
  );

  readonly #shapesOf = memo((graph: Graph, layout: LayoutResult, p: Plan) => {
    const drawn = marks(graph, layout, p);
    return graph.links.map((l) =>
      drawn.has(l.from) && drawn.has(l.to)
        ? linkShape(drawn.get(l.from)!, drawn.get(l.to)!, l.both, l.loop)
        : // a loop on an actor left out of the picture (linked to no other, named nowhere else)
          { d: '', arrow: '', course: [], head: { x: 0, y: 0, w: 0, h: 0 } },
    );
  });

  readonly #namesOf = memo((story: Story, locale: string) => {
    const pick = (t: Parameters<typeof pickText>[0]) => pickText(t, locale, story.lang);
    return new Map(
      story.actors.map((a) => {
        const full = pick(a.name);
        return [a.id, { short: a.shortName ? pick(a.shortName) : { ...full, value: withoutGloss(full.value) }, full }];
      }),
    );
  });

  constructor() {
    super();
    this.i18n.use(actorMapMessages, vocabulary);
    // a web font that arrives after the first render: measure and place the words again, fit again
    new FontsController(this, () => {
      this.#fitted = { ...this.#fitted, tries: 0 };
      this.requestUpdate();
    });
  }

  /** The focused actor, when it is one of the story's. */
  get #focused(): string | undefined {
    return this.focusActor && this.#model?.names.has(this.focusActor) ? this.focusActor : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { story } = this.loader;
    if (!story) return;
    const { graph, plan: p, tooLarge, row, about } = this.#graphOf(story);
    if (graph !== this.#model?.graph) [this.#roving.current, this.#rows] = [undefined, ROWS];
    const names = this.#namesOf(story, this.locale);
    const width = this.#size.measure() || 640;
    if (width !== this.#fitted.width || changed.has('focusActor')) this.#open = false;
    if (width !== this.#fitted.width) this.#fitted = { width, height: 0, panel: 0, tries: 0 };
    // the page showing or hiding the chrome (caption, credit, "Updated") changes the room: fit again
    else if (CHROME.some((k) => changed.has(k))) this.#fitted = { ...this.#fitted, tries: 0 };
    const phone = width < PHONE;
    const height = this.#fitted.height || (phone ? phoneMapHeight(width) : mapHeight(width, graph.nodes.length));
    const sim = tooLarge ? new Map<string, Point>() : this.#simOf(graph, story.mapLayout, p, simulation);
    this.#noLayout = !sim && simulationFailed ? simulationFailed.message : undefined;
    if (!sim) {
      // no layout baked for this graph: the placeholder shows until the simulation's code is here,
      // or the error (checkStory) if it could not load
      if (!simulationFailed) this.i18n.wait(loadSimulation());
      return;
    }
    const layout = this.#layoutOf(sim, width, height, this.direction, row);
    const focused = this.focusActor && layout.pos.has(this.focusActor) ? this.focusActor : undefined;
    const roving = this.#roving;
    if (changed.has('focusActor') && focused) roving.current = focused;
    if (!roving.current || !layout.pos.has(roving.current)) {
      const main = story.mainActor && layout.pos.has(story.mainActor) ? story.mainActor : undefined;
      roving.current = focused ?? main ?? graph.nodes.find((n) => layout.pos.has(n.id))?.id;
    }
    this.#model = {
      story,
      graph,
      plan: p,
      layout,
      shapes: this.#shapesOf(graph, layout, p),
      names,
      about,
      m: this.i18n.words(actorMapMessages),
      voc: this.i18n.words(vocabulary),
      core: this.i18n.messages,
      locale: this.locale,
      dir: this.direction,
      focused,
      current: roving.current,
      table: this.view === 'table' || tooLarge,
      rows: this.#rows,
      tooLarge,
      phone,
      panelHeight: this.#fitted.panel,
      open: phone && this.#open,
      touch: this.#touch.matches,
    };
  }

  /** A map with no baked layout whose simulation could not load (a file missing beside the kit's): an error to show. */
  protected override checkStory(): StoryError[] {
    return this.#noLayout ? [{ path: '', code: 'render-failed', params: { detail: this.#noLayout } }] : [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const v = this.#model;
    if (!v || v.table || !this.loader.story || this.i18n.pending || this.#noLayout) return;
    // a phone's list first, fitted into its panel, so the room measured next is the one the panel keeps
    if (v.phone) cutList(this.renderRoot.querySelector<HTMLElement>('.panel'), v.open);
    // fitted first: a drawing that changes height renders again before any paint, and its words are placed
    // then (placed now, every word would be measured and placed for a drawing about to change)
    if (!this.#fit(v)) placeTexts(this.renderRoot, v);
  }

  /**
   * The element fills its reservation: a wide map by its drawing's height, a phone by its list's
   * (refitted at most twice per width and chrome, so a page that keeps changing cannot loop).
   * True when it asked for another render at another height.
   */
  #fit(v: MapView): boolean {
    const f = this.#fitted;
    // a large network keeps the height its width gives (a second render of a thousand links costs more than a hole)
    // and a phone's list the reader opened is as long as it is: the element grows
    if (f.tries >= 2 || !v.plan.nodeLabels || v.open) return false;
    const more = slack(this, v);
    if (more === undefined || (more > -0.01 && more < 1)) return false;
    if (v.phone) {
      // a phone shares the room between its list and its drawing: the list takes what the drawing leaves
      // at the height its width gives; under the list's least, the drawing gives up the rest, down to its own least
      const panel = this.renderRoot.querySelector<HTMLElement>('.panel')?.offsetHeight ?? 0;
      const room = Math.floor(panel + v.layout.height + more);
      const [least, most] = phoneMapBounds(f.width);
      const height = Math.min(most, Math.max(least, room - PANEL_MIN));
      const next = { panel: Math.max(PANEL_MIN, room - height), height };
      return (next.panel !== panel || height !== v.layout.height) && this.#refit({ ...f, ...next });
    }
    const [min, max] = mapBounds(f.width, v.graph.nodes.length);
    const height = Math.min(max, Math.max(min, Math.floor(v.layout.height + more)));
    return height !== v.layout.height && this.#refit({ ...f, height });
  }

  #refit(next: Fitted): true {
    this.#fitted = { ...next, tries: next.tries + 1 };
    this.requestUpdate();
    return true;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // the update that fits the drawing to its reservation belongs to the one that asked for it
    let complete = await super.getUpdateComplete();
    while (!complete) complete = await super.getUpdateComplete();
    return complete;
  }

  readonly #onKey = (e: KeyboardEvent): void => {
    const g = (e.target as Element).closest<SVGGElement>('[part~="node"]');
    if (!g || e.altKey || e.ctrlKey || e.metaKey) return;
    const id = g.dataset['id']!;
    const way = WAYS[e.key];
    const pos = this.#model!.layout.pos;
    if (way) {
      // positions are what the reader sees (mirrored in RTL), so ArrowLeft goes to the node on the left
      const next = nearest(pos, id, way);
      if (next) void this.#roving.focus(next);
    } else if (e.key === 'Enter' || e.key === ' ') this.#roving.select(id);
    else if (e.key === 'Escape' && this.#focused) this.#roving.select(null);
    else if (e.key === 'Home' || e.key === 'End') {
      const ids = [...pos.keys()];
      void this.#roving.focus(ids[e.key === 'Home' ? 0 : ids.length - 1]);
    } else return;
    e.preventDefault();
  };

  /** A node focused by Tab or a click becomes the keyboard's position. */
  readonly #onFocus = (e: FocusEvent): void => {
    const id = (e.target as Element).closest<SVGGElement>('[part~="node"]')?.dataset['id'];
    if (id) this.#roving.current = id;
  };

  readonly #onClick = (e: MouseEvent): void => {
    const id = (e.target as Element).closest<SVGGElement>('[part~="node"]')?.dataset['id'];
    if (id) this.#roving.select(id);
  };

  readonly #actions = {
    keydown: this.#onKey,
    focusin: this.#onFocus,
    click: this.#onClick,
    toggle: () => (this.view = this.view === 'table' ? 'map' : 'table'),
    clear: () => this.#roving.select(null),
    more: () => {
      this.#rows += MORE_ROWS;
      this.requestUpdate();
    },
    open: () => {
      this.#open = true;
      // the button goes: the keyboard stays in the list, where the reader reads on
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('.clip')?.focus({ preventScroll: true }),
      );
      this.requestUpdate();
    },
  };

  protected override renderStory(story: Story): unknown {
    const map = renderActorMap(this.#model!, this.#actions);
    return story.actors.length ? html`${map}${this.#roving.liveRegion()}` : map;
  }
}
