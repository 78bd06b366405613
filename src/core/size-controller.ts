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
 */
export class SizeController implements ReactiveController {
  /** The host's width in px at its last update (0 before it has a box). */
  width = 0;
  #observer?: ResizeObserver;
  #frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Reads the host's width now (a layout): once per update, before the layout that uses it. */
  measure(): number {
    return (this.width = this.host.clientWidth);
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver(() => {
      this.#frame ||= requestAnimationFrame(() => {
        this.#frame = 0;
        this.host.requestUpdate();
      });
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
