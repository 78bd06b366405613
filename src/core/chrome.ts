/**
 * What every element shows around its own content, as a published chart
 * does: above, a caption (a title and a line of text) from the story's
 * `captions` or the page's `caption` attribute; below, a one-line source
 * credit and the story's "Updated" date, which opens onto its updates and
 * corrections. The base element renders it (`FineElement`); these are its
 * view model and render functions. Styled by `chromeStyles`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { indexStory } from '../story/derive.js';
import { changesNewestFirst, lastUpdated } from '../story/status.js';
import { pickText, type PickedText } from '../story/text.js';
import type { Change, Source, Story, Text } from '../story/types.js';
import type { CoreMessages } from '../i18n/index.js';
import type { Vocabulary } from '../i18n/vocabulary.js';
import { bidiRuns } from './bidi.js';
import { formatNumber, formatStoryDate } from './format.js';
import { keepTogether } from './keep-together.js';
import { directionOf, type Direction } from './locale.js';

/** What the page asks of the chrome: the element's attributes. */
export interface ChromeOptions {
  /** A title of the page's own, shown instead of the story's. */
  caption?: string;
  noCaption?: boolean;
  noCredit?: boolean;
  noUpdated?: boolean;
}

/** What the chrome shows, in the reader's language. */
export interface Chrome {
  title?: PickedText;
  text?: PickedText;
  credit?: PickedText;
  /** The day the story last changed (ISO). */
  updated?: string;
  /** Its updates and corrections, newest first. */
  changes: readonly Change[];
}

/**
 * The chrome of the element whose tag is `fine-<key>`, for a reader of
 * `lang`: the story's caption for that key, the page's options applied.
 * Without a story (content written in the page) only the `caption` shows.
 */
export function chromeOf(story: Story | undefined, key: string, lang: string, o: ChromeOptions): Chrome {
  const pick = (t: Text | undefined) => (t === undefined || !story ? undefined : pickText(t, lang, story.lang));
  const own = story?.captions?.[key as keyof NonNullable<Story['captions']>];
  const page = o.caption?.trim();
  const updated = story && !o.noUpdated ? lastUpdated(story) : undefined;
  return {
    title: o.noCaption ? undefined : page ? { value: page, lang, fallback: false } : pick(own?.title),
    text: o.noCaption ? undefined : pick(own?.text),
    credit: o.noCredit ? undefined : pick(own?.credit),
    updated,
    changes: updated && story ? changesNewestFirst(story) : [],
  };
}

/**
 * `text` with every island of the other direction in a `<bdi>` (a Latin
 * name inside Arabic, an Arabic one inside English), so each keeps its
 * place in the sentence: see `bidiRuns`.
 */
export function isolate(text: string, dir: Direction): unknown {
  const runs = bidiRuns(text, dir);
  return runs.length === 1 && !runs[0]!.foreign
    ? text
    : runs.map((r) => (r.foreign ? html`<bdi>${r.text}</bdi>` : r.text));
}

/**
 * A text of the story: its dates and amounts kept on one line, isolated
 * islands, and its own language and direction when it is not the reader's.
 */
function shown(t: PickedText, dir: Direction): unknown {
  const value = keepTogether(t.value, t.lang);
  if (!t.fallback) return isolate(value, dir);
  const own = directionOf(t.lang);
  return html`<span lang=${t.lang} dir=${own}>${isolate(value, own)}</span>`;
}

/** Everything a render of the chrome needs from the element. */
export interface ChromeWords {
  lang: string;
  dir: Direction;
  v: Vocabulary;
  core: CoreMessages;
  /**
   * Whether the reader has opened the "Updated" disclosure, and how it
   * tells the element so. Its list is written only from then on: closed, it
   * is hidden from everyone, and in an article of four elements it was a
   * thousand nodes made for nobody at first render.
   */
  changes?: { shown: boolean; show: () => void };
}

/** A space between tags that the build's minifier keeps: it drops the whitespace written there. */
const SPACE = ' ';

/** Between the parts of a note and between its sources: the Arabic comma in the languages that write it. */
const separator = (lang: string) => (/^(ar|fa|ur|ps|sd|ckb)(-|$)/i.test(lang) ? '، ' : ', ');

/** The caption above the content, or nothing. */
export function renderCaption(c: Chrome, w: ChromeWords): unknown {
  if (!c.title && !c.text) return nothing;
  return html`<div class="chrome-caption" part="caption">
    ${c.title ? html`<h3 class="caption-title" part="caption-title">${shown(c.title, w.dir)}</h3>` : nothing}
    ${c.text ? html`<p class="caption-text" part="caption-text">${shown(c.text, w.dir)}</p>` : nothing}
  </div>`;
}

