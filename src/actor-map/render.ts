/**
 * The actor map's templates, as functions of its view model: the map (links,
 * nodes, legend), the focused actor's panel, the table of relations.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatList, formatNumber, formatStoryDate } from '../core/format.js';
import type { Direction } from '../core/locale.js';
import { fill, type CoreMessages } from '../i18n/index.js';
import type { Vocabulary } from '../i18n/vocabulary.js';
import { indexStory } from '../story/derive.js';
import { pickText, type PickedText } from '../story/text.js';
import { ACTOR_KINDS } from '../story/schema.js';
import type { ActorKind, Relation, Story, Text } from '../story/types.js';
import { neighbours, type Graph, type GraphLink, type Plan } from './graph.js';
import type { LayoutResult } from './force.js';
import { linkShape, shapePath, textDir } from './shapes.js';
import type { ActorMapMessages } from './messages.js';

/** An actor's names in the reader's language: the short one for tight labels. */
export interface Names {
  short: PickedText;
  full: PickedText;
}

/** Everything the templates read. */
export interface MapView {
  story: Story;
  graph: Graph;
  plan: Plan;
  layout: LayoutResult;
  names: ReadonlyMap<string, Names>;
  m: ActorMapMessages;
  voc: Vocabulary;
  core: CoreMessages;
  locale: string;
  dir: Direction;
  /** The selected actor, when it is one of the story's. */
  focused?: string;
  /** The actor the keyboard is on. */
  current?: string;
  table: boolean;
}

/** What the reader can do. */
export interface MapActions {
  keydown: (e: KeyboardEvent) => void;
  focusin: (e: FocusEvent) => void;
  click: (e: MouseEvent) => void;
  toggle: () => void;
  clear: () => void;
}

