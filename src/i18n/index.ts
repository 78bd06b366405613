/**
 * Picking messages for a language (exact tag, then base language, then
 * English) and filling their templates. English is always bundled. Other
 * languages arrive table by table, loaded the first time an element needs
 * one (`languageReady`), or added by the page (`addLanguage`).
 */
import { en } from './en.js';
import type {
  CoreMessages,
  ErrorMessages,
  LanguagePack,
  LoadedWordTable,
  MessageTable,
  RefKind,
  WordTable,
} from './types.js';
import type { StoryError } from '../story/errors.js';
import { baseLang } from '../story/text.js';

export type * from './types.js';

/** The core's words: loading, errors, sources, translation labels. */
export const coreWords: WordTable<'core'> = {
  pack: 'core',
  en,
  load: { ar: () => import('./ar.js'), fr: () => import('./fr.js') },
};

/**
 * The words of errors (`describeError`): shown only when a story cannot be,
 * so no language of them is in the kit's files, English included. An
 * element asks for them when it has an error to show
 * (`LocaleController.need`); a language the kit does not ship gets English.
 */
export const errorWords: LoadedWordTable<'errors'> = {
  pack: 'errors',
  load: { en: () => import('./errors.en.js'), ar: () => import('./errors.ar.js'), fr: () => import('./errors.fr.js') },
};

/** Languages the kit's own words exist in. */
export const KIT_LANGUAGES = ['en', ...Object.keys(coreWords.load)];

/** Words by language tag (`ar`, `fr-ca`), table by table, as they load or a page adds them. */
const words = new Map<string, Partial<LanguagePack>>();
const loading = new Map<string, Promise<void>>();
/**
 * For each base language: settles when every table asked for so far has
 * loaded. The elements of a page ask for their words one after the other,
 * and each import settles in a task of its own: an element whose words are
 * here waits for those the others asked for meanwhile, and they all render
 * in one task, rather than with the browser laying out and painting the
 * page between two of them (measured in an Arabic article of four
 * elements: a frame in the middle, and the layout of what was drawn before
 * it, on the way to the last one).
 */
const allOf = new Map<string, Promise<unknown>>();
const failed = new Set<string>();
const warned = new Set<string>();

const wordsOf = (lang: string, pack: keyof LanguagePack) => {
  const tag = lang.toLowerCase();
  return words.get(tag)?.[pack] ?? words.get(baseLang(tag))?.[pack];
};

/**
 * Makes `pack` the words for `lang`: a base language (`de`) or a regional
 * tag (`fr-CA`), which wins over its base. A partial pack adds or replaces
 * only the tables it has. Elements show the words at their next update.
 */
export function addLanguage(lang: string, pack: Partial<LanguagePack>): void {
  const tag = lang.toLowerCase();
  words.set(tag, { ...words.get(tag), ...pack });
}

function loadTable(base: string, table: LoadedWordTable): Promise<void> {
  const key = `${base}/${table.pack}`;
  const known = loading.get(key);
  if (known) return known;
  const done = table.load[base]!().then(
    (module) => addLanguage(base, { [table.pack]: module[table.pack] }),
    (error: unknown) => {
      failed.add(key);
      // once per language: a missing lang/ folder fails every table at once
      if (!warned.has(base))
        console.warn(
          `fine-kit: the "${base}" words could not be loaded (lang/ beside the kit's file); showing English.`,
          error,
        );
      warned.add(base);
    },
  );
  loading.set(key, done);
  allOf.set(base, Promise.all([allOf.get(base), done]));
  return done;
}

/**
 * `undefined` when the core and `tables` can be used in `lang` now
 * (English, words already loaded or added, or a language the kit does not
 * ship, which falls back to English); otherwise a promise that settles once
 * the missing tables have loaded, with every other table of the language
 * asked for by then (`allOf`). Words that fail to load are reported
 * once per language, and English is used in their place.
 */
export function languageReady(
  lang: string,
  tables: readonly (WordTable | LoadedWordTable)[] = [],
): Promise<void> | undefined {
  const loads = [coreWords, ...tables].flatMap((t) => {
    // a table without bundled English loads English for a language it does not ship
    const base = t.load[baseLang(lang)] || 'en' in t ? baseLang(lang) : 'en';
    const missing =
      t.load[base] && !wordsOf(lang, t.pack) && !wordsOf(base, t.pack) && !failed.has(`${base}/${t.pack}`);
    return missing ? [loadTable(base, t)] : [];
  });
  return loads.length ? (Promise.all(loads).then(() => allOf.get(baseLang(lang))) as Promise<void>) : undefined;
}

/** The entry of `table` for `lang` (`ar-EG` → `ar`), English when the kit does not speak it. */
export function pickMessages<T>(table: MessageTable<T>, lang: string): T {
  const tag = lang.toLowerCase();
  return table[tag] ?? table[baseLang(tag)] ?? table.en;
}

/** The words of a table in `lang` (`fr-CA`, then `fr`); English until they have loaded. */
export function packMessages<K extends keyof LanguagePack>(
  table: WordTable<K>,
  lang: string,
): Required<LanguagePack>[K] {
  return (wordsOf(lang, table.pack) as Required<LanguagePack>[K] | undefined) ?? table.en;
}

export function coreMessages(lang: string): CoreMessages {
  return packMessages(coreWords, lang);
}

/**
 * Fills `{name}` placeholders. Values are wrapped in bidi isolates (FSI…PDI)
 * so a Latin path or URL inside an Arabic sentence keeps its punctuation
 * where it belongs.
 */
export function fill(template: string, params: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => `\u2068${params[key] ?? ''}\u2069`);
}

/** The error words for `lang` (`fr-CA`, then `fr`, then English) once loaded or added; `undefined` before. */
export function errorMessages(lang: string): ErrorMessages | undefined {
  return (wordsOf(lang, 'errors') ?? wordsOf('en', 'errors')) as ErrorMessages | undefined;
}

/**
 * An error as a sentence in the words' language (`errorMessages(lang)`); its
 * code and parameters when the words are not there (not loaded yet, or
 * unreachable offline).
 */
export function describeError(w: ErrorMessages | undefined, error: StoryError): string {
  const p: Record<string, string | number> = { ...error.params };
  if (!w) return [error.code, ...Object.values(p)].join(' ');
  if (error.code === 'type') {
    p['expected'] = w.types[p['expected']!] ?? p['expected']!;
    p['received'] = w.types[p['received']!] ?? p['received']!;
  }
  if (error.code === 'unknown-ref') p['kind'] = w.refKinds[p['kind'] as RefKind] ?? p['kind']!;
  // limits, counts and seconds in the reader's digits and grouping ("5,000,000", "٥٬٠٠٠٬٠٠٠");
  // an HTTP status and a value quoted from the story stay as written
  for (const key of ['max', 'min', 'count', 'seconds']) {
    const n = p[key];
    if (typeof n === 'number') p[key] = n.toLocaleString(w.$lang, { maximumSignificantDigits: 21 });
  }
  return fill(w.errors[error.code], p);
}

/** "at /events/3/date", or the words for the whole document; the bare path when the words are not there. */
export function describePath(w: ErrorMessages | undefined, path: string): string {
  return w ? fill(w.at, { path: path || w.root }) : path || '/';
}
