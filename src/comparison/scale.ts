/**
 * The chart's scale, as pure functions: amounts to 0–1 of the plot (linear
 * or log), the ticks of its axis, and which tick labels fit side by side
 * once their widths are measured.
 */
import { tickStep } from '../core/ticks.js';

export type ScaleKind = 'linear' | 'log';

export interface Tick {
  value: number;
  /** Position, 0–1 from the plot's inline start. */
  at: number;
}

/** More ticks than this means the step is wrong; the scale then ticks its ends. */
const MAX_TICKS = 100;

/** Where `v` falls from 0 to 1, given its raw fraction: NaN and what lies outside are clamped. */
const clamp01 = (f: number) => (f > 0 ? Math.min(f, 1) : 0);

/**
 * A scale from amounts to 0–1 of the plot and its ticks. Linear: from zero
 * to the largest amount. Log: from the power of ten below the smallest amount
 * to the largest, ticks on powers of ten (every other one beyond six decades,
 * fewer beyond twelve). Amounts that are not finite and positive are left out
 * of the domain and drawn at 0; every loop is bounded, whatever the numbers
 * (the largest and the smallest double included).
 */
export function makeScale(
  values: readonly number[],
  kind: ScaleKind,
  count = 4,
): { size: (v: number) => number; ticks: Tick[] } {
  const usable = values.filter((v) => v > 0 && v < Infinity);
  if (!usable.length) return { size: () => 0, ticks: [{ value: 0, at: 0 }] };
  const max = usable.reduce((a, b) => (b > a ? b : a));
  if (kind === 'log') {
    const min = usable.reduce((a, b) => (b < a ? b : a));
    const lo = Math.ceil(Math.log10(min)) - 1;
    const hi = Math.log10(max);
    const size = (v: number) => clamp01((Math.log10(v) - lo) / (hi - lo));
    const span = hi - lo; // > 0: ceil(x) − 1 < x
    const every = span > 6 ? Math.max(2, Math.ceil(span / 6)) : 1;
    const ticks: Tick[] = [];
    for (let e = lo; e <= hi + 1e-9; e += every) {
      const value = 10 ** e; // 10^-324 is 0 and 10^309 Infinity: no tick there
      if (value > 0 && value < Infinity) ticks.push({ value, at: (e - lo) / span });
    }
    // amounts below 1e-323: no power of ten in reach a double holds, so the axis names its end
    if (!ticks.length) ticks.push({ value: max, at: 1 });
    return { size, ticks };
  }
  const size = (v: number) => clamp01(v / max);
  const step = tickStep(max, count);
  const last = step > 0 ? Math.floor((max / step) * (1 + 1e-9)) : 0;
  if (!(last >= 1 && last <= MAX_TICKS)) {
    return {
      size,
      ticks: [
        { value: 0, at: 0 },
        { value: max, at: 1 },
      ],
    };
  }
  const ticks: Tick[] = [];
  for (let i = 0; i <= last; i++) ticks.push({ value: i * step, at: (i * step) / max });
  return { size, ticks };
}

/**
 * Which tick labels to show so that none overlaps another: every `stride`-th
 * from the first, the smallest stride that keeps `gap` px between
 * neighbours. A label is centred on its tick, the first one starts at it
 * (the axis's zero), as the styles draw them; `widths` are the labels'
 * measured widths in px and `plot` the axis's length. Works the same in
 * either direction: only distances along the axis count. At worst (a plot
 * too short for two labels) only the first tick keeps its label.
 */
export function tickStride(ats: readonly number[], widths: readonly number[], plot: number, gap = 8): number {
  const start = (i: number) => (i === 0 ? 0 : ats[i]! * plot - widths[i]! / 2);
  const fits = (s: number) => {
    for (let i = 0; i + s < ats.length; i += s) if (start(i) + widths[i]! + gap > start(i + s)) return false;
    return true;
  };
  for (let s = 1; s < ats.length; s++) if (fits(s)) return s;
  return Math.max(1, ats.length);
}
