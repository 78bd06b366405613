/**
 * The words the shared core needs, one typed object per locale. They are
 * data (templates with `{name}` placeholders), not code, to keep every
 * element's bundle small. Element folders keep their own UI words next to
 * the element (`messages.ts`), and `vocabulary.ts` holds the names of actor
 * kinds, relations and laws, so a bundle carries only what it shows.
 */
import type { StoryErrorCode } from '../story/errors.js';

/** What an id can point to: `unknown-ref` errors name it. */
export type RefKind = 'actor' | 'source' | 'event' | 'fine' | 'quote';

export interface CoreMessages {
  $lang: string;
  $dir: 'ltr' | 'rtl';
  loading: string;
  /** Heading of the error view. */
  errorTitle: string;
  /** Where an error is: `at {path}`; `root` names the whole document. */
  at: string;
  root: string;
  /** One template per error code; placeholders are the error's params. */
  errors: Record<StoryErrorCode, string>;
  /** Names of JSON value types, for `type` errors ("a string", "a number"…). */
  types: Record<string, string>;
  /** Names of what an unknown reference points to. */
  refKinds: Record<RefKind, string>;
  sources: string;
  translation: string;
  /** "Translated from {language}" (the language name comes from Intl.DisplayNames). */
  translatedFrom: (language: string) => string;
  original: string;
  paraphrase: string;
  disputedDate: string;
  /** Said of a text shown in another language than the reader's: "{language}". */
  fallback: string;
  /** Opening and closing quotation marks of the language. */
  quotes: readonly [string, string];
}

/** Message tables of an element: one object per language, `en` required. */
export type MessageTable<T> = { en: T } & Partial<Record<string, T>>;
