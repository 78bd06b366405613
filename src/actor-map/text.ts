/**
 * The map's words as pure functions: the direction of a label, Latin names
 * and numbers isolated inside right-to-left text, and long names on two lines.
 */

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
/** Latin letters (basic, accented, extended): what a name written left to right starts with. */
const LATIN = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/;

/**
 * The direction of a label from its first strong letter (what `dir="auto"`
 * does in HTML): a Latin name in an Arabic map stays left to right, so
 * "Amazon.com, Inc." keeps its full stop and comma where they belong.
 */
export function textDir(text: string): 'ltr' | 'rtl' {
  // character classes, not \p{L}: a Unicode property costs a page tens of ms the first time it is compiled
  for (const c of text) {
    if (RTL.test(c)) return 'rtl';
    if (LATIN.test(c)) return 'ltr';
  }
  return 'ltr';
}

/** A Latin letter or a European digit, as a character class body. */
const W = 'A-Za-z\u00c0-\u024f\u1e00-\u1eff0-9';

/**
 * A run of Latin letters or digits, through the spaces and punctuation that
 * join them ("Amazon.com, Inc", "Cour administrative", "€746", "2021"), ending
 * on a letter, a digit or a full stop. Brackets stay outside, so each takes
 * the direction of the text around it.
 */
const LATIN_RUN = new RegExp(`[${W}€$£%][${W}\\s.,'’&/€$£%-]*[${W}.%]|[${W}]`, 'g');

/** A piece of a label: `latin` pieces are isolated left-to-right runs inside right-to-left text. */
export interface Run {
  text: string;
  latin: boolean;
}

/**
 * The label in pieces, each Latin or numeric run inside right-to-left text
 * set apart, so "أمازون (Amazon.com, Inc.)" keeps its brackets, comma and
 * full stop where an Arabic reader expects them. Text with no right-to-left
 * letter is one piece, unless it is part of right-to-left text (`rtl`: the
 * second line of an Arabic name).
 */
export function bidiRuns(text: string, rtl = RTL.test(text)): Run[] {
  if (!rtl) return [{ text, latin: false }];
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), latin: false });
    runs.push({ text: m[0], latin: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}

/**
 * The label as one string for SVG `<text>`, which has no `<bdi>`: each Latin
 * run between a left-to-right isolate (U+2066) and its end (U+2069).
 */
export const isolateLatin = (text: string, rtl?: boolean) =>
  bidiRuns(text, rtl)
    .map((r) => (r.latin ? `\u2066${r.text}\u2069` : r.text))
    .join('');

/** Names longer than this many characters go on two lines. */
const ONE_LINE = 16;
/**
 * On a phone's drawing, names longer than this: a narrower name finds a
 * place beside an actor near the map's edge. Measured with the Amazon story
 * at 320, 360, 375 and 414 px, mouse and touch, in Arabic and English: 188
 * names placed of 272 with 16, 199 with 12 (never fewer at any width), 194
 * with 14, 194 with 9 (Debian's system fonts). "المحكمة الإدارية" (16 characters, 100 px on one line)
 * had no room beside the Tribunal administratif, at the map's right edge.
 */
const PHONE_ONE_LINE = 12;

/**
 * A name on one line, or two when it is long (shorter on a phone's drawing):
 * broken at the space nearest its middle (never inside a bracketed part when
 * another space will do).
 */
export function nameLines(text: string, phone = false): string[] {
  if (text.length <= (phone ? PHONE_ONE_LINE : ONE_LINE)) return [text];
  const mid = text.length / 2;
  let best = -1;
  let depth = 0;
  let bestOutside = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ' ') {
      if (best < 0 || Math.abs(i - mid) < Math.abs(best - mid)) best = i;
      if (!depth && (bestOutside < 0 || Math.abs(i - mid) < Math.abs(bestOutside - mid))) bestOutside = i;
    }
  }
  const at = bestOutside > 0 ? bestOutside : best;
  return at > 0 ? [text.slice(0, at), text.slice(at + 1)] : [text];
}

/**
 * A name for a tight label when the story gives no short one: the name
 * without a bracketed gloss at its end ("أمازون فرانس لوجستيك" for
 * "أمازون فرانس لوجستيك (Amazon France Logistique)"). The full name stays
 * in the actor's accessible name and its panel.
 */
export function withoutGloss(name: string): string {
  const m = /^(.*\S)\s*\([^()]*\)$/.exec(name);
  return m && m[1]!.length >= 2 ? m[1]! : name;
}
