import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { FineElement } from '../core/fine-element.js';
import type { FineErrorDetail } from '../events.js';
import { baseStyles } from '../core/styles.js';
import { canonicalLang, directionOf, resolveDir, resolveLang, type Direction } from '../core/locale.js';
import { formatStoryDate, languageName } from '../core/format.js';
import { coreMessages, fill, packMessages, type WordTable } from '../i18n/index.js';
import { indexStory } from '../story/derive.js';
import { pickText } from '../story/text.js';
import { DATE_PATTERN, isCalendarDate } from '../story/schema.js';
import type { StoryError } from '../story/errors.js';
import type { Quote, Story, Text as StoryText } from '../story/types.js';
import { initials, quoteMarks, safeUrl, shownText, type ShownText } from './layout.js';
import { quoteMessages } from './messages.js';
import { quoteStyles } from './styles.js';

/** A caption text, with its own language when it is not the reader's. */
interface Part {
  value: string;
  lang?: string;
}

interface Link {
  label: string;
  href?: string;
  hreflang?: string;
}

/** What the card shows, computed in `willUpdate` from the story or the element's attributes. */
interface CardView {
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

/**
 * A quote card to drop between paragraphs: who said it, when, where it was
 * published, in the speaker's own words and in the reader's language.
 *
 * From a story: `<fine-quote src="story.json" quote="lqdn-historic-fine">`
 * (or a `story` property, or inside a `<fine-story>`). When the reader's
 * language differs from the quote's, the card shows the translation into it,
 * labelled as one, with a toggle to the original; without a translation it
 * shows the original and says so.
 *
 * Standalone, with no JSON: the words are written inside the element, so they
 * are in the page for search engines and readers without JavaScript:
 * `<fine-quote speaker="La Quadrature du Net" cite="https://…" lang="fr">Cette sanction…</fine-quote>`.
 * There `lang` is the language of the words inside; the card's own words
 * (notes, date, toggle) follow the page around the element. A translation
 * can be written too, in an element with `slot="translation"` (give it its
 * own `lang` when the element has one). An element with a `quote` attribute
 * always shows the story's quote; one without it but with words inside shows
 * those words, even inside a `<fine-story>`.
 *
 * @tagname fine-quote
 * @summary A quote card: speaker, role, date, source, and the words in the original and in translation.
 * @slot - Standalone: the quoted words, in the language given by `lang`.
 * @slot translation - Standalone: a translation of the words into the page's language.
 * @slot avatar - A picture of the speaker (an `<img alt="">`) instead of their initials.
 * @fires fine-ready - After the first render with content; standalone cards fire it too, with `storyId: ''`.
 * @fires fine-error - When the story is invalid, names no such quote, or a standalone card has no words.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart quote - The `<blockquote>` holding the words.
 * @csspart speaker - The speaker's name.
 * @csspart source - The link to where the quote was published (or its name, when it has no safe link).
 * @csspart toggle - The button (`aria-pressed`) that switches between the translation and the original (`show-original`).
 * @csspart error - The error view.
 * @cssprop --fine-quote-accent - Colour of the rule along the card and of the pull quote's rules.
 * @cssprop --fine-quote-mark-color - Colour of the quotation marks.
 * @cssprop --fine-quote-font-family - Font of the quoted words.
 * @cssprop --fine-quote-font-size - Size of the quoted words in a card.
 * @cssprop --fine-quote-pull-font-size - Size of the quoted words in a pull quote.
 * @cssprop --fine-quote-background - Background of a card.
 * @cssprop --fine-quote-avatar-size - Diameter of the avatar.
 * @cssprop --fine-quote-avatar-background - Background of the initials.
 * @cssprop --fine-quote-avatar-color - Colour of the initials.
 * @cssprop --fine-quote-min-height - Height reserved before the story arrives, and the card's least height (default 13rem: a quote of up to three lines with its caption, so the text below does not move when it arrives).
 */
export class FineQuote extends FineElement {
  static override styles = [...baseStyles, quoteStyles];

  static override properties: PropertyDeclarations = {
    quote: {},
    variant: { reflect: true },
    showOriginal: { type: Boolean, reflect: true, attribute: 'show-original' },
    speaker: {},
    speakerRole: { attribute: 'speaker-role' },
    cite: {},
    source: {},
    date: {},
    paraphrase: { type: Boolean },
  };

  /** Id of the story's quote to show; may be left out when the story has a single quote. */
  quote?: string;

