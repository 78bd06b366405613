// Loaded first by every embed test page (a module, so a strict CSP allows
// it). It applies the page's query (?lang=ar&dir=rtl&hostile&dark), records
// what the kit does to the page (layout shifts, CSP violations, console
// warnings, errors, requests) and, once every fine-* element on the page has
// fired fine-ready or fine-error, reports to the test in the parent window.
const query = new URLSearchParams(location.search);
const root = document.documentElement;
root.lang = query.get('lang') ?? root.lang;
root.dir = query.get('dir') ?? root.dir;
if (query.has('dark')) root.classList.add('host-dark');
if (query.has('font')) root.classList.add('host-font');
if (query.has('hostile')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/tests/pages/embed/hostile.css';
  document.head.append(link);
}

/**
 * What the test reads (tests/embed.test.ts); `shifts` is null where the
 * browser has no Layout Instability API.
 * @type {{ shifts: number[] | null, moved?: string[], violations: string[], warnings: string[], errors: string[],
 *   ready: string[], failed: string[], elements: object[], sentinelBefore?: number | null,
 *   sentinelAfter?: number | null, requests?: string[], origin?: string }}
 */
const report = { shifts: [], violations: [], warnings: [], errors: [], ready: [], failed: [], elements: [] };
if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
  report.shifts = [];
  const shifts = report.shifts;
  new PerformanceObserver((list) => {
    // LayoutShift entries (not in TypeScript's DOM types)
    for (const e of /** @type {any[]} */ (list.getEntries())) {
      if (e.hadRecentInput) continue;
      shifts.push(e.value);
      // what moved, for the failure message
      report.moved = [
        ...(report.moved ?? []),
        ...e.sources.map(
          (/** @type {any} */ s) =>
            `${s.node?.nodeName ?? '?'}.${s.node?.className ?? ''} ${s.previousRect.y}→${s.currentRect.y} h${s.previousRect.height}→${s.currentRect.height}`,
        ),
      ];
    }
  }).observe({ type: 'layout-shift', buffered: true });
} else {
  report.shifts = null; // Firefox: no Layout Instability API; the sentinel's position stands in
}
document.addEventListener('securitypolicyviolation', (e) =>
  report.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
);
const warn = console.warn;
console.warn = (...args) => {
  report.warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
addEventListener('error', (e) => report.errors.push(e.message));
addEventListener('unhandledrejection', (e) => report.errors.push(String(e.reason)));
const TAGS = ['fine-timeline', 'fine-comparison', 'fine-quote', 'fine-actor-map'];
const tagOf = (e) => e.composedPath()[0].localName;
// <fine-story> reports too; the elements are what the page shows
document.addEventListener('fine-ready', (e) => TAGS.includes(tagOf(e)) && report.ready.push(tagOf(e)));
document.addEventListener(
  'fine-error',
  (e) =>
    TAGS.includes(tagOf(e)) &&
    report.failed.push(`${tagOf(e)}: ${/** @type {CustomEvent<{ message: string }>} */ (e).detail.message}`),
);
const sentinel = () => document.getElementById('sentinel')?.getBoundingClientRect().top ?? null;
report.sentinelBefore = sentinel();

/** What a hostile page could have broken, read inside each element. */
function measure(el) {
  const base = el.shadowRoot?.querySelector('[part~="base"]');
  const style = base ? getComputedStyle(base) : null;
  const svgs = [...(el.shadowRoot?.querySelectorAll('svg') ?? [])];
  const buttons = [...(el.shadowRoot?.querySelectorAll('button') ?? [])];
  return {
    tag: el.localName,
    id: el.id,
    height: Math.round(el.getBoundingClientRect().height),
    width: Math.round(el.getBoundingClientRect().width),
    dir: base?.getAttribute('dir'),
    scheme: base?.dataset.scheme ?? null,
    background: style?.backgroundColor,
    fontSize: style?.fontSize,
    lineHeight: style?.lineHeight,
    letterSpacing: style?.letterSpacing,
    textTransform: style?.textTransform,
    boxSizing: style?.boxSizing,
    hiddenSvgs: svgs.filter((s) => getComputedStyle(s).display === 'none').length,
    svgs: svgs.length,
    unstyledButtons: buttons.filter((b) => getComputedStyle(b).cursor !== 'pointer').length,
  };
}

async function settle() {
  const elements = () => [...document.querySelectorAll(TAGS.join(','))];
  // an element reports once; React pages add theirs after the first paint
  while (!elements().length || report.ready.length + report.failed.length < elements().length) {
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await new Promise((r) => setTimeout(r, 300));
  report.sentinelAfter = sentinel();
  report.elements = elements().map(measure);
  report.requests = performance.getEntriesByType('resource').map((e) => e.name);
  report.origin = location.origin;
  parent.postMessage({ type: 'fine-embed-report', url: location.href, report }, '*');
}
void settle();
