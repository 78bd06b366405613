/**
 * Picking a text in the reader's language, and saying when we could not.
 */
import type { Story, Text } from './types.js';

export interface PickedText {
  value: string;
  /** The language the value is written in (set it as `lang` on the element showing it). */
  lang: string;
  /** True when the reader's language was not available and another was used. */
  fallback: boolean;
}

/** `ar-EG` → `ar`. */
export function baseLang(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/**
 * The version of `text` for `lang`: the exact tag, then its base language,
 * then the story's default language, then whatever there is.
 */
export function pickText(text: Text, lang: string, defaultLang: string): PickedText {
  if (typeof text === 'string') {
    return { value: text, lang: defaultLang, fallback: baseLang(defaultLang) !== baseLang(lang) };
  }
  const keys = Object.keys(text);
  const want = baseLang(lang);
  const exact = keys.find((k) => k.toLowerCase() === lang.toLowerCase());
  const base = exact ?? keys.find((k) => baseLang(k) === want);
  if (base) return { value: text[base]!, lang: base, fallback: false };
  const fallbackKey =
    keys.find((k) => k.toLowerCase() === defaultLang.toLowerCase()) ??
    keys.find((k) => baseLang(k) === baseLang(defaultLang)) ??
    keys[0]!;
  return { value: text[fallbackKey]!, lang: fallbackKey, fallback: true };
}

/** Shorthand for code that only needs the string. */
export function textIn(text: Text | undefined, lang: string, story: Pick<Story, 'lang'>): string {
  return text === undefined ? '' : pickText(text, lang, story.lang).value;
}
