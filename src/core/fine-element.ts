import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { parseStory } from '../story/parse.js';
import { loadStory } from '../story/load.js';
import { StoryLoadError, type StoryError } from '../story/errors.js';
import type { Story } from '../story/types.js';
import {
  coreMessages,
  describeError,
  describePath,
  languageReady,
  type CoreMessages,
  type WordTable,
} from '../i18n/index.js';
import type { FineErrorDetail, FineEventDetails, FineEventName } from '../events.js';
import { resolveDir, resolveLang, resolveScheme, watchLocale, type Direction } from './locale.js';
import { storyContext, type StoryContextValue } from './context.js';
import { baseStyles } from './styles.js';
import { VERSION } from './version.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
export type Theme = 'light' | 'dark' | 'auto';

/** Parsed results by input identity: several elements given one object validate it once. */
const parsedObjects = new WeakMap<object, ReturnType<typeof parseStory>>();
const parsedTexts = new Map<string, ReturnType<typeof parseStory>>();

function parseCached(input: unknown): ReturnType<typeof parseStory> {
  if (typeof input === 'string') {
    let result = parsedTexts.get(input);
    if (!result) parsedTexts.set(input, (result = parseStory(input)));
    return result;
  }
  if (input && typeof input === 'object') {
    let result = parsedObjects.get(input);
    if (!result) parsedObjects.set(input, (result = parseStory(input)));
    return result;
  }
  return parseStory(input);
}

/**
 * A kit event: bubbles, crosses shadow roots, cancelable. Built outside the
 * class so the manifest analyzer does not list a bogus event named `name`.
 */
function fineEvent<K extends FineEventName>(name: K, detail: FineEventDetails[K]): CustomEvent {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true });
}

/**
 * The base class of every fine-kit element. It finds the story (a `story`
 * property, a `src` URL, an inline `<script type="application/json">` child,
 * or an enclosing `<fine-story>`, in that order), validates it, resolves the
 * element's language, direction and colour scheme, and renders a loading
 * view, an error view or the element's own content (`renderStory`).
 *
 * @fires fine-ready - After the first render with a story (`detail: { storyId }`), or with content that needs none (`storyId: ''`).
 * @fires fine-error - When the story cannot be loaded or is invalid. `detail: { errors, message }`.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart loading - The placeholder shown while the story loads.
 * @csspart error - The error view (`role="alert"`), listing what is wrong and where.
 */
export abstract class FineElement extends LitElement {
  static kitVersion = VERSION;
  static override styles = baseStyles;

  // Declared here rather than with decorators: a decorator call per field
  // costs bytes in every file a page downloads (see size-budgets.json).
  static override properties: PropertyDeclarations = {
    src: {},
    story: { attribute: false },
    theme: { reflect: true },
    provided: { state: true },
    status: { state: true },
    data: { state: true },
    errors: { state: true },
  };

  /** URL of the story JSON file, resolved against the page. */
  src?: string;

  /** The story as an object; validated exactly like a file. Takes precedence over `src`. */
  story?: unknown;

  /** `light`, `dark`, or `auto`: follow a `data-theme` ancestor, the page's `color-scheme`, then the OS. */
  theme: Theme = 'auto';

  /** The story shared by an enclosing `<fine-story>`, if any. */
  protected provided?: StoryContextValue;
  private storyConsumer = new ContextConsumer(this, {
    context: storyContext,
    subscribe: true,
    callback: (value) => (this.provided = value),
  });

  protected status: LoadStatus = 'idle';
  /** The valid story being shown. */
  protected data?: Story;
  protected errors: StoryError[] = [];
  /** What the error view shows: loading/validation errors, else `checkStory`'s. */
  private shownErrors: StoryError[] = [];
  private shownKey = '';

  private resolvedLang = 'en';
  private resolvedDir: Direction = 'ltr';
  private resolvedScheme: 'light' | 'dark' | null = null;
  private unwatchLocale?: () => void;
  private inlineJson?: string;
  private loadingSrc?: string;
  private readyFor?: Story;
  private erroredWith?: StoryError[];
  /** The language pack this element waits for (see `needWords`). */
  private awaitedWords?: Promise<void>;
  /** What was last announced for `storylessState`. */
  private storylessSaid?: 'ready' | 'error';

