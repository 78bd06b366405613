/**
 * How a title breaks, as pure functions (no DOM): into tokens that a line
 * break or an ellipsis never splits, the widest line of its best two-line
 * form, and the longest prefix that fits a width with an ellipsis after it.
 *
 * A token is a word, except that a number keeps its scale and currency
 * ("€746 million", "746 مليون يورو") and, in right-to-left text, a run of
 * Latin words stays whole ("La Quadrature du Net", "Amazon Europe Core"):
 * cutting inside either would change what the reader learns. Widths come
 * from `measure` (the element's canvas; a per-character estimate in tests).
 */

import { CURRENCY_WORDS, SCALE_WORDS } from '../core/keep-together.js';

/** Text measurement in px, for the labels' font. */
export type Measure = (text: string) => number;

/** How the element measures text in the labels' font. */
export interface Labels {
  measure: Measure;
  /** Changes when the font or its metrics do (a web font arriving). */
  key: string;
  /** Labels' font size, px. */
  size: number;
}

/** Room a label needs beyond its measured text: canvas and layout round differently. */
export const slack = (w: number) => Math.ceil(w * 1.02 + 3);

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/gu;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;
/** Words that belong to the number before them: scales, then currencies (en, fr, ar). */
const OF_NUMBER = new RegExp(`^(?:${[...SCALE_WORDS, ...CURRENCY_WORDS].join('|')})[.,;:،؛)]*$`, 'iu');

/** True when the text is written right to left (it has Hebrew or Arabic letters). */
export const isRtl = (text: string): boolean => RTL.test(text);

/** The first and last letters or digits of a word are Latin letters or digits. */
function latinEnds(word: string): [boolean, boolean] {
  const letters = word.match(LETTER_OR_DIGIT);
  if (!letters) return [false, false];
  return [LATIN_OR_DIGIT.test(letters[0]), LATIN_OR_DIGIT.test(letters[letters.length - 1]!)];
}

/** The title's unbreakable pieces, in logical order; joined by single spaces they are the title. */
export function tokenize(text: string): string[] {
  const rtl = isRtl(text);
  const tokens: string[] = [];
  let endsLatin = false;
  let endsNumber = false;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const [startLatin, lastLatin] = latinEnds(word);
    const glue: boolean =
      tokens.length > 0 && ((rtl && endsLatin && startLatin) || (endsNumber && OF_NUMBER.test(word)));
    if (glue) tokens[tokens.length - 1] += ` ${word}`;
    else tokens.push(word);
    endsLatin = lastLatin;
    endsNumber = /\p{Nd}/u.test(word) || (glue && endsNumber);
  }
  return tokens;
}

/** Widths of the tokens and of a space, measured once. */
export interface Measured {
  tokens: string[];
  widths: number[];
  space: number;
}

export function measureTokens(text: string, measure: Measure): Measured {
  const tokens = tokenize(text);
  return { tokens, widths: tokens.map(measure), space: measure(' ') };
}

/** Width of tokens [a, b) on one line. */
function span({ widths, space }: Measured, a: number, b: number): number {
  let w = 0;
  for (let i = a; i < b; i++) w += widths[i]!;
  return w + Math.max(0, b - a - 1) * space;
}

/** The title on one line. */
export const oneLine = (m: Measured): number => span(m, 0, m.tokens.length);

/**
 * The narrowest width at which the title takes two lines: the widest line of
 * the best split between tokens. A box this wide holds it in two lines when the
 * browser breaks greedily too (its first line can only hold more, its second less).
 */
export function twoLines(m: Measured): number {
  const n = m.tokens.length;
  let best = oneLine(m);
  for (let k = 1; k < n; k++) best = Math.min(best, Math.max(span(m, 0, k), span(m, k, n)));
  return best;
}

/**
 * How many tokens fit in `room` px with an ellipsis of `ellipsis` px after
 * them: all of them when the whole title fits (no ellipsis), else the longest
 * prefix, else 0: when not even the first token fits, or when only a short
 * one does ("The…" says nothing; a name of 8 letters or more may).
 */
export function fitTokens(m: Measured, room: number, ellipsis: number): number {
  const n = m.tokens.length;
  if (oneLine(m) <= room) return n;
  let k = 0;
  while (k < n - 1 && span(m, 0, k + 1) + ellipsis <= room) k++;
  return k === 1 && m.tokens[0]!.length < 8 ? 0 : k;
}

/** The text of the first `k` tokens, with an ellipsis when some are left out (at the end of the reading direction). */
export function shortened(m: Measured, k: number): string {
  const text = m.tokens.slice(0, k).join(' ');
  return k < m.tokens.length ? `${text}…` : text;
}

const LATIN = '\\p{Script=Latin}';
const LATIN_WORD = `[${LATIN}\\p{Nd}]`;
/** A Latin run's stop that is its own: before a closing bracket or quote, or after an initial or "Inc", "Ltd"… */
const OWN_STOP = `\\.(?=[)\\]»”"’])|(?<=(?:^|[^${LATIN}])(?:${LATIN}|Inc|Ltd|Corp|Co|Jr|Sr|Dr|St))\\.`;
/** One run, captured so `split` keeps it: an opening currency sign, Latin words and digits and what joins them. */
const LATIN_RUN = new RegExp(
  `([€$£]?${LATIN_WORD}(?:[${LATIN}\\p{Nd}\\s.,'’&+\\-–/]*[${LATIN}\\p{Nd}%])?(?:${OWN_STOP})?)`,
  'u',
);

/**
 * A right-to-left text split into its runs: Latin words, numbers and amounts
 * (odd positions), each to be isolated (`<bdi>`) so the bidi algorithm keeps
 * their order and the punctuation around them where the sentence puts it;
 * the rest (even positions) as is. Left-to-right text is one run.
 */
export function bidiRuns(text: string): string[] {
  if (!isRtl(text)) return [text];
  // a run starts and ends on a Latin letter or digit (an opening currency sign too) and spans the
  // spaces and joiners between them: "La Quadrature du Net", "€746", "1.7%", "Q-10"; it keeps an
  // abbreviation's stop, before a closing bracket or quote or after "Inc", "Ltd" or an initial
  // ("(Amazon.com, Inc.)": left out, the stop went to the far end of the name), as src/core/bidi.ts
  return text.split(LATIN_RUN);
}
