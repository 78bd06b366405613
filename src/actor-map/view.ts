/**
 * The actor map's view model, what its templates read, and the words and
 * marks they share: names, accessible names, a relation's verb, a link's
 * words, each actor as drawn.
 */
import { formatNumber, formatStoryDate } from '../core/format.js';
import type { Direction } from '../core/locale.js';
import type { CoreMessages } from '../i18n/index.js';
import type { Vocabulary } from '../i18n/vocabulary.js';
import type { PickedText } from '../story/text.js';
import type { ActorKind, Relation, Story } from '../story/types.js';
import type { Graph, GraphLink, Plan } from './graph.js';
import type { LayoutResult } from './fit.js';
import type { RelationFine } from './relations.js';
import type { LinkShape, Mark } from './shapes.js';
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
  /** Every link's shape, in the order of `graph.links`. */
  shapes: LinkShape[];
  names: ReadonlyMap<string, Names>;
  /** The fine a relation is about, if any. */
  about: (r: Relation) => RelationFine | undefined;
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
  /** How many of the table's rows to show. */
  rows: number;
  /** Too large to draw legibly: the table only. */
  tooLarge: boolean;
  /** A phone-sized box: the drawing is an overview, the relations a list. */
  phone: boolean;
  /** A phone's list: the height that fills the reservation (0: its own). */
  panelHeight: number;
  /** A phone's list is shown whole, by the reader's hand: the element grows. */
  open: boolean;
  /** The reader's pointer is a finger: touch words. */
  touch: boolean;
}

/** What the reader can do. */
export interface MapActions {
  keydown: (e: KeyboardEvent) => void;
  focusin: (e: FocusEvent) => void;
  click: (e: MouseEvent) => void;
  toggle: () => void;
  clear: () => void;
  /** Shows more of a long table. */
  more: () => void;
  /** Shows a phone's whole list (from its button). */
  open: () => void;
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

/** The middle of a relation's sentence: a court's ruling on a fine says what it did, else the kind's words. */
export function verb(v: MapView, r: Relation): string {
  const step = v.about(r)?.step;
  return step ? v.m.rulings[step.status] : v.voc.relationKinds[r.kind];
}

/** Each actor as drawn (centre, kind, radius): the main actor a third larger. */
export function marks(graph: Graph, layout: LayoutResult, p: Plan): Map<string, Mark> {
  const out = new Map<string, Mark>();
  for (const n of graph.nodes) {
    const at = layout.pos.get(n.id);
    if (at) out.set(n.id, { x: at.x, y: at.y, kind: n.kind, r: n.main ? p.r * 1.35 : p.r });
  }
  return out;
}

/** A link's words: its kinds (or rulings) in the reader's language, "×n" when merged, the year of a single relation. */
export function linkWords(v: MapView, l: GraphLink): string {
  const { m } = v;
  const words = [...new Set(l.relations.map((r) => verb(v, r)))].join(' / ');
  const first = l.relations[0]!;
  const more = l.relations.length > 1 ? ` ${put(m.times, { n: formatNumber(l.relations.length, v.locale) })}` : '';
  const year =
    l.relations.length === 1 && first.date ? `${m.sep}${formatStoryDate(first.date.slice(0, 4), v.locale)}` : '';
  return `${words}${more}${year}`;
}
