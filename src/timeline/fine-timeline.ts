import { type PropertyDeclarations, type PropertyValues } from 'lit';
import { FineElement } from '../core/fine-element.js';
import { RovingController } from '../core/roving-controller.js';
import { SizeController } from '../core/size-controller.js';
import { memo } from '../core/memo.js';
import { baseStyles } from '../core/styles.js';
import { dateFormat, formatMoney, formatNumber } from '../core/format.js';
import { fill } from '../i18n/index.js';
import { describeFineStatus } from '../i18n/fine-status.js';
import { vocabulary } from '../i18n/vocabulary.js';
import { pickText } from '../story/text.js';
import type { Story, StoryEvent } from '../story/types.js';
import { centerView, fitZoom, timeScale, type Tick, type Unit } from './layout.js';
import {
  axisOf,
  filterEvents,
  frameOf,
  geometry,
  indexOf,
  keyEvents,
  prepare,
  type AxisView,
  type Say,
  type Listed,
  type TimelineActions,
  type TimelineView,
} from './model.js';
import { ZoomController } from './zoom.js';
import { TICKS, clusterDates, renderTimeline } from './render.js';
import { LONG_LIST, PAGE } from './list.js';
import { LabelFont } from './label-font.js';
import { dateText } from './text.js';
import { timelineMessages, type TimelineMessages } from './messages.js';
import { timelineStyles } from './styles.js';

/** Below this width of its own box, the element is a vertical list. */
const NARROW = 600;
/** Above this many events, a new story is drawn in the task after the one that validated it. */
const DRAW_LATER = 2000;
/**
 * New markers a frame of a pan or zoom draws at most; the others come in the
 * next frames. Each costs about 1 ms to make: a zoom that opened 40 at once
 * took a 50–80 ms frame at 10,000 events.
 */
const NEW_PER_FRAME = 16;

