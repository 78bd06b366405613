/**
 * What the plot writes at its edges, placed so that no text is cut or drawn
 * over another: the eras' names in the row above the lanes, the axis's ticks
 * and captions, and its breaks. Pure functions of the frame's scale and the
 * labels' measure.
 */
import { axisTicks, breaksOf, isLinear, type Axis, type Scale, type Tick, type View } from './layout.js';
import { fitTokens, measureTokens, oneLine, shortened, slack, tokenize, twoLines, type Labels } from './words.js';

/** An era's band [start, end] as reading positions, and where its name goes (none when it has no room). */
export interface EraPlace {
  band: [number, number];
  name?: { pos: number; width: number; text: string; lines: 1 | 2 };
}

/** A tick at a reading position, with its text. */
export type TickText = Tick & { pos: number; text: string };

/**
 * The eras' names in the row above the lanes, on one line or two: each from
 * its band's start, or, where its band leaves no room (near the plot's end),
 * as far back as the name before it allows; never over another name. A name
 * with no room even so is shortened by whole words, or left out; but first a
 * name before it that took one line takes two, leaving it the room.
 */
export function erasOf(
  eras: readonly { name: string; start: number; end: number }[],
  s: Scale,
  width: number,
  labels: Labels,
): EraPlace[] {
  // a name on one line that leaves a later one no room whole takes two lines instead, when that helps
  const whole = (placed: EraPlace[]) =>
    placed.map((p, k) => !inView(p.band, width) || p.name?.text === tokenize(eras[k]!.name).join(' '));
  const twoLinesFor = new Set<number>();
  let best = placeEras(eras, s, width, labels, twoLinesFor);
  let shown = whole(best);
  for (;;) {
    const cramped = shown.indexOf(false);
    const k = best.findLastIndex(
      (p, j) => j < cramped && p.name?.lines === 1 && !twoLinesFor.has(j) && p.name.text.includes(' '),
    );
    if (cramped < 0 || k < 0) return best;
    twoLinesFor.add(k);
    const next = placeEras(eras, s, width, labels, twoLinesFor);
    const nextShown = whole(next);
    if (nextShown.filter(Boolean).length <= shown.filter(Boolean).length) return best;
    [best, shown] = [next, nextShown];
  }
}

const inView = (band: [number, number], width: number) => !(band[1] < 24 || band[0] > width - 24);

function placeEras(
  eras: readonly { name: string; start: number; end: number }[],
  s: Scale,
  width: number,
  labels: Labels,
  twoLinesFor: ReadonlySet<number>,
): EraPlace[] {
  let end = -Infinity;
  const ellipsis = labels.measure('…');
  return eras.map((era, k) => {
    const band = [s.pos(era.start), s.pos(era.end)] as [number, number];
    if (!inView(band, width)) return { band };
    const m = measureTokens(era.name, labels.measure);
    const first = Math.max(4, end + 12);
    const start = Math.max(band[0] + 4, first);
    // the narrowest form that fits from the band's start, else from as far back as allowed
    for (const [w, lines] of [
      [slack(oneLine(m)), 1],
      [slack(twoLines(m)), 2],
    ] as const) {
      if (lines === 1 && twoLinesFor.has(k)) continue;
      const pos = Math.max(first, Math.min(start, width - 4 - w));
      if (pos + w > width - 4) continue;
      end = pos + w;
      return { band, name: { pos, width: w, text: m.tokens.join(' '), lines } };
    }
    const n = fitTokens(m, width - 4 - start - slack(0), ellipsis);
    if (!n) return { band };
    const shown = shortened(m, n);
    end = start + slack(labels.measure(shown));
    return { band, name: { pos: start, width: end - start, text: shown, lines: 1 } };
  });
}

/**
 * The ticks whose text fits: none cut by an edge or a break, none over
 * another; a segment's caption and first tick are kept before the others,
 * so every segment says when it is.
 */
export function ticksOf(axis: Axis, width: number, view: View, labels: Labels, tickText: (tick: Tick) => string) {
  const breaks = breaksIn(axis, width, view);
  const taken: [number, number][] = [...breaks];
  const all = axisTicks(axis, width, view, isLinear(axis) ? 110 : 90);
  const first = new Set(all.filter((t, i) => t.caption || i === 0 || all[i - 1]!.pos < breakBefore(breaks, t.pos)));
  const out: TickText[] = [];
  for (const tick of [...first, ...all.filter((t) => !first.has(t))]) {
    const text = tickText(tick);
    const half = labels.measure(text) / 2 + 4;
    const box: [number, number] = [tick.pos - half, tick.pos + half];
    if (box[0] < 0 || box[1] > width || taken.some(([a, b]) => box[1] > a && box[0] < b)) continue;
    taken.push(box);
    out.push({ ...tick, text });
  }
  return out.sort((a, b) => a.pos - b.pos);
}

/** The start of the last break before `pos` (−∞ when none). */
const breakBefore = (breaks: [number, number][], pos: number) =>
  Math.max(-Infinity, ...breaks.filter(([, b]) => b <= pos).map(([a]) => a));

export function breaksIn(axis: Axis, width: number, { k, x }: View): [number, number][] {
  return breaksOf(axis)
    .map(([a, b]): [number, number] => [(a * k + x) * width, (b * k + x) * width])
    .filter(([a, b]) => b > 0 && a < width);
}
