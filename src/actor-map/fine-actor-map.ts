import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { FineElement } from '../core/fine-element.js';
import { RovingController } from '../core/roving-controller.js';
import { SizeController } from '../core/size-controller.js';
import { memo } from '../core/memo.js';
import { baseStyles } from '../core/styles.js';
import type { Direction } from '../core/locale.js';
import { vocabulary } from '../i18n/vocabulary.js';
import { pickText } from '../story/text.js';
import type { Story } from '../story/types.js';
import { buildGraph, plan, type Graph } from './graph.js';
import { layoutGraph, mapHeight, nearest, type Way } from './force.js';
import { actorMapMessages } from './messages.js';
import { placeTexts } from './place-texts.js';
import { nodeLabel, renderActorMap, type MapView } from './render.js';
import { actorMapStyles } from './styles.js';

const WAYS: Record<string, Way> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * Who did what to whom: the story's actors (companies, regulators, courts,
 * NGOs, people, media, institutions) and their relations as a network, laid
 * out by a deterministic force simulation (the same story in the same box
 * always gives the same picture) that mirrors in right-to-left languages.
 * Shapes and colours tell the kinds of actor apart, with a legend; links
 * carry the relation in the reader's language, an arrowhead and a date.
 *
 * Readable by everyone: the map is one tab stop; arrow keys move to the
 * nearest actor on that side of the screen, Enter shows the actor's
 * relations as sentences with their sources, Escape clears. Each actor
 * announces its name, kind and number of relations. A table view (a real
 * button, or `view="table"`) lists every relation.
 *
 * Bad data: an invalid story (a relation naming a missing actor, for one)
 * shows the error view. What a valid story allows but a network draws
 * poorly is shown, not hidden: a relation of an actor to itself is a loop,
 * several relations between the same two actors are one link with a count,
 * and actors with no relation to another are set in a row and listed. A
 * network over 120 actors hides the names except around the selected actor.
 *
 * @tagname fine-actor-map
 * @summary The story's actors and their relations as an accessible, bidirectional network.
 * @fires fine-select - When the reader selects an actor (click, Enter) or clears it (Escape, the close button). `detail: { id }`, `id` null when cleared.
 * @fires fine-ready - After the first render with a story. `detail: { storyId }`.
 * @fires fine-error - When the story cannot be loaded or is invalid. `detail: { errors, message }`.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart toggle - The button (`aria-pressed`) that switches between the map and the table.
 * @csspart map - The `<svg>` of the network.
 * @csspart node - An actor: a focusable `<g role="button">` with `data-id`.
 * @csspart link - The relations from one actor to another: a `<g>` with `data-from` and `data-to`.
 * @csspart legend - The list of the kinds of actor and their shapes.
 * @csspart details - The panel of the selected actor: role, relations as sentences, sources.
 * @csspart table - The table of every relation (`view="table"`).
 * @csspart note - A note about the data (isolated actors, a large network).
 * @csspart error - The error view.
 * @cssprop --fine-actor-map-company - Colour of companies (also `-regulator`, `-court`, `-ngo`, `-person`, `-media`, `-institution`).
 * @cssprop --fine-actor-map-link-color - Colour of links and arrowheads.
 * @cssprop --fine-actor-map-focus-color - Colour of the selected actor's ring and links.
 * @cssprop --fine-actor-map-dim-opacity - Opacity of what is not around the selected actor.
 * @cssprop --fine-actor-map-panel-background - Background of the details panel.
 * @cssprop --fine-actor-map-min-height - Height reserved before the story arrives (default 44rem: the map, its legend and notes in a column of about 900 px, so the text below does not move when it arrives).
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
  readonly #roving = new RovingController(this, {
    items: '[part~="node"]',
    selected: () => this.#focused,
    select: (id) => (this.focusActor = id),
    announce: (id) => {
      const node = this.#model!.graph.nodes.find((n) => n.id === id)!;
      return nodeLabel(this.#model!, id, node.kind, node.degree);
    },
  });

  /** The view model, built in willUpdate from the story. */
  #model?: MapView;

  readonly #graphOf = memo((story: Story) => {
    const graph = buildGraph(story.actors, story.relations, story.mainActor);
    return { graph, plan: plan(graph.nodes.length, graph.links.length) };
  });

  readonly #namesOf = memo((story: Story, locale: string) => {
    const pick = (t: Parameters<typeof pickText>[0]) => pickText(t, locale, story.lang);
    return new Map(story.actors.map((a) => [a.id, { short: pick(a.shortName ?? a.name), full: pick(a.name) }]));
  });

  /** Positions for a box; a resize starts from the last positions of the same graph, so the map does not reshuffle. */
  readonly #layoutOf = memo((graph: Graph, width: number, dir: Direction) => {
    const previous = this.#model?.graph === graph ? this.#model.layout : undefined;
    const height = mapHeight(width, graph.nodes.length);
    return layoutGraph(graph, { width, height, rtl: dir === 'rtl', previous });
  });

  constructor() {
    super();
    this.i18n.use(actorMapMessages, vocabulary);
  }

  /** The focused actor, when it is one of the story's. */
  get #focused(): string | undefined {
    return this.focusActor && this.#model?.names.has(this.focusActor) ? this.focusActor : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { story } = this.loader;
    if (!story) return;
    const { graph, plan: p } = this.#graphOf(story);
    if (graph !== this.#model?.graph) this.#roving.current = undefined;
    const names = this.#namesOf(story, this.locale);
    const layout = this.#layoutOf(graph, this.#size.measure() || 640, this.direction);
    const focused = this.focusActor && names.has(this.focusActor) ? this.focusActor : undefined;
    const roving = this.#roving;
    if (changed.has('focusActor') && focused) roving.current = focused;
    if (!roving.current || !names.has(roving.current)) {
      roving.current =
        focused ?? (story.mainActor && names.has(story.mainActor) ? story.mainActor : story.actors[0]?.id);
    }
    this.#model = {
      story,
      graph,
      plan: p,
      layout,
      names,
      m: this.i18n.words(actorMapMessages),
      voc: this.i18n.words(vocabulary),
      core: this.i18n.messages,
      locale: this.locale,
      dir: this.direction,
      focused,
      current: roving.current,
      table: this.view === 'table',
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const v = this.#model;
    if (v && !v.table && this.loader.story) placeTexts(this.renderRoot, v.graph, v.plan, v.layout);
  }

  readonly #onKey = (e: KeyboardEvent): void => {
    const g = (e.target as Element).closest<SVGGElement>('[part~="node"]');
    if (!g || e.altKey || e.ctrlKey || e.metaKey) return;
    const id = g.dataset['id']!;
    const way = WAYS[e.key];
    if (way) {
      // positions are what the reader sees (mirrored in RTL), so ArrowLeft goes to the node on the left
      const next = nearest(this.#model!.layout.pos, id, way);
      if (next) void this.#roving.focus(next);
    } else if (e.key === 'Enter' || e.key === ' ') this.#roving.select(id);
    else if (e.key === 'Escape' && this.#focused) this.#roving.select(null);
    else if (e.key === 'Home' || e.key === 'End') {
      const nodes = this.#model!.graph.nodes;
      void this.#roving.focus(nodes[e.key === 'Home' ? 0 : nodes.length - 1]!.id);
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
  };

  protected override renderStory(story: Story): unknown {
    const map = renderActorMap(this.#model!, this.#actions);
    return story.actors.length ? html`${map}${this.#roving.liveRegion()}` : map;
  }
}
