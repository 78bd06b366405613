import { numberFormat } from './format.js';

let warmed = false;

/**
 * Makes the page's first `Intl` formatter, once. The first one of a page
 * costs 15–25 ms, whatever its kind (Intl loads its data; measured in
 * Chromium: a date formatter made after a number formatter costs about
 * 1 ms more), and an element pays it while its story is on its way rather
 * than after it arrived. In a fresh page on a 2-core AMD EPYC machine it took
 * 39–125 ms (the bench's Arabic and English articles, 2026-12-03): with the
 * story already there (preloaded, or from a cache) there is no wait to hide
 * it in. Not exported from the package: a detail of timing.
 */
export function warmIntl(locale: string): void {
  if (warmed) return;
  warmed = true;
  numberFormat(locale);
}
