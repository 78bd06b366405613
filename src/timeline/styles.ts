import { css } from 'lit';

/**
 * The timeline's styles, one rule per line (the CDN build minifies them
 * further with Lit's template minifier). Positions along the axis are a
 * translation from the inline start (`inset-inline-start: 0`), so one number
 * places a marker from the left in LTR and from the right in RTL.
 *
 * The controls' looks are defaults at zero specificity (`:where`), so the
 * kit's shared control styles, a theme or a page's `::part()` rules win.
 */
export const timelineStyles = css`
  :host {
    /* the horizontal layout at a 16px font: the controls' row and the plot (the vertical list grows from it) */
    --_min-block-size: var(--fine-timeline-min-height, 24rem);
    --_tl-marker: var(--fine-timeline-marker-color, var(--_accent));
    --_tl-size: var(--fine-timeline-marker-size, 0.75rem);
    --_tl-selected: var(--fine-timeline-selected-color, var(--_highlight));
    --_tl-axis: var(--fine-timeline-axis-color, var(--_muted));
    --_tl-era: var(--fine-timeline-era-color, color-mix(in srgb, var(--_accent) 12%, var(--_surface)));
    --_tl-control: 2.25rem;
  }
  /* the list's height follows its events: no hole under a short one (a height the page gives stays) */
  :host(:state(list)) {
    --_min-block-size: var(--fine-timeline-min-height, 0px);
  }
  @media (pointer: coarse) {
    :host {
      --_min-block-size: var(--fine-timeline-min-height, 24.5rem);
      --_tl-control: 44px;
    }
  }
  button,
  input {
    font: inherit;
    color: inherit;
  }
  .probe {
    position: absolute;
    visibility: hidden;
    min-block-size: 0;
    block-size: 0;
    overflow: hidden;
    pointer-events: none;
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
  :where(.controls) :where(input, button) {
    min-block-size: var(--_tl-control);
    padding-block: 0;
    padding-inline: var(--_space-2);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  :where(.controls) :where(button) {
    min-inline-size: var(--_tl-control);
    font-size: 1.125em;
    line-height: 1;
    cursor: pointer;
  }
  :where(.controls button, .close, .more):hover {
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    border-color: var(--_accent);
  }
  :where(.controls button, .close, .more):active {
    background: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
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
  .break-gap {
    fill: var(--_surface);
  }
  .axis line,
  .break {
    stroke: var(--_tl-axis);
  }
  .break {
    fill: none;
    stroke-width: 1.5;
  }
  .axis text {
    fill: var(--_muted);
    text-anchor: middle;
  }
  .axis .caption {
    font-style: italic;
  }
  .bar {
    fill: var(--_tl-marker);
    opacity: 0.6;
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
  /* the markers' layer, which a pan moves: it lets the pointer through to the plot, as the markers' parent did */
  .pins {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .pin {
    pointer-events: auto;
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
  }
  /* each pin is a layer of its own (its transform): the one pointed at or focused goes over the rest, with its tip */
  .pin:is(:hover, :focus-within) {
    z-index: 2;
  }
  .era-label {
    white-space: nowrap;
    line-height: 1.25;
  }
  .era-label.two {
    white-space: normal;
    text-wrap: balance;
  }
  .label,
  .era-label {
    unicode-bidi: isolate;
  }
  .axis text,
  .era-label,
  .label,
  .cluster,
  .list time,
  .details time,
  .era-tag {
    font-size: var(--_font-size-small);
  }
  .pin .label {
    white-space: nowrap;
    line-height: 1.25;
  }
  .two .label {
    white-space: normal;
    text-wrap: balance;
  }
  .whole {
    white-space: nowrap;
  }
  .tip {
    display: none;
    position: absolute;
    inset-block-end: calc(100% - 8px);
    inset-inline-start: 0;
    z-index: 1;
    inline-size: max-content;
    max-inline-size: 16em;
    padding: 2px 6px;
    font-size: var(--_font-size-small);
    line-height: 1.25;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius-s);
    unicode-bidi: isolate;
  }
  .event:is(:hover, :focus-visible) .tip,
  .in-lane:is(:hover, :focus-visible) .tip {
    display: block;
  }
  .event,
  .cluster {
    padding: 0;
    background: none;
    border: 0;
    border-radius: var(--_radius-s);
    cursor: pointer;
  }
  .pin .event,
  .in-lane {
    position: relative;
    display: flex;
    align-items: center;
    block-size: 100%;
    text-align: start;
  }
  .before {
    flex-direction: row-reverse;
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
  /* the lesser events' labels step back; widths are measured in the labels' one weight */
  .i3 .label {
    color: var(--_muted);
  }
  .pin [aria-current] .label {
    color: var(--_text);
    background: color-mix(in srgb, var(--_tl-selected) 14%, transparent);
    border-radius: var(--_radius-s);
  }
  .era-tag,
  .disputed,
  dt {
    font-weight: bold;
  }
  .cluster {
    color: var(--_text);
  }
  .count {
    font-size: 0.75rem;
    font-weight: bold;
    line-height: 1;
    color: var(--_on-accent);
    background: var(--_tl-marker);
    border: 2px solid var(--_surface);
    border-radius: 50%;
  }
  .count::before {
    display: none;
  }
  .cluster.on .count {
    background: var(--_tl-selected);
  }
  .column {
    inline-size: 64px;
    block-size: 100%;
    padding: var(--_space-1);
    line-height: 1.2;
    background: color-mix(in srgb, var(--_tl-marker) 15%, var(--_surface));
    border: 1px solid var(--_tl-marker);
    border-radius: var(--_radius);
  }
  .column.on {
    border-width: 3px;
  }
  .list {
    max-block-size: var(--fine-timeline-list-height, none);
    overflow-y: auto;
  }
  .list > li {
    position: relative;
    padding-block: var(--_space-1);
    padding-inline-start: 32px;
  }
  /* the time line, drawn in each row so that nothing sticks out of the list */
  .list > li::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 13px;
    inline-size: 2px;
    background: var(--_tl-axis);
  }
  .list .in-era {
    background: var(--_tl-era);
  }
  .list .event {
    display: block;
    inline-size: 100%;
    min-block-size: 44px;
    padding-inline: var(--_space-1);
    text-align: start;
  }
  .list .event time,
  .list .event .label {
    display: block;
  }
  .list .event .label {
    font-size: var(--_font-size);
  }
  .list [aria-current] .label {
    font-weight: bold;
  }
  .list .dot {
    position: absolute;
    inset-block-start: calc(var(--_space-1) + 2px);
    /* 4px in from the edge: a key event's dashed ring (26px over the dot's 20) is not cut by the list's edge */
    inset-inline-start: 4px;
  }
  .list time,
  .details time,
  .era-tag {
    color: var(--_muted);
  }
  .era-tag {
    margin: 0;
    padding-inline: var(--_space-2);
  }
  .more {
    display: block;
    margin-block: var(--_space-2);
    min-block-size: 44px;
    padding-inline: var(--_space-3);
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    cursor: pointer;
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
    margin-inline-end: 2.5em;
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
  /* a publisher goes to the next line whole, with its brackets: in Arabic, "(La" ending one line and
     "Quadrature du Net)" starting the next read in pieces; a name wider than the line wraps in its own box */
  .publisher {
    display: inline-block;
  }
  .close {
    position: absolute;
    inset-block-start: var(--_space-2);
    inset-inline-end: var(--_space-2);
    min-inline-size: var(--_tl-control);
    min-block-size: var(--_tl-control);
    font-size: 1.25em;
    line-height: 1;
    background: none;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .empty {
    color: var(--_muted);
    text-align: center;
  }
`;
