import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { styled } from '../core/styled.js';
import { FineElement } from '../core/fine-element.js';
import { baseStyles } from '../core/styles.js';
import { dateFormat, formatList, formatNumber, formatStoryDate, formatStorySpan } from '../core/format.js';
import { fill, packMessages, type WordTable } from '../i18n/index.js';
import { indexStory } from '../story/derive.js';
import { pickText, type PickedText } from '../story/text.js';
import type { Era, Story, StoryEvent, Text } from '../story/types.js';
import {
  centerView,
  clampView,
  DAY,
  domainOf,
  eraSpan,
  fitZoom,
  packLanes,
  placeEvents,
  timeScale,
  timeTicks,
  visibleRange,
  zoomView,
  type Placed,
  type Scale,
  type Tick,
  type Unit,
  type View,
} from './layout.js';
import { fold, matches } from './search.js';
import { Gestures } from './gestures.js';
import { timelineMessages } from './messages.js';
import { timelineStyles } from './styles.js';

/** Geometry of the horizontal plot, px. */
const LANES = 5;
const LANE = 34;
const ERA = 26;
const MARKER = 20;
const CLUSTER = 28;
const LANES_H = LANES * LANE;
const PLOT_H = ERA + LANES_H + 30;
/** Below this width of its own box, the element is a vertical list. */
const NARROW = 600;
/** Events per page of the vertical list. */
const PAGE = 50;