/**
 * The story's events on a time axis that reads in the reader's direction:
 * eras as bands, spans as bars, each event at its date's precision, a details
 * panel with actors, sources and where the fines it concerns stand. A story
 * of up to about 150 events is shown at a glance: the axis gives its busy
 * periods room and squeezes its empty years into breaks marked on the axis
 * (within a stretch between two breaks, time runs at one rate), every event
 * gets its own marker and every key event (`importance: 1`) its whole title;
 * the others' labels shorten by whole words. What cannot fit (thousands of
 * events, or a narrow plot) is clustered, each cluster saying how many events
 * it holds and when. Zoom and pan with the buttons, the `+`/`-` keys, ctrl/⌘ +
 * wheel, pinch or drag; arrow keys move between events. Only what is in view
 * is in the DOM, so 10,000 events stay fluid. Below 600 px of its own width it
 * becomes a list in the page's flow, a long story's key events first.
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
 * @csspart cluster - A marker standing for several events ("4 events, Dec 2021 – May 2023": beside it when there is room, else while pointed at or focused); activating it zooms in.
 * @csspart list - The vertical list.
 * @csspart details - The panel of the selected event.
 * @csspart loading - The placeholder while the story loads.
 * @csspart error - The error view.
 * @cssstate list - The story is shown as the vertical list, whose height follows its events: the kit's reserved height is let go (a `--fine-timeline-min-height` the page sets stays).
 * @cssprop --fine-timeline-min-height - Height reserved before the story is shown (default 24rem, 24.5rem on touch
 *   screens: the horizontal layout's height at a 16px font, so nothing below moves when it arrives). The vertical list
 *   grows with its events: a page that knows its story sets its height here.
 * @cssprop --fine-timeline-list-height - A height for the vertical list to scroll inside (default `none`: the list is part of the page and grows with it).
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
    page: { state: true },
    expanded: { state: true },
  };

  /** Id of the selected event (reflected). Setting it from the page brings the event into view, without `fine-select`; an unknown id is ignored. */
  selected?: string;

  /** `auto`: vertical list below 600 px of the element's own width, horizontal above; or force `horizontal` / `vertical`. */
  orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Shows only events whose title, text or actors contain these words (ignoring case, accents and Arabic hamza forms). The filter box edits it. */
  filter = '';

  /** Mirrors the selection in the page's address (`#<story id>-<event id>`, the anchors of the no-JS fallback) and selects from it on load. */
  linkHash = false;

  /** First event of the vertical list's page. */
  private page = 0;
  /** The vertical list shows every event of a long story, not only its key events. */
  private expanded = false;

  readonly #size = new SizeController(this);
  readonly #font = new LabelFont(this);
  /** Custom state `list` while the story is shown as the vertical list: the height reserved for it is let go. */
  readonly #internals = this.attachInternals();
  readonly #zoom: ZoomController = new ZoomController(this, {
    kMax: () => this.#axis?.kMax ?? 1,
    width: () => this.#size.width,
    rtl: () => this.direction === 'rtl',
    plot: () => this.renderRoot.querySelector('.plot'),
  });
  readonly #roving = new RovingController(this, {
    items: '[data-i]',
    keepFocus: true,
    selected: () => this.selected,
    select: (id) => (this.selected = this.#revealed = id),
    announce: (id) => {
      const e = this.#model!.prep.byId.get(id)!.event;
      return `${pickTitle(this.#model!, id)}${this.#model!.m.sep}${dateText(e, this.locale)}`;
    },
  });

  /** The view model, built in willUpdate. */
  #model?: TimelineView;
  /** The horizontal plot's axis, when there is one. */
  #axis?: AxisView;
  /** The selection last brought into view. */
  #revealed?: string;
  /** This update left some new markers for the next frames. */
  #later = false;
  /** The next update draws every marker (`updateComplete` asked for them). */
  #whole = false;

  // where widths are not measured (thousands of events), about half an em per character, Latin or Arabic
  readonly #prepared = memo((story: Story, locale: string, size: number) =>
    prepare(story, locale, size / 2, Date.now()),
  );
  readonly #listed = memo(filterEvents);
  readonly #keyed = memo(keyEvents);
  readonly #geometry = memo(geometry);
  readonly #axisOf = memo(axisOf);
  readonly #framed = memo(frameOf);
  /** What the plot says of clusters, ticks and eras going on, in the reader's language. */
  readonly #say = memo((locale: string, m: TimelineMessages): Say => ({
    cluster: (list, a, b) =>
      fill(m.clusterLabel, { n: formatNumber(b - a + 1, locale), dates: clusterDates({ locale }, list[a]!, list[b]!) }),
    // a month tick in January says its year, as the year ticks do
    tick: (t) => dateFormat(locale, TICKS[januaryYear(t)]).format(t.t),
    ongoing: (title) => `${title} (${m.ongoing})`,
  }));
  /** Where the fines an event is about stand now, one line each. */
  readonly #fineLines = memo(
    (story: Story, locale: string, line: string) => (e: StoryEvent) =>
      (e.fines ?? []).flatMap((id) => {
        const fine = story.fines.find((f) => f.id === id);
        const status = fine && describeFineStatus(fine, story, locale);
        if (!fine || !status) return [];
        const company = pickText(fine.company, locale, story.lang).value;
        // the parts as they are: a status already isolates its own parts, and an isolate around it
        // all would see no letter of its own and read left to right in Arabic
        const parts: Record<string, string> = { company, amount: formatMoney(fine.amount, locale), status };
        return [line.replace(/\{(\w+)\}/g, (_, k: string) => parts[k] ?? '')];
      }),
  );

  constructor() {
    super();
    this.i18n.use(timelineMessages, vocabulary);
  }

  get #vertical(): boolean {
    return this.orientation === 'vertical' || (this.orientation === 'auto' && this.#size.width < NARROW);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
  }

  /** Selects the event named by `location.hash` (`#<story id>-<event id>` or `#<event id>`), if any. */
  readonly #onHash = (_?: Event, p = this.#model?.prep): void => {
    const h = location.hash.slice(1);
    const id = p && this.linkHash && [h.slice(p.story.id.length + 1), h].find((id) => p.byId.has(id));
    if (id) this.selected = id;
  };

  /**
   * A large story is validated in one task and drawn in the next: each is
   * well under the 200 ms a task may hold the page, the two together were not.
   */
  protected override async scheduleUpdate(): Promise<void> {
    this.loader.sync();
    const story = this.loader.story;
    if (story && story !== this.#model?.prep.story && story.events.length > DRAW_LATER) {
      await new Promise((resolve) => setTimeout(resolve));
    }
    await super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const whole = this.#whole;
    this.#later = this.#whole = false;
    const { story } = this.loader;
    if (!story || this.i18n.pending) return;
    const width = this.#size.measure();
    const rtl = this.direction === 'rtl';
    const locale = this.locale;
    // a frame of a pan or zoom, and nothing else changed: the labels' font is the one last read
    const m0 = this.#model;
    const viewOnly = this.#zoom.view !== m0?.view && !changed.size && width === m0?.width;
    const labels = this.#font.labels(this.renderRoot as ShadowRoot, locale, viewOnly);
    const prep = this.#prepared(story, locale, labels.size);
    if (prep.story !== this.#model?.prep.story) {
      this.#zoom.jump({ k: 1, x: 0 });
      this.expanded = false;
      this.#onHash(undefined, prep);
    } else if (changed.has('linkHash')) this.#onHash(undefined, prep);
    const all = this.#listed(prep, this.filter);
    const vertical = this.#vertical;
    const m = this.i18n.words(timelineMessages);
    const say = this.#say(locale, m);
    // a long story on a phone: its key events first, all of them on request or when one of the others is selected
    const key = vertical && !this.expanded && !this.filter && all.list.length > LONG_LIST && this.#keyed(all);
    let listed: Listed = all;
    if (key && key.list.length) {
      if (this.selected && prep.byId.has(this.selected) && indexOf({ prep, list: key.list }, this.selected) < 0) {
        this.expanded = true;
      } else listed = key;
    }
    this.#axis = vertical ? undefined : this.#axisOf(prep, all, width, labels, say);
    if (this.selected !== this.#revealed) {
      this.#revealed = this.selected;
      const n = indexOf({ prep, list: listed.list }, this.selected);
      if (n >= 0) {
        this.#roving.current = this.selected;
        this.#reveal(listed.list[n]!.t, n, width, rtl);
      }
    }
    const view = this.#zoom.view;
    this.#model = {
      view,
      ...listed,
      prep,
      frame: this.#axis && this.#framed(prep, all, this.#axis, width, view, rtl, labels, say),
      // the same plot in another view (a pan, a zoom, or the markers that waited): new markers a few at a time;
      // anything else (a first render, a property set, a new width) draws them all
      budget: !whole && !changed.size && m0?.list === listed.list && m0.width === width ? NEW_PER_FRAME : Infinity,
      geo: this.#geometry(labels.size),
      width,
      rtl,
      locale,
      m,
      core: this.i18n.messages,
      filter: this.filter,
      selected: this.selected,
      current: this.#roving.current,
      page: this.page,
      collapsed: listed === all ? undefined : all.list.length,
      fineLines: this.#fineLines(story, locale, m.fineLine),
    };
  }

  /**
   * The date formatters of the plot's first frame (ticks, and the months of
   * clusters, a range): measured in Chromium, the page's first
   * `DateTimeFormat` costs 2–8 ms and its first `formatRange` up to 20 ms,
   * which the first frame of a 10,000-event story paid after the story arrived.
   */
  protected override warmFormats(locale: string): void {
    dateFormat(locale, TICKS.year);
    dateFormat(locale, TICKS.month).formatRange(0, 1);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // the markers left out of this frame come in the next one, once this one is painted
    if (this.#later) this.#zoom.set();
    const list = !!this.#model && !this.#model.frame && this.loader.status === 'ready' && !this.shownErrors.length;
    if (list && !this.i18n.pending) this.#internals.states.add('list');
    else this.#internals.states.delete('list');
  }

  /**
   * `await el.updateComplete` also draws the markers a pan or zoom left for
   * the next frames, at once: what follows sees the whole plot, and never
   * waits for a frame a hidden page does not have.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.#later) return done;
    this.#whole = true;
    this.requestUpdate();
    return super.getUpdateComplete();
  }

  /** Brings the n-th listed event (at time `t`) into view: its page of the list, or the plot centred on it. */
  #reveal(t: number, n: number, width: number, rtl: boolean): void {
    this.page = n - (n % PAGE);
    const a = this.#axis;
    if (!a) return;
    const [t0, t1] = timeScale(a.axis, width, this.#zoom.view, rtl).window;
    const pad = (t1 - t0) * 0.05;
    if (t < t0 + pad || t > t1 - pad) this.#zoom.jump(centerView(a.axis, this.#zoom.view.k, t, a.kMax));
  }

  /** Selects an event (null clears) as the reader did: fires `fine-select`, updates the hash. */
  readonly #pick = (id: string | null): void => {
    const row = this.#vertical ? this.#row(id ?? this.selected) : undefined;
    const top = row?.getBoundingClientRect().top;
    if (!this.#roving.select(id)) return;
    // in the list, details open under the row: keep the row where the reader's eye is when others close
    if (top !== undefined)
      void this.updateComplete.then(() =>
        scrollBy(0, (this.#row(id ?? row!.dataset['id'])?.getBoundingClientRect().top ?? top) - top),
      );
    if (!this.linkHash) return;
    history.replaceState(
      history.state,
      '',
      id ? `#${this.#model!.prep.story.id}-${id}` : location.pathname + location.search,
    );
  };

  /** An event's row or marker. */
  #row(id?: string): HTMLElement | null | undefined {
    return id ? this.renderRoot.querySelector<HTMLElement>(`[part~="event"][data-id="${CSS.escape(id)}"]`) : undefined;
  }

  /** Moves the keyboard to the n-th listed event (clamped), bringing it into view. */
  readonly #go = (n: number): void => {
    const { list } = this.#model!;
    const it = list[Math.max(0, Math.min(n, list.length - 1))];
    if (!it) return;
    const { width, rtl } = this.#model!;
    this.#roving.current = it.event.id;
    this.#reveal(it.t, list.indexOf(it), width, rtl);
    void this.#roving.focus();
  };

  readonly #onKey = (e: KeyboardEvent): void => {
    const b = (e.target as Element).closest<HTMLElement>('[data-i]');
    if (!b || e.altKey || e.ctrlKey || e.metaKey) return;
    // arrows follow what the reader sees: in RTL, time runs right to left
    const rtl = this.direction === 'rtl';
    const later = rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
    const k = e.key;
    const v = this.#vertical;
    if (k === later || (v && k === 'ArrowDown')) this.#go(+b.dataset['j']! + 1);
    else if (k === earlier || (v && k === 'ArrowUp')) this.#go(+b.dataset['i']! - 1);
    else if (k === 'Home') this.#go(0);
    else if (k === 'End') this.#go(this.#model!.list.length - 1);
    else if (k === 'Escape' && this.selected) this.#pick(null);
    else if (!v && (k === '+' || k === '=')) this.#zoomBy(2);
    else if (!v && k === '-') this.#zoomBy(0.5);
    else if (!v && k === '0') this.#zoom.set({ k: 1, x: 0 });
    else return;
    e.preventDefault();
  };

  /** A marker focused by Tab or a click becomes the keyboard's position. */
  readonly #onFocus = (e: FocusEvent): void => {
    const b = (e.target as Element).closest<HTMLElement>('[data-i]');
    const n = indexOf(this.#model!, this.#roving.current);
    if (b && !(n >= +b.dataset['i']! && n <= +b.dataset['j']!)) {
      this.#roving.current = this.#model!.list[+b.dataset['i']!]?.event.id;
    }
  };

  readonly #onFilter = async (e: Event): Promise<void> => {
    this.filter = (e.target as HTMLInputElement).value;
    this.page = 0;
    await this.updateComplete;
    const { list, prep } = this.#model!;
    const n = (v: number) => formatNumber(v, this.locale);
    this.#roving.say(fill(this.#model!.m.shown, { n: n(list.length), total: n(prep.items.length) }));
  };

  /** Zooms around the keyboard's event when it is in view, else around the middle. */
  readonly #zoomBy = (factor: number): void => {
    const { prep, width, rtl } = this.#model!;
    const it = prep.byId.get(this.#roving.current!);
    const at = it && this.#axis ? timeScale(this.#axis.axis, width, this.#zoom.view, rtl).pos(it.t) / width : 0.5;
    this.#zoom.zoomAt(factor, at >= 0 && at <= 1 ? at : 0.5);
  };

  /** A cluster zooms in until its events spread out; at the deepest zoom it selects its first event. */
  readonly #zoomInto = (u: Unit): void => {
    const { list } = this.#model!;
    const { axis, kMax } = this.#axis!;
    const a = list[u.first]!;
    const b = list[u.last]!;
    const k = Math.min(fitZoom(axis, a.t, b.t), kMax);
    this.#roving.current = a.event.id;
    if (k > this.#zoom.view.k * 1.05) this.#zoom.set(centerView(axis, k, (a.t + b.t) / 2, kMax));
    else this.#pick(a.event.id);
  };

  readonly #actions: TimelineActions = {
    keydown: this.#onKey,
    focusin: this.#onFocus,
    filter: (e) => void this.#onFilter(e),
    pick: this.#pick,
    zoomBy: this.#zoomBy,
    reset: () => this.#zoom.set({ k: 1, x: 0 }),
    zoomInto: this.#zoomInto,
    go: this.#go,
    expand: () => {
      this.expanded = true;
      void this.#roving.focus();
    },
    gestures: this.#zoom.gestures,
    later: () => (this.#later = true),
  };

  protected override renderStory(): unknown {
    return [renderTimeline(this.#model!, this.#actions), this.#roving.liveRegion()];
  }
}

/** A month tick on 1 January is written as its year. */
const januaryYear = (t: Tick) =>
  t.unit === 'month' && !t.caption && new Date(t.t).getUTCMonth() === 0 ? 'year' : t.unit;

/** An event's title in the reader's language. */
const pickTitle = (v: TimelineView, id: string) => v.prep.byId.get(id)!.title.value;
