/**
 * Spaces a line must not break at, in a story's prose: inside a date
 * ("12 March 2026", "12 مارس 2026", "March 12, 2026", "1er mars 2026") and
 * between a number and the scale and currency after it ("746 million",
 * "746 مليون يورو"). Left to the browser, a caption ended one line on "12"
 * and began the next with "مارس 2026": the reader met a number with no
 * meaning, then a month with no day. Those spaces become no-break spaces
 * (U+00A0); the text reads the same. Month names come from `Intl` in the
 * text's own language, so no table of months is kept here. Pure: no DOM.
 */

/** Words that belong to the number before them: scales (en, fr, ar). */
export const SCALE_WORDS = [
  ...['million', 'millions', 'billion', 'billions', 'bn', 'thousand', 'milliards?', 'mds?', 'k', 'm'],
  ...['مليون', 'مليونًا', 'ملايين', 'مليار', 'مليارات', 'ألف', 'آلاف', 'ألفًا'],
];
/** Currencies written as words after a number or its scale (en, fr, ar). */
export const CURRENCY_WORDS = ['euros?', 'dollars?', 'يورو', 'دولار', 'دولارًا', 'دولارات'];

/** A digit, Latin or Arabic-Indic (Arabic and Persian forms). */
const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const HAS_DIGIT = new RegExp(DIGIT);
/** Not followed by more of a word: a month or a scale ends there. */
const WORD_END = '(?![\\p{L}\\p{M}])';
const SPACE = ' ';
const NBSP = '\u00A0';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The month names of `lang`, long and short ("March", "Mar"; "mars"; "مارس"), longest first. */
function monthNames(lang: string): string[] {
  const names = new Set<string>();
  for (const month of ['long', 'short'] as const) {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' });
    } catch {
      return [];
    }
    for (let m = 0; m < 12; m++) names.add(format.format(Date.UTC(2000, m, 15)));
  }
  // a month written as a number ("3") is not a name
  return [...names].filter((n) => !/^\P{L}*$/u.test(n)).sort((a, b) => b.length - a.length);
}

/** The spaces to keep, as one pattern per language: each alternative matches one space. */
function spacesOf(lang: string): RegExp {
  const months = monthNames(lang).map(escape).join('|') || '(?!)';
  const scales = SCALE_WORDS.join('|');
  const currencies = CURRENCY_WORDS.join('|');
  return new RegExp(
    [
      // "12 March", "1er mars", "746 million", "50 يورو"
      `(?<=${DIGIT}(?:er)?) (?=(?:${months}|${scales}|${currencies})${WORD_END})`,
      // "March 2026", "March 12", "مارس 2026"
      `(?<=(?<![\\p{L}\\p{M}])(?:${months})) (?=${DIGIT})`,
      // "March 12, 2026"
      `(?<=(?:${months})[ ${NBSP}]${DIGIT}{1,2},) (?=${DIGIT})`,
      // "746 million euros", "746 مليون يورو"
      `(?<=${DIGIT}[ ${NBSP}](?:${scales})) (?=(?:${currencies})${WORD_END})`,
    ].join('|'),
    'gu',
  );
}

const patterns = new Map<string, RegExp>();

/** `text` (written in `lang`) with the spaces inside its dates and amounts made no-break. */
export function keepTogether(text: string, lang: string): string {
  // most texts have no digit: nothing to keep together
  if (!HAS_DIGIT.test(text) || !text.includes(SPACE)) return text;
  const base = lang.split('-')[0]!.toLowerCase();
  let pattern = patterns.get(base);
  if (!pattern) patterns.set(base, (pattern = spacesOf(base)));
  return text.replace(pattern, NBSP);
}
