/**
 * The embed page's address, checked: `embed.html?story=URL&element=timeline&lang=ar&selected=…`.
 * Pure (no DOM): every parameter is validated against what it may be, and
 * nothing from the address is ever used as HTML. Element attributes pass
 * through only when they configure how the story is shown; the standalone
 * quote's attributes (speaker, cite…) would put words that are not the
 * story's on the page, so the embed does not take them.
 */
import type { EmbedElementName } from './protocol.js';

export const EMBED_ELEMENTS: readonly EmbedElementName[] = ['timeline', 'comparison', 'quote', 'actor-map'];

/** The theme presets in `themes/` the embed page carries (`data-fine-theme=…`). */
export const EMBED_PRESETS = ['broadsheet', 'arabic-daily', 'high-contrast'] as const;

/** How a parameter's value is checked: a story id, a list of ids, free text, a boolean, a count, or one of a set. */
export type ValueCheck = 'id' | 'ids' | 'text' | 'boolean' | 'count' | readonly string[];

const THEMES = ['auto', 'light', 'dark'];

/** What every element shows around itself (src/core/chrome.ts), and the attributes that hide it. */
const CHROME: Readonly<Record<string, ValueCheck>> = {
  caption: 'text',
  'no-caption': 'boolean',
  'no-credit': 'boolean',
  'no-updated': 'boolean',
};

/**
 * The attributes each element takes from the address, and their values.
 * A browser test holds this table to each element's `observedAttributes`
 * (anything new must be added here or to `NOT_FROM_ADDRESS`), and a node
 * test holds the value sets to the types in the custom-elements manifest.
 */
export const ELEMENT_PARAMS: Readonly<Record<EmbedElementName, Readonly<Record<string, ValueCheck>>>> = {
  timeline: {
    selected: 'id',
    orientation: ['auto', 'horizontal', 'vertical'],
    filter: 'text',
    'link-hash': 'boolean',
    theme: THEMES,
    ...CHROME,
  },
  comparison: {
    highlight: 'id',
    'compare-to': 'id',
    scale: ['linear', 'log'],
    sort: ['amount', 'date'],
    law: ['all', 'gdpr', 'eprivacy'],
    status: ['all', 'standing'],
    limit: 'count',
    view: ['chart', 'table'],
    selected: 'id',
    theme: THEMES,
    ...CHROME,
  },
  quote: { quote: 'id', variant: ['card', 'pull', 'inline'], 'show-original': 'boolean', theme: THEMES, ...CHROME },
  'actor-map': { focus: 'id', view: ['map', 'table'], theme: THEMES, ...CHROME },
};

/**
 * Element attributes the address cannot set: the page sets `src`, `lang`
 * and `dir` itself; `split` too goes with the `src` the page owns (on its
 * `<fine-story>`, with the request it makes itself for the frame's title),
 * and the address already names the file to fetch: `story=…/story.ar.json`,
 * the one-language file `npx fine-kit split` writes, is a whole story; the
 * rest are a standalone quote's own words.
 */
export const NOT_FROM_ADDRESS = [
  'src',
  'lang',
  'dir',
  'split',
  'speaker',
  'speaker-role',
  'cite',
  'source',
  'date',
  'paraphrase',
];

/** The page's own parameters, beside the elements' attributes. */
const PAGE_PARAMS = ['story', 'element', 'lang', 'dir', 'data-fine-theme', 'background', 'parent-origin'];

const ID = /^[a-z0-9][a-z0-9-]*$/;
const MAX_ID = 64;
const MAX_TEXT = 200;
const MAX_URL = 2048;

export type EmbedErrorCode =
  | 'missing'
  | 'unknown'
  | 'repeated'
  | 'one-of'
  | 'id'
  | 'boolean'
  | 'count'
  | 'text'
  | 'story-url'
  | 'not-allowed'
  | 'lang'
  | 'origin'
  /** An id the story does not have (`npx fine-kit embed`, which has the story at hand). */
  | 'no-such';

/** One thing wrong with the address: which parameter, what it was and what was expected. */
export interface EmbedParamError {
  code: EmbedErrorCode;
  param: string;
  value?: string;
  /** What the parameter may be: a list of values, of parameters, or of allowed story addresses. */
  expected?: readonly string[];
}

export interface EmbedConfig {
  /** The story's absolute URL. */
  story: string;
  /** One element, or `all`: the whole article. */
  element: EmbedElementName | 'all';
  /** The language asked for (canonical tag), if any; else the story's. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  preset?: (typeof EMBED_PRESETS)[number];
  /** `transparent` (default): the host's background shows through; `themed`: the theme's paper. */
  background: 'transparent' | 'themed';
  /** Where messages to the parent may go, and come from; `*` when not set. */
  parentOrigin: string;
  /** Attributes for the elements, by element (only those that take each). */
  attributes: Record<EmbedElementName, Record<string, string>>;
  /** With `element=all`: the quotes to show, in order (empty: every quote of the story). */
  quotes: string[];
}

export type EmbedParseResult =
  | { ok: true; config: EmbedConfig }
  /** `lang`: the language asked for, when that parameter itself is good (the errors are said in it). */
  | { ok: false; errors: EmbedParamError[]; lang?: string };

/** `Intl`'s canonical form of a language tag, or null. */
function canonical(tag: string): string | null {
  try {
    return /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(tag) ? (Intl.getCanonicalLocales(tag)[0] ?? null) : null;
  } catch {
    return null;
  }
}

