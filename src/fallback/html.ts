/**
 * The story as plain semantic HTML, for readers without JavaScript and for
 * search engines: an ordered list of dated events, a table of fines,
 * blockquotes, a list of relations. `npx fine-kit html` prints it to paste
 * inside an element; the element shows it until it upgrades, then its shadow
 * root (which has no slot for it) takes its place.
 */
import type { Fine, Quote, Source, Story, Text } from '../story/types.js';
import { compareDates } from '../story/dates.js';
import { indexStory } from '../story/derive.js';
import { changesNewestFirst, lastUpdated } from '../story/status.js';
import { pickText } from '../story/text.js';
import { titleNamesPublisher } from '../story/publisher.js';
import { directionOf, type Direction } from '../core/locale.js';
import { bidiRuns } from '../core/bidi.js';
import { formatMoney, formatStoryDate, formatStorySpan, languageName } from '../core/format.js';
import { coreMessages, fill, packMessages, pickMessages } from '../i18n/index.js';
import { addShippedLanguages } from '../i18n/all.js';
import { vocabulary } from '../i18n/vocabulary.js';
import { timelineMessages } from '../timeline/messages.js';
import { comparisonMessages } from '../comparison/messages.js';
import { quoteMessages } from '../quote/messages.js';
import { actorMapMessages } from '../actor-map/messages.js';
import { shownText } from '../quote/layout.js';
import { fallbackMessages } from './messages.js';
import { describeFineStatus } from '../i18n/fine-status.js';

export type FallbackElement = 'timeline' | 'comparison' | 'quote' | 'actor-map' | 'changes';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Escaped `text`, each island of the other direction in a `<bdi>` (a Latin name inside Arabic): see `bidiRuns`. */
export function isolateHtml(text: string, dir: Direction): string {
  return bidiRuns(text, dir)
    .map((r) => (r.foreign ? `<bdi>${escapeHtml(r.text)}</bdi>` : escapeHtml(r.text)))
    .join('');
}

const SAFE_URL = /^https?:\/\//i;

class Writer {
  readonly lang: string;
  constructor(
    readonly story: Story,
    lang: string,
  ) {
    this.lang = lang;
  }

  /** A text in the reader's language, its islands isolated; marked with its own `lang` when it fell back. */
  text(text: Text | undefined, tag = 'span'): string {
    if (text === undefined) return '';
    const picked = pickText(text, this.lang, this.story.lang);
    const dir = directionOf(picked.lang);
    const attrs = picked.fallback ? ` lang="${escapeHtml(picked.lang)}" dir="${dir}"` : '';
    const value = isolateHtml(picked.value, dir);
    return tag === 'span' && !attrs ? value : `<${tag}${attrs}>${value}</${tag}>`;
  }

  /** An id unique on the page: the story's id, then the item's (deep links work without JavaScript). */
  id(itemId: string): string {
    return escapeHtml(`${this.story.id}-${itemId}`);
  }

  plain(text: Text | undefined): string {
    return text === undefined ? '' : pickText(text, this.lang, this.story.lang).value;
  }

  time(iso: string): string {
    return `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatStoryDate(iso, this.lang))}</time>`;
  }

  sources(ids: readonly string[] | undefined): string {
    if (!ids?.length) return '';
    const { sources } = indexStory(this.story);
    const links = ids
      .map((id) => sources.get(id))
      .filter((s): s is Source => !!s)
      .map((s) => this.link(s));
    const m = coreMessages(this.lang);
    return `<p class="fine-sources">${escapeHtml(m.sources)}: ${links.join(packMessages(timelineMessages, this.lang).sep)}</p>`;
  }

