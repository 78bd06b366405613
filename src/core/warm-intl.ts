import { numberFormat } from './format.js';

let warmed = false;

/**
 * Makes the page's first `Intl` formatter, once. The first one of a page
 * costs 15–25 ms, whatever its kind (Intl loads its data; measured in
 * Chromium: a date formatter made after a number formatter costs about
 * 1 ms more), and an element pays it while its story is on its way rather
 * than after it arrived. Not exported from the package: a detail of timing.
 */
export function warmIntl(locale: string): void {
  if (warmed) return;
  warmed = true;
  numberFormat(locale);
}
