/** No-JavaScript fallback content: `fine-kit/fallback`, and `npx fine-kit html`. */
export { fallbackHtml, escapeHtml, type FallbackElement, type FallbackOptions } from './html.js';