  /**
   * "Title (Publisher)", isolated in the direction of its title (a `dir` on
   * the link), so a list of sources keeps its order in Arabic; the
   * publisher isolated too, so a Latin name keeps its brackets. A title
   * that starts with its publisher's name ("CNIL: …") is enough alone.
   */
  link(source: Source): string {
    const title = pickText(source.title, this.lang, this.story.lang);
    const dir = directionOf(title.lang);
    const publisher = titleNamesPublisher(title.value, source.publisher)
      ? ''
      : ` (<bdi>${escapeHtml(source.publisher)}</bdi>)`;
    const label = `${this.text(source.title)}${publisher}`;
    if (!SAFE_URL.test(source.url)) return `<span dir="${dir}">${label}</span>`;
    const lang = source.lang ? ` hreflang="${escapeHtml(source.lang)}"` : '';
    return `<a href="${escapeHtml(source.url)}" rel="noopener noreferrer" dir="${dir}"${lang}>${label}</a>`;
  }

  actorName(id: string): string {
    const actor = indexStory(this.story).actors.get(id);
    return actor ? `<bdi>${this.text(actor.name)}</bdi>` : `<bdi>${escapeHtml(id)}</bdi>`;
  }
}

function timeline(w: Writer): string {
  const f = pickMessages(fallbackMessages, w.lang);
  const events = [...w.story.events].sort((a, b) => compareDates(a.date, b.date));
  const items = events.map((e) => {
    const when = e.end
      ? `<time datetime="${escapeHtml(e.date)}/${escapeHtml(e.end)}">${escapeHtml(formatStorySpan(e.date, e.end, w.lang))}</time>`
      : w.time(e.date);
    const note = e.dateNote
      ? `<p><small>${escapeHtml(coreMessages(w.lang).disputedDate)}: ${w.text(e.dateNote)}</small></p>`
      : '';
    const body = e.body ? `<p>${w.text(e.body)}</p>` : '';
    return `<li id="${w.id(e.id)}">${when} <strong>${w.text(e.title)}</strong>${note}${body}${w.sources(e.sources)}</li>`;
  });
  const eras = (w.story.eras ?? []).map((era) => {
    const when = era.end
      ? formatStorySpan(era.start, era.end, w.lang)
      : `${formatStoryDate(era.start, w.lang)} – ${packMessages(timelineMessages, w.lang).ongoing}`;
    return `<li>${w.text(era.title)}: ${escapeHtml(when)}</li>`;
  });
  return (
    `<h2>${escapeHtml(f.timeline)}</h2>\n<ol>\n${items.join('\n')}\n</ol>` +
    (eras.length ? `\n<h3>${escapeHtml(f.periods)}</h3>\n<ul>\n${eras.join('\n')}\n</ul>` : '')
  );
}

