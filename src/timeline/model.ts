/**
 * The timeline's view model, as pure functions of the story, the reader's
 * language and the plot's size: the events placed in time with their titles
 * in the reader's language, the filtered list, and what is in view (lanes,
 * clusters, ticks). Built by the element in `willUpdate`, each step cached
 * on what it depends on.
 */
import { indexStory } from '../story/derive.js';
import { pickText, type PickedText } from '../story/text.js';
import type { Story, StoryEvent, Text } from '../story/types.js';
import {
  DAY,
  domainOf,
  packLanes,
  placeEvents,
  timeScale,
  timeTicks,
  visibleRange,
  type Placed,
  type Scale,
  type Tick,
  type Unit,
  type View,
} from './layout.js';
import { fold, matches } from './search.js';
import type { CoreMessages } from '../i18n/index.js';
import type { Gestures } from './gestures.js';
import type { TimelineMessages } from './messages.js';

/** Geometry of the horizontal plot, px. */
export const LANES = 5;
export const LANE = 34;
export const ERA = 26;
export const MARKER = 20;
export const CLUSTER = 28;
export const LANES_H = LANES * LANE;
export const PLOT_H = ERA + LANES_H + 30;

export type Item = Placed & { title: PickedText; folded?: string };

/** The story's events in time, for one language. */
export interface Prepared {
  story: Story;
  locale: string;
  items: Item[];
  byId: Map<string, Item>;
  domain: [number, number];
  /** The deepest zoom: the plot shows about 20 days. */
  kMax: number;
}

/** The events that pass the filter, in time order. */
export interface Listed {
  list: Item[];
  /** Positions in `list` of the events with an end. */
  spans: number[];
}

/** What the horizontal plot shows for a view. */
export interface Frame {
  s: Scale;
  units: Unit[];
  ticks: Tick[];
}

const text = (story: Story, locale: string, t: Text) => pickText(t, locale, story.lang);

/** Places the events; `charPx` estimates label widths (about half an em per character, Latin or Arabic). */
export function prepare(story: Story, locale: string, charPx: number, now: number): Prepared {
  const items = placeEvents(story.events) as Item[];
  for (const it of items) {
    it.title = text(story, locale, it.event.title);
    it.label = Math.min(it.title.value.length * charPx + 8, charPx * 30);
  }
  const domain = domainOf(items, story.eras ?? [], now);
  return {
    story,
    locale,
    items,
    byId: new Map(items.map((it) => [it.event.id, it])),
    domain,
    kMax: Math.max(1, (domain[1] - domain[0]) / (20 * DAY)),
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
  const list = q ? p.items.filter((it) => matches((it.folded ??= searchText(p, it.event)), q)) : p.items;
  return { list, spans: list.flatMap((it, i) => (it.event.end ? [i] : [])) };
}

/** Positions what is in view: bisect the time window, pack lanes and clusters, tick the axis. */
export function frameOf(p: Prepared, { list, spans }: Listed, width: number, view: View, rtl: boolean): Frame {
  const s = timeScale(p.domain, width, view, rtl);
  const [t0, t1] = s.window;
  const pad = ((t1 - t0) * 60) / width;
  const [lo, hi] = visibleRange(list, t0 - pad, t1 + pad);
  // spans that started before the window still show their bar
  const idx = spans.filter((i) => i < lo && list[i]!.end > t0);
  for (let i = lo; i < hi; i++) idx.push(i);
  const units = packLanes(list, idx, s.pos, {
    lanes: LANES,
    marker: MARKER,
    gap: 2,
    bin: 52,
    cluster: CLUSTER,
    offset: view.x * width,
  });
  return { s, units, ticks: timeTicks(t0, t1, width / 110) };
}

/** Everything the templates read. */
export interface TimelineView extends Listed {
  prep: Prepared;
  /** The horizontal plot, or undefined for the vertical list. */
  frame?: Frame;
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
  gestures: Gestures;
}

/** Position in the list of the event `id`, or −1. */
export function indexOf(v: Pick<TimelineView, 'prep' | 'list'>, id?: string): number {
  const it = id ? v.prep.byId.get(id) : undefined;
  return it ? v.list.indexOf(it) : -1;
}
