// The test's probe inside an embed frame (added by the test server before
// embed.js; tests/pages/embed-frame/routes.js). The frame is on another origin
// than the test, so the test cannot look inside: it posts `{ type: 'probe' }`
// and the probe answers with what it measures, after acting like a reader
// when asked (`act`). It records what the page does from its first moment:
// policy violations, errors, requests.
(() => {
  const violations = [];
  const errors = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
  addEventListener('error', (e) => errors.push(e.message));
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

  /** Every element under `root`, through open shadow roots. */
  const deep = (root) =>
    [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
  const kit = () => [...document.querySelectorAll('fine-timeline, fine-comparison, fine-quote, fine-actor-map')];
  const part = (el, name) => el?.shadowRoot?.querySelector(`[part~="${name}"]`);
  const click = (target) =>
    target?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));

  /** What a reader does that changes the height, by element (through the elements' public parts). */
  const ACTIONS = {
    // select an event: the details panel opens
    'timeline:details': (el) => click(part(el, 'event')),
    'timeline:filter': (el) => {
      const input = part(el, 'filter');
      input.value = 'CNIL';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    },
    'comparison:toggle': (el) => click(part(el, 'toggle')),
    'quote:toggle': (el) => click(part(el, 'toggle')),
    // focus an actor: its relations are listed as sentences
    'actor-map:details': (el) => click(part(el, 'node')),
  };

  function measure() {
    const main = document.querySelector('main');
    const all = deep(document);
    const timeline = document.querySelector('fine-timeline');
    return {
      innerHeight,
      innerWidth,
      scrollHeight: document.documentElement.scrollHeight,
      content: main ? main.getBoundingClientRect().bottom + scrollY : null,
      sized: document.documentElement.classList.contains('fine-embed-sized'),
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      title: document.title,
      hash: location.hash,
      selected: timeline?.getAttribute('selected') ?? null,
      alert: document.querySelector('main [role="alert"]')?.textContent ?? null,
      alertLang: /** @type {HTMLElement | null} */ (document.querySelector('main [role="alert"]'))?.lang ?? null,
      elementErrors: kit()
        .map((el) => part(el, 'error')?.textContent?.trim())
        .filter(Boolean),
      elements: kit().map((el) => el.localName),
      attributes: kit().map((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]))),
      filterValue: part(timeline, 'filter')?.value ?? null,
      imgs: all.filter((el) => el.localName === 'img').length,
      bolds: all.filter((el) => el.localName === 'b').length,
      details: kit().some((el) => part(el, 'details')),
      violations,
      errors,
      requests: performance.getEntriesByType('resource').map((e) => e.name),
      // the document's origin: "null" when sandboxed without allow-same-origin
      origin: self.origin,
    };
  }

  /** axe-core from this origin (the page's policy allows its own scripts), loaded when first asked. */
  let axeLoaded;
  const axeViolations = async () => {
    axeLoaded ??= new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
    await axeLoaded;
    // the whole document (its language and title count in a frame), less the rule that a page
    // opens with an <h1>: the frame is a piece of an article whose heading is the host's
    const { violations } = await /** @type {any} */ (window).axe.run(document, {
      rules: { 'page-has-heading-one': { enabled: false } },
    });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };

  /** @param {MessageEvent} e */
  async function answer(e) {
    // from the test's own window (the host page's parent), which is who asks
    if (e.data?.type !== 'probe') return;
    if (e.data.act) {
      const [name] = e.data.act.split(':');
      ACTIONS[e.data.act](document.querySelector(`fine-${name}`));
    }
    // two frames: the element has rendered and laid out what the action changed
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const report = measure();
    if (e.data.axe) report.axe = await axeViolations();
    /** @type {Window} */ (e.source).postMessage({ type: 'probe-report', id: e.data.id, report }, '*');
  }
  addEventListener('message', (e) => void answer(e));
})();
