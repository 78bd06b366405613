/**
 * The timeline's templates, as functions of its view model: the controls,
 * the horizontal plot (eras, axis, bars, markers and clusters), the vertical
 * list a page at a time (the selected event's details are `details.ts`'s).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { styled } from '../core/styled.js';
import { dateFormat, formatNumber } from '../core/format.js';
import { fill } from '../i18n/index.js';
import type { Era } from '../story/types.js';
import { eraSpan } from './layout.js';
import {
  CLUSTER,
  ERA,
  LANE,
  LANES_H,
  MARKER,
  PLOT_H,
  indexOf,
  type Frame,
  type Item,
  type TimelineActions,
  type TimelineView,
} from './model.js';
import { renderDetails } from './details.js';
import { dateText, langOf, text } from './text.js';

/** Events per page of the vertical list. */
export const PAGE = 50;

const TICKS = {
  year: { year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
} as const;

export function renderTimeline(v: TimelineView, on: TimelineActions): TemplateResult {
  const { m } = v;
  const zoom = (label: string, glyph: string, act: () => void) =>
    html`<button aria-label=${label} @click=${act}>${glyph}</button>`;
  return html`<div class="controls" part="controls">
      <input
        type="search"
        part="filter"
        aria-label=${m.filter}
        placeholder=${m.filter}
        .value=${v.filter}
        @input=${on.filter}
      />${
        v.frame
          ? [
              zoom(m.zoomOut, '−', () => on.zoomBy(0.5)),
              zoom(m.zoomIn, '+', () => on.zoomBy(2)),
              zoom(m.reset, '↔', on.reset),
            ]
          : nothing
      }
    </div>
    ${v.frame ? renderPlot(v, v.frame, on) : renderList(v, on)}
    ${v.list.length ? nothing : html`<p class="empty">${m.none}</p>`}`;
}

function renderPlot(v: TimelineView, { s, units, ticks }: Frame, on: TimelineActions): TemplateResult {
  const { width: w, rtl, locale, list, m } = v;
  const g = on.gestures;
  const story = v.prep.story;
  // through the CSSOM (see styled), which a strict CSP allows, unlike a style attribute
  const at = (pos: number, y: number, more: Record<string, string> = {}) =>
    styled({ transform: `translate(${rtl ? -pos : pos}px,${y}px)`, ...more });
  const phys = (a: number, b: number) => (rtl ? w - b : a);
  const eras = (story.eras ?? []).map((era) => eraSpan(era, Date.now()).map(s.pos) as [number, number]);
  const y0 = ERA + LANES_H;
  const n = indexOf(v, v.current);
  const stop = units.find((u) => n >= u.first && n <= u.last) ?? units[0];
  const selected = v.prep.byId.get(v.selected!);
  const sn = indexOf(v, v.selected);
  // the SVG draws bands, axis, bars and brackets; markers are HTML buttons over it
  return html`<div
      class="plot"
      part="plot"
      data-style=${styled({ 'block-size': `${PLOT_H}px` })}
      @wheel=${g.wheel}
      @pointerdown=${g.down}
      @pointermove=${g.move}
      @pointerup=${g.up}
      @pointercancel=${g.up}
      @click=${g.click}
      @keydown=${on.keydown}
      @focusin=${on.focusin}
    >
      <svg width=${w} height=${PLOT_H} aria-hidden="true">
        ${eras.map(([a, b]) => svg`<rect part="era" class="era" x=${phys(a, b)} width=${b - a} height=${y0}></rect>`)}
        <g part="axis" class="axis">
          <line x2=${w} y1=${y0} y2=${y0}></line>
          ${ticks.map(({ t, unit }) => {
            const x = s.x(t);
            // a label cut by the edge would misread ("016")
            return x < 24 || x > w - 24
              ? nothing
              : svg`<line x1=${x} x2=${x} y1=${y0} y2=${y0 + 6}></line><text x=${x} y=${y0 + 21}>${dateFormat(locale, TICKS[unit]).format(t)}</text>`;
          })}
        </g>
        ${units.map((u) => {
          const it = list[u.first]!;
          const y = ERA + u.lane * LANE + (LANE - MARKER) / 2;
          const a = s.pos(it.start);
          const b = s.pos(it.end);
          // a span's bar; the period that a year or month date covers, bracketed
          return u.n > 1
            ? nothing
            : it.event.end
              ? svg`<rect class="bar" x=${phys(a, b)} y=${y + 7} width=${b - a} height="6" rx="3"></rect>`
              : it.event.date.length < 10 && b - a > MARKER
                ? svg`<path class="bracket" d="M${phys(a, b)},${y + MARKER}v3h${b - a}v-3"></path>`
                : nothing;
        })}
      </svg>
      ${(story.eras ?? []).map((era, k) => {
        const [a, b] = eras[k]!;
        const from = Math.max(a, 0) + 4;
        // up to the era's end, the plot's edge or the next era's start
        const room = Math.min(b, w, ...eras.map(([a2]) => (a2 > a ? a2 : w))) - from - 4;
        const t = text(v, era.title);
        return room < 40
          ? nothing
          : html`<span
              class="pin era-label"
              part="era-label"
              lang=${langOf(t)}
              data-style=${at(from, 4, { 'max-inline-size': `${room}px` })}
              >${t.value}${era.end ? '' : ` (${m.ongoing})`}</span
            >`;
      })}
      <ol aria-label=${m.events}>
        ${units.map((u) => {
          if (u.n < 2) {
            return html`<li class="pin" data-style=${at(u.pos - MARKER / 2, ERA + u.lane * LANE + (LANE - MARKER) / 2)}>
              ${renderEvent(v, on, list[u.first]!, u.first, u === stop, Math.min(u.label, w - u.pos - 14))}
            </li>`;
          }
          return html`<li class="pin" data-style=${at(u.pos - CLUSTER / 2, ERA, { 'block-size': `${LANES_H}px` })}>
            <button
              part="cluster"
              class="cluster ${sn >= u.first && sn <= u.last ? 'on' : ''}"
              data-i=${u.first}
              data-j=${u.last}
              tabindex=${u === stop ? 0 : -1}
              aria-label=${fill(m.cluster, { n: formatNumber(u.n, locale), dates: dateFormat(locale, TICKS.month).formatRange(list[u.first]!.t, list[u.last]!.t) })}
              @click=${() => on.zoomInto(u)}
            >
              ${formatNumber(u.n, locale, { notation: 'compact' })}
            </button>
          </li>`;
        })}
      </ol>
    </div>
    ${selected ? renderDetails(v, on, selected.event) : nothing}`;
}

/** An event's button: a marker and a label of `label` px (0: no room) in the plot, a dated row in the list. */
function renderEvent(v: TimelineView, on: TimelineActions, it: Item, n: number, tab: boolean, label?: number) {
  const e = it.event;
  const row = label === undefined;
  const date = dateText(e, v.locale);
  const selected = e.id === v.selected;
  const { sep } = v.m;
  return html`<button
    part="event"
    class="event i${e.importance ?? 2} ${e.dateNote ? 'uncertain' : ''}"
    data-id=${e.id}
    data-i=${n}
    data-j=${n}
    tabindex=${tab ? 0 : -1}
    aria-current=${selected ? 'true' : nothing}
    aria-expanded=${row ? String(selected) : nothing}
    @click=${() => on.pick(e.id)}
  >
    <span class="dot"></span>${row ? html`<time datetime=${e.date}>${date}</time>` : nothing}<span
      class=${row || label > 30 ? 'label' : 'visually-hidden'}
      data-style=${styled(label! > 30 ? { 'max-inline-size': `${label}px` } : {})}
      lang=${langOf(it.title)}
      >${it.title.value}</span
    ><span class="visually-hidden"
      >${row ? '' : `${sep}${date}`}${e.dateNote ? `${sep}${v.core.disputedDate}` : ''}</span
    >
  </button>`;
}

/** The vertical list, a page at a time; eras shade their events and are named at their first. */
function renderList(v: TimelineView, on: TimelineActions): TemplateResult {
  const { list, locale, m } = v;
  const eras = v.prep.story.eras ?? [];
  const page = v.page < list.length ? v.page : 0;
  const end = Math.min(page + PAGE, list.length);
  const n = indexOf(v, v.current);
  const stop = n >= page && n < end ? n : page;
  const now = Date.now();
  let shown: Era | undefined;
  const more = (label: string, count: number, to: number) =>
    html`<button class="more" @click=${() => on.go(to)}>${fill(label, { n: formatNumber(count, locale) })}</button>`;
  return html`${page ? more(m.earlier, page, page - 1) : nothing}
    <ol class="list" part="list" aria-label=${m.events} @keydown=${on.keydown} @focusin=${on.focusin}>
      ${list.slice(page, end).map((it, k) => {
        const era = eras.find((e) => {
          const [a, b] = eraSpan(e, now);
          return it.t >= a && it.t < b;
        });
        const caption = era && era !== shown ? text(v, era.title) : undefined;
        shown = era;
        return html`<li class=${era ? 'in-era' : ''}>
          ${
            caption
              ? html`<p class="era-tag" part="era" lang=${langOf(caption)}>
                  ${caption.value}${era!.end ? '' : ` (${m.ongoing})`}
                </p>`
              : nothing
          }${renderEvent(v, on, it, page + k, page + k === stop)}${it.event.id === v.selected ? renderDetails(v, on, it.event) : nothing}
        </li>`;
      })}
    </ol>
    ${end < list.length ? more(m.later, list.length - end, end) : nothing}`;
}
