import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { FineElement } from '../core/fine-element.js';
import { baseStyles } from '../core/styles.js';
import { formatList, formatNumber, formatStoryDate } from '../core/format.js';
import { coreMessages, fill, packMessages, type WordTable } from '../i18n/index.js';
import { vocabulary } from '../i18n/vocabulary.js';
import { indexStory } from '../story/derive.js';
import { pickText, type PickedText } from '../story/text.js';
import { ACTOR_KINDS } from '../story/schema.js';
import type { Relation, Story } from '../story/types.js';
import {
  buildGraph,
  labelRoom,
  layoutGraph,
  linkShape,
  mapHeight,
  nearest,
  neighbours,
  placeLinkLabels,
  plan,
  shapePath,
  textDir,
  type Graph,
  type GraphLink,
  type LayoutResult,
  type Plan,
  type Rect,
  type Way,
} from './layout.js';
import { actorMapMessages } from './messages.js';
import { actorMapStyles } from './styles.js';

interface Names {
  /** For tight labels: the short name when there is one. */
  short: PickedText;
  full: PickedText;
}

/** Fills `{name}` placeholders without bidi isolates: for accessible names and short labels. */
const put = (template: string, params: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');

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
    current: { state: true },
    said: { state: true },
  };

  /** Id of the actor in focus (reflected as `focus`): it, its neighbours and their links are highlighted and its relations shown. Setting it from the page fires no event; an unknown id is ignored. */
  focusActor?: string;

  /** `map` (default) or `table`: every relation as rows. The toggle button switches it. */
  view: 'map' | 'table' = 'map';

  /** The actor the keyboard is on: the roving tab stop. */
  private current?: string;
  /** What the live region says. */
  private said = '';

  private size = new ResizeObserver(() => requestAnimationFrame(() => this.requestUpdate()));
  private graph?: Graph;
  private graphFor?: Story;
  private plan?: Plan;
  private names = new Map<string, Names>();
  private namesFor: unknown[] = [];
  private layout?: LayoutResult;
  private layoutFor: unknown[] = [];

  protected override get wordTables(): readonly WordTable[] {
    return [actorMapMessages, vocabulary];
  }

  private get m() {
    return packMessages(actorMapMessages, this.locale);
  }

  private get voc() {
    return packMessages(vocabulary, this.locale);
  }

  /** The focused actor, when it is one of the story's. */
  private get focused(): string | undefined {
    return this.focusActor && this.names.has(this.focusActor) ? this.focusActor : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.size.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.size.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const story = this.data;
    if (!story) return;
    if (this.graphFor !== story) {
      this.graphFor = story;
      this.graph = buildGraph(story.actors, story.relations, story.mainActor);
      this.plan = plan(this.graph.nodes.length, this.graph.links.length);
      this.layout = undefined;
      this.current = undefined;
    }
    if (this.namesFor[0] !== story || this.namesFor[1] !== this.locale) {
      this.namesFor = [story, this.locale];
      const pick = (t: Parameters<typeof pickText>[0]) => pickText(t, this.locale, story.lang);
      this.names = new Map(story.actors.map((a) => [a.id, { short: pick(a.shortName ?? a.name), full: pick(a.name) }]));
    }
    const width = this.clientWidth || 640;
    const key = [this.graph, width, this.direction];
    if (key.some((v, i) => v !== this.layoutFor[i])) {
      this.layoutFor = key;
      const height = mapHeight(width, this.graph!.nodes.length);
      this.layout = layoutGraph(this.graph!, { width, height, rtl: this.direction === 'rtl', previous: this.layout });
    }
    if (changed.has('focusActor') && this.focused) this.current = this.focused;
    if (!this.current || !this.names.has(this.current)) {
      this.current =
        this.focused ?? (story.mainActor && this.names.has(story.mainActor) ? story.mainActor : story.actors[0]?.id);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.placeTexts();
  }

  /**
   * Moves the map's words where they can be read, measured after each render
   * (their widths depend on the host's font): a name near the map's edge
   * slides along its line until the edge no longer cuts it; link labels that
   * would cover one another, an actor or a name slide along their links, or
   * hide when there is no room (the relation stays in the actor's panel and
   * the table), but the focused actor's relations always show. Set as SVG
   * attributes, which a strict CSP allows.
   */
  private placeTexts(): void {
    const { layout, graph, plan: p } = this;
    if (!layout || !graph || !p) return;
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
    for (const name of this.renderRoot.querySelectorAll<SVGTextElement>('text.name')) {
      const at = layout.pos.get((name.parentNode as Element).getAttribute('data-id')!)!;
      name.removeAttribute('x');
      const b = box(name, Math.round(at.x), Math.round(at.y));
      const right = b.x + b.w - layout.width;
      const shift = b.x < 1 ? Math.ceil(1 - b.x) : right > -1 ? Math.floor(-1 - right) : 0;
      if (shift) name.setAttribute('x', String(shift));
      obstacles.push({ ...b, x: b.x + shift });
    }
    const items = [...this.renderRoot.querySelectorAll<SVGTextElement>('text.rel')].map((text) => {
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

  private name(id: string, short = false): PickedText {
    const n = this.names.get(id);
    return n ? (short ? n.short : n.full) : { value: id, lang: this.locale, fallback: false };
  }

  /** Selects an actor (null clears) as the reader did: fires `fine-select`. */
  private pick(id: string | null): void {
    if (id === (this.focused ?? null)) return;
    this.focusActor = id ?? undefined;
    if (id) this.current = id;
    this.emit('fine-select', { id });
    const node = id ? this.graph!.nodes.find((n) => n.id === id) : undefined;
    this.said = node ? put(this.m.node, this.nodeParams(node.id, node.kind, node.degree)) : '';
  }

  /** A node's accessible name starts with the words it shows (the short name), then the full name. */
  private nodeParams(id: string, kind: keyof typeof this.voc.actorKinds, degree: number) {
    const short = this.name(id, true).value;
    const full = this.name(id).value;
    const name = short === full ? full : `${short} (${full})`;
    return { name, kind: this.voc.actorKinds[kind], n: formatNumber(degree, this.locale) };
  }

  private async moveTo(id: string): Promise<void> {
    this.current = id;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`[part~="node"][data-id="${id}"]`)?.focus();
  }

  private onKey = (e: KeyboardEvent): void => {
    const g = (e.target as Element).closest<SVGGElement>('[part~="node"]');
    if (!g || e.altKey || e.ctrlKey || e.metaKey) return;
    const id = g.dataset['id']!;
    const way = WAYS[e.key];
    if (way) {
      // positions are what the reader sees (mirrored in RTL), so ArrowLeft goes to the node on the left
      const next = nearest(this.layout!.pos, id, way);
      if (next) void this.moveTo(next);
    } else if (e.key === 'Enter' || e.key === ' ') this.pick(id);
    else if (e.key === 'Escape' && this.focused) this.pick(null);
    else if (e.key === 'Home' || e.key === 'End') {
      const nodes = this.graph!.nodes;
      void this.moveTo(nodes[e.key === 'Home' ? 0 : nodes.length - 1]!.id);
    } else return;
    e.preventDefault();
  };

  /** A node focused by Tab or a click becomes the keyboard's position. */
  private onFocus = (e: FocusEvent): void => {
    const id = (e.target as Element).closest<SVGGElement>('[part~="node"]')?.dataset['id'];
    if (id) this.current = id;
  };

  private onClick = (e: MouseEvent): void => {
    const id = (e.target as Element).closest<SVGGElement>('[part~="node"]')?.dataset['id'];
    if (id) this.pick(id);
  };

  private toggleView(): void {
    this.view = this.view === 'table' ? 'map' : 'table';
  }

  protected override renderStory(story: Story): unknown {
    const m = this.m;
    if (!story.actors.length) return html`<p part="note" class="note">${m.empty}</p>`;
    const table = this.view === 'table';
    const g = this.graph!;
    const isolated = g.isolated.map((id) => this.name(id).value);
    return html`<div class="bar">
        <button part="toggle" type="button" aria-pressed=${table} @click=${this.toggleView}>${m.table}</button>
      </div>
      ${table ? this.renderTable(story) : this.renderMap(g)}
      ${
        isolated.length
          ? html`<p part="note" class="note">${m.isolated} ${formatList(isolated, this.locale)}</p>`
          : nothing
      }
      ${this.focused ? this.renderDetails(story, this.focused) : nothing}
      <div class="visually-hidden" role="status">${this.said}</div>`;
  }

  private renderMap(g: Graph): TemplateResult {
    const m = this.m;
    const { pos, width, height } = this.layout!;
    const p = this.plan!;
    const f = this.focused;
    const near = f ? neighbours(g.links, f) : undefined;
    const kinds = ACTOR_KINDS.filter((k) => g.nodes.some((n) => n.kind === k));
    const counts = {
      actors: formatNumber(g.nodes.length, this.locale),
      relations: formatNumber(this.data!.relations.length, this.locale),
    };
    return html`${p.nodeLabels ? nothing : html`<p part="note" class="note">${fill(m.large, { n: counts.actors })}</p>`}
      <svg
        part="map"
        role="group"
        tabindex="-1"
        aria-label=${put(m.map, counts)}
        aria-describedby="hint"
        viewBox="0 0 ${width} ${height}"
        width=${width}
        height=${height}
        @keydown=${this.onKey}
        @focusin=${this.onFocus}
        @click=${this.onClick}
      >
        <g aria-hidden="true">${g.links.map((l) => this.renderLink(l, p, f))}</g>
        <g>
          ${g.nodes.map((n) => {
            const at = pos.get(n.id)!;
            const r = n.main ? p.r * 1.35 : p.r;
            const label = this.name(n.id, true);
            const on = n.id === f;
            const showLabel = p.nodeLabels || near?.has(n.id) || n.id === this.current;
            return svg`<g
              part="node"
              class="node k-${n.kind} ${on ? 'on' : ''} ${near && !near.has(n.id) ? 'dim' : ''}"
              data-id=${n.id}
              role="button"
              tabindex=${n.id === this.current ? 0 : -1}
              aria-pressed=${on ? 'true' : 'false'}
              aria-label=${put(m.node, this.nodeParams(n.id, n.kind, n.degree))}
              transform="translate(${Math.round(at.x)},${Math.round(at.y)})"
            >
              <circle class="ring" r=${r + 5}></circle>
              <path class="shape" d=${shapePath(n.kind, r)}></path>
              ${
                showLabel
                  ? svg`<text class="name" y=${r + 14} lang=${label.lang} direction=${textDir(label.value)}
                      >${label.value}</text
                    >`
                  : nothing
              }
            </g>`;
          })}
        </g>
      </svg>
      <p id="hint" class="hint">${m.hint}</p>
      <ul part="legend" class="legend" aria-label=${m.legend}>
        ${kinds.map(
          (k) =>
            html`<li>
              <svg class="k-${k}" viewBox="-9 -9 18 18" width="18" height="18" aria-hidden="true">
                <path class="shape" d=${shapePath(k, 6.5)}></path></svg
              >${this.voc.actorKinds[k]}
            </li>`,
        )}
      </ul>`;
  }

  private renderLink(l: GraphLink, p: Plan, f: string | undefined) {
    const { pos } = this.layout!;
    const a = pos.get(l.from)!;
    const b = pos.get(l.to)!;
    const s = linkShape(a, b, p.r, l.both, l.loop);
    const touches = f !== undefined && (l.from === f || l.to === f);
    const first = l.relations[0]!;
    const words = l.kinds.map((k) => this.voc.relationKinds[k]).join(' / ');
    const more =
      l.relations.length > 1 ? ` ${put(this.m.times, { n: formatNumber(l.relations.length, this.locale) })}` : '';
    const year =
      l.relations.length === 1 && first.date
        ? `${this.m.sep}${formatStoryDate(first.date.slice(0, 4), this.locale)}`
        : '';
    return svg`<g
      part="link"
      class="link ${touches ? 'on' : f ? 'dim' : ''}"
      data-from=${l.from}
      data-to=${l.to}
      data-count=${l.relations.length}
    >
      <path class="line" d=${s.d}></path>
      <path class="head" d=${s.arrow}></path>
      ${
        p.linkLabels || touches
          ? svg`<text class="rel" x=${Math.round(s.label.x)} y=${Math.round(s.label.y)} direction=${this.direction}
              >${words}${more}${year}</text
            >`
          : nothing
      }
    </g>`;
  }

  /** A relation as a sentence: "La Quadrature du Net → complained to → CNIL, 28 May 2018". */
  private sentence(r: Relation): TemplateResult {
    const m = this.m;
    const part = (id: string) => {
      const t = this.name(id);
      return html`<bdi lang=${t.lang}>${t.value}</bdi>`;
    };
    return html`${part(r.from)} ${m.arrow} ${this.voc.relationKinds[r.kind]} ${m.arrow}
    ${part(r.to)}${
      r.date ? html`${m.sep}<time datetime=${r.date}>${formatStoryDate(r.date, this.locale)}</time>` : nothing
    }`;
  }

  /** Links to sources by id, named by their publisher (the title is the link's tooltip). */
  private links(ids: readonly string[] | undefined): TemplateResult[] {
    const { sources } = indexStory(this.data!);
    const list = (ids ?? []).map((id) => sources.get(id)).filter((s) => s !== undefined);
    return list.map(
      (s, i) =>
        html`${i ? this.m.sep : ''}<a
            href=${s.url}
            rel="noopener noreferrer"
            hreflang=${s.lang ?? nothing}
            title=${pickText(s.title, this.locale, this.data!.lang).value}
            >${s.publisher}</a
          >`,
    );
  }

  private renderSources(ids: readonly string[] | undefined): unknown {
    const links = this.links(ids);
    return links.length ? html`<p class="sources">${coreMessages(this.locale).sources}: ${links}</p>` : nothing;
  }

  private renderDetails(story: Story, id: string): TemplateResult {
    const m = this.m;
    const actor = indexStory(story).actors.get(id)!;
    const name = this.name(id);
    const text = (t: Parameters<typeof pickText>[0]) => pickText(t, this.locale, story.lang);
    const role = actor.role && text(actor.role);
    const rels = story.relations.filter((r) => r.from === id || r.to === id);
    return html`<section part="details" class="details" aria-labelledby="details-name">
      <h3 id="details-name" lang=${name.lang}>${name.value}</h3>
      <button class="close" type="button" aria-label=${m.close} @click=${() => this.pick(null)}>×</button>
      <p class="kind">${this.voc.actorKinds[actor.kind]}</p>
      ${role ? html`<p lang=${role.lang}>${role.value}</p>` : nothing}${this.renderSources(actor.sources)}
      ${
        rels.length
          ? html`<h4>${m.relations}</h4>
              <ul>
                ${rels.map((r) => {
                  const label = r.label && text(r.label);
                  const wording = label && `${this.name(r.from).value} ${label.value} ${this.name(r.to).value}`;
                  const note = r.note && text(r.note);
                  return html`<li>
                    <p class="sentence">${this.sentence(r)}</p>
                    ${label ? html`<p class="wording" lang=${label.lang}>${wording}</p>` : nothing}${
                      note ? html`<p class="wording" lang=${note.lang}>${note.value}</p>` : nothing
                    }${this.renderSources(r.sources)}
                  </li>`;
                })}
              </ul>`
          : nothing
      }
    </section>`;
  }

  private renderTable(story: Story): TemplateResult {
    const m = this.m;
    const cell = (id: string) => {
      const t = this.name(id);
      return html`<td lang=${t.lang}>${t.value}</td>`;
    };
    return html`<div class="scroll">
      <table part="table">
        <caption>
          ${m.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.from}</th>
            <th scope="col">${m.relation}</th>
            <th scope="col">${m.to}</th>
            <th scope="col">${m.date}</th>
            <th scope="col">${coreMessages(this.locale).sources}</th>
          </tr>
        </thead>
        <tbody>
          ${story.relations.map(
            (r) =>
              html`<tr data-id=${r.id}>
                ${cell(r.from)}
                <td>${this.voc.relationKinds[r.kind]}</td>
                ${cell(r.to)}
                <td>
                  ${r.date ? html`<time datetime=${r.date}>${formatStoryDate(r.date, this.locale)}</time>` : nothing}
                </td>
                <td>${this.links(r.sources)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
