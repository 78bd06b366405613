/** How the timeline writes a story's words: in the reader's language, marked when they fell back to another. */
import { nothing } from 'lit';
import { formatStoryDate, formatStorySpan } from '../core/format.js';
import { pickText, type PickedText } from '../story/text.js';
import type { StoryEvent, Text } from '../story/types.js';
import type { TimelineView } from './model.js';

/** The `lang` of a text shown in another language than the reader's. */
export const langOf = (t: PickedText) => (t.fallback ? t.lang : nothing);
/** A story text in the reader's language. */
export const text = (v: TimelineView, t: Text) => pickText(t, v.locale, v.prep.story.lang);

/** An event's date at its precision, or its span. */
export function dateText(e: StoryEvent, locale: string): string {
  return e.end ? formatStorySpan(e.date, e.end, locale) : formatStoryDate(e.date, locale);
}
