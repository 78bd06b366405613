/**
 * The timeline's templates, as functions of its view model: the controls,
 * the horizontal plot (eras, the axis with its breaks, bars, markers,
 * labels and clusters); the vertical list is `list.ts`'s, the selected
 * event's details `details.ts`'s.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { styled } from '../core/styled.js';
import { remember } from '../core/memo.js';
import { dateFormat, formatNumber } from '../core/format.js';
import { fill } from '../i18n/index.js';
import type { Unit } from './layout.js';
import type { TickText } from './edges.js';
import { LANES, MARKER, indexOf, type Frame, type Item, type TimelineActions, type TimelineView } from './model.js';
import { renderDetails } from './details.js';
import { renderList } from './list.js';
import { inOrder } from './in-order.js';
import { dateText, isolated, labelText, langOf, text } from './text.js';

/** Formats of the axis's ticks and captions, and of a cluster's months. */
export const TICKS = {
  year: { year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
} as const;

/**
 * Clusters' months by locale and months: a pan or a zoom draws the same
 * clusters frame after frame, and `formatRange` was a tenth of its script.
 * Keyed by month, not by time: a zoom regroups the events into clusters
 * whose first and last events differ but whose months, all the words say, are
 * the same.
 */
const months = remember<string>(10_000);

/** Months since year 0 of a time, in UTC as the dates are formatted. */
function monthOf(t: number): number {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** A cluster's months: "Jul 2021 – Jun 2022". */
export function clusterDates(v: Pick<TimelineView, 'locale'>, a: Item, b: Item): string {
  const key = `${v.locale}|${monthOf(a.t)}|${monthOf(b.t)}`;
  return months(key, () => dateFormat(v.locale, TICKS.month).formatRange(a.t, b.t));
}

export function renderTimeline(v: TimelineView, on: TimelineActions): TemplateResult {
  const { m } = v;
  const zoom = (label: string, icon: string, act: () => void) =>
    html`<button class="zoom" aria-label=${label} title=${label} @click=${act}>
      <span aria-hidden="true">${icon}</span>
    </button>`;
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

function renderPlot(v: TimelineView, f: Frame, on: TimelineActions): TemplateResult {
  const { width: w, rtl, geo } = v;
  const g = on.gestures;
  // markers, bars and ticks are drawn in a layer moved by the pan (`shift`): a frame of a pan then
  // moves one layer instead of restyling every marker and SVG shape (measured: about 140 elements
  // restyled and 80 laid out per frame of a drag before)
  const shift = v.view.x * w;
  const move = rtl ? -shift : shift;
  const fix = steady(shift);
  // [a, b] in reading positions, as a physical x in that layer
  const phys = (a: number, b: number) => fix((rtl ? w - b : a) - move);
  const eras = f.eras.map((e) => e.band);
  const y0 = geo.era + LANES * geo.lane;
  const n = indexOf(v, v.current);
  // the keyboard's event, else the cluster that holds it, else the first in view
  const stop =
    f.units.find((u) => u.n === 1 && u.first === n) ?? f.units.find((u) => n >= u.first && n <= u.last) ?? f.units[0];
  const selected = v.prep.byId.get(v.selected!);
  // the axis line, interrupted by its breaks
  const cuts = [-Infinity, ...f.breaks.flat(), Infinity];
  const lines = f.breaks.length
    ? Array.from({ length: cuts.length / 2 }, (_, i) => [Math.max(cuts[2 * i]!, 0), Math.min(cuts[2 * i + 1]!, w)])
    : [[0, w]];
  // the units that may draw a bar or a bracket: only they get a place (two marker nodes) in the SVG
  const bars = f.units.filter(
    (u) => u.n < 2 && (!!v.list[u.first]!.event.end || v.list[u.first]!.event.date.length < 10),
  );
  // the SVG draws bands, axis, breaks, bars and brackets; markers and labels are HTML over it
  return html`<div
      class="plot"
      part="plot"
      data-style=${styled({ 'block-size': `${geo.plot}px` })}
      @wheel=${g.wheel}
      @pointerdown=${g.down}
      @pointermove=${g.move}
      @pointerup=${g.up}
      @pointercancel=${g.up}
      @click=${g.click}
      @keydown=${on.keydown}
      @focusin=${on.focusin}
    >
      <svg width=${w} height=${geo.plot} aria-hidden="true">
        <g transform="translate(${move})">
          ${eras.map(([a, b]) => svg`<rect part="era" class="era" x=${phys(a, b)} width=${b - a} height=${y0}></rect>`)}
          ${f.breaks.map(([a, b]) => {
            const x = phys(a, b) + (b - a) / 2;
            return svg`<rect class="break-gap" x=${x - 2} width="4" height=${y0}></rect>`;
          })}
          <g part="axis" class="axis">
            ${lines.map(([a, b]) => {
              const x = phys(a!, b!);
              return svg`<line x1=${x} x2=${x + b! - a!} y1=${y0} y2=${y0}></line>`;
            })}
            ${f.breaks.map(([a, b]) => {
              const x = phys(a, b) + (b - a) / 2;
              return svg`<path class="break" d="M${x - 5},${y0 + 6}l4,-12M${x + 1},${y0 + 6}l4,-12"></path>`;
            })}
            ${inOrder(f.ticks, tickKey, ({ pos, text: label, caption }: TickText) => {
              const x = phys(pos, pos);
              const mark = caption ? nothing : svg`<line x1=${x} x2=${x} y1=${y0} y2=${y0 + 6}></line>`;
              return svg`${mark}<text class=${caption ? 'caption' : ''} x=${x} y=${y0 + geo.line + 6}>${label}</text>`;
            })}
          </g>
          ${inOrder(bars, unitKey, (u: Unit) => {
            const it = v.list[u.first]!;
            // at the lane's foot, under the label: a span's bar, the bracket of the year or month a date covers
            const y = laneTop(v, u) + geo.lane - 4;
            const a = f.s.pos(it.start);
            const b = f.s.pos(it.end);
            return it.event.end
              ? svg`<rect class="bar" x=${phys(a, b)} y=${y} width=${fix(b - a)} height="3" rx="1.5"></rect>`
              : it.event.date.length < 10 && b - a > MARKER
                ? svg`<path class="bracket" d="M${phys(a, b)},${y}v3h${fix(b - a)}v-3"></path>`
                : nothing;
          })}
        </g>
      </svg>
      ${renderEraLabels(v, f)}
      <ol class="pins" aria-label=${v.m.events} data-style=${styled({ transform: `translate(${move}px)` })}>
        ${inOrder(f.units, unitKey, (u: Unit) => renderUnit(v, on, f, u, u === stop, fix(u.pos - shift)), {
          max: v.budget,
          // the plot's middle first: the units just outside it (and the spans that began before it) last
          near: (u: Unit) => Math.abs(u.pos - w / 2),
          keep: stop?.first,
          later: on.later,
        })}
      </ol>
    </div>
    ${selected ? renderDetails(v, on, selected.event) : nothing}`;
}

/**
 * A unit keeps its node from frame to frame: a pan then moves markers
 * (their transforms) instead of rewriting every marker's text, classes and
 * attributes with its neighbour's, which made the browser restyle and lay
 * out the whole plot each frame.
 */
const unitKey = (u: Unit) => u.first;
/** The same for the axis's ticks and their text, by time. */
const tickKey = (t: TickText) => t.t;

/**
 * Positions in the layer a pan moves, (u·k + x)·w − x·w, differ frame to
 * frame by a float's last bits, which rewrote every one: to a millionth of
 * a pixel they stay the same. Unpanned, they are as computed.
 */
const steady = (shift: number) => (p: number) => (shift ? Math.round(p * 1e6) / 1e6 : p);

/** Top of a unit's lane: lane 0 lies next to the axis, the others above it. */
const laneTop = (v: TimelineView, u: Unit) => v.geo.era + (LANES - 1 - u.lane) * v.geo.lane;

/** Through the CSSOM (see styled), which a strict CSP allows, unlike a style attribute. */
const at = (v: TimelineView, pos: number, y: number, more: Record<string, string> = {}) =>
  styled({ transform: `translate(${v.rtl ? -pos : pos}px,${y}px)`, ...more });

/** Era names over their bands (placed by the model: never over one another). */
function renderEraLabels(v: TimelineView, f: Frame) {
  return (v.prep.story.eras ?? []).map((era, k) => {
    const name = f.eras[k]?.name;
    const t = text(v, era.title);
    return name
      ? html`<span
          class="pin era-label ${name.lines > 1 ? 'two' : ''}"
          part="era-label"
          lang=${langOf(t)}
          data-style=${at(v, name.pos, 3, { 'inline-size': `${name.width}px` })}
          >${labelText(name.text)}</span
        >`
      : nothing;
  });
}

/** A unit at `pos`, its place in the layer the pan moves. */
function renderUnit(v: TimelineView, on: TimelineActions, f: Frame, u: Unit, tab: boolean, pos: number) {
  const { m, locale, list, geo } = v;
  const half = MARKER / 2;
  if (u.n === 1) {
    const box = at(v, pos - half - (u.before ? u.label : 0), laneTop(v, u), { 'block-size': `${geo.lane}px` });
    return html`<li class="pin" data-style=${box}>${renderEvent(v, on, list[u.first]!, u.first, tab, u, f)}</li>`;
  }
  const sn = indexOf(v, v.selected);
  const words = { n: formatNumber(u.n, locale), dates: clusterDates(v, list[u.first]!, list[u.last]!) };
  const what = fill(m.clusterLabel, words);
  const common = {
    class: `cluster ${sn >= u.first && sn <= u.last ? 'on' : ''}`,
    label: fill(m.cluster, words),
  };
  // a column over every lane shows exactly its words, so they can name it; a marker in a lane shows its count
  // beside them, which an aria-label would not spell (a mismatch for speech input: WCAG 2.5.3, axe's
  // label-content-name-mismatch), so a hidden copy of the words names it
  const column = u.lane < 0;
  const button = (content: unknown, cls: string) =>
    html`<button
      part="cluster"
      class="${common.class} ${cls}"
      data-i=${u.first}
      data-j=${u.last}
      tabindex=${tab ? 0 : -1}
      aria-label=${column ? common.label : nothing}
      @click=${() => on.zoomInto(u)}
    >
      ${content}${column ? nothing : html`<span class="visually-hidden">${common.label}</span>`}
    </button>`;
  if (column) {
    // a column over every lane: thousands of events, or a narrow plot zoomed out
    return html`<li class="pin" data-style=${at(v, pos - 32, geo.era, { 'block-size': `${LANES * geo.lane}px` })}>
      ${button(html`<span aria-hidden="true">${what}</span>`, 'column')}
    </li>`;
  }
  // a few events sharing one marker in a lane, counted, its words beside it or in its tip
  const box = at(v, pos - half - (u.before ? u.label : 0), laneTop(v, u), { 'block-size': `${geo.lane}px` });
  return html`<li class="pin" data-style=${box}>
    ${button(
      html`<span class="dot count" aria-hidden="true">${formatNumber(u.n, locale)}</span>${
          u.label
            ? html`<span class="label" aria-hidden="true" data-style=${styled({ 'max-inline-size': `${u.label}px` })}
                >${isolated(what)}</span
              >`
            : // no room for its words: they show while it is pointed at or focused, as an event's title does
              html`<span class="tip" aria-hidden="true">${isolated(what)}</span>`
        }`,
      `in-lane ${u.before ? 'before' : ''} ${u.lines ? 'two' : ''}`,
    )}
  </li>`;
}

/** An event's button in the plot: its marker and its label of `u.label` px (0: no room, read by screen readers only). */
function renderEvent(v: TimelineView, on: TimelineActions, it: Item, n: number, tab: boolean, u: Unit, f: Frame) {
  const e = it.event;
  const date = dateText(e, v.locale);
  const short = f.short.get(n);
  const shown = u.label > 0;
  const title = html`<span class="visually-hidden" lang=${langOf(it.title)}>${it.title.value}</span>`;
  // a marker without a label shows its title while pointed at or focused
  const tip = html`<span class="tip" aria-hidden="true" lang=${langOf(it.title)}>${labelText(it.title.value)}</span>`;
  const look = `i${e.importance ?? 2} ${e.dateNote ? 'uncertain' : ''} ${u.before ? 'before' : ''} ${u.lines ? 'two' : ''}`;
  return html`<button
    part="event"
    class="event ${look}"
    data-id=${e.id}
    data-i=${n}
    data-j=${n}
    tabindex=${tab ? 0 : -1}
    aria-current=${e.id === v.selected ? 'true' : nothing}
    @click=${() => on.pick(e.id)}
  >
    <span class="dot"></span>${
      !shown
        ? [title, tip]
        : short
          ? html`<span class="label" aria-hidden="true" lang=${langOf(it.title)}>${labelText(short)}</span>${title}`
          : html`<span
              class="label"
              lang=${langOf(it.title)}
              data-style=${styled({ 'max-inline-size': `${u.label}px` })}
              >${labelText(it.title.value)}</span
            >`
    }<span class="visually-hidden">${v.m.sep}${date}${e.dateNote ? `${v.m.sep}${v.core.disputedDate}` : ''}</span>
  </button>`;
}
