/**
 * What a newsroom pastes to embed a story in an iframe: the iframe (titled,
 * lazy, at a height estimated from the story), the host script that sizes it
 * to its content, and for pages that allow scripts, the element itself. One
 * source for `npx fine-kit embed` and Storybook's Embed pages.
 */
import { pickText } from '../story/text.js';
import { fineState, isStanding, lastUpdated } from '../story/status.js';
import type { Story, Text } from '../story/types.js';
import {
  fallbackHeight,
  fallbackHeightAll,
  PHONE_BELOW,
  PHONE_WIDTH,
  type ChromeFacts,
  type HeightFacts,
} from './heights.js';
import { frameTitle } from './messages.js';
import { EMBED_ELEMENTS, type EmbedParamError } from './params.js';
import type { EmbedElementName } from './protocol.js';

/** The width of an article's column on a computer, when the snippet is not told. */
export const COLUMN_WIDTH = 672;

export interface EmbedSnippetOptions {
  /** The folder holding embed.html and the CDN modules (`…/dist/cdn/`). */
  base: string;
  /** The story's address as the frame will request it (absolute, or relative to embed.html). */
  storyUrl: string;
  story: Story;
  element: EmbedElementName | 'all';
  /** The language to show; else the story's. */
  lang?: string;
  /** Element attributes (`selected`, `limit`…) as address parameters. */
  params?: Readonly<Record<string, string>>;
  /** The article column's width on a computer, for the height (default COLUMN_WIDTH). */
  width?: number;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const folder = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The embed page's address for these options. */
export function embedUrl(o: EmbedSnippetOptions): string {
  const query = new URLSearchParams({ story: o.storyUrl, element: o.element });
  if (o.lang) query.set('lang', o.lang);
  for (const [name, value] of Object.entries(o.params ?? {})) query.set(name, value);
  return `${folder(o.base)}embed.html?${query.toString().replace(/%2F/g, '/').replace(/%3A/g, ':')}`;
}

/** What the ids an element's parameters name must be, in the story. */
const ID_PARAMS: Record<string, (story: Story) => readonly { id: string }[]> = {
  selected: (s) => [...s.events, ...s.fines],
  highlight: (s) => s.fines,
  'compare-to': (s) => s.fines,
  quote: (s) => s.quotes,
  focus: (s) => s.actors,
};

/**
 * The ids in `params` that `story` does not have, and a quote card that
 * names no quote of a story with several: what the embed page cannot know
 * until the story arrives, said before a snippet is pasted.
 */
export function storyIdErrors(
  story: Story,
  element: EmbedElementName | 'all',
  params: Readonly<Record<string, string>> = {},
): EmbedParamError[] {
  const errors: EmbedParamError[] = [];
  for (const [param, value] of Object.entries(params)) {
    const ids = ID_PARAMS[param]?.(story).map((item) => item.id);
    for (const id of ids ? value.split(',') : [])
      if (!ids!.includes(id)) errors.push({ code: 'no-such', param, value: id });
  }
  if (element === 'quote' && params['quote'] === undefined && story.quotes.length !== 1)
    errors.push({ code: 'missing', param: 'quote', expected: story.quotes.map((q) => q.id) });
  return errors;
}

/** The caption, credit and "Updated" line the element will show around itself, in characters. */
function chromeFacts(
  story: Story,
  element: EmbedElementName,
  lang: string,
  params: Readonly<Record<string, string>>,
): ChromeFacts {
  if (params['variant'] === 'inline') return {};
  const on = (name: string) => params[name] !== undefined;
  const chars = (t: Text | undefined) => (t === undefined ? undefined : pickText(t, lang, story.lang).value.length);
  const caption = story.captions?.[element as keyof NonNullable<Story['captions']>];
  return {
    title: on('no-caption') ? undefined : (params['caption']?.length ?? chars(caption?.title)),
    text: on('no-caption') ? undefined : chars(caption?.text),
    credit: on('no-credit') ? undefined : chars(caption?.credit),
    updated: !on('no-updated') && lastUpdated(story) !== undefined,
    arabic: /^(ar|fa|ur)\b/i.test(lang),
  };
}

/** What the height estimates need, read from the story (see heights.ts). */
export function heightFacts(
  story: Story,
  element: EmbedElementName,
  lang: string,
  params: Readonly<Record<string, string>> = {},
): HeightFacts[] {
  const chrome = chromeFacts(story, element, lang, params);
  return elementFacts(story, element, lang, params).map((f) => ({ ...f, ...chrome }));
}

function elementFacts(
  story: Story,
  element: EmbedElementName,
  lang: string,
  params: Readonly<Record<string, string>>,
): HeightFacts[] {
  if (element === 'comparison') {
    const law = params['law'] ?? 'all';
    const standing = params['status'] === 'standing';
    const shown = story.fines.filter((f) => (law === 'all' || f.law === law) && (!standing || isStanding(f)));
    const fines = shown.length;
    const limit = Number(params['limit'] ?? 30);
    const cut = shown.filter((f) => fineState(f)?.status === 'reduced' || !isStanding(f)).length;
    return [{ rows: Math.min(fines, limit) + (fines > limit ? 1 : 0), cut }];
  }
  if (element === 'quote') {
    const ids = params['quote']?.split(',') ?? (story.quotes.length === 1 ? [story.quotes[0]!.id] : []);
    return ids.map((id) => {
      const quote = story.quotes.find((q) => q.id === id);
      if (!quote) return {};
      const translation = quote.translations?.[lang] ?? quote.translations?.[lang.split('-')[0]!];
      const text = params['show-original'] !== undefined || !translation ? quote.text : translation;
      return { chars: (typeof text === 'string' ? text : text.text).length, translated: text !== quote.text };
    });
  }
  if (element === 'timeline') return [timelineFacts(story, lang)];
  return [{}];
}

/** What a phone shows of the timeline: a long story's key events (then a button), else every event. */
function timelineFacts(story: Story, lang: string): HeightFacts {
  const key = story.events.filter((e) => e.importance === 1);
  const shown = story.events.length > 12 && key.length ? key : story.events;
  const eras = (story.eras ?? []).filter((era) =>
    shown.some((e) => e.date >= era.start && (!era.end || e.date <= era.end)),
  );
  return {
    titles: shown.slice(0, 50).map((e) => pickText(e.title, lang, story.lang).value.length),
    eras: eras.length,
    more: shown !== story.events || story.events.length > 50,
  };
}

/** The frame's height on a computer and on a phone. */
export function snippetHeights(o: EmbedSnippetOptions): { column: number; phone: number } {
  const lang = o.lang ?? o.story.lang;
  const at = (width: number) => {
    if (o.element !== 'all')
      return Math.max(
        ...heightFacts(o.story, o.element, lang, o.params).map((f) =>
          fallbackHeight(o.element as EmbedElementName, width, f),
        ),
      );
    const quotes = o.params?.['quote'] ?? o.story.quotes.map((q) => q.id).join(',');
    const facts = Object.fromEntries(
      EMBED_ELEMENTS.map((e) => [
        e,
        heightFacts(o.story, e, lang, e === 'quote' ? { ...o.params, quote: quotes } : o.params),
      ]),
    ) as Record<EmbedElementName, HeightFacts[]>;
    return fallbackHeightAll(width, facts);
  };
  return { column: at(o.width ?? COLUMN_WIDTH), phone: at(PHONE_WIDTH) };
}

/**
 * The iframe: full width, the column's height as an attribute (kept where a
 * CMS strips styles), a phone's height through a `clamp()` step on the
 * viewport's width, a title for screen readers, lazy loading.
 */
export function iframeSnippet(o: EmbedSnippetOptions): string {
  const lang = o.lang ?? o.story.lang;
  const title = frameTitle(o.element, pickText(o.story.title, lang, o.story.lang).value, lang);
  const { column, phone } = snippetHeights(o);
  // below PHONE_BELOW px of viewport the clamp's middle term is huge (the phone's height), above it negative (the column's)
  const height = phone > column ? `clamp(${column}px, (${PHONE_BELOW}px - 100vw) * 1000, ${phone}px)` : `${column}px`;
  return [
    `<iframe data-fine-embed src="${escapeAttr(embedUrl(o))}"`,
    `  title="${escapeAttr(title)}"`,
    `  width="100%" height="${column}" loading="lazy"`,
    `  style="display:block;width:100%;height:${height};border:0"></iframe>`,
  ].join('\n');
}

/** The host script: one tag, anywhere in the page, sizes every fine-kit iframe to its content. */
export function resizeScriptSnippet(base: string): string {
  return `<script src="${escapeAttr(folder(base))}embed-resize.js" defer></script>`;
}

/** For pages that allow scripts: the element itself, no frame. */
export function elementSnippet(o: EmbedSnippetOptions): string {
  const file = o.element === 'all' ? 'fine-kit' : o.element;
  const attrs = Object.entries(o.params ?? {})
    .filter(([name]) => !(o.element === 'all' && name === 'quote'))
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`))
    .join('');
  const lang = o.lang ? ` lang="${escapeAttr(o.lang)}"` : '';
  const tag = (name: string, extra = '') => `  <fine-${name}${extra}${attrs}></fine-${name}>`;
  const quotes = (o.params?.['quote']?.split(',') ?? o.story.quotes.map((q) => q.id)).map((id) =>
    tag('quote', ` quote="${escapeAttr(id)}"`),
  );
  const inner =
    o.element === 'all' ? [tag('timeline'), tag('comparison'), ...quotes, tag('actor-map')].join('\n') : tag(o.element);
  return [
    `<script type="module" src="${escapeAttr(folder(o.base))}${file}.js"></script>`,
    `<fine-story src="${escapeAttr(o.storyUrl)}"${lang}>`,
    inner,
    `</fine-story>`,
  ].join('\n');
}
