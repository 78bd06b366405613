import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's own width, for layouts that follow their container rather than
 * the window: a narrow column gets the narrow layout in a wide window.
 * After a resize the host updates in the next animation frame, not inside
 * the observer's delivery: there, a layout that changes the host's height
 * would be observed again in the same frame ("ResizeObserver loop completed
 * with undelivered notifications"). That is why this is not
 * `@lit-labs/observers`' ResizeController, which requests the update from
 * within the delivery.
 *
 * The observer reads the width when the browser has just laid the page out
 * (free), and the host updates only when the width changed (a taller host,
 * once its story has rendered, is no reason to lay it out again). Only the
 * first update, before any observation, reads the width itself: an article
 * whose elements render one after the other does not lay the page out once
 * per element. A host that never calls `measure()` (a controller that only
 * wants an update on each resize) is updated on every width change.
 */
export class SizeController implements ReactiveController {
  /** The host's width in px at its last update (0 before it has a box). */
  width = 0;
  #observer?: ResizeObserver;
  #frame = 0;
  /** Whether the observer has given the width since the host was connected: it keeps it current from then on. */
  #observed = false;
  /** The width the host's last `measure()` gave it to lay out with; undefined if it never asked. */
  #used?: number;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The host's width for this update: the observed one, or read now (a layout) before the first observation. */
  measure(): number {
    this.#used = this.#observed ? this.width : (this.width = this.host.clientWidth);
    return this.#used;
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver(() => {
      const width = this.host.clientWidth;
      this.#observed = true;
      if (width === this.width) return;
      this.width = width;
      this.#frame ||= requestAnimationFrame(() => {
        this.#frame = 0;
        // A host that has laid out at this very width since the observation
        // (its story arrived meanwhile: an article's first render) has nothing
        // to redo; measured, that second render cost an article three layouts.
        // One that never measured (#used undefined) is always updated.
        if (this.#used !== this.width) this.host.requestUpdate();
      });
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observed = false;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
