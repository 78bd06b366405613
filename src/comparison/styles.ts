import { css } from 'lit';

/**
 * The bars, their labels and axis, the table and the notes. Logical
 * properties only: a bar's inline size runs from the inline start, so the
 * chart mirrors in right-to-left text with no rule of its own; tick labels
 * centre on their tick without a physical translate. Below 32rem of the
 * element's own width a label sits above its bar.
 */
export const comparisonStyles = css`
  :host {
    --_min-block-size: var(--fine-comparison-min-height, 16rem);
    --_hl: var(--fine-comparison-highlight-color, var(--_highlight));
    --_v: 7.5em;
  }
  .comparison {
    container-type: inline-size;
  }
  .tools {
    text-align: end;
  }
  button {
    min-block-size: 24px;
    padding: 0 var(--_space-2);
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 1px solid;
    border-radius: var(--_radius-s);
    cursor: pointer;
  }
  [aria-pressed='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .row {
    display: grid;
    grid-template-columns: var(--fine-comparison-label-width, 14em) minmax(0, 1fr);
    gap: 0 var(--_space-3);
    align-items: center;
    margin: 0;
    padding-block: var(--_space-1);
    cursor: pointer;
  }
  .label {
    display: grid;
    line-height: 1.3;
  }
  .company {
    font-weight: bold;
  }
  .meta,
  .sub,
  .more > span,
  .notes,
  .axis {
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  .label > *,
  .value,
  .sub,
  .tick span {
    unicode-bidi: isolate;
  }
  .track {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  /* a bar has its length from the start and grows by a transform: nothing around it moves (no layout shift) */
  .fill {
    flex: none;
    inline-size: calc((100% - var(--_v)) * var(--w));
    min-inline-size: 2px;
    block-size: var(--fine-comparison-bar-size, 1.25em);
    background: var(--fine-comparison-bar-color, var(--_muted));
    border-radius: var(--_radius-s);
    scale: 0 1;
    transform-origin: 0 50%;
    transition: scale var(--fine-comparison-duration, 600ms) var(--_easing);
  }
  [dir='rtl'] .fill {
    transform-origin: 100% 50%;
  }
  .grown .fill {
    scale: 1;
  }
  [aria-selected='true'] {
    outline: 2px solid var(--_text);
    outline-offset: 2px;
  }
  .value {
    flex: 1;
    min-inline-size: 0;
  }
  .hl .fill {
    background: var(--_hl);
  }
  .hl :is(.company, .value),
  .hl > th,
  [part='annotation'] {
    color: var(--_hl);
    font-weight: bold;
  }
  .sub {
    grid-column: 2;
  }
  .axis {
    position: relative;
    block-size: 1.75em;
    margin-inline-end: var(--_v);
    border-block-start: 1px solid var(--_line);
  }
  .tick {
    position: absolute;
    inset-inline-start: calc(var(--at) * 100%);
    display: flex;
    justify-content: center;
    inline-size: 0;
    padding-block-start: var(--_space-1);
    white-space: nowrap;
    border-inline-start: 1px solid var(--_line);
  }
  .tick:first-child {
    justify-content: start;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    font-weight: bold;
    text-align: start;
  }
  th,
  td {
    padding: var(--_space-1) var(--_space-2);
    text-align: start;
    border-block-end: 1px solid var(--_line);
  }
  .num {
    text-align: end;
  }
  @container (width < 32rem) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
    .row > span:empty {
      display: none;
    }
    .sub {
      grid-column: 1;
    }
    .tick:nth-child(even) span {
      visibility: hidden;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
  }
`;
