/**
 * Measurements an element makes of what it has just drawn (which tick
 * labels fit, whether a reservation leaves a hole), run together in the next
 * animation frame, before the browser paints it: in an article, every
 * element has rendered by then, and the page is laid out once for all of
 * them. Measured right after each element's render instead, each one made
 * the browser lay out the page again before the next element could render
 * (three forced layouts on the way to an article's last `fine-ready`).
 *
 * A measurement is a `read` that may return a `write`: all the reads of a
 * frame run first, then all the writes, so that no write (a class, an
 * attribute) makes the next read lay the page out again. A page that is
 * not shown gets no frame, and measures when it is. A read finds its
 * element as it is then (removed from the page, it measures nothing).
 * An update made in a frame callback (after a resize) measures right away
 * instead: a frame asked for then would come after this one's paint.
 */
export type Measurement = () => (() => void) | void;

/** The measurements of the next frame; undefined when none is asked for. */
let queued: Set<Measurement> | undefined;

/** Runs `read` in the next frame, before paint: once however many times it is asked for until then. */
export function measureBeforePaint(read: Measurement): void {
  if (!queued) {
    const reads = (queued = new Set());
    requestAnimationFrame(() => {
      queued = undefined;
      for (const write of [...reads].map((r) => r())) write?.();
    });
  }
  queued.add(read);
}