function comparison(w: Writer): string {
  const f = pickMessages(fallbackMessages, w.lang);
  const c = packMessages(comparisonMessages, w.lang);
  const v = packMessages(vocabulary, w.lang);
  const fines = [...w.story.fines].sort((a: Fine, b: Fine) => b.amount.value - a.amount.value);
  const head = [c.company, c.authority, c.date, c.amount, f.law, f.reason, f.status]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  const rows = fines.map(
    (fine) =>
      `<tr id="${w.id(fine.id)}"><th scope="row">${w.text(fine.company)}</th><td>${w.text(fine.authority)}</td>` +
      `<td>${w.time(fine.date)}</td><td>${escapeHtml(formatMoney(fine.amount, w.lang, false))}</td>` +
      `<td>${escapeHtml(v.laws[fine.law])}</td><td>${w.text(fine.reason)}</td>` +
      `<td>${escapeHtml(describeFineStatus(fine, w.story, w.lang) ?? '')}</td></tr>`,
  );
  return `<table>\n<caption>${escapeHtml(f.fines)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function quoteHtml(w: Writer, quote: Quote): string {
  const m = coreMessages(w.lang);
  const sep = packMessages(quoteMessages, w.lang).sep;
  // the card's own choice of words: the reader's language when a translation exists
  const shown = shownText(quote, w.lang);
  const translatedText = shown.translated ? shown.text : undefined;
  const source = indexStory(w.story).sources.get(quote.sources[0]!);
  const cite = source && SAFE_URL.test(source.url) ? ` cite="${escapeHtml(source.url)}"` : '';
  const originalBlock = `<blockquote lang="${escapeHtml(quote.lang)}" dir="${directionOf(quote.lang)}"${cite}><p>${escapeHtml(quote.text)}</p></blockquote>`;
  const body = translatedText
    ? `<blockquote${cite}><p>${escapeHtml(translatedText)}</p></blockquote>\n<p><small>${escapeHtml(m.translatedFrom(languageName(quote.lang, w.lang)))}</small></p>\n${originalBlock}`
    : originalBlock;
  const speaker = w.actorName(quote.speaker);
  const role = quote.role ? `${sep}${w.text(quote.role)}` : '';
  const date = quote.date ? `${sep}${w.time(quote.date)}` : '';
  const where = source ? `${sep}<cite>${w.link(source)}</cite>` : '';
  const paraphrase = quote.verbatim ? '' : `<p><small>${escapeHtml(m.paraphrase)}</small></p>\n`;
  return `<figure id="${w.id(quote.id)}">\n${paraphrase}${body}\n<figcaption>${speaker}${role}${date}${where}</figcaption>\n</figure>`;
}

function actorMap(w: Writer): string {
  const f = pickMessages(fallbackMessages, w.lang);
  const v = packMessages(vocabulary, w.lang);
  const { sep } = packMessages(actorMapMessages, w.lang);
  const items = w.story.relations.map((r) => {
    const verb = r.label ? w.text(r.label) : escapeHtml(v.relationKinds[r.kind]);
    const date = r.date ? `${sep}${w.time(r.date)}` : '';
    return `<li>${w.actorName(r.from)} ${verb} ${w.actorName(r.to)}${date}${w.sources(r.sources)}</li>`;
  });
  return `<h2>${escapeHtml(f.relations)}</h2>\n<ul>\n${items.join('\n')}\n</ul>`;
}

/**
 * "Updated 30 November 2026", then the notes newest first, in a
 * `<details>` that opens without JavaScript; nothing for a story without
 * `updated` or changes.
 */
function changesHtml(w: Writer): string {
  const updated = lastUpdated(w.story);
  if (!updated) return '';
  const v = packMessages(vocabulary, w.lang);
  const line = `<p><small>${fill(escapeHtml(v.updatedOn), { date: w.time(updated) })}</small></p>`;
  const notes = changesNewestFirst(w.story).map(
    (c) =>
      `<li><strong>${escapeHtml(v.changeKinds[c.kind])}</strong>` +
      `${packMessages(timelineMessages, w.lang).sep}${w.time(c.date)}: ${w.text(c.text)}${w.sources(c.sources)}</li>`,
  );
  const list = notes.length
    ? `\n<details>\n<summary>${escapeHtml(v.changesTitle)}</summary>\n<ul>\n${notes.join('\n')}\n</ul>\n</details>`
    : '';
  return `<aside class="fine-changes">\n${line}${list}\n</aside>`;
}

export interface FallbackOptions {
  /** For `quote`: the quote's id; all quotes when omitted. */
  quote?: string;
}

/**
 * Semantic HTML for `element`, in `lang`, followed by the story's
 * "Updated" line and its change notes when it has any (`changes` alone
 * prints only those). Throws when `options.quote` names no quote.
 */
export function fallbackHtml(
  story: Story,
  element: FallbackElement,
  lang: string,
  options: FallbackOptions = {},
): string {
  // written ahead of time, so every language is at hand
  addShippedLanguages();
  const w = new Writer(story, lang);
  const notes = changesHtml(w);
  return element === 'changes' ? notes : [content(w, element, options), notes].filter(Boolean).join('\n');
}

function content(w: Writer, element: Exclude<FallbackElement, 'changes'>, options: FallbackOptions): string {
  const story = w.story;
  switch (element) {
    case 'timeline':
      return timeline(w);
    case 'comparison':
      return comparison(w);
    case 'actor-map':
      return actorMap(w);
    case 'quote': {
      const quotes = options.quote ? story.quotes.filter((q) => q.id === options.quote) : story.quotes;
      if (!quotes.length) throw new Error(`no quote has the id "${options.quote}"`);
      return quotes.map((q) => quoteHtml(w, q)).join('\n');
    }
  }
}
