import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampView, zoomView, type View } from './layout.js';
import { Gestures } from './gestures.js';

export interface ZoomOptions {
  /** The deepest zoom the story allows (about 20 days across the plot). */
  kMax: () => number;
  /** The plot's width in px. */
  width: () => number;
  /** Time runs right to left. */
  rtl: () => boolean;
  /** The plot, to place a pinch or a wheel's pointer on it. */
  plot: () => Element | null | undefined;
}

/**
 * The timeline's zoom and pan: the `view` (zoom `k`, pan `x` in widths),
 * changed by the buttons and keys (`zoomAt`, `set`) and by the plot's
 * gestures (`gestures`: drag, pinch, ctrl/⌘ + wheel). Changes apply at most
 * once per animation frame, since a gesture's events come faster; `jump`
 * applies one now (a new story, an event brought into view).
 */
export class ZoomController implements ReactiveController {
  view: View = { k: 1, x: 0 };
  /** Pointer and wheel handlers for the plot. */
  readonly gestures: Gestures;
  #next?: View;
  #frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
    this.gestures = new Gestures(
      (dx) => {
        const v = this.#next ?? this.view;
        this.set({ k: v.k, x: v.x + (options.rtl() ? -dx : dx) / options.width() });
      },
      (factor, clientX) => {
        const box = options.plot()!.getBoundingClientRect();
        const x = clientX - box.left;
        this.zoomAt(factor, (options.rtl() ? box.width - x : x) / options.width(), this.#next);
      },
    );
  }

  /** Zooms by `factor`, keeping the point at reading fraction `at` (0 = inline start) where it is. */
  zoomAt(factor: number, at: number, from = this.view): void {
    this.set(zoomView(from, factor, at, this.options.kMax()));
  }

  /**
   * Moves to `view` (clamped) in the next animation frame; with no view, only
   * updates the host then (with the view a gesture set by then): one update a frame.
   */
  set(view?: View): void {
    if (view) this.#next = clampView(view, this.options.kMax());
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.view = this.#next ?? this.view;
      this.#next = undefined;
      this.host.requestUpdate();
    });
  }

  /** Moves to `view` now, in the update under way. */
  jump(view: View): void {
    this.view = view;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    if (this.#next) [this.view, this.#next] = [this.#next, undefined];
  }
}