/** `https://a.example/x` → `https://a.example`, or null when `value` is not exactly an http(s) origin. */
function origin(value: string): string | null {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

/** The story's address, absolute, or an error. `allow` lists address prefixes; null allows any http(s) URL. */
function storyUrl(value: string, base: string, allow: readonly string[] | null): string | EmbedParamError {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { code: 'story-url', param: 'story', value };
  }
  if (value.length > MAX_URL || !/^https?:$/.test(url.protocol) || url.username || url.password)
    return { code: 'story-url', param: 'story', value };
  if (allow && !allow.some((prefix) => url.href.startsWith(new URL(prefix, base).href)))
    return { code: 'not-allowed', param: 'story', value: url.href, expected: allow };
  return url.href;
}

/** Checks one element attribute's value: the value to set, null to leave the attribute out, or an error. */
function checkValue(param: string, value: string, check: ValueCheck): string | null | EmbedParamError {
  if (Array.isArray(check))
    return check.includes(value) ? value : { code: 'one-of', param, value, expected: check as readonly string[] };
  switch (check) {
    case 'id':
      return ID.test(value) && value.length <= MAX_ID ? value : { code: 'id', param, value };
    case 'ids':
      return value.split(',').every((id) => ID.test(id) && id.length <= MAX_ID) ? value : { code: 'id', param, value };
    case 'boolean':
      // present (`&link-hash`) or `true` sets it, `false` leaves it out
      return value === '' || value === 'true' ? '' : value === 'false' ? null : { code: 'boolean', param, value };
    case 'count':
      return /^[1-9][0-9]{0,3}$/.test(value) ? value : { code: 'count', param, value };
    default:
      return value.length <= MAX_TEXT ? value : { code: 'text', param, value };
  }
}

/**
 * Reads and checks the embed page's query string. `base` is the page's own
 * URL (relative story addresses resolve against it); `allow`, the story
 * address prefixes a self-hoster allows (null: any).
 */
export function parseEmbedParams(
  query: string | URLSearchParams,
  base: string,
  allow: readonly string[] | null = null,
): EmbedParseResult {
  const params = new URLSearchParams(query);
  const errors: EmbedParamError[] = [];
  const names = [...new Set(params.keys())];
  for (const name of names) if (params.getAll(name).length > 1) errors.push({ code: 'repeated', param: name });
  const get = (name: string) => params.get(name) ?? undefined;

  const elementValue = get('element');
  const element =
    elementValue === undefined
      ? (errors.push({ code: 'missing', param: 'element', expected: [...EMBED_ELEMENTS, 'all'] }), undefined)
      : ([...EMBED_ELEMENTS, 'all'] as const).find((e) => e === elementValue);
  if (elementValue !== undefined && !element)
    errors.push({ code: 'one-of', param: 'element', value: elementValue, expected: [...EMBED_ELEMENTS, 'all'] });
  const shown = element === 'all' ? EMBED_ELEMENTS : element ? [element] : [];

  const storyValue = get('story');
  let story = '';
  if (storyValue === undefined || storyValue === '') errors.push({ code: 'missing', param: 'story' });
  else {
    const checked = storyUrl(storyValue, base, allow);
    if (typeof checked === 'string') story = checked;
    else errors.push(checked);
  }

  const config: EmbedConfig = {
    story,
    element: element ?? 'all',
    background: 'transparent',
    parentOrigin: '*',
    attributes: { timeline: {}, comparison: {}, quote: {}, 'actor-map': {} },
    quotes: [],
  };
  const langValue = get('lang');
  if (langValue !== undefined) {
    const lang = canonical(langValue);
    if (lang) config.lang = lang;
    else errors.push({ code: 'lang', param: 'lang', value: langValue });
  }
  const pick = <T extends string>(name: string, values: readonly T[]): T | undefined => {
    const value = get(name);
    if (value === undefined) return undefined;
    const found = values.find((v) => v === value);
    if (!found) errors.push({ code: 'one-of', param: name, value, expected: values });
    return found;
  };
  config.dir = pick('dir', ['ltr', 'rtl'] as const);
  config.preset = pick('data-fine-theme', EMBED_PRESETS);
  config.background = pick('background', ['transparent', 'themed'] as const) ?? 'transparent';
  const originValue = get('parent-origin');
  if (originValue !== undefined) {
    const checked = origin(originValue);
    if (checked) config.parentOrigin = checked;
    else errors.push({ code: 'origin', param: 'parent-origin', value: originValue });
  }

  for (const name of names) {
    if (PAGE_PARAMS.includes(name)) continue;
    const takers = shown.filter((e) => Object.hasOwn(ELEMENT_PARAMS[e], name));
    if (!takers.length) {
      const known = [...new Set(shown.flatMap((e) => Object.keys(ELEMENT_PARAMS[e])))];
      errors.push({ code: 'unknown', param: name, expected: [...PAGE_PARAMS, ...known] });
      continue;
    }
    // with element=all, `quote` lists the quote cards to show
    const quotes = element === 'all' && name === 'quote';
    const checked = checkValue(name, params.get(name)!, quotes ? 'ids' : ELEMENT_PARAMS[takers[0]!][name]!);
    if (checked !== null && typeof checked === 'object') errors.push(checked);
    else if (quotes) config.quotes = checked!.split(',');
    else if (checked !== null) for (const e of takers) config.attributes[e][name] = checked;
  }
  return errors.length ? { ok: false, errors, lang: config.lang } : { ok: true, config };
}

/**
 * Reads a self-hoster's allow-list: the `content` of
 * `<meta name="fine-embed-allow">`, story address prefixes separated by
 * spaces (`https://news.example/stories/ /data/`). Empty or absent: any.
 */
export function allowList(content: string | null | undefined): string[] | null {
  const prefixes = (content ?? '').split(/\s+/).filter(Boolean);
  return prefixes.length ? prefixes : null;
}
