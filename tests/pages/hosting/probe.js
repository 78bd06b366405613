// Loaded before the kit by tests/pages/hosting/article.html (a classic
// script, so it runs even when the kit's module is blocked): records what the
// test asks about. window.hosting.kitFailed: the kit's <script> fired `error`.
window.hosting = { warnings: [], errors: [], ready: [], failed: [], kitFailed: false };
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.hosting.warnings.push(args.map(String).join(' '));
  warn(...args);
};
window.addEventListener(
  'error',
  (e) => {
    if (e.target instanceof HTMLScriptElement) window.hosting.kitFailed = true;
    else window.hosting.errors.push(String(e.message));
  },
  true,
);
document.addEventListener('fine-ready', (e) => window.hosting.ready.push(e.target.id || e.target.localName));
document.addEventListener('fine-error', (e) =>
  window.hosting.failed.push({ id: e.target.id || e.target.localName, message: e.detail.message }),
);
