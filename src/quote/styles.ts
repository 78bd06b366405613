import { css } from 'lit';

/**
 * The card, the pull quote and the inline quote. Logical properties only:
 * the card's chrome follows the reader's direction, the words their own.
 * One rule per line: this ships as written (the CDN build keeps whitespace).
 */
export const quoteStyles = css`
  /* the reserved height stays under the card unless it would leave a hole (fit.ts) */
  :host([data-fit]) {
    min-block-size: 0;
  }
  :host {
    --_min-block-size: var(--fine-quote-min-height, 13rem);
    --_q: var(--fine-quote-accent, var(--_accent));
    --_av: var(--fine-quote-avatar-size, 2.75em);
  }
  figure {
    margin: 0;
    padding: var(--_space-3) var(--_space-4);
    background: var(--fine-quote-background, var(--_surface-raised));
    border-inline-start: 4px solid var(--_q);
    border-radius: var(--_radius);
  }
  blockquote {
    margin: 0;
    font-size: var(--fine-quote-font-size, 1.125em);
    font-family: var(--fine-quote-font-family, var(--_font-heading));
  }
  ::slotted(p) {
    display: inline;
    margin: 0;
  }
  .mark {
    color: var(--fine-quote-mark-color, var(--_q));
  }
  .notes,
  figcaption {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    align-items: center;
    margin: var(--_space-2) 0 0;
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  figcaption {
    display: grid;
    grid-template-columns: auto 1fr;
    margin-block-start: var(--_space-3);
  }
  .notes a {
    unicode-bidi: isolate;
  }
  .avatar {
    display: grid;
    grid-row: span 2;
    place-items: center;
    inline-size: var(--_av);
    block-size: var(--_av);
    overflow: hidden;
    border-radius: 50%;
    background: var(--fine-quote-avatar-background, var(--_q));
    color: var(--fine-quote-avatar-color, var(--_on-accent));
    font-weight: bold;
  }
  ::slotted(img) {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  [part='speaker'] {
    font-weight: bold;
    color: var(--_text);
  }
  [part='speaker'],
  .meta > * {
    unicode-bidi: isolate;
  }
  /* a name, a role, a date: each goes to the next line whole, not split (La / Quadrature du Net); */
  /* it wraps inside only when longer than a line */
  :host(:not([variant='inline'])) :is([part='speaker'], .meta > *) {
    display: inline-block;
    max-inline-size: 100%;
  }
  .lead {
    display: none;
  }

  :host([variant='pull']) figure {
    padding-inline: 0;
    background: none;
    border: 0;
    border-block: 2px solid var(--_q);
    border-radius: 0;
  }
  :host([variant='pull']) blockquote {
    font-size: var(--fine-quote-pull-font-size, 1.6em);
    font-weight: bold;
    line-height: 1.3;
  }
  :host([variant='pull']) blockquote:is(:lang(ar), :lang(fa), :lang(ur)) {
    line-height: 1.7;
  }
  :host([variant='pull']) figcaption {
    display: block;
  }

  :host([variant='inline']) {
    display: inline;
    --_min-block-size: 0;
  }
  :host([variant='inline']) :is(.base, figure, blockquote, .notes, figcaption, span, .loading) {
    display: inline;
    margin: 0;
    padding: 0;
    background: none;
    border: 0;
  }
  :host([variant='inline']) blockquote {
    font: inherit;
  }
  :host([variant='inline']) figcaption::before {
    content: ' — ';
  }
  :host([variant='inline']) :is(.chrome-caption, .chrome-footer) {
    display: none;
  }
  :host(:is([variant='pull'], [variant='inline'])) .avatar {
    display: none;
  }
  :host(:is([variant='pull'], [variant='inline'])) .lead {
    display: inline;
  }
`;
