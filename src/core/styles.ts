import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * Controls every element shares, from the theme tokens: an element gets them
 * by class, and its own styles compose on top (they come after these, at the
 * same or higher specificity).
 *
 * - `.control` on a `<button>`: a bordered button in the accent colour, with
 *   hover, active and focus states; `aria-pressed="true"` fills it (a toggle,
 *   such as a chart/table switch). Buttons with `part="toggle"` get it
 *   without the class.
 * - `.control` on an `<input>` (a search or filter box): the text colour, a
 *   border that meets 3:1, a muted placeholder.
 * - `.mirror` on a directional glyph (an arrow, a chevron): mirrored in
 *   right-to-left text. Leave `+ − × ↔` unmirrored.
 *
 * At least 2em square, and 44 px on a coarse pointer (touch). Hover only
 * where a pointer hovers; the pressed state shows in forced colours too.
 */
export const controlStyles = css`
  :is(.control, [part~='toggle']) {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-1);
    min-block-size: 2em;
    min-inline-size: 2em;
    padding: 0 var(--_space-2);
    font: inherit;
    line-height: 1.2;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid;
    border-radius: var(--_radius-s);
    cursor: pointer;
    /* no transition: a toggle's text colour changes at once, and a fading background would pass through
       low contrast under it (axe caught 2.3:1 mid-fade) */
  }
  @media (hover: hover) {
    :is(.control, [part~='toggle']):hover {
      background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    }
  }
  :is(.control, [part~='toggle']):active {
    background: color-mix(in srgb, var(--_accent) 24%, var(--_surface));
  }
  :is(.control, [part~='toggle'])[aria-pressed='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  :is(.control, [part~='toggle']):disabled {
    cursor: default;
    opacity: 0.5;
  }
  input.control {
    justify-content: start;
    color: var(--_text);
    background: var(--_surface);
    border-color: var(--_muted);
    cursor: text;
  }
  input.control::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .mirror {
    display: inline-block;
  }
  [dir='rtl'] .mirror {
    scale: -1 1;
  }
  @media (pointer: coarse) {
    :is(.control, [part~='toggle']) {
      min-block-size: 44px;
      min-inline-size: 44px;
    }
  }
  @media (forced-colors: active) {
    :is(.control, [part~='toggle'])[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`;

/**
 * The caption above an element's content and the credit and "Updated" line
 * below it (`chrome.ts`): the title in the heading font, the rest small and
 * muted, the notes of the disclosure on the raised surface.
 */
export const chromeStyles = css`
  .chrome-caption {
    margin-block-end: var(--_space-3);
  }
  .caption-title {
    margin: 0;
    font-family: var(--_font-heading);
    font-size: 1.125em;
    font-weight: bold;
    line-height: 1.35;
    color: var(--_text);
  }
  .caption-title:lang(ar) {
    line-height: 1.6;
  }
  .caption-text {
    margin: var(--_space-1) 0 0;
    color: var(--_muted);
  }
  .chrome-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-3);
    margin-block-start: var(--_space-2);
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  .credit,
  .updated,
  .changes-title,
  .changes ul {
    margin: 0;
  }
  .updated[open] {
    flex-basis: 100%;
  }
  /*
   * the triangle and the line are its two flex items: the words and the date
   * inside the line keep a space between them, not the gap
   */
  .updated summary {
    display: flex;
    align-items: center;
    gap: 0.4em;
    inline-size: fit-content;
    list-style: none;
    cursor: pointer;
  }
  .updated summary::-webkit-details-marker {
    display: none;
  }
  /* a triangle from borders: logical, so it points to the inline end in either direction, and down when open */
  .updated summary::before {
    content: '';
    border-inline-start: 0.4em solid;
    border-block: 0.3em solid transparent;
  }
  .updated[open] summary::before {
    border-inline: 0.3em solid transparent;
    border-block: 0.4em solid;
    border-block-end: 0;
  }
  @media (hover: hover) {
    .updated summary:hover {
      color: var(--_text);
    }
  }
  @media (pointer: coarse) {
    .updated summary {
      min-block-size: 44px;
    }
  }
  .changes {
    margin-block-start: var(--_space-1);
    padding: var(--_space-2) var(--_space-3);
    color: var(--_text);
    background: var(--_surface-raised);
    border-radius: var(--_radius);
  }
  .changes ul {
    padding-inline-start: 1.25em;
  }
  .changes li {
    margin-block-start: var(--_space-2);
  }
  .sources {
    display: block;
    color: var(--_muted);
  }
  /* a publisher's name goes to the next line whole, with its comma ("Conseil
     d’État" was cut in two on a phone); a long one wraps inside its own box */
  .source {
    display: inline-block;
  }
  .chrome-footer a {
    unicode-bidi: isolate;
  }
`;

/**
 * Styles every element shares: the wrapper, a reset that a hostile page's
 * global CSS cannot reach (it stops at the shadow root), focus rings, the
 * loading and error views, the shared controls and the chrome.
 */
export const baseStyles = [
  tokens,
  controlStyles,
  chromeStyles,
  css`
    :host {
      display: block;
      min-block-size: var(--_min-block-size, 0);
      box-sizing: border-box;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .base {
      color-scheme: light dark;
      color: var(--_text);
      background: var(--_surface);
      font-family: var(--_font-body);
      font-size: var(--_font-size);
      font-weight: normal;
      font-style: normal;
      line-height: var(--_line-height);
      text-align: start;
      /* inherited properties a host page may set on everything: the kit sets its own */
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      text-indent: 0;
      text-shadow: none;
      white-space: normal;
      min-block-size: inherit;
    }
    .base[data-scheme='light'] {
      color-scheme: light;
    }
    .base[data-scheme='dark'] {
      color-scheme: dark;
    }
    /* Arabic joins its letters: never space or transform them, and give its marks room. */
    :lang(ar),
    :lang(fa),
    :lang(ur) {
      letter-spacing: normal !important;
      text-transform: none !important;
    }
    .base:lang(ar),
    .base:lang(fa),
    .base:lang(ur) {
      line-height: var(--_line-height-arabic);
    }
    :focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    a {
      color: var(--_accent);
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .loading {
      display: flex;
      align-items: center;
      justify-content: center;
      min-block-size: var(--_min-block-size, 8rem);
      color: var(--_muted);
      background: var(--_surface-raised);
      border-radius: var(--_radius);
    }
    .error {
      padding: var(--_space-3);
      color: var(--_text);
      background: var(--_error-surface);
      border-inline-start: 4px solid var(--_error);
      border-radius: var(--_radius);
      /* a path, key or URL from the story is one long word: break it anywhere rather than widen the page */
      overflow-wrap: anywhere;
    }
    .error-title {
      margin: 0 0 var(--_space-2);
      font-family: var(--_font-heading);
    }
    .error ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .error code {
      font-family: ui-monospace, monospace;
      font-size: 0.9em;
      unicode-bidi: isolate;
    }
  `,
];
