// Loaded before the kit by tests/pages/hosting/article.html (a classic
// script, so it runs even when the kit's module is blocked): records what the
// test asks about. window.hosting.kitFailed: the kit's <script> fired `error`.
/**
 * @type {{ warnings: string[], errors: string[], ready: string[], failed: { id: string, message: string }[],
 *   kitFailed: boolean }}
 */
const hosting = { warnings: [], errors: [], ready: [], failed: [], kitFailed: false };
/** @type {any} */ (window).hosting = hosting;
const warn = console.warn.bind(console);
console.warn = (...args) => {
  hosting.warnings.push(args.map(String).join(' '));
  warn(...args);
};
window.addEventListener(
  'error',
  (e) => {
    if (e.target instanceof HTMLScriptElement) hosting.kitFailed = true;
    else hosting.errors.push(String(e.message));
  },
  true,
);
/** The element that fired `e` (the kit's events bubble from the element itself). */
const source = (/** @type {Event} */ e) => /** @type {HTMLElement} */ (e.target);
document.addEventListener('fine-ready', (e) => hosting.ready.push(source(e).id || source(e).localName));
document.addEventListener('fine-error', (e) =>
  hosting.failed.push({
    id: source(e).id || source(e).localName,
    message: /** @type {CustomEvent<{ message: string }>} */ (e).detail.message,
  }),
);
