import { numberFormat } from './format.js';

let warmed = false;

/**
 * Makes the page's first `Intl` formatter, once. The first one of a page
 * costs tens of milliseconds, whatever its kind, as Intl loads its data
 * (in Chromium 15–25 ms when first measured; 39–125 ms in a fresh page of
 * the bench's Arabic and English articles on a 2-core machine, 2026-12-03;
 * a date formatter made after a number formatter costs about 1 ms more).
 * An element pays it while its story is on its way rather than after it
 * arrived; a story already there (preloaded, cached) leaves no wait to hide
 * it in. Not exported from the package: a detail of timing.
 */
export function warmIntl(locale: string): void {
  if (warmed) return;
  warmed = true;
  numberFormat(locale);
}
