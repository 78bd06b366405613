import { LitElement, css, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { StoryController } from '../core/story-controller.js';
import { LocaleController, type Theme } from '../core/locale-controller.js';
import { StatusEvents, errorDetail } from '../core/status-events.js';
import { storyContext } from '../core/context.js';
import type { Direction } from '../core/locale.js';
import { VERSION } from '../core/version.js';
import { errorWords } from '../i18n/index.js';

/**
 * Loads a story once and shares it with every fine-kit element inside it, so
 * an article with a timeline, a chart, two quotes and a map makes one request.
 * Elements inside that have their own `src` or `story` use theirs instead.
 * It adds no box of its own (`display: contents`): the article's layout is untouched.
 *
 * @tagname fine-story
 * @summary Shares one story with the fine-kit elements inside it.
 * @slot - The article content, with fine-kit elements anywhere inside.
 * @fires fine-ready - When the story has loaded and is valid. `detail: { storyId }`.
 * @fires fine-error - When the story cannot be loaded or is invalid. `detail: { errors, message }`.
 */
export class FineStory extends LitElement {
  static kitVersion = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    src: {},
    split: {},
    story: { attribute: false },
    theme: { reflect: true },
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

  /** `light`, `dark`, or `auto`, as on the elements; `<fine-story>` draws nothing of its own. */
  theme: Theme = 'auto';

  readonly #loader = new StoryController(this);
  /** The language of `fine-error`'s message. */
  readonly #i18n = new LocaleController(this, { fallback: () => this.#loader.story?.lang });
  readonly #provider = new ContextProvider(this, { context: storyContext, initialValue: { status: 'loading' } });
  readonly #events = new StatusEvents(this);

  /** The language the element speaks (BCP 47), resolved from `lang` attributes, then the story. */
  get locale(): string {
    return this.#i18n.lang;
  }

  /** `ltr` or `rtl`, resolved from `dir`/`lang` attributes, then the story's language. */
  get direction(): Direction {
    return this.#i18n.dir;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((name === 'lang' || name === 'dir') && old !== value) this.#i18n.changed();
  }

  protected override willUpdate(): void {
    this.#loader.sync();
    const { status, story, errors } = this.#loader;
    const shared = this.#provider.value;
    const shown = status === 'idle' ? 'loading' : status;
    if (shared.status !== shown || shared.story !== story || shared.errors !== errors) {
      this.#provider.setValue({ status: shown, story, errors });
    }
    // fine-error's message waits for the words of errors, loaded only when there is one
    if (status === 'error') {
      this.#i18n.sync();
      this.#i18n.need(this.#i18n.lang, [errorWords]);
    }
  }

  protected override updated(): void {
    if (this.#i18n.pending) return; // the message waits for the reader's words
    const { status, story, errors } = this.#loader;
    if (status === 'error') this.#events.show(errors, errorDetail(this.#i18n.messages, errors));
    else this.#events.show(story, story && { storyId: story.id });
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
