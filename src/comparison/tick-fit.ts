import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { measureBeforePaint } from '../core/before-paint.js';
import { SizeController } from '../core/size-controller.js';
import { tickStride } from './scale.js';

/**
 * Keeps the axis's tick labels from overlapping at any width, in any
 * language: after each render (and after a resize, or once the page's fonts
 * have arrived) it measures the labels and hides all but every `stride`-th
 * (`tickStride`, the pure rule). The class is written on the labels
 * directly: a measure of what was just drawn, which no template binds, so
 * the element does not render twice. Measured in the frame after the
 * render, before it is painted, with the other elements' measurements
 * (`measureBeforePaint`): the page is laid out once for all of them.
 */
export class TickFitController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    /** The ticks' positions (0–1) in the order their labels are drawn; undefined with no chart. */
    private readonly ats: () => readonly number[] | undefined,
  ) {
    host.addController(this);
    this.#size = new SizeController(host);
  }

  /** An update on each resize, which fits the labels again. */
  readonly #size: SizeController;
  /** The width the labels were last fitted at (0: never). */
  #fittedAt = 0;

  hostConnected(): void {
    void document.fonts?.ready.then(() => this.host.requestUpdate());
  }

  hostUpdated(): void {
    // after a resize, the update runs in a frame callback: one asked for now would come after this frame's paint
    if (this.#fittedAt && this.#fittedAt !== this.#size.width) this.#fit()?.();
    else measureBeforePaint(this.#fit);
  }

  readonly #fit = () => {
    const axis = this.host.renderRoot.querySelector<HTMLElement>('.axis');
    const ats = this.ats();
    const plot = axis?.clientWidth;
    if (!plot || !ats) return; // no chart, or the table shown instead: nothing to measure
    this.#fittedAt = this.#size.width;
    const labels = [...axis.querySelectorAll('bdi')];
    const stride = tickStride(
      ats,
      labels.map((label) => label.getBoundingClientRect().width),
      plot,
    );
    return () => labels.forEach((label, i) => label.classList.toggle('off', i % stride > 0));
  };
}