  /** The language the element speaks (BCP 47), resolved from `lang` attributes, then the story. */
  get locale(): string {
    return this.resolvedLang;
  }

  /** `ltr` or `rtl`, resolved from `dir`/`lang` attributes, then the story's language. */
  get direction(): Direction {
    return this.resolvedDir;
  }

  protected get messages(): CoreMessages {
    return coreMessages(this.resolvedLang);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((name === 'lang' || name === 'dir') && old !== value) this.localeChanged();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatchLocale = watchLocale(() => this.localeChanged());
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.inlineJson = script?.textContent ?? undefined;
    this.refreshLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchLocale?.();
  }

  private localeChanged(): void {
    this.refreshLocale();
    this.requestUpdate();
  }

  private refreshLocale(): void {
    if (!this.isConnected) return;
    this.resolvedLang = resolveLang(this, this.data?.lang);
    this.resolvedDir = resolveDir(this, this.resolvedLang);
    this.resolvedScheme = this.theme === 'auto' ? resolveScheme(this) : this.theme;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.awaitedWords = undefined;
    if (changed.has('story') || changed.has('src') || changed.has('provided') || !this.hasUpdated) {
      this.resolveData();
    }
    if (changed.has('data') || changed.has('theme')) this.refreshLocale();
    this.needWords(this.resolvedLang);
    const shown =
      this.status === 'error' ? this.errors : this.status === 'ready' && this.data ? this.checkStory(this.data) : [];
    const key = JSON.stringify(shown);
    if (key !== this.shownKey) {
      this.shownKey = key;
      this.shownErrors = shown;
    }
  }

  /**
   * Makes sure the words for `lang` are loaded (the core's and
   * `wordTables`, each fetched the first time an element speaks `lang`). Until they are, the
   * element shows its placeholder and fires nothing, so a reader never sees
   * English flash before Arabic; it updates again when they arrive. The
   * base asks for the element's own language; call it in `willUpdate`
   * for any other language the element writes in.
   */
  protected needWords(lang: string): void {
    const words = languageReady(lang, this.wordTables);
    if (!words) return;
    this.awaitedWords = words;
    void words.then(() => this.requestUpdate());
  }

  /** The tables of words this element shows besides the core's (loaded per language on demand). */
  protected get wordTables(): readonly WordTable[] {
    return [];
  }

  /** `await el.updateComplete` also waits for the words of the element's language, then for the update they cause. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.awaitedWords) {
      const words = this.awaitedWords;
      await words;
      if (this.awaitedWords === words) this.requestUpdate();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Errors only this element can see in a valid story (a `quote` attribute
   * naming no quote, fines in currencies it cannot compare…). Called on every
   * update that has a story; return the same errors to keep the same view.
   * A non-empty list shows the error view and fires `fine-error`.
   */
  protected checkStory(_story: Story): StoryError[] {
    return [];
  }

  /** Chooses where the story comes from and moves to the matching status. */
  private resolveData(): void {
    if (this.story !== undefined && this.story !== null) {
      this.loadingSrc = undefined;
      this.accept(parseCached(this.story));
    } else if (this.src) {
      if (this.src !== this.loadingSrc) void this.load(this.src);
    } else if (this.inlineJson !== undefined) {
      this.loadingSrc = undefined;
      this.accept(parseCached(this.inlineJson));
    } else if (this.provided) {
      this.loadingSrc = undefined;
      const { status, story, errors = [] } = this.provided;
      this.status = status;
      this.data = story;
      this.errors = errors;
    } else {
      this.loadingSrc = undefined;
      this.status = 'idle';
      this.data = undefined;
    }
  }

  private accept(result: ReturnType<typeof parseStory>): void {
    if (result.ok) {
      this.data = result.story;
      this.errors = [];
      this.status = 'ready';
    } else {
      this.fail(result.errors);
    }
  }

  private fail(errors: StoryError[]): void {
    this.data = undefined;
    this.errors = errors;
    this.status = 'error';
  }

