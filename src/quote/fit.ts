import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { measureBeforePaint } from '../core/before-paint.js';

/** Blank space under a card past this many px is a hole in the article. */
export const MAX_HOLE = 24;

/**
 * Keeps the page's reserved height (`--fine-quote-min-height`) under a card
 * only while it leaves no hole: once the card is shown, when more than
 * `MAX_HOLE` px of the reservation would stay blank below it, the host gets
 * `data-fit` and takes its content's height instead (the text below moves up
 * once, rather than a gap staying for good). A reservation within 24 px of
 * the card, or smaller than it, moves nothing. Measured in the frame after
 * each update, before it is painted, with the other elements' measurements
 * (`measureBeforePaint`: the page is laid out once for all of them), and
 * whenever the content's size changes (fonts, width).
 */
export class FitController implements ReactiveController {
  #observer?: ResizeObserver;
  #watched?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The last thing the card shows, or nothing while the placeholder or the error view is up. */
    private readonly content: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  /** A new quote or story: the reservation holds again until the new card is measured. */
  reset(): void {
    this.host.removeAttribute('data-fit');
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver(() => measureBeforePaint(this.#measure));
  }

  hostUpdated(): void {
    const el = this.content() ?? undefined;
    if (el !== this.#watched) {
      if (this.#watched) this.#observer?.unobserve(this.#watched);
      if (el) this.#observer?.observe(el);
      this.#watched = el;
    }
    measureBeforePaint(this.#measure);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#watched = undefined;
  }

  readonly #measure = () => {
    const el = this.#watched;
    if (!el?.isConnected || this.host.hasAttribute('data-fit')) return;
    const hole = this.host.getBoundingClientRect().bottom - el.getBoundingClientRect().bottom;
    if (hole > MAX_HOLE) return () => this.host.setAttribute('data-fit', '');
  };
}