/** The credit and the "Updated" line below the content, or nothing. */
export function renderFooter(c: Chrome, story: Story | undefined, w: ChromeWords): unknown {
  if (!c.credit && !c.updated) return nothing;
  const credit = c.credit && renderCredit(c.credit, w);
  return html`<div class="chrome-footer" part="footer">
    ${credit || nothing}${c.updated ? renderUpdated(c, story!, w) : nothing}
  </div>`;
}

/** "Source: CNPD, courts": the whole line isolated island by island, so a Latin name keeps its place in Arabic. */
function renderCredit(credit: PickedText, w: ChromeWords): TemplateResult {
  const [before, after] = w.v.credit.split('{credit}') as [string, string?];
  return html`<p class="credit" part="credit">${before}${shown(credit, w.dir)}${after ?? ''}</p>`;
}

function renderUpdated(c: Chrome, story: Story, w: ChromeWords): TemplateResult {
  const [before, after] = w.v.updatedOn.split('{date}') as [string, string?];
  const line = html`${before}<time datetime=${c.updated!}>${formatStoryDate(c.updated!, w.lang)}</time>${after ?? ''}`;
  if (!c.changes.length) return html`<p class="updated" part="updated">${line}</p>`;
  // the list is made when the reader opens it: on the summary's click (a pointer, Enter or Space),
  // before the browser opens the disclosure, or on `toggle` when a script opens it
  const shown = w.changes?.shown ?? true;
  const show = () => w.changes?.show();
  return html`<details class="updated" part="updated" @toggle=${show}>
    <summary @click=${show}><span>${line}</span></summary>
    <div class="changes">
      ${
        shown
          ? html`<p class="changes-title"><strong>${w.v.changesTitle}</strong></p>
              <ul>
                ${c.changes.map((change) => renderChange(change, story, w))}
              </ul>`
          : nothing
      }
    </div>
  </details>`;
}

/** "Correction, 30 November 2026: text. Sources: A, B." */
function renderChange(change: Change, story: Story, w: ChromeWords): TemplateResult {
  const { sources } = indexStory(story);
  const sep = separator(w.lang);
  const links = change.sources.map((id) => sources.get(id)).filter((s): s is Source => !!s);
  const marks = sourceMarks(links, w.lang);
  return html`<li>
    <strong>${w.v.changeKinds[change.kind]}</strong>${sep}<time datetime=${change.date}
      >${formatStoryDate(change.date, w.lang)}</time
    >: ${shown(pickText(change.text, w.lang, story.lang), w.dir)}
    ${
      links.length
        ? html`<span class="sources"
            >${w.core.sources}:
            ${links.map(
              (s, i) =>
                html`<span class="source"
                    >${renderSource(s, marks[i]!, story, w)}${i < links.length - 1 ? sep.trimEnd() : ''}</span
                  >${SPACE}`,
            )}</span
          >`
        : nothing
    }
  </li>`;
}

/**
 * What tells apart the sources of one publisher in a list: a date that is
 * its own ("28 May 2018"), else its number among those without one ("2"),
 * else nothing (the one left is told apart already). Four links all named
 * "La Quadrature du Net" left the reader, and a screen reader's list of
 * links, to guess which was which. Empty for a publisher named once.
 */
export function sourceMarks(list: readonly Source[], locale: string): string[] {
  const count = (key: (o: Source) => unknown, s: Source) => list.filter((o) => key(o) === key(s)).length;
  // a date of its own: no other source of the same publisher has it
  const dated = (s: Source) => !!s.date && count((o) => `${o.publisher}|${o.date}`, s) === 1;
  return list.map((s) => {
    if (count((o) => o.publisher, s) < 2) return '';
    if (dated(s)) return formatStoryDate(s.date!, locale, 'short');
    const rest = list.filter((o) => o.publisher === s.publisher && !dated(o));
    return rest.length < 2 ? '' : formatNumber(rest.indexOf(s) + 1, locale);
  });
}

/**
 * A source named by its publisher, told apart from others of the same
 * publisher by `mark`, its title as the link's tooltip; never a link but to http(s).
 */
function renderSource(s: Source, mark: string, story: Story, w: ChromeWords): TemplateResult {
  const title = pickText(s.title, w.lang, story.lang).value;
  // a name alone takes its own direction; with a mark, the reader's, the name isolated in it, so an
  // Arabic reader meets "Conseil d’État" first and "(4 مارس 2026)" after it
  const name = mark ? html`<bdi>${s.publisher}</bdi> (${mark})` : s.publisher;
  const dir = mark ? w.dir : 'auto';
  return /^https?:\/\//i.test(s.url)
    ? html`<a href=${s.url} rel="noopener noreferrer" hreflang=${s.lang ?? nothing} title=${title} dir=${dir}
        >${name}</a
      >`
    : html`<span title=${title} dir=${dir}>${name}</span>`;
}
