/**
 * Numbers as people type them in a spreadsheet: `746000000`, `746,000,000`,
 * `746 000 000`, `746.000.000`, `1.2` or `1,2`, `746M`, `1.2bn`, Arabic-Indic
 * digits (`٧٤٦٠٠٠٠٠٠`), Swiss apostrophes. No `parseFloat` guessing: a cell
 * either reads as one number or is reported.
 */

/** Arabic-Indic and Persian digits to ASCII, Arabic decimal and thousands signs to `.` and `,`. */
export function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',');
}

/** Words and letters after a number that multiply it; lowercased, accents kept out. */
const MULTIPLIERS: [RegExp, number][] = [
  [/^(k|thousands?|milliers?|mille|tausend|ألف|آلاف)$/, 1e3],
  [/^(m|mn|mm|mio|mln|millions?|millionen|مليون|ملايين)$/, 1e6],
  [/^(b|bn|md|mds|mrd|mrds|billions?|milliards?|milliarden|مليار|مليارات)$/, 1e9],
];

/**
 * The number in `text` (currency already removed), or undefined. A lone
 * separator followed by exactly three digits groups thousands (`1,500` is
 * 1500) unless a multiplier follows (`1,5M`); with both `.` and `,`, the
 * last one is the decimal sign.
 */
export function readNumber(text: string): number | undefined {
  let s = asciiDigits(text.normalize('NFKC')).trim().toLowerCase();
  // spaces, no-break spaces and apostrophes between digits group thousands
  s = s.replace(/(\d)[\s'’]+(?=\d)/g, '$1');
  const match = s.match(/^([+-]?)(\d[\d.,]*)\s*([^\d\s.,+-][^\d]*)?$/);
  if (!match) return undefined;
  const [, sign, digits, word] = match as [string, string, string, string | undefined];
  let multiplier = 1;
  if (word) {
    const found = MULTIPLIERS.find(([re]) => re.test(word.trim().replace(/\.$/, '')));
    if (!found) return undefined;
    multiplier = found[1];
  }
  const value = plainNumber(digits, multiplier !== 1);
  if (value === undefined) return undefined;
  const result = Number((value * multiplier).toPrecision(15));
  return sign === '-' ? -result : result;
}

function plainNumber(digits: string, scaled: boolean): number | undefined {
  const dots = digits.split('.').length - 1;
  const commas = digits.split(',').length - 1;
  let normal: string;
  if (dots && commas) {
    const decimal = digits.lastIndexOf('.') > digits.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (digits.split(decimal).length > 2) return undefined;
    normal = groupsOk(digits.split(decimal)[0]!, group) ? digits.split(group).join('').replace(',', '.') : '';
  } else if (dots + commas === 0) {
    normal = digits;
  } else {
    const sep = dots ? '.' : ',';
    const parts = digits.split(sep);
    // `0.125` is a fraction whatever its digits
    const thousands = parts.length > 2 || (!scaled && parts[1]!.length === 3 && parts[0] !== '0');
    if (thousands) normal = groupsOk(digits, sep) ? parts.join('') : '';
    else normal = parts.length === 2 ? `${parts[0]}.${parts[1]}` : '';
  }
  if (!/^\d+(\.\d+)?$/.test(normal)) return undefined;
  return Number(normal);
}

/** `1,234,567` groups by three after the first group; `12,34` does not. */
function groupsOk(digits: string, sep: string): boolean {
  const [first, ...rest] = digits.split(sep);
  return first!.length >= 1 && first!.length <= 3 && rest.every((g) => g.length === 3);
}