  /** `card` (default), `pull` (big type between paragraphs) or `inline` (in running text). */
  variant: 'card' | 'pull' | 'inline' = 'card';

  /** Show the speaker's own words rather than the translation into the reader's language. */
  showOriginal = false;

  /** Standalone: who said it. */
  speaker?: string;

  /** Standalone: the speaker's role ("Amazon spokesperson"). Not `role`, which is the ARIA role of the element. */
  speakerRole?: string;

  /** Standalone: address of the quote's source (http or https; anything else is never linked). */
  cite?: string;

  /** Standalone: name of the source or its publisher; the link's text. */
  source?: string;

  /** Standalone: when it was said, ISO 8601 at its precision (`2021`, `2021-07`, `2021-07-30`). */
  date?: string;

  /** Standalone: the words are reported or reconstructed, not verbatim; shown without quotation marks. */
  paraphrase = false;

  /** True when the words are written inside the element and no `quote` is asked for. */
  private own = false;
  private empty = false;
  private view?: CardView;
  private readerLang = 'en';
  private readerDir: Direction = 'ltr';
  /** Words written inside the element can arrive or change after it upgrades (frameworks, editors). */
  private observer = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this, { childList: true, characterData: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.own = !this.quote && this.hasOwnWords();
    super.willUpdate(changed);
    this.empty = !this.quote && !this.own && !!this.speaker && this.status === 'idle';
    [this.readerLang, this.readerDir] = this.reader();
    this.needWords(this.readerLang);
    const quote = this.data && this.findQuote(this.data);
    this.view = this.own ? this.ownView() : quote && this.storyView(this.data!, quote);
  }

  protected override checkStory(story: Story): StoryError[] {
    if (this.own || this.findQuote(story)) return [];
    // Several quotes (or none) and none named: never guess whose words to show.
    return [
      this.quote
        ? { path: '/quotes', code: 'unknown-ref', params: { kind: 'quote', id: this.quote } }
        : { path: '', code: 'required', params: { key: 'quote' } },
    ];
  }

  private findQuote(story: Story): Quote | undefined {
    return this.quote
      ? story.quotes.find((q) => q.id === this.quote)
      : story.quotes.length === 1
        ? story.quotes[0]
        : undefined;
  }

  /**
   * True when words are written in the default slot: not inline JSON, not the
   * `<figure>` that `npx fine-kit html` writes for readers without JavaScript.
   * Trims the whitespace around them, which would stand between marks and words.
   */
  private hasOwnWords(): boolean {
    const nodes = [...this.childNodes].filter((n) =>
      n instanceof Element ? !n.slot && !/^(script|figure)$/.test(n.localName) : n.nodeType === Node.TEXT_NODE,
    );
    if (!nodes.some((n) => n.textContent!.trim())) return false;
    const first = nodes[0]!;
    const last = nodes[nodes.length - 1]!;
    if (first instanceof Text && first.data !== first.data.trimStart()) first.data = first.data.trimStart();
    if (last instanceof Text && last.data !== last.data.trimEnd()) last.data = last.data.trimEnd();
    return true;
  }

  protected override get wordTables(): readonly WordTable[] {
    return [quoteMessages];
  }

  /** The reader's language and direction: standalone, `lang` names the words' language, so the page decides. */
  private reader(): [string, Direction] {
    const root = this.getRootNode();
    const parent = this.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
    if (!(this.own || this.empty) || !this.hasAttribute('lang') || !parent) return [this.locale, this.direction];
    const lang = resolveLang(parent, this.locale);
    return [lang, resolveDir(parent, lang)];
  }

