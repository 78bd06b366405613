/**
 * The timeline's view model, as pure functions of the story, the reader's
 * language and the plot's size: the events placed in time with their titles
 * in the reader's language, the filtered list, the axis (fitted to the story
 * at a glance, or straight), and what is in view (lanes, clusters, ticks,
 * breaks). Built by the element in `willUpdate`, each step cached on what it
 * depends on. Text widths come from `Labels.measure` (the element's canvas).
 */
import { indexStory } from '../story/derive.js';
import { pickText, type PickedText } from '../story/text.js';
import type { Story, StoryEvent, Text } from '../story/types.js';
import {
  DAY,
  deepestZoom,
  domainOf,
  eraSpan,
  linearAxis,
  placeAll,
  placeEvents,
  timeScale,
  visibleRange,
  type Axis,
  type LabelWant,
  type Placed,
  type Placement,
  type Scale,
  type Tick,
  type Unit,
  type View,
} from './layout.js';
import { GLANCE_MAX, fitGlance } from './glance.js';
import { fitTokens, measureTokens, oneLine, shortened, slack, twoLines, type Labels, type Measured } from './words.js';
import { breaksIn, erasOf, ticksOf, type EraPlace, type TickText } from './edges.js';
import { packLanes } from './clusters.js';
import { fold, matches } from './search.js';
import type { CoreMessages } from '../i18n/index.js';
import type { Gestures } from './gestures.js';
import type { TimelineMessages } from './messages.js';

/** Lanes of markers in the horizontal plot. */
export const LANES = 6;
/** Marker box, px. */
export const MARKER = 20;
/** Least room between two boxes in a lane, and kept at each end of the axis, px. */
const GAP = 6;
const PAD = 24;
/** Width of an axis break, px. */
export const BREAK = 24;
/** Above this many events in view, the plot clusters rather than tries to place each one. */
const PLACE_MAX = 300;

/** The plot's rows, px, from the labels' font size: a lane holds a label of two lines. */
export interface Geometry {
  /** A label's line. */
  line: number;
  lane: number;
  /** The row of era names above the lanes, and the axis below them. */
  era: number;
  axis: number;
  /** The whole plot. */
  plot: number;
}

export function geometry(fontPx: number): Geometry {
  const line = Math.ceil(fontPx * 1.25);
  // two lines of label (a Latin name makes an Arabic line a little taller), and under them the bar or bracket of a period
  const lane = 2 * line + 8;
  // eras' names take two lines where one is too long for the room
  const era = 2 * line + 6;
  const axis = line + 14;
  return { line, lane, era, axis, plot: era + LANES * lane + axis };
}

export type { Labels };

export type Item = Placed & {
  title: PickedText;
  folded?: string;
  /** The title measured, and what its label asks for, in the font named by their key. */
  words?: Measured;
  wordsKey?: string;
  want?: LabelWant;
  wantKey?: string;
};

/** The title's tokens measured in the labels' current font (cached on the item). */
function wordsOf(it: Item, labels: Labels): Measured {
  if (it.wordsKey !== labels.key) [it.words, it.wordsKey] = [measureTokens(it.title.value, labels.measure), labels.key];
  return it.words!;
}

/** The story's events in time, for one language. */
export interface Prepared {
  story: Story;
  locale: string;
  items: Item[];
  byId: Map<string, Item>;
  /** Everything the story covers, eras included: the straight axis of a large story. */
  domain: [number, number];
  /** Eras' starts and ends (an era still going on ends now). */
  edges: number[];
}

/** The events that pass the filter, in time order. */
export interface Listed {
  list: Item[];
  /** Positions in `list` of the events with an end. */
  spans: number[];
}

/** The axis for a list and a width, and how deep the zoom goes on it. */
export interface AxisView {
  axis: Axis;
  kMax: number;
  /** The default view's placement, when the axis was fitted to show every event. */
  glance?: Placement;
}

/** What the horizontal plot shows for a view. */
export interface Frame {
  s: Scale;
  units: Unit[];
  /** Ticks with their text; captions name short segments. */
  ticks: TickText[];
  /** Breaks of the axis in view, as reading positions [start, end]. */
  breaks: [number, number][];
  /** A shortened label's text, by event position in the list. */
  short: Map<number, string>;
  /** The eras' bands [start, end] as reading positions, and where each name goes (none when it has no room). */
  eras: EraPlace[];
}

const text = (story: Story, locale: string, t: Text) => pickText(t, locale, story.lang);

