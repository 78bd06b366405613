import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { FineElement } from '../core/fine-element.js';
import { baseStyles } from '../core/styles.js';
import { canonicalLang, resolveDir, resolveLang, type Direction } from '../core/locale.js';
import type { FineErrorDetail } from '../events.js';
import { coreMessages } from '../i18n/index.js';
import type { StoryError } from '../story/errors.js';
import type { Quote, Story } from '../story/types.js';
import { safeUrl, shownText, storyCard, type Card } from './layout.js';
import { quoteMessages } from './messages.js';
import { renderCard, type CardView } from './render.js';
import { quoteStyles } from './styles.js';
import { FitController } from './fit.js';

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
 * @cssprop --fine-quote-min-height - Height reserved before the story arrives (default 13rem: a card of up to three
 *   lines with its caption). The card keeps it while it leaves at most 24 px blank below; a reservation taller than
 *   that is dropped once the card shows (the text below moves up once rather than a hole staying). Set it per quote
 *   and variant, from 0 to 24 px above the card's height, for a page that never moves.
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
  #own = false;
  /** A standalone card with a speaker and no words. */
  #empty = false;
  /** Who reads the card: the element's language, or the page's for words written in the page. */
  #readerLang = 'en';
  #readerDir: Direction = 'ltr';
  /** The view model: the card, and who reads it. */
  #view?: CardView;
  /** Words written inside the element can arrive or change after it upgrades (frameworks, editors). */
  #observer = new MutationObserver(() => this.requestUpdate());
  /** The reserved height, dropped when it would leave a hole under the card. */
  readonly #fit = new FitController(this, () =>
    this.#view && !this.shownErrors.length ? this.renderRoot.querySelector('.base')?.lastElementChild : undefined,
  );
  /** What the card was last measured for: a new quote or story is measured again. */
  #fitFor: unknown[] = [];

  constructor() {
    super();
    this.i18n.use(quoteMessages);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { status, story } = this.loader;
    this.#own = !this.quote && this.#hasOwnWords();
    this.#empty = !this.quote && !this.#own && !!this.speaker && status === 'idle';
    const [reader, dir] = ([this.#readerLang, this.#readerDir] = this.#reader());
    this.i18n.need(reader);
    const quote = story && this.#findQuote(story);
    if (this.#fitFor[0] !== story || this.#fitFor[1] !== this.quote) {
      this.#fitFor = [story, this.quote];
      this.#fit.reset();
    }
    const card = this.#own ? this.#ownCard(reader) : quote && storyCard(story, quote, reader, this.showOriginal);
    this.#view = card && {
      card,
      reader,
      dir,
      m: coreMessages(reader),
      sep: this.i18n.words(quoteMessages, reader).sep,
      own: this.#own,
      showOriginal: this.showOriginal,
    };
  }

  protected override checkStory(story: Story): StoryError[] {
    if (this.#own || this.#findQuote(story)) return [];
    // Several quotes (or none) and none named: never guess whose words to show.
    return [
      this.quote
        ? { path: '/quotes', code: 'unknown-ref', params: { kind: 'quote', id: this.quote } }
        : { path: '', code: 'required', params: { key: 'quote' } },
    ];
  }

  #findQuote(story: Story): Quote | undefined {
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
  #hasOwnWords(): boolean {
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

  /** The reader's language and direction: standalone, `lang` names the words' language, so the page decides. */
  #reader(): [string, Direction] {
    const root = this.getRootNode();
    const parent = this.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
    if (!(this.#own || this.#empty) || !this.hasAttribute('lang') || !parent) return [this.locale, this.direction];
    const lang = resolveLang(parent, this.locale);
    return [lang, resolveDir(parent, lang)];
  }

  /** A standalone card, from the element's attributes and the words written inside it. */
  #ownCard(reader: string): Card {
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

  /**
   * Words written in the page need no story: they show while the story or
   * the words load. A standalone card with no words says so.
   */
  protected override renderContent(): unknown {
    const view = this.#view;
    const pending = this.i18n.pending;
    if (this.#own && view && (pending || !this.shownErrors.length)) return renderCard(view, this.#toggle);
    if (this.#empty && !pending && !this.shownErrors.length && this.loader.status === 'idle') {
      return html`<div part="error" class="error" role="alert" lang=${this.#readerLang} dir=${this.#readerDir}>
        ${this.i18n.words(quoteMessages, this.#readerLang).empty}
      </div>`;
    }
    return super.renderContent();
  }

  protected override renderStory(): unknown {
    return this.#view ? renderCard(this.#view, this.#toggle) : null;
  }

  readonly #toggle = (): void => {
    this.showOriginal = !this.showOriginal;
  };

  /** A standalone card: ready with words written inside it, empty with a speaker and none. */
  protected override storylessState(): 'ready' | FineErrorDetail | undefined {
    if (this.#own) return 'ready';
    if (!this.#empty) return undefined;
    return {
      errors: [{ path: '', code: 'empty', params: {} }],
      message: this.i18n.words(quoteMessages, this.#readerLang).empty,
    };
  }
}
