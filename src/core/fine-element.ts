import {
  LitElement,
  html,
  nothing,
  render as renderInto,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { StoryError } from '../story/errors.js';
import { describeThrown } from '../story/snapshot.js';
import type { Story } from '../story/types.js';
import type { FineErrorDetail } from '../events.js';
import type { Direction } from './locale.js';
import { StoryController } from './story-controller.js';
import { LocaleController, type Theme } from './locale-controller.js';
import { StatusEvents, errorDetail } from './status-events.js';
import { errorView, loadingView } from './views.js';
import { chromeOf, renderCaption, renderFooter } from './chrome.js';
import { memo } from './memo.js';
import { vocabulary, type Vocabulary } from '../i18n/vocabulary.js';
import { warmIntl } from './warm-intl.js';
import { applyStyles } from './styled.js';
import { baseStyles } from './styles.js';
import { VERSION } from './version.js';
import { errorWords } from '../i18n/index.js';

export type { LoadStatus } from './story-controller.js';

/** The chrome's attributes, in order: `caption`, `no-caption`, `no-credit`, `no-updated`. */
type ChromeArgs = [string | undefined, boolean, boolean, boolean, boolean];
export type { Theme } from './locale-controller.js';

/**
 * The base class of every fine-kit element: what each of them needs and no
 * more. A `StoryController` finds the story (the `story` property, a `src`
 * URL, an inline `<script type="application/json">` child or an enclosing
 * `<fine-story>`, in that order) and validates it; a `LocaleController`
 * resolves the language, direction and colour scheme and loads the words.
 * The base renders the placeholder, the error view or the element's
 * `renderStory`, copies geometry written with `styled()` into the CSSOM,
 * and fires `fine-ready` and `fine-error` once per change.
 *
 * An element sets up its own controllers (selection, size, zoom) and builds
 * its view model in `willUpdate` from `this.loader` and `this.i18n`, which
 * are up to date there.
 *
 * @fires fine-ready - After the first render with a story (`detail: { storyId }`), or with content that needs none (`storyId: ''`).
 * @fires fine-error - When the story cannot be loaded or is invalid, or the element fails to show it. `detail: { errors, message }`.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart loading - The placeholder shown while the story loads.
 * @csspart error - The error view (`role="alert"`), listing what is wrong and where.
 * @csspart caption - Above the content: the story's title and text for this element (`captions` in the story), or the page's `caption`.
 * @csspart caption-title - The caption's title (an `<h3>`).
 * @csspart caption-text - The caption's line of text.
 * @csspart footer - Below the content: the credit and the "Updated" line.
 * @csspart credit - "Source: …", the story's credit for this element.
 * @csspart updated - "Updated 12 March 2026": a `<details>` that lists the story's updates and corrections, or a line when it has none.
 */
export abstract class FineElement extends LitElement {
  static kitVersion = VERSION;
  static override styles = baseStyles;

  // Declared here rather than with decorators: a decorator call per field
  // costs bytes in every file a page downloads.
  static override properties: PropertyDeclarations = {
    src: {},
    split: {},
    story: { attribute: false },
    theme: { reflect: true },
    caption: {},
    noCaption: { type: Boolean, attribute: 'no-caption' },
    noCredit: { type: Boolean, attribute: 'no-credit' },
    noUpdated: { type: Boolean, attribute: 'no-updated' },
  };

  /** URL of the story JSON file, resolved against the page. */
  src?: string;

  /**
   * With `src`, fetch only the reader's language: `story.ar.json` beside
   * `story.json` for an Arabic page (the files `npx fine-kit split` writes),
   * the full file when that one is missing (one extra request, once a page)
   * or when no `lang` attribute names the reader's language. A list
   * (`split="ar en fr"`) names the languages that have a file; a reader of
   * another fetches the full file straight away.
   */
  split?: string | null;

  /** The story as an object; validated exactly like a file. Takes precedence over `src`. */
  story?: unknown;

  /** `light`, `dark`, or `auto`: follow a `data-theme` ancestor, the page's `color-scheme`, then the OS. */
  theme: Theme = 'auto';

  /** A title of the page's own above the content, instead of the one the story's `captions` give this element. */
  caption?: string;

  /** Hide the caption (title and text) above the content: the page has its own. */
  noCaption = false;

  /** Hide the one-line source credit ("Source: …") below the content. */
  noCredit = false;

  /** Hide the story's "Updated" date and its list of updates and corrections: the page shows its own. */
  noUpdated = false;

  /** The story: where it comes from, and `{ status, story, errors }`. */
  protected readonly loader = new StoryController(this);
  /** Language, direction, colour scheme and words: `i18n.use(table)` adds the element's own words. */
  protected readonly i18n = new LocaleController(this, {
    fallback: () => this.loader.story?.lang,
    theme: () => this.theme,
  });
  readonly #events = new StatusEvents(this);
  /** The caption, credit and "Updated" line, rendered again only when what they show changes. */
  readonly #chrome = memo((story: Story | undefined, lang: string, dir: Direction, v: Vocabulary, ...o: ChromeArgs) => {
    const [caption, noCaption, noCredit, noUpdated, shown] = o;
    const c = chromeOf(story, this.localName.replace(/^fine-/, ''), lang, { caption, noCaption, noCredit, noUpdated });
    const w = { lang, dir, v, core: this.i18n.messages, changes: { shown, show: this.#showChanges } };
    return [renderCaption(c, w), renderFooter(c, story, w)] as const;
  });
  /** Whether the reader opened the "Updated" disclosure: its list is written from then on. */
  #changesShown = false;
  readonly #showChanges = () => {
    if (this.#changesShown) return;
    this.#changesShown = true;
    this.requestUpdate();
  };
  #errorsShown: StoryError[] = [];
  #errorsKey = '';

  constructor() {
    super();
    // the words of the "Updated" line and the credit
    this.i18n.use(vocabulary);
  }

  /** The language the element speaks (BCP 47), resolved from `lang` attributes, then the story. */
  get locale(): string {
    return this.i18n.lang;
  }

  /** `ltr` or `rtl`, resolved from `dir`/`lang` attributes, then the story's language. */
  get direction(): Direction {
    return this.i18n.dir;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((name === 'lang' || name === 'dir') && old !== value) this.i18n.changed();
  }

  /** Brings the story and the locale up to date: a subclass's `willUpdate` calls this first and derives from them. */
  protected override willUpdate(_changed: PropertyValues): void {
    this.loader.sync();
    this.i18n.sync();
  }

  /**
   * An exception in an element's own code (deriving its view of a story, or
   * rendering it) shows the error view and fires `fine-error`, rather than
   * leave the element blank and reject its update where nothing catches it:
   * every element reaches `fine-ready` or `fine-error`, whatever a story
   * makes its code do. Still a bug, so it is logged.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (e) {
      console.error(e);
      const detail = describeThrown(e);
      const errors: StoryError[] = [{ path: '', code: 'render-failed', params: { detail } }];
      const m = this.i18n.messages;
      renderInto(this.#frame(errorView(m, errors)), this.renderRoot, this.renderOptions);
      this.#events.show(`failed: ${detail}`, errorDetail(m, errors));
    }
  }

  protected override update(changed: PropertyValues): void {
    // after the subclass's willUpdate, so checkStory can read its view model
    const { status, story, errors } = this.loader;
    const shown = status === 'error' ? errors : status === 'ready' && story ? this.checkStory(story) : [];
    const key = JSON.stringify(shown);
    if (key !== this.#errorsKey) [this.#errorsKey, this.#errorsShown] = [key, shown];
    // the words of errors load only when there is one to show
    if (shown.length) this.i18n.need(this.i18n.lang, [errorWords]);
    super.update(changed);
  }

  /** What the error view lists: the loader's errors, else `checkStory`'s. Empty when all is well. */
  protected get shownErrors(): readonly StoryError[] {
    return this.#errorsShown;
  }

  /** `await el.updateComplete` also waits for the words of the element's language, then for the update they cause. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.i18n.pending) {
      const words = this.i18n.pending;
      await words;
      if (this.i18n.pending === words) this.requestUpdate();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    applyStyles(this.renderRoot);
    const { status, story } = this.loader;
    // Intl's first formatter, and the element's own, made while the story is on its way (its fetch has started)
    // rather than after it arrives
    if (status === 'loading') {
      warmIntl(this.locale);
      this.warmFormats(this.locale);
    }
    if (this.i18n.pending) return; // nothing is shown yet
    const errors = this.#errorsShown;
    if (errors.length) this.#events.show(errors, errorDetail(this.i18n.messages, errors));
    else if (status === 'ready' && story) this.#events.show(story, { storyId: story.id });
    else if (status !== 'idle') this.#events.show(undefined, undefined);
    else {
      const storyless = this.storylessState();
      const key = storyless === 'ready' ? 'storyless' : storyless && 'storyless-error';
      this.#events.show(key, storyless === 'ready' ? { storyId: '' } : storyless);
    }
  }

  /**
   * Errors only this element can see in a valid story (a `quote` attribute
   * naming no quote, fines it cannot chart). Runs on every update with a
   * story, after `willUpdate`. A non-empty list shows the error view and fires `fine-error`.
   */
  protected checkStory(_story: Story): StoryError[] {
    return [];
  }

  /**
   * Makes the formatters this element's first render with a story will
   * need, while the story is on its way: each update while it loads calls
   * it, after the page's first `Intl` formatter. Formatters are cached
   * (`core/format.ts`), so a second call costs next to nothing.
   */
  protected warmFormats(_locale: string): void {}

  /**
   * For an element that shows something with no story at all (a quote
   * written in the page, a chart given `fines`): `'ready'` when it shows
   * it, the errors that leave it empty, or `undefined` when it shows
   * nothing. `fine-ready` (`storyId: ''`) or `fine-error` fire when it changes.
   */
  protected storylessState(): 'ready' | FineErrorDetail | undefined {
    return undefined;
  }

  protected override render(): TemplateResult {
    return this.#frame(this.renderContent());
  }

  /** `content` in the wrapper, in the element's language, direction and scheme. */
  #frame(content: unknown): TemplateResult {
    const { lang, dir, scheme } = this.i18n;
    const [caption, footer] = this.#renderChrome();
    return html`<div part="base" class="base" lang=${lang} dir=${dir} data-scheme=${scheme ?? nothing}>
      ${caption}${content}${footer}
    </div>`;
  }

  /** The chrome around the content, once the content shows: with the story, or with content written in the page. */
  #renderChrome(): readonly [unknown, unknown] {
    const { status, story } = this.loader;
    const ready = status === 'ready' && story;
    if (this.i18n.pending || this.#errorsShown.length || (!ready && this.storylessState() !== 'ready')) {
      return [nothing, nothing];
    }
    const { lang, dir } = this.i18n;
    return this.#chrome(
      ready ? story : undefined,
      lang,
      dir,
      this.i18n.words(vocabulary, lang),
      this.caption,
      this.noCaption,
      this.noCredit,
      this.noUpdated,
      this.#changesShown,
    );
  }

  /**
   * Inside the base: the placeholder until the words (and the story) are
   * here, the error view, or `renderStory`. An element that also shows
   * something without a story overrides it and calls `super` for the rest.
   */
  protected renderContent(): unknown {
    const { status, story } = this.loader;
    const m = this.i18n.messages;
    if (this.i18n.pending) return loadingView(m, false);
    if (this.#errorsShown.length) return errorView(m, this.#errorsShown);
    if (status === 'ready' && story) return this.renderStory(story);
    return loadingView(m, status === 'loading');
  }

  /** The element's own content for a valid story. */
  protected abstract renderStory(story: Story): unknown;
}