  private storyView(story: Story, quote: Quote): CardView {
    const reader = this.readerLang;
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
    const shown = shownText(quote, reader, this.showOriginal);
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

  private ownView(): CardView {
    const reader = this.readerLang;
    const original = canonicalLang(this.getAttribute('lang')) ?? reader;
    const translated = this.querySelector(':scope > [slot="translation"]');
    const cite = safeUrl(this.cite, document.baseURI);
    const label = this.source || (cite && new URL(cite).hostname.replace(/^www\./, ''));
    return {
      shown: shownText(
        { lang: original, text: '', translations: translated ? { [reader]: '' } : undefined },
        reader,
        this.showOriginal,
      ),
      original,
      verbatim: !this.paraphrase,
      speaker: this.speaker ? { value: this.speaker } : undefined,
      role: this.speakerRole ? { value: this.speakerRole } : undefined,
      date: this.date,
      cite,
      source: label ? { label, href: cite } : undefined,
    };
  }

  protected override renderStory(): unknown {
    return this.view ? this.renderCard(this.view) : nothing;
  }

  /** No story at all: a standalone card, its error when it has no words, else the placeholder. */
  protected override renderIdle(): unknown {
    if (!this.empty) return super.renderIdle();
    return html`<div part="error" class="error" role="alert" lang=${this.readerLang} dir=${this.readerDir}>
      ${packMessages(quoteMessages, this.readerLang).empty}
    </div>`;
  }

  /** Words written in the page need no story: show them while the story loads. */
  protected override renderLoading(): TemplateResult {
    return this.own && this.view ? this.renderCard(this.view) : super.renderLoading();
  }

  private toggle(): void {
    this.showOriginal = !this.showOriginal;
  }

  private renderCard(v: CardView): TemplateResult {
    const reader = this.readerLang;
    const m = coreMessages(reader);
    const { sep } = packMessages(quoteMessages, reader);
    const { shown } = v;
    const language = languageName(v.original, m.$lang);
    const about = shown.translated ? m.translatedFrom(language) : shown.untranslated && fill(m.fallback, { language });
    const marks = v.verbatim && quoteMarks(shown.lang);
    const mark = (i: 0 | 1) => (marks ? html`<span class="mark" aria-hidden="true">${marks[i]}</span>` : nothing);
    const caption = [
      v.role && html`<span lang=${v.role.lang ?? nothing}>${v.role.value}</span>`,
      v.date && this.renderDate(v.date),
      v.source && this.renderLink(v.source, 'source'),
    ].filter(Boolean);
    const described = `${v.verbatim ? '' : 'paraphrase'} ${about ? 'about' : ''}`.trim();
    return html`<figure lang=${reader} dir=${this.readerDir}>
      <blockquote
        part="quote"
        lang=${shown.lang}
        dir=${directionOf(shown.lang)}
        cite=${v.cite ?? nothing}
        aria-describedby=${described || nothing}
      >
        ${mark(0)}${
          this.own ? html`<slot name=${shown.translated ? 'translation' : nothing}></slot>` : shown.text
        }${mark(1)}
      </blockquote>
      ${
        described || shown.toggle
          ? html`<p class="notes">
              ${v.verbatim ? nothing : html`<span id="paraphrase">${m.paraphrase}</span>`}
              ${
                about
                  ? html`<span id="about"
                      >${about}${
                        v.translationSource ? html`${sep}${this.renderLink(v.translationSource)}` : nothing
                      }</span
                    >`
                  : nothing
              }
              ${
                shown.toggle
                  ? html`<button part="toggle" type="button" aria-pressed=${this.showOriginal} @click=${this.toggle}>
                      ${m.original} (${language})
                    </button>`
                  : nothing
              }
            </p>`
          : nothing
      }${
        v.speaker || caption.length
          ? html`<figcaption>
              ${
                v.speaker
                  ? html`<span class="avatar" aria-hidden="true"
                        ><slot name="avatar">${initials(v.speaker.value)}</slot></span
                      ><span part="speaker" lang=${v.speaker.lang ?? nothing}>${v.speaker.value}</span
                      >${caption.length ? html`<span class="lead">${sep}</span>` : nothing}`
                  : nothing
              }<span class="meta">${caption.map((c, i) => html`${i ? sep : ''}${c}`)}</span>
            </figcaption>`
          : nothing
      }
    </figure>`;
  }

  /** A story date at its precision; a standalone date that is not ISO is shown as written. */
  private renderDate(date: string): unknown {
    return DATE_PATTERN.test(date) && isCalendarDate(date)
      ? html`<time datetime=${date}>${formatStoryDate(date, this.readerLang)}</time>`
      : date;
  }

  private renderLink(link: Link, part?: string): TemplateResult {
    return link.href
      ? html`<a part=${part ?? nothing} href=${link.href} rel="noopener noreferrer" hreflang=${link.hreflang ?? nothing}
          >${link.label}</a
        >`
      : html`<span part=${part ?? nothing}>${link.label}</span>`;
  }

  /** A standalone card: ready with words written inside it, empty with a speaker and none. */
  protected override storylessState(): 'ready' | FineErrorDetail | undefined {
    if (this.own) return 'ready';
    if (!this.empty) return undefined;
    return {
      errors: [{ path: '', code: 'empty', params: {} }],
      message: packMessages(quoteMessages, this.readerLang).empty,
    };
  }
}
