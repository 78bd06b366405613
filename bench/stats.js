// Small statistics helpers for the benchmark: every summary is computed from
// the raw samples, which results.json also keeps.

/**
 * @param {number[]} values
 * @param {number} p percentile in [0, 100], nearest-rank on the sorted values
 */
function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Median (mean of the two middle values for an even count). */
export function median(values) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * @param {number[]} values
 * @returns {{ n: number, median: number, min: number, max: number, samples: number[] }}
 */
export function summarize(values) {
  const rounded = values.map((v) => Math.round(v * 10) / 10);
  return {
    n: values.length,
    median: round(median(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    samples: rounded,
  };
}

/** Frame-interval summary: median, p95, max, and how many frames took over 34 ms. */
export function summarizeFrames(intervals) {
  return {
    frames: intervals.length,
    median: round(median(intervals)),
    p95: round(percentile(intervals, 95)),
    max: round(Math.max(...intervals)),
    // the goal's limit (two frames at 60 Hz): an interval of 50 ms is three frames, one reader-visible stall
    over34: intervals.filter((v) => v > 34).length,
  };
}

const round = (v, digits = 1) => (Number.isFinite(v) ? Math.round(v * 10 ** digits) / 10 ** digits : v);