/** Fills `{name}` placeholders without bidi isolates: for accessible names and short labels. */
export const put = (template: string, params: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');

export function name(v: MapView, id: string, short = false): PickedText {
  const n = v.names.get(id);
  return n ? (short ? n.short : n.full) : { value: id, lang: v.locale, fallback: false };
}

/** A node's accessible name starts with the words it shows (the short name), then the full name. */
export function nodeLabel(v: MapView, id: string, kind: ActorKind, degree: number): string {
  const short = name(v, id, true).value;
  const full = name(v, id).value;
  return put(v.m.node, {
    name: short === full ? full : `${short} (${full})`,
    kind: v.voc.actorKinds[kind],
    n: formatNumber(degree, v.locale),
  });
}

export function renderActorMap(v: MapView, on: MapActions): TemplateResult {
  const { m, graph: g } = v;
  if (!v.story.actors.length) return html`<p part="note" class="note">${m.empty}</p>`;
  const isolated = g.isolated.map((id) => name(v, id).value);
  return html`<div class="bar">
      <button part="toggle" type="button" aria-pressed=${v.table} @click=${on.toggle}>${m.table}</button>
    </div>
    ${v.table ? renderTable(v) : renderMap(v, on)}
    ${isolated.length ? html`<p part="note" class="note">${m.isolated} ${formatList(isolated, v.locale)}</p>` : nothing}
    ${v.focused ? renderDetails(v, v.focused, on) : nothing}`;
}

function renderMap(v: MapView, on: MapActions): TemplateResult {
  const { m, graph: g, plan: p, focused: f } = v;
  const { pos, width, height } = v.layout;
  const near = f ? neighbours(g.links, f) : undefined;
  const kinds = ACTOR_KINDS.filter((k) => g.nodes.some((n) => n.kind === k));
  const counts = {
    actors: formatNumber(g.nodes.length, v.locale),
    relations: formatNumber(v.story.relations.length, v.locale),
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
      @keydown=${on.keydown}
      @focusin=${on.focusin}
      @click=${on.click}
    >
      <g aria-hidden="true">${g.links.map((l) => renderLink(v, l))}</g>
      <g>
        ${g.nodes.map((n) => {
          const at = pos.get(n.id)!;
          const r = n.main ? p.r * 1.35 : p.r;
          const label = name(v, n.id, true);
          const on = n.id === f;
          const showLabel = p.nodeLabels || near?.has(n.id) || n.id === v.current;
          return svg`<g
            part="node"
            class="node k-${n.kind} ${on ? 'on' : ''} ${near && !near.has(n.id) ? 'dim' : ''}"
            data-id=${n.id}
            role="button"
            tabindex=${n.id === v.current ? 0 : -1}
            aria-pressed=${on ? 'true' : 'false'}
            aria-label=${nodeLabel(v, n.id, n.kind, n.degree)}
            transform="translate(${Math.round(at.x)},${Math.round(at.y)})"
          >
            <circle class="ring" r=${r + 5}></circle>
            <path class="shape" d=${shapePath(n.kind, r)}></path>
            ${
              showLabel
                ? svg`<text class="name" y=${r + 14} lang=${label.lang} direction=${textDir(label.value)}>${label.value}</text>`
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
            >${v.voc.actorKinds[k]}
          </li>`,
      )}
    </ul>`;
}

function renderLink(v: MapView, l: GraphLink) {
  const { pos } = v.layout;
  const { m, plan: p, focused: f } = v;
  const s = linkShape(pos.get(l.from)!, pos.get(l.to)!, p.r, l.both, l.loop);
  const touches = f !== undefined && (l.from === f || l.to === f);
  const first = l.relations[0]!;
  const words = l.kinds.map((k) => v.voc.relationKinds[k]).join(' / ');
  const more = l.relations.length > 1 ? ` ${put(m.times, { n: formatNumber(l.relations.length, v.locale) })}` : '';
  const year =
    l.relations.length === 1 && first.date ? `${m.sep}${formatStoryDate(first.date.slice(0, 4), v.locale)}` : '';
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
        ? svg`<text class="rel" x=${Math.round(s.label.x)} y=${Math.round(s.label.y)} direction=${v.dir}>${words}${more}${year}</text>`
        : nothing
    }
  </g>`;
}

/** A relation as a sentence: "La Quadrature du Net → complained to → CNIL, 28 May 2018". */
function sentence(v: MapView, r: Relation): TemplateResult {
  const { m } = v;
  const part = (id: string) => {
    const t = name(v, id);
    return html`<bdi lang=${t.lang}>${t.value}</bdi>`;
  };
  return html`${part(r.from)} ${m.arrow} ${v.voc.relationKinds[r.kind]} ${m.arrow}
  ${part(r.to)}${r.date ? html`${m.sep}<time datetime=${r.date}>${formatStoryDate(r.date, v.locale)}</time>` : nothing}`;
}

/** Links to sources by id, named by their publisher (the title is the link's tooltip). */
function links(v: MapView, ids: readonly string[] | undefined): TemplateResult[] {
  const { sources } = indexStory(v.story);
  const list = (ids ?? []).map((id) => sources.get(id)).filter((s) => s !== undefined);
  return list.map(
    (s, i) =>
      html`${i ? v.m.sep : ''}<a
          href=${s.url}
          rel="noopener noreferrer"
          hreflang=${s.lang ?? nothing}
          title=${pickText(s.title, v.locale, v.story.lang).value}
          >${s.publisher}</a
        >`,
  );
}

function renderSources(v: MapView, ids: readonly string[] | undefined): unknown {
  const list = links(v, ids);
  return list.length ? html`<p class="sources">${v.core.sources}: ${list}</p>` : nothing;
}

function renderDetails(v: MapView, id: string, on: MapActions): TemplateResult {
  const { m, story } = v;
  const actor = indexStory(story).actors.get(id)!;
  const title = name(v, id);
  const text = (t: Text) => pickText(t, v.locale, story.lang);
  const role = actor.role && text(actor.role);
  const rels = story.relations.filter((r) => r.from === id || r.to === id);
  return html`<section part="details" class="details" aria-labelledby="details-name">
    <h3 id="details-name" lang=${title.lang}>${title.value}</h3>
    <button class="close" type="button" aria-label=${m.close} @click=${on.clear}>×</button>
    <p class="kind">${v.voc.actorKinds[actor.kind]}</p>
    ${role ? html`<p lang=${role.lang}>${role.value}</p>` : nothing}${renderSources(v, actor.sources)}
    ${
      rels.length
        ? html`<h4>${m.relations}</h4>
            <ul>
              ${rels.map((r) => {
                const label = r.label && text(r.label);
                const note = r.note && text(r.note);
                return html`<li>
                  <p class="sentence">${sentence(v, r)}</p>
                  ${label ? html`<p class="wording" lang=${label.lang}>${name(v, r.from).value} ${label.value} ${name(v, r.to).value}</p>` : nothing}${
                    note ? html`<p class="wording" lang=${note.lang}>${note.value}</p>` : nothing
                  }${renderSources(v, r.sources)}
                </li>`;
              })}
            </ul>`
        : nothing
    }
  </section>`;
}

function renderTable(v: MapView): TemplateResult {
  const { m } = v;
  const cell = (id: string) => {
    const t = name(v, id);
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
          <th scope="col">${v.core.sources}</th>
        </tr>
      </thead>
      <tbody>
        ${v.story.relations.map(
          (r) =>
            html`<tr data-id=${r.id}>
              ${cell(r.from)}
              <td>${v.voc.relationKinds[r.kind]}</td>
              ${cell(r.to)}
              <td>${r.date ? html`<time datetime=${r.date}>${formatStoryDate(r.date, v.locale)}</time>` : nothing}</td>
              <td>${links(v, r.sources)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
