import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { emit } from '../events.js';

export interface RovingOptions {
  /** The host's focusable items, a selector in its shadow root; the tab stop is the one with `tabindex="0"`. */
  items: string;
  /** The host's selection: its reflected property (`selected`, `focus`)... */
  selected: () => string | undefined;
  /** ...and how to set it. */
  select: (id: string | undefined) => void;
  /** What the live region says when the reader selects `id` (nothing when left out). */
  announce?: (id: string) => string;
  /**
   * Items that are not keyed move under the focus when the view changes (a
   * pan, another page): after such an update, focus follows the tab stop.
   */
  keepFocus?: boolean;
}

/**
 * One tab stop over many items (the ARIA roving tabindex), and selection as
 * the reader makes it. `current` is the item the keyboard is on: the host
 * renders it with `tabindex="0"` and every other item with `-1`. `select()`
 * is for the reader's actions only: it sets the host's selection, fires
 * `fine-select` and says what was selected in the live region; the page
 * setting the property fires nothing. The host maps its keys to `focus()`
 * and `select()`, and renders `liveRegion()` once.
 */
export class RovingController implements ReactiveController {
  #currentId?: string;
  #saidText = '';
  #hadFocus = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RovingOptions,
  ) {
    host.addController(this);
  }

  /** The item the keyboard is on. */
  get current(): string | undefined {
    return this.#currentId;
  }

  set current(id: string | undefined) {
    if (id === this.#currentId) return;
    this.#currentId = id;
    this.host.requestUpdate();
  }

  /** Says `text` in the live region (a filter's count, a selection). */
  say(text: string): void {
    if (text === this.#saidText) return;
    this.#saidText = text;
    this.host.requestUpdate();
  }

  /**
   * Selects `id` (null clears) as the reader did: the host's selection, the
   * keyboard's position, `fine-select`, the announcement. False, and
   * nothing fired, when `id` was already the selection.
   */
  select(id: string | null): boolean {
    if (id === (this.options.selected() ?? null)) return false;
    this.options.select(id ?? undefined);
    if (id) this.current = id;
    emit(this.host, 'fine-select', { id });
    this.say(id && this.options.announce ? this.options.announce(id) : '');
    return true;
  }

  /** Moves the keyboard to `id` (default: where it is), then focuses that item once rendered. */
  async focus(id = this.#currentId): Promise<void> {
    this.current = id;
    await this.host.updateComplete;
    this.#tabStop()?.focus();
  }

  /** The live region: render it once, visually hidden. */
  liveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status">${this.#saidText}</div>`;
  }

  hostUpdate(): void {
    if (this.options.keepFocus) this.#hadFocus = !!this.host.shadowRoot?.activeElement?.matches(this.options.items);
  }

  hostUpdated(): void {
    if (this.#hadFocus && this.host.shadowRoot?.activeElement?.getAttribute('tabindex') !== '0')
      this.#tabStop()?.focus();
  }

  #tabStop(): HTMLElement | SVGElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement | SVGElement>(`${this.options.items}[tabindex="0"]`);
  }
}
