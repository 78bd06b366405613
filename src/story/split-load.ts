/**
 * Fetching the reader's language only: with `split`, an element whose `src`
 * is `story.json` fetches `story.ar.json` for an Arabic reader (the file
 * `npx fine-kit split` writes, see `split.ts`), and falls back to the full
 * file when that one is missing: at most one extra request, once per page.
 */
import { loadStory, type LoadOptions } from './load.js';
import { StoryLoadError } from './errors.js';
import { baseLang } from './text.js';
import type { Story } from './types.js';

/** What a missing file looks like: no such file, a refusal, or a site's HTML page in its place. */
const MISSING = new Set(['not-found', 'http', 'html']);

/**
 * The file of one language to fetch for `src`: `story.json` → `story.ar.json`
 * for a reader of `lang` (`ar-EG` → `ar`). `undefined` (fetch `src` itself)
 * without `split`, when the page names no language (`lang` null), or when
 * `split` lists the languages that have a file (`"ar en fr"`) and the
 * reader's is not one of them.
 */
export function splitSource(src: string, lang: string | null, split: string | null | undefined): string | undefined {
  if (split == null || !lang) return undefined;
  const base = baseLang(lang);
  const listed = split
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(baseLang);
  if (listed.length && !listed.includes(base)) return undefined;
  // before the query and the fragment: story.json?v=2 → story.ar.json?v=2
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(src) ?? [];
  return splitPath(path, base) + rest;
}

/** `story.json` → `story.ar.json`; a name without `.json` gets `.ar.json`. */
export function splitPath(path: string, lang: string): string {
  const suffix = `.${baseLang(lang)}.json`;
  return /\.json$/i.test(path) ? path.replace(/\.json$/i, suffix) : path + suffix;
}

/** Split files found missing on this page: the next element asks for the full file straight away. */
const missing = new Set<string>();

/**
 * `loadStory` for an element's `src` with `split`: the reader's language's
 * file (`splitSource`), else the full file when that one is missing. Any
 * other failure of the split file (invalid, too large, offline) is reported
 * as it is: a broken split file is a publishing error to see, not to hide.
 */
export async function loadStoryIn(
  src: string,
  lang: string | null,
  split: string | null | undefined,
  options?: LoadOptions,
): Promise<Story> {
  const file = splitSource(src, lang, split);
  if (file === undefined || (missing.has(file) && !options?.fresh)) return loadStory(src, options);
  try {
    return await loadStory(file, options);
  } catch (e) {
    if (!(e instanceof StoryLoadError) || !MISSING.has(e.errors[0]?.code ?? '')) throw e;
    missing.add(file);
    return loadStory(src, options);
  }
}
