/**
 * What a quote card computes, as pure functions (no DOM, no Lit): the card
 * for a story's quote, which words to show for a reader, the quotation marks
 * of their language, the speaker's initials, and whether a link is safe to
 * render.
 */
import { baseLang, pickText } from '../story/text.js';
import { indexStory } from '../story/derive.js';
import type { Quote, Story, Text as StoryText, Translation } from '../story/types.js';

/** A caption text, with its own language when it is not the reader's. */
export interface Part {
  value: string;
  lang?: string;
}

export interface Link {
  label: string;
  href?: string;
  hreflang?: string;
}

/** What the card shows: from a story's quote, or from the element's attributes and words. */
export interface Card {
  shown: ShownText;
  /** Language of the speaker's own words. */
  original: string;
  verbatim: boolean;
  speaker?: Part;
  role?: Part;
  date?: string;
  /** The source's address, for `<blockquote cite>`. */
  cite?: string;
  source?: Link;
  /** Where a published translation appeared. */
  translationSource?: Link;
}

/** The card for `quote` of `story`, for a reader of `reader`. */
export function storyCard(story: Story, quote: Quote, reader: string, showOriginal: boolean): Card {
  const { actors, sources } = indexStory(story);
  const actor = actors.get(quote.speaker);
  const pick = (text: StoryText | undefined): Part | undefined => {
    if (text === undefined) return undefined;
    const { value, lang, fallback } = pickText(text, reader, story.lang);
    return { value, lang: fallback ? lang : undefined };
  };
  const link = (id: string | undefined): Link | undefined => {
    const s = id ? sources.get(id) : undefined;
    return s && { label: s.publisher, href: safeUrl(s.url), hreflang: s.lang };
  };
  const source = link(quote.sources[0]);
  const shown = shownText(quote, reader, showOriginal);
  return {
    shown,
    original: quote.lang,
    verbatim: quote.verbatim,
    speaker: actor ? pick(actor.name) : { value: quote.speaker },
    role: pick(quote.role ?? actor?.role),
    date: quote.date,
    cite: source?.href,
    source,
    translationSource: shown.translated ? link(shown.source) : undefined,
  };
}

/** The words a card shows, and what they are. */
export interface ShownText {
  text: string;
  /** Language of `text`: set it, with its direction, on the element that shows it. */
  lang: string;
  /** `text` is a translation, not the speaker's own words. */
  translated?: boolean;
  /** Source id of a published translation (`{ text, source }`), to credit. */
  source?: string;
  /** Both the original and a translation for the reader exist: offer the toggle. */
  toggle?: boolean;
  /** The reader's language differs from the quote's and no translation exists for it. */
  untranslated?: boolean;
}

const sameLang = (a: string, b: string) => baseLang(a) === baseLang(b);

/** The translation for `reader`: the exact tag first (`fr-CA`), then its base language (`fr`). */
export function translationFor(
  translations: Quote['translations'],
  reader: string,
): [lang: string, translation: Translation] | undefined {
  const entries = Object.entries(translations ?? {});
  return (
    entries.find(([lang]) => lang.toLowerCase() === reader.toLowerCase()) ??
    entries.find(([lang]) => sameLang(lang, reader))
  );
}

/**
 * Which words to show: the original when the reader reads its language (or
 * asked for it, or no translation exists), else the translation into theirs.
 */
export function shownText(
  quote: Pick<Quote, 'lang' | 'text' | 'translations'>,
  reader: string,
  showOriginal = false,
): ShownText {
  const original: ShownText = { text: quote.text, lang: quote.lang };
  if (sameLang(quote.lang, reader)) return original;
  const found = translationFor(quote.translations, reader);
  if (!found || showOriginal) return { ...original, toggle: !!found, untranslated: !found };
  const [lang, t] = found;
  return typeof t === 'string'
    ? { text: t, lang, translated: true, toggle: true }
    : { text: t.text, lang, translated: true, toggle: true, source: t.source };
}

/**
 * Quotation marks by language. They belong to the quoted words' language,
 * which need not be one the kit's interface speaks, so they are here rather
 * than in the language packs. The inner space of French marks is a narrow
 * no-break space, so a mark never ends or starts a line on its own.
 */
const MARKS: Record<string, [open: string, close: string]> = {
  ar: ['«', '»'],
  fa: ['«', '»'],
  fr: ['«\u202f', '\u202f»'],
  de: ['„', '“'],
  es: ['«', '»'],
  it: ['«', '»'],
  ru: ['«', '»'],
};

/**
 * Opening and closing quotation marks of the language the words are written
 * in (not the page's): “ ” in English, « » in Arabic, «  » in French.
 * English marks for a language not in the table.
 */
export function quoteMarks(lang: string): [open: string, close: string] {
  return MARKS[baseLang(lang)] ?? ['“', '”'];
}

let segmenter: Intl.Segmenter | null | undefined;
/** The first user-perceived character: a letter with its combining marks (مُ, é written as e + ◌́). */
function firstGrapheme(word: string): string {
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter() : null;
  if (segmenter) {
    for (const { segment } of segmenter.segment(word)) return segment;
  }
  return word.match(/^\P{M}\p{M}*/u)?.[0] ?? '';
}

/** Letters that join their neighbours (Arabic, Syriac, N’Ko…): their initials must stay apart. */
const JOINING = /[\u0600-\u08ff\ufb50-\ufeff]/;

/**
 * Up to two initials for an avatar, from the first two words of a name:
 * "La Quadrature du Net" → "LQ", "مارك بوكان" → "م‌ب". Words without a letter
 * (numbers, dashes) do not count; a part after a comma
 * or in brackets is left out ("Amazon.com, Inc." → "A"); an Arabic article
 * (ال) is skipped, or every institution would be "ا"; Arabic initials are
 * kept apart by a zero-width non-joiner so each shows in its own isolated
 * shape instead of joining into a word.
 */
export function initials(name: string): string {
  const letters = name
    .split(/[,،(（[]/)[0]!
    .split(/\s+/)
    .map((word) => word.replace(/^\P{L}+/u, '').replace(/^ال(?=\p{L}{2})/u, ''))
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => firstGrapheme(word).toUpperCase());
  return letters.join(letters.some((l) => JOINING.test(l)) ? '\u200c' : '');
}

/**
 * `url` resolved against `base` when it is a web link (http or https), else
 * undefined: a `javascript:`, `data:` or malformed address is never a link.
 */
export function safeUrl(url: string | null | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    return /^https?:$/.test(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
