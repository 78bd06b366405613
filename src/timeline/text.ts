/** How the timeline writes a story's words: in the reader's language, marked when they fell back to another, Latin runs isolated. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatStoryDate, formatStorySpan } from '../core/format.js';
import { pickText, type PickedText } from '../story/text.js';
import type { StoryEvent, Text } from '../story/types.js';
import type { TimelineView } from './model.js';
import { remember } from '../core/memo.js';
import { bidiRuns, isRtl, tokenize } from './words.js';

/** The `lang` of a text shown in another language than the reader's. */
export const langOf = (t: PickedText) => (t.fallback ? t.lang : nothing);
/** A story text in the reader's language. */
export const text = (v: TimelineView, t: Text) => pickText(t, v.locale, v.prep.story.lang);

/** An event's date at its precision, or its span. */
export function dateText(e: StoryEvent, locale: string): string {
  return e.end ? formatStorySpan(e.date, e.end, locale) : formatStoryDate(e.date, locale);
}

/**
 * A text whose Latin names, numbers and amounts are isolated (`<bdi>`) when
 * it is written right to left, so "CNIL تغرّم جوجل 50 مليون يورو" keeps its
 * order and its punctuation where the sentence puts it; a run of several words
 * up to `whole` characters long never breaks across lines. Other text as is.
 */
export function isolated(value: string, whole = 0): (string | TemplateResult)[] | string {
  const runs = bidiRuns(value);
  if (runs.length === 1) return value;
  // a short name of several words stays on one line: "La" ending one line and "Quadrature du Net"
  // starting the next read in pieces in Arabic
  const keep = (r: string) => r.includes(' ') && r.length <= whole;
  return runs.map((r, i) => (i % 2 ? html`<bdi class=${keep(r) ? 'whole' : nothing}>${r}</bdi>` : r));
}

/**
 * Labels by text: a pan or a zoom draws the same titles frame after frame,
 * and each was tokenized again (its Unicode classes) at every frame. What is
 * kept is a template's values, which Lit renders as often as it is given them.
 */
const labels = remember<unknown[] | string>(10_000);

/**
 * A label's words with its unbreakable pieces kept whole when it wraps
 * ("€746 million", "La Quadrature du Net" inside Arabic), and isolated. Left
 * to right with no such piece, one string: one text node, where each word and
 * space had one with Lit's markers around it (a hundred labels' worth of
 * nodes made at each frame of a zoom). The same text, broken at the same places.
 */
export function labelText(value: string): unknown[] | string {
  return labels(value, () => {
    const tokens = tokenize(value);
    if (!isRtl(value) && !tokens.some((t) => t.includes(' '))) return tokens.join(' ');
    return tokens.map((token, i) => {
      const t = isolated(token);
      return [i ? ' ' : '', token.includes(' ') ? html`<span class="whole">${t}</span>` : t];
    });
  });
}
