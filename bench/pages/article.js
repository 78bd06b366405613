// A whole article, as the README's CMS embed: one <fine-story src> around
// paragraphs and the elements, then one module (dist/cdn/fine-kit.js). The
// first render signal is the moment the last element fired fine-ready. Query:
//   module=/dist/cdn/fine-kit.js  src=/data/….story.json  lang=en|ar
//   el=fine-timeline  el=fine-quote quote=lqdn-historic-fine  … (one per element, with attributes)
//   split=ar en fr    <fine-story split="…">: the reader's file (story.ar.json), as `npx fine-kit split` writes it
//   preload=…         <link rel="modulepreload"> for a module (the words), named up front
//   fetch=…           <link rel="preload" as="fetch" crossorigin> for the story file: it loads beside the kit
(() => {
  const bench = window.__bench;
  const q = new URLSearchParams(location.search);
  // lang=ar: an Arabic page, whose elements load their Arabic words (dist/cdn/lang/ar/) on the way
  const lang = q.get('lang') ?? 'en';
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  // preload=…: the page names the kit's word modules for its language up front (README: modulepreload)
  for (const href of q.getAll('preload')) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  // the story file the page will fetch, named up front: its request starts beside the kit's
  bench.preloadStories();
  const story = document.createElement('fine-story');
  story.setAttribute('src', q.get('src') ?? '');
  const split = q.get('split');
  if (split !== null) story.setAttribute('split', split);
  const pending = new Set();
  for (const spec of q.getAll('el')) {
    const [tag, ...attrs] = spec.split(' ');
    const p = document.createElement('p');
    p.textContent =
      'A paragraph of the article between two elements, long enough to wrap on a wide screen like the text of a news story does.';
    const el = document.createElement(tag);
    for (const a of attrs) el.setAttribute(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    story.append(p, el);
    pending.add(el);
  }
  story.addEventListener('fine-ready', (e) => {
    pending.delete(e.target);
    if (!pending.size) bench.rendered();
  });
  story.addEventListener('fine-error', (e) => {
    const { target, detail } = /** @type {CustomEvent<{ message: string }> & { target: Element }} */ (e);
    bench.failed(`fine-error from <${target.localName}>: ${detail?.message}`);
  });
  /** @type {HTMLElement} */ (document.getElementById('stage')).append(story);
  const script = document.createElement('script');
  script.type = 'module';
  script.src = q.get('module') ?? '';
  script.onerror = () => bench.failed(`could not load ${script.src}`);
  document.head.append(script);
})();