/**
 * An event placed in time, whose title (and the label width estimated from it) is picked when
 * first read: at the first view of 10,000 events nearly all are folded into clusters and never
 * need one (picking every title was 8–10 ms of that load, profiled).
 */
class PreparedItem implements Item {
  readonly event: StoryEvent;
  readonly t: number;
  readonly start: number;
  readonly end: number;
  declare folded?: string;
  declare words?: Measured;
  declare wordsKey?: string;
  declare want?: LabelWant;
  declare wantKey?: string;
  #title?: PickedText;

  constructor(
    placed: Placed,
    private readonly pick: TitleWords,
  ) {
    this.event = placed.event;
    this.t = placed.t;
    this.start = placed.start;
    this.end = placed.end;
  }

  get title(): PickedText {
    const { story, locale } = this.pick;
    return (this.#title ??= text(story, locale, this.event.title));
  }

  /** Estimated from the title's length: packLanes reads it where it has no measured width. */
  get label(): number {
    const { charPx } = this.pick;
    return Math.min(this.title.value.length * charPx + 8, charPx * 30);
  }
}

/** What picking an item's title needs: the story, the reader's language, and a character's estimated width. */
interface TitleWords {
  story: Story;
  locale: string;
  charPx: number;
}

/** Places the events; `charPx` estimates label widths where they are not measured (large stories). */
export function prepare(story: Story, locale: string, charPx: number, now: number): Prepared {
  const pick: TitleWords = { story, locale, charPx };
  const items: Item[] = placeEvents(story.events).map((placed) => new PreparedItem(placed, pick));
  const byId = new Map<string, Item>();
  for (const it of items) byId.set(it.event.id, it);
  const eras = story.eras ?? [];
  return {
    story,
    locale,
    items,
    byId,
    domain: domainOf(items, eras, now),
    edges: eras.flatMap((e) => eraSpan(e, now)),
  };
}

/** What the filter searches, in the reader's language: title, text and actors' names. */
function searchText(p: Prepared, e: StoryEvent): string {
  const { actors } = indexStory(p.story);
  const names = (e.actors ?? []).flatMap((id) => [actors.get(id)?.name, actors.get(id)?.shortName]);
  return fold([e.title, e.body, ...names].map((t) => (t ? text(p.story, p.locale, t).value : '')).join(' '));
}

/** The events whose words contain every word of `filter` (folded: case, accents, Arabic forms). */
export function filterEvents(p: Prepared, filter: string): Listed {
  const q = fold(filter.trim());
  return listed(q ? p.items.filter((it) => matches((it.folded ??= searchText(p, it.event)), q)) : p.items);
}

/** The key events only (importance 1): the vertical list of a long story before "show all". */
export function keyEvents({ list }: Listed): Listed {
  return listed(list.filter((it) => it.event.importance === 1));
}

/** A list with the positions of its spans (no array made per event: 10,000 of them at every load). */
function listed(list: Item[]): Listed {
  const spans: number[] = [];
  list.forEach((it, i) => it.event.end && spans.push(i));
  return { list, spans };
}

function wantOf(it: Item, labels: Labels): LabelWant {
  if (it.want && it.wantKey === labels.key) return it.want;
  const m = wordsOf(it, labels);
  const ellipsis = labels.measure('…');
  it.wantKey = labels.key;
  return (it.want = {
    importance: it.event.importance ?? 2,
    one: slack(oneLine(m)),
    two: slack(twoLines(m)),
    // a span's bar, or the bracket of a year or a month
    bar: !!it.event.end || it.event.date.length < 10,
    fit: (room) => {
      const k = fitTokens(m, room - slack(0), ellipsis);
      return k ? slack(labels.measure(shortened(m, k))) : 0;
    },
  });
}

/** A cluster's label in a lane: "3 events, Jul – Aug 2021". */
function groupWant(text: string, labels: Labels): LabelWant {
  const m = measureTokens(text, labels.measure);
  return { importance: 2, one: slack(oneLine(m)), two: slack(twoLines(m)), bar: false, fit: () => 0 };
}

/** What the plot says in the reader's language: a cluster (its count and months), a tick, an era still going on. */
export interface Say {
  cluster: (list: readonly Item[], first: number, last: number) => string;
  tick: (tick: Tick) => string;
  ongoing: (title: string) => string;
}

/** The axis for the listed events at `width`: fitted for a story read at a glance, else straight. */
export function axisOf(p: Prepared, { list }: Listed, width: number, labels: Labels, say: Say): AxisView {
  if (!list.length || list.length > GLANCE_MAX) {
    const axis = linearAxis(p.domain);
    return { axis, kMax: deepestZoom(axis) };
  }
  const wants = list.map((it) => wantOf(it, labels));
  const edges = p.edges.filter((t) => t > list[0]!.start - 365 * DAY && t < list[list.length - 1]!.end + 365 * DAY);
  const { axis, placement } = fitGlance(
    list,
    wants,
    edges,
    { lanes: LANES, marker: MARKER, gap: GAP, width, pad: PAD, breakWidth: BREAK },
    (a, b) => groupWant(say.cluster(list, a, b), labels),
  );
  return { axis, kMax: deepestZoom(axis), glance: placement };
}

/** Positions what is in view: bisect the time window, place or cluster the events, tick the axis. */
export function frameOf(
  p: Prepared,
  { list, spans }: Listed,
  { axis, glance }: AxisView,
  width: number,
  view: View,
  rtl: boolean,
  labels: Labels,
  say: Say,
): Frame {
  const s = timeScale(axis, width, view, rtl);
  const [t0, t1] = s.window;
  const pad = ((t1 - t0) * 60) / width;
  const [lo, hi] = visibleRange(list, t0 - pad, t1 + pad);
  // spans that started before the window still show their bar
  const idx = spans.filter((i) => i < lo && list[i]!.end > t0);
  for (let i = lo; i < hi; i++) idx.push(i);
  let units: Unit[] | undefined;
  if (glance && !glance.lost && view.k === 1 && view.x === 0) units = glance.units;
  else if (idx.length <= PLACE_MAX) {
    const wants = idx.map((i) => wantOf(list[i]!, labels));
    const o = { lanes: LANES, marker: MARKER, gap: GAP, width };
    const placed = placeAll(list, wants, idx, s.pos, o, (a, b) => groupWant(say.cluster(list, a, b), labels));
    if (!placed.lost) units = placed.units;
  }
  units ??= packLanes(list, idx, s.pos, {
    lanes: LANES,
    marker: MARKER,
    gap: 2,
    bin: 96,
    cluster: 64,
    offset: view.x * width,
  });
  const short = new Map<number, string>();
  for (const u of units) {
    if (u.n > 1 || !u.short) continue;
    const m = wordsOf(list[u.first]!, labels);
    short.set(u.first, shortened(m, fitTokens(m, u.label - slack(0), labels.measure('…'))));
  }
  const names = (p.story.eras ?? []).map((era, k) => {
    const title = text(p.story, p.locale, era.title).value;
    return { name: era.end ? title : say.ongoing(title), start: p.edges[2 * k]!, end: p.edges[2 * k + 1]! };
  });
  const eras = erasOf(names, s, width, labels);
  return {
    s,
    units,
    ticks: ticksOf(axis, width, view, labels, say.tick),
    breaks: breaksIn(axis, width, view),
    short,
    eras,
  };
}

/** Everything the templates read. */
export interface TimelineView extends Listed {
  prep: Prepared;
  /** The zoom and pan it shows. */
  view: View;
  /** The horizontal plot, or undefined for the vertical list. */
  frame?: Frame;
  /** New markers this render may add (a frame of a pan or zoom adds a few at a time). */
  budget: number;
  geo: Geometry;
  width: number;
  rtl: boolean;
  locale: string;
  m: TimelineMessages;
  core: CoreMessages;
  filter: string;
  selected?: string;
  /** The event the keyboard is on. */
  current?: string;
  /** First event of the vertical list's page. */
  page: number;
  /** The vertical list shows only the key events of a long story; how many events there are in all. */
  collapsed?: number;
  /** The fine status lines of an event's details. */
  fineLines: (e: StoryEvent) => string[];
}

/** What the reader can do. */
export interface TimelineActions {
  keydown: (e: KeyboardEvent) => void;
  focusin: (e: FocusEvent) => void;
  filter: (e: Event) => void;
  pick: (id: string | null) => void;
  zoomBy: (factor: number) => void;
  reset: () => void;
  zoomInto: (u: Unit) => void;
  go: (n: number) => void;
  expand: () => void;
  gestures: Gestures;
  /** Some new markers wait for the next render. */
  later: () => void;
}

/** Position in the list of the event `id`, or −1. */
export function indexOf(v: Pick<TimelineView, 'prep' | 'list'>, id?: string): number {
  const it = id ? v.prep.byId.get(id) : undefined;
  return it ? v.list.indexOf(it) : -1;
}
