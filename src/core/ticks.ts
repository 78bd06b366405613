/**
 * A nice step for an axis: 1, 2 or 5 times a power of ten, for about `count`
 * steps over `span` (d3-array's `tickStep`, for positive spans). The
 * timeline counts years, months or days with it, the chart amounts. Written
 * here rather than imported: d3-array's pre-bundled file keeps module-level
 * statements that survive tree-shaking (about 600 B gzip for these lines).
 */
export function tickStep(span: number, count: number): number {
  const rough = span / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const error = rough / power;
  return power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
}