  private async load(src: string): Promise<void> {
    this.loadingSrc = src;
    this.status = 'loading';
    this.data = undefined;
    try {
      const story = await loadStory(src);
      if (this.loadingSrc !== src) return; // src changed while loading
      this.data = story;
      this.errors = [];
      this.status = 'ready';
    } catch (e) {
      if (this.loadingSrc !== src) return;
      this.fail(e instanceof StoryLoadError ? e.errors : [{ path: '', code: 'network', params: { url: src } }]);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.awaitedWords) return; // nothing is shown yet
    const errors = this.shownErrors;
    if (errors.length) {
      if (this.erroredWith !== errors) {
        this.erroredWith = errors;
        this.readyFor = undefined;
        const first = errors[0]!;
        const message = `${describePath(this.messages, first.path)}: ${describeError(this.messages, first)}`;
        this.emit('fine-error', { errors, message });
      }
    } else if (this.status === 'ready' && this.data && this.readyFor !== this.data) {
      const story = this.data;
      this.readyFor = story;
      this.erroredWith = undefined;
      void this.contentReady().then(() => {
        if (this.data === story) this.emit('fine-ready', { storyId: story.id });
      });
    }
    // an element that shows something with no story says so once per change of state
    const storyless = this.status === 'idle' ? this.storylessState() : undefined;
    const said = storyless === undefined ? undefined : storyless === 'ready' ? 'ready' : 'error';
    if (said !== this.storylessSaid) {
      this.storylessSaid = said;
      if (storyless === 'ready') this.emit('fine-ready', { storyId: '' });
      else if (storyless) this.emit('fine-error', storyless);
    }
  }

  /**
   * For an element that shows something with no story at all (a quote
   * written in the page, a chart given `fines`): `'ready'` when it shows
   * it, the errors that leave it empty, or `undefined` when it shows
   * nothing. The base fires `fine-ready` (with `storyId: ''`) or
   * `fine-error` when this changes, once the element's words are loaded.
   */
  protected storylessState(): 'ready' | FineErrorDetail | undefined {
    return undefined;
  }

  /**
   * Resolves when the content is on screen; `fine-ready` waits for it. An
   * element whose first paint needs a measurement (a container width) overrides it.
   */
  protected contentReady(): Promise<void> {
    return Promise.resolve();
  }

  /** Dispatches a typed `fine-*` event that bubbles and crosses shadow roots. */
  protected emit<K extends FineEventName>(name: K, detail: FineEventDetails[K]): boolean {
    return this.dispatchEvent(fineEvent(name, detail));
  }

  protected override render(): TemplateResult {
    return html`<div
      part="base"
      class="base"
      lang=${this.resolvedLang}
      dir=${this.resolvedDir}
      data-scheme=${this.resolvedScheme ?? nothing}
    >
      ${
        this.awaitedWords
          ? this.renderLoading()
          : this.shownErrors.length
            ? this.renderError()
            : this.status === 'ready' && this.data
              ? this.renderStory(this.data)
              : this.status === 'idle'
                ? this.renderIdle()
                : this.renderLoading()
      }
    </div>`;
  }

  /** The element's own content for a valid story. */
  protected abstract renderStory(story: Story): unknown;

  /**
   * Shown when the element has no story at all (no `story`, `src`, inline
   * JSON or `<fine-story>`): the reserved placeholder. An element that also
   * works without a story (a quote written in the page) overrides it.
   */
  protected renderIdle(): unknown {
    return this.renderLoading();
  }

  /** The placeholder: keeps the element's reserved height while there is nothing to show. */
  protected renderLoading(): TemplateResult {
    return html`<div part="loading" class="loading" role="status" aria-live="polite">
      ${this.status === 'loading' && !this.awaitedWords ? this.messages.loading : nothing}
    </div>`;
  }

  /** The error view: what is wrong and where, in the reader's language. */
  protected renderError(): TemplateResult {
    const m = this.messages;
    return html`<div part="error" class="error" role="alert">
      <p class="error-title"><strong>${m.errorTitle}</strong></p>
      <ul>
        ${this.shownErrors.map(
          (e) => html`<li>${e.path ? html`<code dir="ltr">${e.path}</code> ` : nothing}${describeError(m, e)}</li>`,
        )}
      </ul>
    </div>`;
  }
}
