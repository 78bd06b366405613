// Puts one fine-kit element in the page, as a CMS article would: the element
// in the markup, then its self-contained module from dist/cdn. The query names
// it:
//   entry=timeline            loads /dist/cdn/timeline.js (type="module")
//   tag=fine-timeline         the element
//   src=/data/….story.json    its story
//   attr.<name>=<value>       any other attribute (e.g. attr.quote=lqdn-historic-fine)
//   fetch=…                   <link rel="preload" as="fetch" crossorigin> for the story file, named up front
//   mode=mount                no element at first: __bench.mount()/unmount()/cycles(n) add and remove it
(() => {
  const bench = window.__bench;
  const q = new URLSearchParams(location.search);
  const tag = q.get('tag') ?? '';
  const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));
  /** The message of a fine-error event. */
  const message = (/** @type {Event} */ e) => /** @type {CustomEvent<{ message?: string }>} */ (e).detail?.message;

  const make = () => {
    const el = document.createElement(tag);
    for (const [k, v] of q) if (k.startsWith('attr.')) el.setAttribute(k.slice(5), v);
    const src = q.get('src');
    if (src) el.setAttribute('src', src);
    return el;
  };

  // the story file the page will fetch, named up front: its request starts beside the module's
  bench.preloadStories();

  const script = document.createElement('script');
  script.type = 'module';
  script.src = `/dist/cdn/${q.get('entry')}.js`;
  script.onerror = () => bench.failed(`could not load ${script.src}`);

  if (q.get('mode') !== 'mount') {
    const el = make();
    el.addEventListener('fine-ready', () => bench.rendered(), { once: true });
    el.addEventListener('fine-error', (e) => bench.failed(`fine-error: ${message(e)}`));
    stage.append(el);
    document.head.append(script);
    return;
  }

  // Mount/unmount mode, for the memory scenario.
  /** @type {HTMLElement | undefined} */
  let current;
  bench.defined = new Promise((resolve) => {
    script.onload = () => customElements.whenDefined(tag).then(() => resolve(true));
  });
  document.head.append(script);
  /** Adds a fresh element and resolves once it fired fine-ready (rejects on fine-error). */
  bench.mount = () =>
    new Promise((resolve, reject) => {
      const el = (current = make());
      el.addEventListener('fine-ready', () => resolve(true), { once: true });
      el.addEventListener('fine-error', (e) => reject(new Error(message(e))), { once: true });
      stage.append(el);
    });
  bench.unmount = async () => {
    current?.remove();
    current = undefined;
    await bench.frames(2);
  };
  bench.cycles = async (n) => {
    for (let i = 0; i < n; i++) {
      await bench.mount();
      await bench.unmount();
    }
  };
})();
