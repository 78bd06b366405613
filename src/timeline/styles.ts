import { css } from 'lit';

/**
 * The timeline's styles, one rule per line (the CDN build minifies them
 * further with Lit's template minifier). Positions along the axis are a
 * translation from the inline start (`inset-inline-start: 0`), so one number
 * places a marker from the left in LTR and from the right in RTL.
 */
export const timelineStyles = css`
  :host {
    --_min-block-size: var(--fine-timeline-min-height, 20rem);
    --_tl-marker: var(--fine-timeline-marker-color, var(--_accent));
    --_tl-size: var(--fine-timeline-marker-size, 0.75rem);
    --_tl-selected: var(--fine-timeline-selected-color, var(--_highlight));
    --_tl-axis: var(--fine-timeline-axis-color, var(--_muted));
    --_tl-era: var(--fine-timeline-era-color, color-mix(in srgb, var(--_accent) 12%, var(--_surface)));
  }
  button,
  input {
    font: inherit;
    color: inherit;
  }
  .controls {
    display: flex;
    gap: var(--_space-1);
    margin-block-end: var(--_space-2);
  }
  input {
    flex: 1;
    min-inline-size: 0;
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .controls button,
  .close {
    min-inline-size: 2.25em;
  }
  .plot {
    position: relative;
    overflow: hidden;
    touch-action: pan-y;
    user-select: none;
  }
  svg {
    position: absolute;
    inset: 0;
  }
  .era {
    fill: var(--_tl-era);
  }
  .axis line {
    stroke: var(--_tl-axis);
  }
  .axis text {
    fill: var(--_muted);
    text-anchor: middle;
  }
  .bar {
    fill: var(--_tl-marker);
    opacity: 0.4;
  }
  .bracket {
    fill: none;
    stroke: var(--_tl-marker);
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .pin {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
  }
  .era-label,
  .label {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    unicode-bidi: isolate;
  }
  .axis text,
  .era-label,
  .pin .event,
  .cluster,
  time,
  .era-tag {
    font-size: var(--_font-size-small);
  }
  .event,
  .cluster {
    padding: 0;
    background: none;
    border: 0;
    border-radius: var(--_radius-s);
    cursor: pointer;
  }
  .pin .event {
    display: flex;
    align-items: center;
    block-size: 20px;
    line-height: 20px;
  }
  .dot {
    display: grid;
    flex: none;
    place-items: center;
    inline-size: 20px;
    block-size: 20px;
  }
  .dot::before {
    content: '';
    inline-size: var(--_tl-size);
    block-size: var(--_tl-size);
    background: var(--_tl-marker);
    border: 2px solid var(--_surface);
    border-radius: 50%;
    transition: scale var(--_motion) var(--_easing);
  }
  .i1 .dot::before {
    scale: 1.3;
  }
  .i3 .dot::before {
    scale: 0.75;
  }
  .uncertain .dot::before {
    outline: 2px dashed var(--_tl-marker);
  }
  .event:hover .dot::before {
    scale: 1.45;
  }
  [aria-current] .dot::before {
    background: var(--_tl-selected);
  }
  [aria-current] .label,
  .era-tag,
  .disputed,
  dt {
    font-weight: bold;
  }
  .cluster {
    inline-size: 28px;
    block-size: 100%;
    background: color-mix(in srgb, var(--_tl-marker) 15%, var(--_surface));
    border: 1px solid var(--_tl-marker);
    border-radius: 14px;
  }
  .cluster.on {
    border-width: 3px;
  }
  .list {
    margin-inline-start: 10px;
    border-inline-start: 2px solid var(--_tl-axis);
    max-block-size: var(--fine-timeline-list-height, 16rem);
    overflow-y: auto;
  }
  .list li {
    position: relative;
    padding: var(--_space-1) var(--_space-2);
  }
  .list .in-era {
    background: var(--_tl-era);
  }
  .list .event {
    inline-size: 100%;
    text-align: start;
  }
  .list time {
    display: block;
  }
  .list .dot {
    position: absolute;
    inset-inline-start: -11px;
  }
  time,
  .era-tag {
    color: var(--_muted);
  }
  .era-tag {
    margin: 0;
  }
  .details {
    position: relative;
    margin-block-start: var(--_space-2);
    padding: var(--_space-3);
    background: var(--fine-timeline-panel-background, var(--_surface-raised));
    border-inline-start: 4px solid var(--_tl-selected);
    border-radius: var(--_radius);
  }
  h3 {
    margin: 0;
    margin-inline-end: 2em;
    font-family: var(--_font-heading);
  }
  .details p,
  dl,
  dd {
    margin: var(--_space-1) 0 0;
  }
  .body {
    white-space: pre-line;
  }
  .disputed {
    color: var(--_highlight);
  }
  dd ul {
    padding-inline-start: 1.25em;
  }
  .close {
    position: absolute;
    inset-block-start: var(--_space-2);
    inset-inline-end: var(--_space-2);
  }
  .empty {
    color: var(--_muted);
    text-align: center;
  }
`;
