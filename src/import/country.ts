/**
 * A country as a table names it (`LU`, `Luxembourg`, `Luxemburg`,
 * `لوكسمبورغ`) to the ISO 3166-1 code the story holds. Names come from
 * `Intl.DisplayNames` in a few languages, not from a table of our own.
 */
const LOCALES = ['en', 'fr', 'ar', 'de', 'es', 'it', 'nl', 'pt'];
let byName: Map<string, string> | undefined;

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const locale of LOCALES) {
    const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b;
        // a withdrawn code (DD, East Germany) is shown under its successor's name: not a country of its own
        if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
        const name = display.of(code);
        if (name && !byName.has(fold(name))) byName.set(fold(name), code);
      }
    }
  }
  for (const [name, code] of [
    ['uk', 'GB'],
    ['great britain', 'GB'],
    ['england', 'GB'],
    ['usa', 'US'],
  ] as const) {
    byName.set(name, code);
  }
  return byName;
}

/** The two-letter code for `text`, or undefined when no language we know names a country so. */
export function countryCode(text: string): string | undefined {
  const t = text.trim();
  if (/^[A-Za-z]{2}$/.test(t)) {
    // `UK` → `GB`: the code a withdrawn or informal one stands for
    const code = Intl.getCanonicalLocales(`und-${t.toUpperCase()}`)[0]!.slice(4);
    return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code) ? code : undefined;
  }
  return names().get(fold(t));
}
