/**
 * Islands of the other direction inside a text: a Latin name, abbreviation
 * or address inside Arabic (and an Arabic name inside English), cut out so
 * they can be isolated (`<bdi>`). Left to the Unicode bidi algorithm, a
 * Latin word pulls the neutrals and numbers after it into its own
 * left-to-right run: "DPC، 12 مايو" shows "12" on the wrong side of "DPC",
 * "Google، Amazon" reads Amazon first, "(Amazon.com, Inc.)" loses its final
 * stop to the far end. Isolated, each island is one unit in the sentence's
 * order. Pure: no DOM, no Lit (`isolate` in `bidi-render.ts` renders it).
 */
import type { Direction } from './locale.js';

// Letters of left-to-right scripts the kit meets in names: Latin (with its
// accents), Greek, Cyrillic; a word takes combining marks too. Digits count inside a word
// ("H2O"), never at its start: a number belongs to the sentence around it.
const L = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF\\u0370-\\u03FF\\u0400-\\u04FF';
// Letters of right-to-left scripts: Hebrew, Arabic (and its supplements, presentation forms), Syriac, Thaana, N'Ko.
const R = '\\u0590-\\u07FF\\u0860-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF';

/**
 * An island: words of the script, joined by spaces or by the punctuation
 * names are written with (Amazon.com, Inc. · H&M · d’État · noyb-EU), and
 * the stop of an abbreviation: before a closing bracket or quote ("Inc.)"),
 * after a dotted one ("S.à r.l.", "B.V.") or a common one ("Inc.", "Ltd.").
 * Any other stop or comma after the last word is the sentence's and stays out.
 */
const island = (letters: string) => {
  const word = `[${letters}](?:[${letters}\\d]|\\p{M})*`;
  const stop = `\\.(?=[)\\]»”"’])|(?<=(?:^|[^${letters}])(?:[${letters}]|Inc|Ltd|Corp|Co|Jr|Sr|Dr|St))\\.`;
  return new RegExp(`${word}(?:(?:[ \\u00A0]+|[.,'’&\\-/:+]{1,2}[ \\u00A0]?)${word})*(?:${stop})?`, 'gu');
};
const LTR_ISLAND = island(L);
const RTL_ISLAND = island(R);
const HAS_L = new RegExp(`[${L}]`);
const HAS_R = new RegExp(`[${R}]`);

/** One piece of a text: `foreign` pieces are written in the other direction and need isolating. */
export interface BidiRun {
  text: string;
  foreign: boolean;
}

/**
 * `text` as runs, in order, for a paragraph of direction `dir`: the islands
 * of the other direction's scripts marked `foreign`. A text with no such
 * island is one run. Joined, the runs give `text` back.
 */
export function bidiRuns(text: string, dir: Direction): BidiRun[] {
  const rtl = dir === 'rtl';
  // a text with nothing of the other direction needs nothing: most texts, answered without a regex walk
  if (!(rtl ? HAS_L : HAS_R).test(text)) return [{ text, foreign: false }];
  const runs: BidiRun[] = [];
  let at = 0;
  for (const m of text.matchAll(rtl ? LTR_ISLAND : RTL_ISLAND)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), foreign: false });
    runs.push({ text: m[0], foreign: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), foreign: false });
  return runs;
}