const TICKS = {
  year: { year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
} as const;

type Item = Placed & { title: PickedText; folded?: string };

interface Prepared {
  story: Story;
  locale: string;
  items: Item[];
  byId: Map<string, Item>;
  domain: [number, number];
  kMax: number;
}

const langOf = (t: PickedText) => (t.fallback ? t.lang : nothing);

/**
 * The story's events on a time axis that reads in the reader's direction:
 * eras as bands, spans as bars, each event at its date's precision, a details
 * panel with actors and sources. Zoom and pan with the buttons, the `+`/`-`
 * keys, ctrl/⌘ + wheel, pinch or drag; arrow keys move between events. Close
 * events stack in lanes and merge into counted clusters when there is no room;
 * only what is in view is in the DOM, so 10,000 events stay fluid. Below
 * 600 px of its own width it becomes a vertical list.
 *
 * @tagname fine-timeline
 * @summary An accessible, bidirectional timeline of a story's events.
 * @fires fine-select - When the reader selects an event or clears the selection (not when the page sets `selected`). `detail: { id }` (null when cleared).
 * @fires fine-ready - After the first render with a story. `detail: { storyId }`.
 * @fires fine-error - When the story cannot be loaded or is invalid. `detail: { errors, message }`.
 * @csspart base - The wrapper of everything.
 * @csspart controls - The bar with the filter and the zoom buttons.
 * @csspart filter - The filter box.
 * @csspart plot - The horizontal plot (drag, wheel and pinch happen here).
 * @csspart axis - The time axis with its ticks.
 * @csspart era - An era band (an SVG rect; in the vertical list, the era's caption).
 * @csspart era-label - The name of an era over its band.
 * @csspart event - An event marker (a button with `data-id`; the selected one has `aria-current="true"`).
 * @csspart cluster - A marker standing for several events; activating it zooms in.
 * @csspart list - The vertical list.
 * @csspart details - The panel of the selected event.
 * @csspart loading - The placeholder while the story loads.
 * @csspart error - The error view.
 * @cssprop --fine-timeline-min-height - Height reserved before the story arrives (default 20rem: the horizontal layout, or the filter and the vertical list, fit in it, so nothing below moves when the story arrives).
 * @cssprop --fine-timeline-list-height - Height of the vertical list, which scrolls inside it (default 16rem, to fit the reserved height; `none` lets the list grow with the page).
 * @cssprop --fine-timeline-marker-color - Event markers and span bars (default: the accent colour).
 * @cssprop --fine-timeline-marker-size - Diameter of an event marker (default 0.75rem).
 * @cssprop --fine-timeline-selected-color - The selected event (default: the highlight colour).
 * @cssprop --fine-timeline-axis-color - The axis, its ticks and the vertical list's line.
 * @cssprop --fine-timeline-era-color - Era bands.
 * @cssprop --fine-timeline-panel-background - The details panel.
 */
export class FineTimeline extends FineElement {
  static override styles = [...baseStyles, timelineStyles];

  static override properties: PropertyDeclarations = {
    selected: { reflect: true },
    orientation: { reflect: true },
    filter: {},
    linkHash: { type: Boolean, attribute: 'link-hash' },
    view: { state: true },
    current: { state: true },
    said: { state: true },
    page: { state: true },
  };

  /** Id of the selected event (reflected). Setting it from the page brings the event into view, without `fine-select`; an unknown id is ignored. */
  selected?: string;

  /** `auto`: vertical list below 600 px of the element's own width, horizontal above; or force `horizontal` / `vertical`. */
  orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Shows only events whose title, text or actors contain these words (ignoring case, accents and Arabic hamza forms). The filter box edits it. */
  filter = '';

  /** Mirrors the selection in the page's address (`#<story id>-<event id>`, the anchors of the no-JS fallback) and selects from it on load. */
  linkHash = false;

  private view: View = { k: 1, x: 0 };
  /** The event the keyboard is on: the roving tab stop. */
  private current?: string;
  /** What the live region says. */
  private said = '';
  /** First event of the vertical list's page. */
  private page = 0;

  /** The element's own width (not the window's): a narrow column gets the vertical list. */
  // (in the next frame: a re-layout inside the observer's delivery would loop it)
  private size = new ResizeObserver(() => requestAnimationFrame(() => this.requestUpdate()));
  private width = 0;
  private prep?: Prepared;
  private list: Item[] = [];
  /** Positions in `list` of the events with an end. */
  private spans: number[] = [];
  private listFor: unknown[] = [];
  private frame?: { s: Scale; units: Unit[]; ticks: Tick[] };
  private frameFor: unknown[] = [];
  private revealed?: string;
  private hadFocus = false;
  private next?: View;
  private raf = 0;
  private gestures = new Gestures(
    (dx) => {
      const v = this.next ?? this.view;
      this.queue({ k: v.k, x: v.x + (this.rtl ? -dx : dx) / this.width });
    },
    (f, clientX) => {
      const r = this.renderRoot.querySelector('.plot')!.getBoundingClientRect();
      const x = clientX - r.left;
      this.zoom(f, (this.rtl ? r.width - x : x) / this.width, this.next);
    },
  );

  protected override get wordTables(): readonly WordTable[] {
    return [timelineMessages];
  }

  private get m() {
    return packMessages(timelineMessages, this.locale);
  }

  private get vertical(): boolean {
    return this.orientation === 'vertical' || (this.orientation === 'auto' && this.width < NARROW);
  }

  private get rtl(): boolean {
    return this.direction === 'rtl';
  }

  private text(t: Text): PickedText {
    return pickText(t, this.locale, this.data!.lang);
  }

  private dateText(e: StoryEvent): string {
    return e.end ? formatStorySpan(e.date, e.end, this.locale) : formatStoryDate(e.date, this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.size.observe(this);
    addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.size.disconnect();
    removeEventListener('hashchange', this.onHash);
  }

  /** Selects the event named by `location.hash` (`#<story id>-<event id>` or `#<event id>`), if any. */
  private onHash = (): void => {
    const p = this.prep;
    const h = location.hash.slice(1);
    const id = p && this.linkHash && [h.slice(p.story.id.length + 1), h].find((id) => p.byId.has(id));
    if (id) this.selected = id;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.hadFocus = !!this.shadowRoot?.activeElement?.matches('[data-i]');
    const story = this.data;
    if (!story) return;
    this.width = this.clientWidth;
    let p = this.prep;
    if (p?.story !== story || p.locale !== this.locale) {
      const fresh = p?.story !== story;
      // labels are 0.875em: about half an em per character, in Latin and in Arabic type
      const charPx = (parseFloat(getComputedStyle(this).fontSize) || 16) * 0.5;
      const items = placeEvents(story.events) as Item[];
      for (const it of items) {
        it.title = this.text(it.event.title);
        it.label = Math.min(it.title.value.length * charPx + 8, charPx * 30);
      }
      const domain = domainOf(items, story.eras ?? [], Date.now());
      p = this.prep = {
        story,
        locale: this.locale,
        items,
        byId: new Map(items.map((it) => [it.event.id, it])),
        domain,
        // at the deepest zoom the plot shows about 20 days
        kMax: Math.max(1, (domain[1] - domain[0]) / (20 * DAY)),
      };
      if (fresh) {
        this.view = { k: 1, x: 0 };
        this.onHash();
      }
    }
    if (changed.has('linkHash')) this.onHash();
    if (this.listFor[0] !== p || this.listFor[1] !== this.filter) {
      const q = fold(this.filter.trim());
      this.list = q ? p.items.filter((it) => matches((it.folded ??= this.searchText(it.event)), q)) : p.items;
      this.spans = this.list.flatMap((it, i) => (it.event.end ? [i] : []));
      this.listFor = [p, this.filter];
    }
    if (this.selected !== this.revealed) {
      this.revealed = this.selected;
      const n = this.indexOf(this.selected);
      if (n >= 0) {
        this.current = this.selected;
        this.reveal(n);
      }
    }
    const key = [this.list, this.view, this.width, this.rtl];
    if (!this.vertical && key.some((v, i) => v !== this.frameFor[i])) {
      this.frameFor = key;
      this.frame = this.layout(p);
    }
  }

  /** Positions what is in view: bisect the time window, pack lanes and clusters, tick the axis. */
  private layout(p: Prepared) {
    const { list, width: w, view } = this;
    const s = timeScale(p.domain, w, view, this.rtl);
    const [t0, t1] = s.window;
    const pad = ((t1 - t0) * 60) / w;
    const [lo, hi] = visibleRange(list, t0 - pad, t1 + pad);
    // spans that started before the window still show their bar
    const idx = this.spans.filter((i) => i < lo && list[i]!.end > t0);
    for (let i = lo; i < hi; i++) idx.push(i);
    const units = packLanes(list, idx, s.pos, {
      lanes: LANES,
      marker: MARKER,
      gap: 2,
      bin: 52,
      cluster: CLUSTER,
      offset: view.x * w,
    });
    return { s, units, ticks: timeTicks(t0, t1, w / 110) };
  }

  /** What the filter searches, in the reader's language: title, text and actors' names. */
  private searchText(e: StoryEvent): string {
    const { actors } = indexStory(this.data!);
    const names = (e.actors ?? []).flatMap((id) => [actors.get(id)?.name, actors.get(id)?.shortName]);
    return fold([e.title, e.body, ...names].map((t) => (t ? this.text(t).value : '')).join(' '));
  }

  private indexOf(id?: string): number {
    const it = id ? this.prep?.byId.get(id) : undefined;
    return it ? this.list.indexOf(it) : -1;
  }

  /** Brings the n-th listed event into view: its page of the list, or the plot centred on it. */
  private reveal(n: number): void {
    const p = this.prep!;
    const [t0, t1] = timeScale(p.domain, this.width, this.view, this.rtl).window;
    const t = this.list[n]!.t;
    const pad = (t1 - t0) * 0.05;
    this.page = n - (n % PAGE);
    if (t < t0 + pad || t > t1 - pad) this.view = centerView(p.domain, this.view.k, t, p.kMax);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // markers are not keyed: after a pan or zoom the focused button may show another
    // event, or be gone; focus follows the keyboard's event (or the first in view)
    if (this.hadFocus && this.shadowRoot!.activeElement?.getAttribute('tabindex') !== '0') this.focusCurrent();
  }

  private focusCurrent(): void {
    this.renderRoot.querySelector<HTMLElement>('[data-i][tabindex="0"]')?.focus();
  }

  /** Selects an event (null clears) as the reader did: fires `fine-select`, updates the hash. */
  private pick(id: string | null): void {
    if (id === (this.selected ?? null)) return;
    this.selected = this.revealed = id ?? undefined;
    if (id) this.current = id;
    this.emit('fine-select', { id });
    if (this.linkHash)
      history.replaceState(history.state, '', id ? `#${this.data!.id}-${id}` : location.pathname + location.search);
    const e = id && this.prep!.byId.get(id)?.event;
    this.said = e ? `${this.text(e.title).value}${this.m.sep}${this.dateText(e)}` : '';
  }

  /** Moves the keyboard to the n-th listed event (clamped), bringing it into view. */
  private async go(n: number): Promise<void> {
    const it = this.list[Math.max(0, Math.min(n, this.list.length - 1))];
    if (!it) return;
    this.current = it.event.id;
    this.reveal(this.list.indexOf(it));
    await this.updateComplete;
    this.focusCurrent();
  }

  private onKey = (e: KeyboardEvent): void => {
    const b = (e.target as Element).closest<HTMLElement>('[data-i]');
    if (!b || e.altKey || e.ctrlKey || e.metaKey) return;
    // arrows follow what the reader sees: in RTL, time runs right to left
    const later = this.rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = this.rtl ? 'ArrowRight' : 'ArrowLeft';
    const k = e.key;
    const v = this.vertical;
    if (k === later || (v && k === 'ArrowDown')) void this.go(+b.dataset['j']! + 1);
    else if (k === earlier || (v && k === 'ArrowUp')) void this.go(+b.dataset['i']! - 1);
    else if (k === 'Home') void this.go(0);
    else if (k === 'End') void this.go(this.list.length - 1);
    else if (k === 'Escape' && this.selected) this.pick(null);
    else if (!v && (k === '+' || k === '=')) this.zoomBy(2);
    else if (!v && k === '-') this.zoomBy(0.5);
    else if (!v && k === '0') this.queue({ k: 1, x: 0 });
    else return;
    e.preventDefault();
  };

  /** A marker focused by Tab or a click becomes the keyboard's position. */
  private onFocus = (e: FocusEvent): void => {
    const b = (e.target as Element).closest<HTMLElement>('[data-i]');
    const n = this.indexOf(this.current);
    if (b && !(n >= +b.dataset['i']! && n <= +b.dataset['j']!)) this.current = this.list[+b.dataset['i']!]?.event.id;
  };

  private onFilter = async (e: Event): Promise<void> => {
    this.filter = (e.target as HTMLInputElement).value;
    this.page = 0;
    await this.updateComplete;
    const n = (v: number) => formatNumber(v, this.locale);
    this.said = fill(this.m.shown, { n: n(this.list.length), total: n(this.prep!.items.length) });
  };

  /** Zooms around the keyboard's event when it is in view, else around the middle. */
  private zoomBy(factor: number): void {
    const p = this.prep!;
    const it = p.byId.get(this.current!);
    const at = it ? timeScale(p.domain, this.width, this.view, this.rtl).pos(it.t) / this.width : 0.5;
    this.zoom(factor, at >= 0 && at <= 1 ? at : 0.5);
  }

  private zoom(factor: number, at: number, from = this.view): void {
    this.queue(zoomView(from, factor, at, this.prep!.kMax));
  }

  /** A cluster zooms in until its events spread out; at the deepest zoom it selects its first event. */
  private zoomInto(u: Unit): void {
    const p = this.prep!;
    const a = this.list[u.first]!;
    const b = this.list[u.last]!;
    const k = Math.min(fitZoom(p.domain, a.t, b.t), p.kMax);
    this.current = a.event.id;
    if (k > this.view.k * 1.05) this.queue(centerView(p.domain, k, (a.t + b.t) / 2, p.kMax));
    else this.pick(a.event.id);
  }

  /** Applies view changes at most once per animation frame: a gesture's events come faster. */
  private queue(v: View): void {
    this.next = clampView(v, this.prep!.kMax);
    this.raf ||= requestAnimationFrame(() => {
      this.raf = 0;
      this.view = this.next!;
      this.next = undefined;
    });
  }

  protected override renderStory(story: Story): unknown {
    const m = this.m;
    const v = this.vertical;
    const zoom = (label: string, glyph: string, act: () => void) =>
      html`<button aria-label=${label} @click=${act}>${glyph}</button>`;
    return html`<div class="controls" part="controls">
        <input
          type="search"
          part="filter"
          aria-label=${m.filter}
          placeholder=${m.filter}
          .value=${this.filter}
          @input=${this.onFilter}
        />${
          v
            ? nothing
            : [
                zoom(m.zoomOut, '−', () => this.zoomBy(0.5)),
                zoom(m.zoomIn, '+', () => this.zoomBy(2)),
                zoom(m.reset, '↔', () => this.queue({ k: 1, x: 0 })),
              ]
        }
      </div>
      ${v ? this.renderList(story) : this.renderPlot(story)}
      ${this.list.length ? nothing : html`<p class="empty">${m.none}</p>`}
      <div class="visually-hidden" role="status">${this.said}</div>`;
  }

  private renderPlot(story: Story) {
    const { s, units, ticks } = this.frame!;
    const { width: w, rtl, locale, list, gestures: g } = this;
    const m = this.m;
    // through the CSSOM (styled), which a strict CSP allows, unlike a style attribute
    const at = (pos: number, y: number, more: Record<string, string> = {}) =>
      styled({ transform: `translate(${rtl ? -pos : pos}px,${y}px)`, ...more });
    const phys = (a: number, b: number) => (rtl ? w - b : a);
    const eras = (story.eras ?? []).map((era) => eraSpan(era, Date.now()).map(s.pos) as [number, number]);
    const y0 = ERA + LANES_H;
    const n = this.indexOf(this.current);
    const stop = units.find((u) => n >= u.first && n <= u.last) ?? units[0];
    const selected = this.prep!.byId.get(this.selected!);
    const sn = this.indexOf(this.selected);
    // the SVG draws bands, axis, bars and brackets; markers are HTML buttons over it
    return html`<div
        class="plot"
        part="plot"
        ${styled({ 'block-size': `${PLOT_H}px` })}
        @wheel=${g.wheel}
        @pointerdown=${g.down}
        @pointermove=${g.move}
        @pointerup=${g.up}
        @pointercancel=${g.up}
        @click=${g.click}
        @keydown=${this.onKey}
        @focusin=${this.onFocus}
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
                : svg`<line x1=${x} x2=${x} y1=${y0} y2=${y0 + 6}></line
                    ><text x=${x} y=${y0 + 21}>${dateFormat(locale, TICKS[unit]).format(t)}</text>`;
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
          const t = this.text(era.title);
          return room < 40
            ? nothing
            : html`<span
                class="pin era-label"
                part="era-label"
                lang=${langOf(t)}
                ${at(from, 4, { 'max-inline-size': `${room}px` })}
                >${t.value}${era.end ? '' : ` (${m.ongoing})`}</span
              >`;
        })}
        <ol aria-label=${m.events}>
          ${units.map((u) => {
            if (u.n < 2) {
              return html`<li class="pin" ${at(u.pos - MARKER / 2, ERA + u.lane * LANE + (LANE - MARKER) / 2)}>
                ${this.renderEvent(list[u.first]!, u.first, u === stop, Math.min(u.label, w - u.pos - 14))}
              </li>`;
            }
            return html`<li class="pin" ${at(u.pos - CLUSTER / 2, ERA, { 'block-size': `${LANES_H}px` })}>
              <button
                part="cluster"
                class="cluster ${sn >= u.first && sn <= u.last ? 'on' : ''}"
                data-i=${u.first}
                data-j=${u.last}
                tabindex=${u === stop ? 0 : -1}
                aria-label=${fill(m.cluster, {
                  n: formatNumber(u.n, locale),
                  dates: dateFormat(locale, TICKS.month).formatRange(list[u.first]!.t, list[u.last]!.t),
                })}
                @click=${() => this.zoomInto(u)}
              >
                ${formatNumber(u.n, locale, { notation: 'compact' })}
              </button>
            </li>`;
          })}
        </ol>
      </div>
      ${selected ? this.renderDetails(selected.event) : nothing}`;
  }

  /** An event's button: a marker and a label of `label` px (0: no room) in the plot, a dated row in the list. */
  private renderEvent(it: Item, n: number, tab: boolean, label?: number) {
    const e = it.event;
    const row = label === undefined;
    const date = this.dateText(e);
    const on = e.id === this.selected;
    const { sep } = this.m;
    return html`<button
      part="event"
      class="event i${e.importance ?? 2} ${e.dateNote ? 'uncertain' : ''}"
      data-id=${e.id}
      data-i=${n}
      data-j=${n}
      tabindex=${tab ? 0 : -1}
      aria-current=${on ? 'true' : nothing}
      aria-expanded=${row ? String(on) : nothing}
      @click=${() => this.pick(e.id)}
    >
      <span class="dot"></span>${row ? html`<time datetime=${e.date}>${date}</time>` : nothing}<span
        class=${row || label > 30 ? 'label' : 'visually-hidden'}
        ${styled(label! > 30 ? { 'max-inline-size': `${label}px` } : {})}
        lang=${langOf(it.title)}
        >${it.title.value}</span
      ><span class="visually-hidden"
        >${row ? '' : `${sep}${date}`}${e.dateNote ? `${sep}${this.messages.disputedDate}` : ''}</span
      >
    </button>`;
  }

  /** The vertical list, a page at a time; eras shade their events and are named at their first. */
  private renderList(story: Story) {
    const { list, locale } = this;
    const m = this.m;
    const page = this.page < list.length ? this.page : 0;
    const end = Math.min(page + PAGE, list.length);
    const n = this.indexOf(this.current);
    const stop = n >= page && n < end ? n : page;
    const now = Date.now();
    let shown: Era | undefined;
    const more = (label: string, count: number, to: number) =>
      html`<button class="more" @click=${() => this.go(to)}>
        ${fill(label, { n: formatNumber(count, locale) })}
      </button>`;
    return html`${page ? more(m.earlier, page, page - 1) : nothing}
      <ol class="list" part="list" aria-label=${m.events} @keydown=${this.onKey} @focusin=${this.onFocus}>
        ${list.slice(page, end).map((it, k) => {
          const era = (story.eras ?? []).find((e) => {
            const [a, b] = eraSpan(e, now);
            return it.t >= a && it.t < b;
          });
          const caption = era && era !== shown ? this.text(era.title) : undefined;
          shown = era;
          return html`<li class=${era ? 'in-era' : ''}>
            ${
              caption
                ? html`<p class="era-tag" part="era" lang=${langOf(caption)}>
                    ${caption.value}${era!.end ? '' : ` (${m.ongoing})`}
                  </p>`
                : nothing
            }${this.renderEvent(it, page + k, page + k === stop)}${
              it.event.id === this.selected ? this.renderDetails(it.event) : nothing
            }
          </li>`;
        })}
      </ol>
      ${end < list.length ? more(m.later, list.length - end, end) : nothing}`;
  }

  private renderDetails(e: StoryEvent) {
    const { actors, sources } = indexStory(this.data!);
    const core = this.messages;
    const m = this.m;
    const title = this.text(e.title);
    const body = e.body && this.text(e.body);
    const note = e.dateNote && this.text(e.dateNote);
    const names = (e.actors ?? []).flatMap((id) => {
      const a = actors.get(id);
      return a ? [this.text(a.name).value] : [];
    });
    const links = e.sources.flatMap((id) => {
      const s = sources.get(id);
      return s && /^https?:\/\//i.test(s.url) ? [s] : [];
    });
    return html`<section part="details" class="details" aria-labelledby="details-title">
      <button class="close" aria-label=${m.close} @click=${() => this.pick(null)}>×</button>
      <h3 id="details-title" lang=${langOf(title)}>${title.value}</h3>
      <p>
        <time datetime=${e.date}>${this.dateText(e)}</time
        >${note ? html` <span class="disputed">${core.disputedDate}</span>` : nothing}
      </p>
      ${note ? html`<p lang=${langOf(note)}>${note.value}</p>` : nothing}
      ${body ? html`<p class="body" lang=${langOf(body)}>${body.value}</p>` : nothing}
      <dl>
        ${
          names.length
            ? html`<dt>${m.actors}</dt>
                <dd>${formatList(names, this.locale)}</dd>`
            : nothing
        }${
          links.length
            ? html`<dt>${core.sources}</dt>
                <dd>
                  <ul>
                    ${links.map((s) => {
                      const t = this.text(s.title);
                      return html`<li>
                        <a href=${s.url} rel="noopener noreferrer" target="_blank" lang=${langOf(t)}>${t.value}</a>
                        (<bdi>${s.publisher}</bdi>)
                      </li>`;
                    })}
                  </ul>
                </dd>`
            : nothing
        }
      </dl>
    </section>`;
  }
}
