/**
 * The kit's words are data (templates with `{name}` placeholders), not
 * code. English lives next to what uses it: the core's here in `en.ts`,
 * each element's in its folder (`messages.ts`), the names of actor kinds,
 * relations and laws in `vocabulary.ts`, so a bundle carries only what it
 * shows. Every other language is one `LanguagePack` module (`ar.ts`,
 * `fr.ts`) that a page loads only when an element speaks that language.
 */
import type { StoryErrorCode } from '../story/errors.js';
import type { Vocabulary } from './vocabulary.js';
import type { TimelineMessages } from '../timeline/messages.js';
import type { ComparisonMessages } from '../comparison/messages.js';
import type { QuoteMessages } from '../quote/messages.js';
import type { ActorMapMessages } from '../actor-map/messages.js';

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
}

/** A table written whole in one module: one object per language, `en` required (the command line's words). */
export type MessageTable<T> = { en: T } & Partial<Record<string, T>>;

/**
 * Every word the elements show, in one language, by table: what
 * `addLanguage` takes. A newsroom can add a language the kit does not ship
 * by filling one.
 */
export interface LanguagePack {
  core: CoreMessages;
  vocabulary: Vocabulary;
  timeline: TimelineMessages;
  comparison: ComparisonMessages;
  quote: QuoteMessages;
  actorMap: ActorMapMessages;
}

/**
 * A table whose English is bundled and whose other languages are modules
 * loaded on demand (`timeline/messages.ar.ts`): a page fetches only the
 * tables its elements show, in the languages they speak.
 */
export interface PackedTable<K extends keyof LanguagePack> {
  /** Where this table's words sit in a `LanguagePack`. */
  readonly pack: K;
  readonly en: LanguagePack[K];
  /** The languages the kit ships for this table. */
  readonly load: Readonly<Record<string, () => Promise<{ default: LanguagePack[K] }>>>;
}

/** Any packed table. */
export type WordTable = PackedTable<keyof LanguagePack>;
