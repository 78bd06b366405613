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
 * not shown gets no frame, and measures when it is.
 */
export type Measurement = () => (() => void) | void;

const queued = new Map<object, Measurement>();
let frame = 0;

/** Measures for `owner` in the next frame, before paint; asking again before then replaces its measurement. */
export function measureBeforePaint(owner: object, read: Measurement): void {
  queued.set(owner, read);
  frame ||= requestAnimationFrame(flush);
}

/** Forgets `owner`'s pending measurement (it left the page). */
export function cancelMeasure(owner: object): void {
  queued.delete(owner);
}

function flush(): void {
  frame = 0;
  const reads = [...queued.values()];
  queued.clear();
  // one element's failure leaves the others' measurements alone (a bug all the same: logged)
  const guard = (f: () => unknown) => {
    try {
      return f();
    } catch (e) {
      console.error(e);
    }
  };
  const writes = reads.map((read) => guard(read) as ReturnType<Measurement> | undefined);
  for (const write of writes) if (write) guard(write);
}
