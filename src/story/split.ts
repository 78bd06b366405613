/**
 * One language on the wire: a story in several languages, split into one
 * story per language (`npx fine-kit split story.json` writes
 * `story.ar.json`, `story.en.json`, `story.fr.json`), so a reader downloads
 * only the texts they can read. Each file is a valid story whose elements
 * show exactly what they show with the full story in that language:
 *
 * - every text keeps its versions in that language (regional ones too:
 *   `fr` and `fr-CA`), else the one version a reader of it is shown
 *   instead, marked as such (`pickText`'s choice);
 * - a plain string (written in the story's default language) becomes
 *   `{ [default]: string }` in another language's file, so it is still
 *   shown as what it is;
 * - quotes keep their original words and the reader's translation only;
 * - sources keep their title in the reader's language, else the one the
 *   reader is shown instead (a title written only in the source's own
 *   language is that original);
 * - `lang` and `languages` say what the file holds; `splitFrom` which full
 *   story it holds one language of (its file, languages, `updated` day and
 *   SHA-256).
 *
 * The walk follows the schema (`schema.ts`): a text field added to the
 * format is split with no change here.
 */
import { LongText, Quote, ShortText, Story as StorySchema } from './schema.js';
import type { Schema } from './schema-kit.js';
import { baseLang, pickText } from './text.js';
import type { SplitFrom, Story, Text } from './types.js';

/** The file a split story is written to, and that `split` fetches: `story.json` → `story.ar.json`. */
export { splitPath } from './split-load.js';

/** The languages a story splits into: one per base language of `languages` (`fr` for `fr` and `fr-CA`). */
export function splitLanguages(story: Pick<Story, 'languages'>): string[] {
  return [...new Set(story.languages.map(baseLang))];
}

/** What a split texts needs to know: the language kept, and the full story's default language. */
interface SplitContext {
  lang: string;
  defaultLang: string;
}

/** The versions of `text` a reader of `lang` can be shown (see the module's comment). */
function splitText(text: Text, c: SplitContext): Text {
  if (typeof text === 'string') {
    return baseLang(c.defaultLang) === c.lang ? text : { [c.defaultLang]: text };
  }
  const kept = Object.entries(text).filter(([k]) => baseLang(k) === c.lang);
  if (kept.length) return Object.fromEntries(kept);
  const shown = pickText(text, c.lang, c.defaultLang).lang;
  return { [shown]: text[shown]! };
}

/** A quote's translations into the reader's language only; none left, no `translations`. */
function splitTranslations(
  translations: Record<string, unknown>,
  c: SplitContext,
): Record<string, unknown> | undefined {
  const kept = Object.entries(translations).filter(([k]) => baseLang(k) === c.lang);
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/** `value` with every text split, walking it with its schema. */
function splitValue(schema: Schema<unknown>, value: unknown, c: SplitContext): unknown {
  if (schema === ShortText || schema === LongText) return splitText(value as Text, c);
  const d = schema.def;
  if (d.kind === 'optional') return splitValue(d.inner, value, c);
  if (d.kind === 'array') return (value as unknown[]).map((item) => splitValue(d.item, item, c));
  if (d.kind !== 'object') return value;
  const item = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(item)) {
    const fieldSchema = d.fields[key]!;
    const split =
      schema === Quote && key === 'translations'
        ? splitTranslations(field as Record<string, unknown>, c)
        : splitValue(fieldSchema, field, c);
    if (split !== undefined) out[key] = split;
  }
  return out;
}

/**
 * The story for readers of `lang` (a base language: `ar`), from a valid
 * full story; `from` names the full story's file and its SHA-256.
 */
export function splitStory(story: Story, lang: string, from: Omit<SplitFrom, 'languages' | 'updated'>): Story {
  const base = baseLang(lang);
  const languages = story.languages.filter((l) => baseLang(l) === base);
  if (!languages.length)
    throw new Error(`the story is not written in "${lang}" (languages: ${story.languages.join(', ')})`);
  const c: SplitContext = { lang: base, defaultLang: story.lang };
  const full: Partial<Story> = { ...story };
  delete full.splitFrom; // a split of a split names the story it was split from
  const split = splitValue(StorySchema, full, c) as Story;
  const splitFrom: SplitFrom = { ...from, languages: story.languages };
  if (story.updated) splitFrom.updated = story.updated;
  return {
    ...split,
    lang: baseLang(story.lang) === base ? story.lang : languages[0]!,
    languages,
    splitFrom,
  };
}
