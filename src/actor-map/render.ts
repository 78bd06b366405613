/**
 * The actor map's templates, as functions of its view model: the toolbar,
 * the drawing (links, their labels, actors, names, the row of unlinked
 * actors) and its legend. The panel, the list and the table are in `panel.ts`.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatNumber } from '../core/format.js';
import { fill } from '../i18n/index.js';
import { ACTOR_KINDS } from '../story/schema.js';
import { neighbours, type GraphLink } from './graph.js';
import { linksLayer } from './links-layer.js';
import { shapePath } from './shapes.js';
import { isolateLatin, nameLines, textDir } from './text.js';
import { bidi, renderPanel, renderTable } from './panel.js';
import { linkWords, marks, name, nodeLabel, put, type MapActions, type MapView } from './view.js';

export function renderActorMap(v: MapView, on: MapActions): TemplateResult {
  const { m } = v;
  if (!v.story.actors.length) return html`<p part="note" class="note">${m.empty}</p>`;
  const counts = {
    actors: formatNumber(v.story.actors.length, v.locale),
    relations: formatNumber(v.story.relations.length, v.locale),
  };
  const map = !v.table && !v.tooLarge;
  const touch = v.touch ? 'touch' : '';
  return html`<div class="bar ${touch}">
      ${map ? html`<p id="hint" class="hint">${bidi(v.touch ? m.hintTouch : m.hint)}</p>` : nothing}
      ${
        v.tooLarge
          ? nothing
          : html`<button part="toggle" type="button" aria-pressed=${v.table} @click=${on.toggle}>${m.table}</button>`
      }
    </div>
    ${v.tooLarge ? html`<p part="note" class="note" role="note">${fill(m.tooLarge, counts)}</p>` : nothing}
    ${map ? renderMap(v, on, counts) : renderTable(v, on)}
    ${map && (v.focused || v.phone) ? renderPanel(v, on) : nothing} ${map ? renderLegend(v) : nothing}`;
}

function renderMap(v: MapView, on: MapActions, counts: Record<string, string>): TemplateResult {
  const { m, graph: g, plan: p, focused: f, layout } = v;
  const near = f ? neighbours(g.links, f) : undefined;
  const drawn = marks(g, layout, p);
  // the words that are drawn, and no empty place for the others: a large network labels
  // a few of its thousand links, and an empty place in a template list still costs its markers
  return html`${p.nodeLabels ? nothing : html`<p part="note" class="note">${fill(m.large, { n: counts.actors! })}</p>`}
    <svg
      part="map"
      class=${v.phone ? 'phone' : ''}
      role="group"
      tabindex="-1"
      aria-label=${put(m.map, counts)}
      aria-describedby="hint"
      viewBox="0 0 ${layout.width} ${layout.height}"
      width=${layout.width}
      height=${layout.height}
      @keydown=${on.keydown}
      @focusin=${on.focusin}
      @click=${on.click}
    >
      ${linksLayer(g.links, v.shapes, f)}
      <g aria-hidden="true">${g.links.map((l, i) => renderLinkLabel(v, l, i)).filter((t) => t !== nothing)}</g>
      ${renderRow(v)}
      <g>
        ${g.nodes.map((n) => {
          const at = drawn.get(n.id);
          if (!at) return nothing;
          const on = n.id === f;
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
            <circle class="hit" r="22"></circle>
            ${on || n.id === v.current ? svg`<circle class="ring" r=${Math.round(at.r * 1.3 + 5)}></circle>` : nothing}
            <path class="shape" d=${shapePath(n.kind, at.r)}></path>
          </g>`;
        })}
      </g>
      <g aria-hidden="true">
        ${g.nodes.filter((n) => drawn.has(n.id) && shows(v, n.id, near)).map((n) => renderName(v, n.id, near))}
      </g>
    </svg>`;
}

/** Whether an actor's name is drawn (then placed, or hidden when it has no room). */
function shows(v: MapView, id: string, near?: Set<string>): boolean {
  return v.plan.nodeLabels || !!near?.has(id) || id === v.current;
}

function renderName(v: MapView, id: string, near?: Set<string>) {
  const label = name(v, id, true);
  const lines = nameLines(label.value, v.phone);
  const dir = textDir(label.value);
  const cls = `name ${id === v.focused ? 'on' : ''} ${near && !near.has(id) ? 'far' : ''}`;
  // the box behind a name, shown when links pass behind it
  const tspans = lines.map(
    (line, i) => svg`<tspan x="0" dy=${i ? '1.2em' : '0'}>${isolateLatin(line, dir === 'rtl')}</tspan>`,
  );
  return svg`<g class="label" data-id=${id}><rect rx="3"></rect><text
      class=${cls}
      lang=${label.lang}
      direction=${dir}
      >${tspans}</text
    ></g>`;
}

function renderLinkLabel(v: MapView, l: GraphLink, i: number) {
  const f = v.focused;
  const touches = f !== undefined && (l.from === f || l.to === f);
  // on a phone the drawing is an overview: the relations are in the list below it
  if (v.phone || (f ? !touches : !v.plan.linkLabels) || !v.shapes[i]!.course.length) return nothing;
  return svg`<g class="rel ${touches ? 'on' : ''}" data-link=${i}>
    <rect rx="3"></rect>
    <text direction=${v.dir}>${isolateLatin(linkWords(v, l))}</text>
  </g>`;
}

/** The row of unlinked actors the story says matter, under its label. */
function renderRow(v: MapView) {
  const { rowTop, width, height } = v.layout;
  if (rowTop >= height) return nothing;
  const x = v.dir === 'rtl' ? width - 8 : 8;
  return svg`<g class="row" aria-hidden="true">
    <line x1="0" x2=${width} y1=${rowTop} y2=${rowTop}></line>
    <text class="row-label" x=${x} y=${rowTop + 18} direction=${v.dir}>${isolateLatin(v.m.isolated)}</text>
  </g>`;
}

function renderLegend(v: MapView): TemplateResult {
  const kinds = ACTOR_KINDS.filter((k) => v.graph.nodes.some((n) => n.kind === k));
  return html`<ul part="legend" class="legend" aria-label=${v.m.legend}>
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
