/**
 * The last step of every import: the converted story through the kit's own
 * validator, each error located in the file the editor wrote (a JSON path, or
 * a spreadsheet cell), never reported twice when the import already said why.
 */
import { parseStory } from '../story/parse.js';
import type { Story } from '../story/types.js';
import type { ImportResult, Issues, Location } from './issues.js';

/** Story paths (`/events/3/sources`) whose validator error the import already explained. */
export type Explained = Set<string>;

export function finish(
  story: Story,
  issues: Issues,
  locate: (storyPath: string) => Location,
  explained: Explained = new Set(),
): ImportResult {
  const result = parseStory(story);
  if (!result.ok) {
    for (const error of result.errors) {
      if (explained.has(error.path)) continue;
      issues.list.push({ level: 'error', code: 'invalid', where: locate(error.path), params: {}, storyError: error });
    }
  }
  return { story, valid: result.ok, issues: issues.list };
}

/** `['events', '3', 'title']` from `/events/3/title`. */
export function segments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The language a text is most likely written in, told apart by script only: Arabic, else English. */
export function guessLang(texts: string[]): string {
  let arabic = 0;
  let latin = 0;
  for (const t of texts) {
    arabic += t.match(/[\u0600-\u06ff\u0750-\u077f]/g)?.length ?? 0;
    latin += t.match(/[A-Za-z\u00c0-\u024f]/g)?.length ?? 0;
  }
  return arabic > latin ? 'ar' : 'en';
}
