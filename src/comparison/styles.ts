import { css } from 'lit';

/**
 * The bars, their labels and axis, the table and the notes. Logical
 * properties only: a bar's inline size runs from the inline start, so the
 * chart mirrors in right-to-left text with no rule of its own; tick labels
 * centre on their tick without a physical translate. Below 32rem of the
 * element's own width a label sits above its bar.
 *
 * A fine annulled or cut on appeal is hatched (a gradient in the stylesheet,
 * which a strict CSP allows) inside an outline, solid up to what stands;
 * under forced colours the same drawing in the system's colours.
 */
export const comparisonStyles = css`
  :host {
    /* a page's own reservation holds (it knows its chart); the element's estimate only while loading (.reserve) */
    min-block-size: var(--fine-comparison-min-height, 0);
    --_hl: var(--fine-comparison-highlight-color, var(--_highlight));
    --_bar: var(--fine-comparison-bar-color, var(--_muted));
    --_v: 7.5em;
  }
  .base,
  .comparison {
    container-type: inline-size;
  }
  /*
   * While the story loads: "limit" bars, then the toggle, the annotation, the aggregate row, the axis and the
   * key (measured with the Amazon story in ar, en and fr at 360 to 1400 px: within 12 % of the chart shown)
   */
  .reserve {
    --_row: 3.5em;
    --_chrome: 10.5em;
    --_min-block-size: var(--fine-comparison-min-height, 16rem);
  }
  .reserve.rows {
    --_min-block-size: var(--fine-comparison-min-height, calc(var(--_rows) * var(--_row) + var(--_chrome)));
  }
  @container (width < 32rem) {
    .reserve {
      --_row: 4.6em;
      --_chrome: 13em;
    }
  }
  .tools {
    text-align: end;
  }
  button {
    min-block-size: 2em;
    min-inline-size: 2em;
    padding: 0 var(--_space-3);
    font: inherit;
    font-size: var(--_font-size-small);
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
    transition: background-color var(--_motion);
  }
  button:hover {
    background: var(--_surface-raised);
  }
  [aria-pressed='true'],
  [aria-pressed='true']:hover {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  @media (pointer: coarse) {
    button {
      min-block-size: 44px;
      min-inline-size: 44px;
    }
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
  /* Arabic's marks above a letter (the damma of أُلغيت) touched the line over it at 1.3 */
  .label:is(:lang(ar), :lang(fa), :lang(ur)) {
    line-height: 1.5;
  }
  .company {
    font-weight: bold;
  }
  .meta,
  .sub,
  .key,
  .more > span,
  .notes,
  .axis {
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  .label > *,
  .value,
  .sub {
    unicode-bidi: isolate;
  }
  /* a date is never broken between its day and its month ("26 / أغسطس 2024") */
  .meta time {
    white-space: nowrap;
  }
  .status {
    font-size: var(--_font-size-small);
    font-weight: bold;
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
    color: var(--_bar);
    background: currentColor;
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
    color: var(--_hl);
  }
  /* what no longer stands: hatched inside an outline; what stands (.now) solid from the start */
  .cut,
  .swatch {
    display: inline-flex;
    background: repeating-linear-gradient(-45deg, currentColor 0 1.5px, transparent 0 5px);
    border: 1.5px solid currentColor;
  }
  .now {
    inline-size: calc(var(--now) * 100%);
    background: currentColor;
  }
  .swatch {
    inline-size: 1.5em;
    block-size: 0.9em;
    margin-inline-end: var(--_space-2);
    vertical-align: -0.1em;
    color: var(--_bar);
  }
  s {
    color: var(--_muted);
    font-weight: normal;
  }
  .key {
    margin: var(--_space-2) 0 0;
  }
  .hl :is(.company, .value, .status),
  .hl > th,
  [part='annotation'] {
    color: var(--_hl);
    font-weight: bold;
  }
  .sub {
    grid-column: 2;
  }
  /*
   * the axis row leaves the values' room as the bars do: --_v is 7.5em of the row's font, where the bars take
   * it; as the axis's margin it was 7.5em of the axis's smaller font, and the axis ran about 15 px past the bars
   */
  .scale {
    padding-inline-end: var(--_v);
  }
  .axis {
    position: relative;
    block-size: 1.75em;
    border-block-start: 1px solid var(--_line);
  }
  .tick {
    position: absolute;
    inset-inline-start: calc(var(--at) * 100%);
    display: flex;
    justify-content: center;
    inline-size: 0;
    padding-block-start: calc(var(--_space-1) + 0.2em);
    white-space: nowrap;
  }
  /* a mark above the label, never a line through it */
  .tick::before {
    content: '';
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    block-size: var(--_space-1);
    border-inline-start: 1px solid var(--_line);
  }
  .tick:first-child {
    justify-content: start;
  }
  .off {
    visibility: hidden;
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
  }
  @media (forced-colors: active) {
    .fill,
    .swatch {
      forced-color-adjust: none;
      color: CanvasText;
    }
    .hl .fill {
      color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
  }
`;
