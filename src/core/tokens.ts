import { css, unsafeCSS } from 'lit';

/**
 * A colour token: the private variable the shadow styles read, the public
 * names it falls back through (semantic first, then the palette), and the
 * kit's own light and dark defaults.
 */
export interface ColourToken {
  name: string;
  names: readonly string[];
  light: string;
  dark: string;
}

/** Every colour the elements share. Each public name `--fine-x` also has a dark twin, `--fine-x-dark`. */
export const COLOUR_TOKENS: readonly ColourToken[] = [
  ['surface', ['surface', 'color-paper'], '#ffffff', '#16181d'],
  ['surface-raised', ['surface-raised', 'color-paper-2'], '#f4f5f7', '#20232a'],
  ['text', ['text', 'color-ink'], '#1b1d22', '#eceef2'],
  ['muted', ['muted', 'color-ink-2'], '#555b68', '#a9afbc'],
  ['line', ['line', 'color-rule'], '#c9cdd5', '#454b57'],
  ['accent', ['accent', 'color-brand'], '#0b5cad', '#7ab6ff'],
  ['on-accent', ['on-accent'], '#ffffff', '#0b1220'],
  ['highlight', ['highlight', 'color-alert'], '#a84300', '#ffa066'],
  ['focus', ['focus-ring', 'color-brand'], '#0b5cad', '#7ab6ff'],
  ['error', ['error', 'color-danger'], '#b3261e', '#ffb4ab'],
  ['error-surface', ['error-surface'], '#fdecea', '#3b1714'],
].map(([name, names, light, dark]) => ({ name, names, light, dark }) as ColourToken);

/** `var(--fine-a, var(--fine-b, fallback))` through `names`, innermost last. */
const chain = (names: readonly string[], fallback: string) =>
  names.reduceRight((inner, n) => `var(--fine-${n}, ${inner})`, fallback);

/**
 * The declaration of one colour: `light-dark()` of the light chain and the
 * dark one, where each public name's `-dark` twin comes before it. The
 * `light-dark()` lives here, in the elements' own styles, which no bundler
 * rewrites: the presets (`themes/*.css`) give plain colours and twins.
 */
export const colourDeclaration = (t: ColourToken): string =>
  `--_${t.name}: light-dark(${chain(t.names, t.light)}, ${chain(
    t.names.flatMap((n) => [`${n}-dark`, n]),
    t.dark,
  )});`;

/**
 * Theme tokens in three tiers (Material's pattern):
 * 1. global tokens a publication sets once: its palette (`--fine-color-paper`,
 *    `-paper-2`, `-ink`, `-ink-2`, `-rule`, `-brand`, `-alert`, `-danger`),
 *    `--fine-font-*`, `--fine-space-1..4`, `--fine-radius-s|m`, `--fine-motion-*`;
 * 2. semantic tokens (`--fine-surface`, `--fine-surface-raised`, `--fine-text`,
 *    `--fine-muted`, `--fine-line`, `--fine-accent`, `--fine-on-accent`,
 *    `--fine-highlight`, `--fine-focus-ring`, `--fine-error`, `--fine-error-surface`)
 *    that fall back to them,
 * 3. private `--_x` variables the shadow styles read; element knobs
 *    (`--fine-timeline-*`) fall back to these in each element's styles.
 * Defaults live in `var()` fallbacks, never as declarations of the public
 * names on `:host`, so a token set on any ancestor reaches every element.
 *
 * Colours: a public colour (`--fine-color-paper: #fffdf8`) serves both
 * schemes unless its dark twin is set (`--fine-color-paper-dark: #141311`),
 * or it is itself a `light-dark()`. The element picks light or dark against
 * its own scheme (see `FineElement`: theme attribute, `data-theme` ancestor,
 * host page, OS), so one element can be dark in a light article.
 */
export const tokens = css`
  :host {
    ${unsafeCSS(COLOUR_TOKENS.map(colourDeclaration).join(''))}
    --_font-body: var(--fine-font-body, inherit);
    --_font-heading: var(--fine-font-heading, var(--_font-body));
    --_font-size: var(--fine-font-size, 1em);
    --_font-size-small: var(--fine-font-size-small, 0.875em);
    --_font-numeric: var(--fine-font-numeric, var(--_font-body));
    --_line-height: var(--fine-line-height, 1.5);
    --_line-height-arabic: var(--fine-line-height-arabic, 1.8);

    --_space-1: var(--fine-space-1, 0.25em);
    --_space-2: var(--fine-space-2, 0.5em);
    --_space-3: var(--fine-space-3, 1em);
    --_space-4: var(--fine-space-4, 1.5em);
    --_radius: var(--fine-radius-m, 0.375em);
    --_radius-s: var(--fine-radius-s, 0.2em);
    --_motion: var(--fine-motion-duration, 200ms);
    --_easing: var(--fine-motion-easing, cubic-bezier(0.2, 0, 0, 1));
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion: 0ms;
    }
  }
`;
