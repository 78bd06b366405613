/** The quote card's templates, as functions of the card and the reader's words. */
import { html, nothing, type TemplateResult } from 'lit';
import { directionOf, type Direction } from '../core/locale.js';
import { isolate } from '../core/chrome.js';
import { keepTogether } from '../core/keep-together.js';
import { formatStoryDate, languageName } from '../core/format.js';
import { fill, type CoreMessages } from '../i18n/index.js';
import { DATE_PATTERN, isCalendarDate } from '../story/schema.js';
import { initials, quoteMarks, type Card, type Link, type Part } from './layout.js';

/** The card and what it is shown to. */
export interface CardView {
  card: Card;
  /** The reader's language and direction (the page's, for words written in the page). */
  reader: string;
  dir: Direction;
  /** The core's words and the caption's separator, in the reader's language. */
  m: CoreMessages;
  sep: string;
  /** The words are the element's own, in its slots. */
  own: boolean;
  showOriginal: boolean;
}

export function renderCard(v: CardView, toggle: () => void): TemplateResult {
  const { card: c, m, sep } = v;
  const { shown } = c;
  const language = languageName(c.original, m.$lang);
  const about = shown.translated ? m.translatedFrom(language) : shown.untranslated && fill(m.fallback, { language });
  const marks = c.verbatim && quoteMarks(shown.lang);
  const mark = (i: 0 | 1) => (marks ? html`<span class="mark" aria-hidden="true">${marks[i]}</span>` : nothing);
  const caption = [
    c.role && renderPart(c.role, v.dir),
    c.date && renderDate(c.date, v.reader),
    c.source && renderLink(c.source, 'source'),
  ].filter(Boolean);
  // the separator between the speaker and the rest of the caption, when there is a rest
  const lead = caption.length ? html`<span class="lead">${sep}</span>` : nothing;
  const described = `${c.verbatim ? '' : 'paraphrase'} ${about ? 'about' : ''}`.trim();
  return html`<figure lang=${v.reader} dir=${v.dir}>
    <blockquote
      part="quote"
      lang=${shown.lang}
      dir=${directionOf(shown.lang)}
      cite=${c.cite ?? nothing}
      aria-describedby=${described || nothing}
    >
      ${mark(0)}${
        v.own
          ? html`<slot name=${shown.translated ? 'translation' : nothing}></slot>`
          : isolate(keepTogether(shown.text, shown.lang), directionOf(shown.lang))
      }${mark(1)}
    </blockquote>
    ${
      described || shown.toggle
        ? html`<p class="notes">
            ${c.verbatim ? nothing : html`<span id="paraphrase">${m.paraphrase}</span>`}
            ${
              about
                ? html`<span id="about"
                    >${about}${c.translationSource ? html`${sep}${renderLink(c.translationSource)}` : nothing}</span
                  >`
                : nothing
            }
            ${
              shown.toggle
                ? html`<button
                    class="control"
                    part="toggle"
                    type="button"
                    aria-pressed=${v.showOriginal}
                    @click=${toggle}
                  >
                    ${m.original} (${language})
                  </button>`
                : nothing
            }
          </p>`
        : nothing
    }${
      c.speaker || caption.length
        ? html`<figcaption>
            ${
              c.speaker
                ? html`<span class="avatar" aria-hidden="true"
                      ><slot name="avatar">${initials(c.speaker.value)}</slot></span
                    >${renderPart(c.speaker, v.dir, 'speaker')}${lead}`
                : nothing
            }<span class="meta">${caption.map((part, i) => html`${i ? sep : ''}${part}`)}</span>
          </figcaption>`
        : nothing
    }
  </figure>`;
}

/** A caption text (speaker, role), in its own language and direction when it is not the reader's, islands isolated. */
function renderPart(p: Part, readerDir: Direction, part?: string): TemplateResult {
  const dir = p.lang ? directionOf(p.lang) : readerDir;
  return html`<span part=${part ?? nothing} lang=${p.lang ?? nothing} dir=${p.lang ? dir : nothing}
    >${isolate(p.value, dir)}</span
  >`;
}

/** A story date at its precision; a standalone date that is not ISO is shown as written. */
function renderDate(date: string, lang: string): unknown {
  return DATE_PATTERN.test(date) && isCalendarDate(date)
    ? html`<time datetime=${date}>${formatStoryDate(date, lang)}</time>`
    : date;
}

function renderLink(link: Link, part?: string): TemplateResult {
  return link.href
    ? html`<a part=${part ?? nothing} href=${link.href} rel="noopener noreferrer" hreflang=${link.hreflang ?? nothing}
        >${link.label}</a
      >`
    : html`<span part=${part ?? nothing}>${link.label}</span>`;
}
