/// <reference types="vite/client" />
/**
 * The theme tokens as rows for the Theming docs page, read from the source
 * of src/core/tokens.ts and the elements' styles: the table cannot drift
 * from the code because it is the code.
 */
import tokensSource from '../../src/core/tokens.ts?raw';
import { COLOUR_TOKENS, type ColourToken } from '../../src/core/tokens.js';

export interface TokenRow {
  /** The public custom property a publication sets. */
  name: string;
  tier: 'global' | 'semantic' | 'element';
  /** What it falls back to when unset. */
  fallback: string;
}

/** Each element's styles (src/<element>/styles.ts) as text. */
const elementStyles = import.meta.glob<string>('../../src/*/styles.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * The public token behind each private variable (`--_muted` reads
 * `--fine-muted`), from every `--_x: var(--fine-y, …)` in the styles.
 * A fallback is shown through these: the private names are not API.
 */
const publicNames = new Map([
  ...COLOUR_TOKENS.map((t) => [`--_${t.name}`, `--fine-${t.names[0]}`] as const),
  ...[tokensSource, ...Object.values(elementStyles)].flatMap((source) =>
    [...source.matchAll(/(--_[\w-]+):\s*var\((--fine-[\w-]+)/g)].map((m) => [m[1]!, m[2]!] as const),
  ),
]);

/** A fallback as a publication can read it: `var(--_muted)` → `var(--fine-muted)`. */
export function publicFallback(text: string): string {
  return text.replace(/var\((--_[\w-]+)\)/g, (whole, name: string) =>
    publicNames.has(name) ? `var(${publicNames.get(name)})` : 'the kit’s default',
  );
}

/** A colour's defaults as a reader of the docs sees them. */
const colourDefault = (t: ColourToken) => `${t.light} (dark: ${t.dark})`;

/**
 * Rows for every public token: the colours from `COLOUR_TOKENS` (each also
 * has a `-dark` twin), the rest from `--_x: var(--fine-a, var(--fine-b, default));`
 * lines of src/core/tokens.ts (a row for --fine-a, semantic, and --fine-b, global).
 */
export function tokenRows(source = tokensSource): TokenRow[] {
  const rows: TokenRow[] = [];
  const seen = new Set<string>();
  const add = (row: TokenRow) => {
    if (seen.has(row.name)) return;
    seen.add(row.name);
    rows.push(row);
  };
  for (const t of COLOUR_TOKENS) {
    const [first, palette] = t.names.map((n) => `--fine-${n}`) as [string, string | undefined];
    if (palette) add({ name: palette, tier: 'global', fallback: colourDefault(t) });
    add({ name: first, tier: 'semantic', fallback: palette ? `var(${palette})` : colourDefault(t) });
  }
  for (const line of source.split('\n')) {
    const match = line.match(/^\s*--_[\w-]+:\s*var\((--fine-[\w-]+),\s*(.*)\);\s*$/);
    if (!match) continue;
    const [, name, rest] = match as unknown as [string, string, string];
    const inner = rest.match(/^var\((--fine-[\w-]+),\s*(.*)\)$/);
    if (inner) add({ name: inner[1]!, tier: 'global', fallback: publicFallback(inner[2]!) });
    const isGlobal = /--fine-(font|space|radius|motion|line-height)/.test(name);
    add({ name, tier: isGlobal ? 'global' : 'semantic', fallback: inner ? `var(${inner[1]})` : publicFallback(rest) });
  }
  return rows.sort((a, b) => (a.tier === b.tier ? 0 : a.tier === 'global' ? -1 : 1));
}

/** What `var(name, …)` falls back to, read to its closing parenthesis (the fallback may hold `var()`s of its own). */
function fallbackAfter(source: string, start: number): string {
  let depth = 1;
  let end = start;
  for (; end < source.length && depth > 0; end++) {
    if (source[end] === '(') depth++;
    else if (source[end] === ')') depth--;
  }
  return source.slice(start, end - 1).trim();
}

/** Element knobs (`--fine-timeline-…`) declared in each element's styles, with their fallbacks. */
export function elementKnobs(): TokenRow[] {
  const rows = new Map<string, TokenRow>();
  for (const source of Object.values(elementStyles)) {
    for (const m of source.matchAll(/var\((--fine-(?:timeline|comparison|quote|actor-map)-[\w-]+),\s*/g)) {
      if (rows.has(m[1]!)) continue;
      const fallback = publicFallback(fallbackAfter(source, m.index + m[0].length));
      rows.set(m[1]!, { name: m[1]!, tier: 'element', fallback });
    }
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const presetSources = import.meta.glob<string>('../../themes/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The tokens a preset (themes/<name>.css) sets, in the order it sets them. */
export function presetTokens(name: string): { name: string; value: string }[] {
  const source = presetSources[`../../themes/${name}.css`] ?? '';
  return [...source.matchAll(/^\s*(--fine-[\w-]+):\s*([^;]+);/gm)].map((m) => ({ name: m[1]!, value: m[2]!.trim() }));
}
