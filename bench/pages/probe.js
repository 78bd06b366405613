// Measurement hooks shared by every bench page. A classic script, first in
// <head>, so it runs before the code it measures. Times are performance.now(),
// milliseconds since the navigation started.
(() => {
  /** @type {any} */
  const bench = (window.__bench = { t: {}, longTasks: [], errors: [] });
  /** @type {(summary: unknown) => void} */
  let settle = () => {};
  /** Resolves once the first render is painted (or the page failed). */
  bench.finished = new Promise((resolve) => (settle = resolve));

  // Long tasks (> 50 ms on the main thread), from the start of the page.
  let observer;
  const keep = (entries) => {
    for (const e of entries) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  };
  try {
    observer = new PerformanceObserver((list) => keep(list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
  } catch {
    bench.errors.push('no longtask observer');
  }
  /** Long tasks delivered so far, including those still queued for the observer. */
  const longTasks = () => {
    if (observer) keep(observer.takeRecords());
    return bench.longTasks;
  };

  /** What the page fetched so far (the document and every resource that got a response), uncompressed bytes. */
  const fetched = () => {
    const entries = /** @type {PerformanceResourceTiming[]} */ ([
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ]).filter((e) => e.responseStatus > 0 || e.encodedBodySize > 0);
    return {
      requests: entries.length,
      bytes: entries.reduce((s, e) => s + e.decodedBodySize, 0),
      // what each request was, to weigh the kit, its words and the story as a server would send them (gzip)
      paths: entries.filter((e) => e.responseStatus < 400).map((e) => new URL(e.name).pathname),
    };
  };

  const summary = () => {
    const before = longTasks().filter((e) => e.start < (bench.t.painted ?? Infinity));
    return {
      ...bench.t,
      ...fetched(),
      errors: bench.errors,
      longTasks: before.length,
      longTaskMs: before.reduce((s, e) => s + e.duration, 0),
    };
  };

  /**
   * The first render signal (fine-ready, or TimelineJS's `loaded`): its time,
   * then `painted`, the first task after the next animation frame (style,
   * layout and paint of that frame are done by then).
   */
  bench.rendered = () => {
    if (bench.t.ready !== undefined) return;
    bench.t.ready = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.t.painted = performance.now();
        settle(summary());
      };
      channel.port2.postMessage(0);
    });
  };

  bench.failed = (message) => {
    bench.errors.push(String(message));
    settle(summary());
  };
  addEventListener('error', (e) => bench.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => bench.errors.push(String(e.reason)));

  // Frame recorder: the interval between consecutive requestAnimationFrame
  // callbacks while an interaction runs (16.7 ms at 60 Hz when nothing janks).
  /** @type {{ times: number[], on: boolean, start: number }} */
  let recording;
  bench.startFrames = () => {
    longTasks();
    recording = { times: [], on: true, start: performance.now() };
    const rec = recording;
    const loop = (t) => {
      if (!rec.on) return;
      rec.times.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  bench.stopFrames = () => {
    const rec = recording;
    rec.on = false;
    const end = performance.now();
    const intervals = rec.times.slice(1).map((t, i) => t - rec.times[i]);
    const during = longTasks().filter((e) => e.start >= rec.start && e.start < end);
    return {
      duration: end - rec.start,
      intervals,
      longTasks: during.length,
      longTaskMs: during.reduce((s, e) => s + e.duration, 0),
    };
  };

  /** Waits for `n` animation frames. */
  bench.frames = (n = 1) =>
    /** @type {Promise<void>} */ (
      new Promise((resolve) => {
        const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      })
    );

  /**
   * The story files a page names up front (`fetch=…` in its query), as the
   * README advises: a <link rel="preload" as="fetch" crossorigin> each, so the
   * request starts beside the module's and the element's fetch takes it over.
   */
  bench.preloadStories = () => {
    for (const href of new URLSearchParams(location.search).getAll('fetch')) {
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.append(link);
    }
  };
})();
