/**
 * The height an embed iframe starts at, and keeps on a page that runs no
 * script. The actor map keeps its reserved height (`--fine-*-min-height`,
 * taller on a phone), its caption and credit inside it: the host script's
 * first message changes nothing. The timeline from 600 px is its
 * reserved height and the caption, credit and "Updated" line around it
 * (estimated from their characters). A chart, a quote and the timeline's
 * list grow with their data and narrow columns: their
 * heights are estimated from the story (bars, characters, rows), with
 * constants measured on the kit's own story in Chromium (en, ar, fr; 375 to
 * 1000 px; `node scripts/embed-heights.js`) and kept honest by a browser
 * test. The estimates lean high: a gap under a chart is better than a chart
 * cut.
 */
import type { EmbedElementName } from './protocol.js';

const REM = 16;

/** The embed page's padding around its content (4 px on each side). */
export const FRAME_PADDING = 8;

/** Between two elements in `element=all`. */
export const FRAME_GAP = 24;

/** Each element's reserved height: the default of its `--fine-*-min-height`, in rem. */
export const RESERVED_REM: Readonly<Record<EmbedElementName, number>> = {
  timeline: 24,
  comparison: 16,
  quote: 13,
  'actor-map': 44,
};

/**
 * The actor map's reservation on a narrow screen (a viewport of at most 32rem,
 * as its styles and themes/reserve.css say): a phone stacks its drawing,
 * legend and list, and Arabic's lines are taller.
 */
const MAP_PHONE_REM = 51;
const MAP_PHONE_UPTO = 32 * REM;

/** A snippet gives phones (a viewport under this many px) their own height. */
export const PHONE_BELOW = 600;

/** The width a phone's height is estimated at. */
export const PHONE_WIDTH = 375;

/** The chart stacks each label above its bar below 32rem of its own width. */
const CHART_STACKS_BELOW = 32 * REM + FRAME_PADDING;

/**
 * The caption above an element and its credit and "Updated" line below
 * (src/core/chrome.ts), as the story gives them for the element and the
 * page does not hide them: characters of each, in the reader's language.
 */
export interface ChromeFacts {
  title?: number;
  text?: number;
  credit?: number;
  /** The story is dated: an "Updated" line. */
  updated?: boolean;
  /** Arabic script: taller lines. */
  arabic?: boolean;
}

/**
 * The chrome's height at `width`, leaning high: characters over the line's
 * width (measured widths per character, rounded up) times the line's height,
 * and the margins.
 */
export function chromeHeight(f: ChromeFacts, width: number): number {
  const column = Math.max(width - FRAME_PADDING, 100);
  const lines = (chars: number | undefined, perChar: number) => (chars ? Math.ceil((chars * perChar) / column) : 0);
  const small = f.arabic ? 27 : 22;
  const caption =
    f.title || f.text ? lines(f.title, 11) * (f.arabic ? 30 : 26) + lines(f.text, 9) * (f.arabic ? 30 : 25) + 16 : 0;
  const footer = f.credit || f.updated ? (lines(f.credit, 8) + (f.updated ? 1 : 0)) * small + 8 : 0;
  return caption + footer;
}

/** What the estimates need to know of the story. */
export interface HeightFacts extends ChromeFacts {
  /** Comparison: rows of the chart (bars, and one for the fines beyond its limit). */
  rows?: number;
  /** Comparison: fines annulled or reduced on appeal (a line of status each, and a key under the chart). */
  cut?: number;
  /** Quote: characters of the text shown. */
  chars?: number;
  /** Quote: the text shown is a translation (a line says so, a button shows the original). */
  translated?: boolean;
  /** Timeline: characters of each title its phone list shows, how many eras name their events, and whether a "Show all" button follows. */
  titles?: number[];
  eras?: number;
  more?: boolean;
}

/** Below this width of its own, the timeline is a list that grows with its events. */
const TIMELINE_LIST_BELOW = 600;

/** From this width of its own, the actor map's drawing gives up height to its caption and credit, down to `MAP_LEAST` (src/actor-map). */
const MAP_FILLS_FROM = 480;

/** The least a wide map keeps for its drawing (320 px: `mapBounds` in src/actor-map/measure.ts) and its controls, leaning high. */
const MAP_LEAST = 420;

/** The height in px of a frame `width` px wide showing `element`. */
export function fallbackHeight(element: EmbedElementName, width: number, facts: HeightFacts = {}): number {
  const rem = element === 'actor-map' && width <= MAP_PHONE_UPTO ? MAP_PHONE_REM : RESERVED_REM[element];
  const reserved = rem * REM;
  // the timeline and the map fill their reserved height; the chart and the quote grow with their data
  let content = reserved;
  if (element === 'comparison' && facts.rows) {
    // a row is a bar and its label: side by side on a wide chart, stacked on a narrow one
    const stacked = width < CHART_STACKS_BELOW;
    const cut = facts.cut ? (stacked ? 60 : 40) + 22 * facts.cut : 0;
    // Arabic's label lines are taller (room for its marks): a stacked row grows by them
    const row = stacked ? (facts.arabic ? 86 : 79) : 67;
    content = (stacked ? 32 : 2) + row * facts.rows + cut;
  }
  if (element === 'quote' && facts.chars) {
    // the words fill lines of about (width - 100) px; the caption, the marks and the padding are the rest
    content = 172 + (facts.translated ? 55 : 0) + (230 * facts.chars) / Math.max(width - 100, 100);
  }
  if (element === 'timeline' && facts.titles && width - FRAME_PADDING < TIMELINE_LIST_BELOW) {
    // the filter (a touch target), each row's date and wrapped title (Arabic's taller lines), each era's name, the button
    const perLine = Math.max((width - FRAME_PADDING - 44) / 7.8, 10);
    const rows = facts.titles.reduce((sum, chars) => sum + 33 + 29 * Math.ceil(chars / perLine), 0);
    const list = 52 + rows + 25 * (facts.eras ?? 0) + (facts.more ? 60 : 0);
    return Math.ceil(list + chromeHeight(facts, width) + FRAME_PADDING);
  }
  if (element === 'actor-map') {
    // a wide map's drawing gives up to the chrome what it takes, down to its least height; a phone's
    // reservation holds its least drawing, legend, list and chrome (measured in Arabic, 320–500 px)
    const least = width - FRAME_PADDING >= MAP_FILLS_FROM ? MAP_LEAST + chromeHeight(facts, width) : 0;
    return Math.ceil(Math.max(reserved, least) + FRAME_PADDING);
  }
  return Math.ceil(Math.max(reserved, content + chromeHeight(facts, width)) + FRAME_PADDING);
}

/** The whole story in one frame: every element, one under the other. */
export function fallbackHeightAll(width: number, facts: Record<EmbedElementName, HeightFacts[]>): number {
  const heights = (Object.keys(facts) as EmbedElementName[]).flatMap((element) =>
    facts[element].map((f) => fallbackHeight(element, width, f) - FRAME_PADDING),
  );
  return heights.reduce((sum, h) => sum + h, 0) + FRAME_GAP * Math.max(heights.length - 1, 0) + FRAME_PADDING;
}
