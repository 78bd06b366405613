/**
 * The kit's words are data (templates with `{name}` placeholders), not
 * code, and they live with what shows them: the core's here (`en.ts`,
 * `ar.ts`, `fr.ts`), the names of actor kinds, relations and laws in
 * `vocabulary.ts`, each element's in its own folder (`messages.ts` and one
 * module per other language). Each declares its own part of the
 * `LanguagePack` by declaration merging, so nothing here imports an element:
 *
 * ```ts
 * declare module '../i18n/types.js' {
 *   interface LanguagePack { timeline: TimelineMessages }
 * }
 * ```
 *
 * An element from outside the kit declares its table optional
 * (`myChart?: MyChartMessages`): a language pack written for the kit's own
 * elements need not fill it, and its English shows instead.
 */
import type { StoryErrorCode } from '../story/errors.js';

/** What an id can point to: `unknown-ref` errors name it. */
export type RefKind = 'actor' | 'source' | 'event' | 'fine' | 'quote';

export interface CoreMessages {
  $lang: string;
  $dir: 'ltr' | 'rtl';
  loading: string;
  /** Heading of the error view (the errors themselves are in `ErrorMessages`, loaded when shown). */
  errorTitle: string;
  sources: string;
  translation: string;
  /** "Translated from {language}" (the language name comes from Intl.DisplayNames). */
  translatedFrom: (language: string) => string;
  original: string;
  paraphrase: string;
  disputedDate: string;
  /** Said of a text shown in another language than the reader's: "{language}". */
  fallback: string;
}

/**
 * What the validator and the loader found, as sentences: shown only when a
 * story cannot be, so every language of them (English too) is a module
 * loaded the first time an element shows an error (`errorWords`).
 */
export interface ErrorMessages {
  /** The words' language, for the digits of limits and counts. */
  $lang: string;
  /** Where an error is: `at {path}`; `root` names the whole document. */
  at: string;
  root: string;
  /** One template per error code; placeholders are the error's params. */
  errors: Record<StoryErrorCode, string>;
  /** Names of JSON value types, for `type` errors ("a string", "a number"…). */
  types: Record<string, string>;
  /** Names of what an unknown reference points to. */
  refKinds: Record<RefKind, string>;
}

/**
 * Every word the elements show, in one language, table by table: what
 * `addLanguage` takes. A newsroom can add a language the kit does not ship
 * by filling one. The core's table is declared here; every other table
 * declares itself where it lives.
 */
export interface LanguagePack {
  core: CoreMessages;
  errors: ErrorMessages;
}

/**
 * A table of words: its English is bundled, its other languages are
 * modules loaded on demand (`timeline/messages.ar.ts`, which exports the
 * table under its `pack` name), so a page fetches only the tables its
 * elements show, in the languages they speak.
 */
export interface WordTable<K extends keyof LanguagePack = keyof LanguagePack> {
  /** Where this table's words sit in a `LanguagePack`. */
  readonly pack: K;
  readonly en: Required<LanguagePack>[K];
  /** The languages the kit ships for this table: a module that exports the words as `pack`. */
  readonly load: Readonly<Record<string, () => Promise<Partial<LanguagePack>>>>;
}

/**
 * Words loaded only when shown (`errorWords`): English is a module too, and
 * a language the kit does not ship loads the English one.
 */
export type LoadedWordTable<K extends keyof LanguagePack = keyof LanguagePack> = Omit<WordTable<K>, 'en'>;

/**
 * Words the command line writes with (lint warnings, the no-JavaScript
 * fallback): every language in one module, since nothing there loads on
 * demand. `en` required.
 */
export type MessageTable<T> = { en: T } & Partial<Record<string, T>>;
