import { css } from 'lit';

/**
 * Theme tokens in three tiers (Material's pattern):
 * 1. global tokens a publication sets once: its palette (`--fine-color-paper`,
 *    `-paper-2`, `-ink`, `-ink-2`, `-rule`, `-brand`, `-alert`, `-danger`),
 *    `--fine-font-*`, `--fine-space-1..4`, `--fine-radius-s|m`, `--fine-motion-*`;
 * 2. semantic tokens (`--fine-surface`, `--fine-surface-raised`, `--fine-text`,
 *    `--fine-muted`, `--fine-line`, `--fine-accent`, `--fine-on-accent`,
 *    `--fine-highlight`, `--fine-focus-ring`, `--fine-error`) that fall back to them,
 * 3. private `--_x` variables the shadow styles read; element knobs
 *    (`--fine-timeline-*`) fall back to these in each element's styles.
 * Defaults live in `var()` fallbacks, never as declarations of the public
 * names on `:host`, so a token set on any ancestor reaches every element.
 * Colours use `light-dark()`, resolved against the wrapper's `color-scheme`
 * (see `FineElement`: theme attribute, `data-theme` ancestor, host page, OS).
 */
export const tokens = css`
  :host {
    --_surface: var(--fine-surface, var(--fine-color-paper, light-dark(#ffffff, #16181d)));
    --_surface-raised: var(--fine-surface-raised, var(--fine-color-paper-2, light-dark(#f4f5f7, #20232a)));
    --_text: var(--fine-text, var(--fine-color-ink, light-dark(#1b1d22, #eceef2)));
    --_muted: var(--fine-muted, var(--fine-color-ink-2, light-dark(#555b68, #a9afbc)));
    --_line: var(--fine-line, var(--fine-color-rule, light-dark(#c9cdd5, #454b57)));
    --_accent: var(--fine-accent, var(--fine-color-brand, light-dark(#0b5cad, #7ab6ff)));
    --_on-accent: var(--fine-on-accent, light-dark(#ffffff, #0b1220));
    --_highlight: var(--fine-highlight, var(--fine-color-alert, light-dark(#a84300, #ffa066)));
    --_focus: var(--fine-focus-ring, var(--fine-color-brand, light-dark(#0b5cad, #7ab6ff)));
    --_error: var(--fine-error, var(--fine-color-danger, light-dark(#b3261e, #ffb4ab)));
    --_error-surface: var(--fine-error-surface, light-dark(#fdecea, #3b1714));

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
