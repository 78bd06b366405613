/**
 * A nice step for an axis: 1, 2 or 5 times a power of ten, for about `count`
 * steps over `span` (d3-array's `tickStep`, for positive spans). The
 * timeline counts years, months or days with it, the chart amounts. Written
 * here rather than imported: d3-array's pre-bundled file keeps module-level
 * statements that survive tree-shaking (about 600 B gzip for these lines).
 *
 * 0 when no such step fits in a double: a span that is 0, NaN or Infinity,
 * one so small that `span / count` underflows (5e-324), or so large that the
 * step overflows. Callers then tick the ends only, so no loop over ticks can
 * run forever on a hostile number.
 */
export function tickStep(span: number, count: number): number {
  const rough = span / count;
  if (!(rough > 0 && rough < Infinity)) return 0;
  const power = 10 ** Math.floor(Math.log10(rough));
  if (!(power > 0)) return 0;
  const error = rough / power;
  const step = power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
  return step < Infinity ? step : 0;
}
