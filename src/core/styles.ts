import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * Styles every element shares: the wrapper, a reset that a hostile page's
 * global CSS cannot reach (it stops at the shadow root), focus rings, and the
 * loading and error views.
 */
export const baseStyles = [
  tokens,
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
