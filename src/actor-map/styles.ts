import { css } from 'lit';

/**
 * The actor map's styles. Fills and strokes come from custom properties;
 * each kind of actor has its own colour knob, and its own shape, so colour
 * is never the only cue. Words in the drawing are at the article's body
 * size, in the text colours (AA contrast on the surface, also in dark).
 * Logical properties only: the drawing itself is mirrored by the layout.
 */
export const actorMapStyles = css`
  :host {
    --_min-block-size: var(--fine-actor-map-min-height, 44rem);
    --_am-link: var(--fine-actor-map-link-color, var(--_muted));
    --_am-focus: var(--fine-actor-map-focus-color, var(--_highlight));
    --_am-dim: var(--fine-actor-map-dim-opacity, 0.18);
  }
  /* a phone stacks the drawing, its legend and a list of relations, and Arabic's lines are taller:
     44rem left an Arabic map 20–60 px over it at 320–500 px (measured in Chromium), so what was below moved */
  @media (max-width: 32rem) {
    :host {
      --_min-block-size: var(--fine-actor-map-min-height, 51rem);
    }
  }
  .k-company {
    --_k: var(--fine-actor-map-company, light-dark(#1f5fa8, #7ab6ff));
  }
  .k-regulator {
    --_k: var(--fine-actor-map-regulator, light-dark(#a3461a, #ff9e6b));
  }
  .k-court {
    --_k: var(--fine-actor-map-court, light-dark(#5b3c99, #c3a6ff));
  }
  .k-ngo {
    --_k: var(--fine-actor-map-ngo, light-dark(#1d7045, #6fd49b));
  }
  .k-person {
    --_k: var(--fine-actor-map-person, light-dark(#8a2a5e, #f59ac9));
  }
  .k-media {
    --_k: var(--fine-actor-map-media, light-dark(#6b5d12, #e3cf5d));
  }
  .k-institution {
    --_k: var(--fine-actor-map-institution, light-dark(#2f6470, #7fd0de));
  }
  .bar {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-3);
    margin-block-end: var(--_space-2);
  }
  .bar .hint {
    flex: 1;
    margin: 0;
  }
  button {
    min-block-size: 32px;
    min-inline-size: 32px;
    padding: 0 var(--_space-2);
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 1px solid;
    border-radius: var(--_radius-s);
    cursor: pointer;
  }
  /* a finger's pointer (pointer: coarse, read in the element): 44 px targets */
  .touch button {
    min-block-size: 44px;
    min-inline-size: 44px;
  }
  [aria-pressed='true']:is(button) {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  svg[part='map'] {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    overflow: visible;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
  }
  .line {
    fill: none;
    stroke: var(--_am-link);
    stroke-width: 1.25;
  }
  .head {
    fill: var(--_am-link);
  }
  text {
    text-anchor: middle;
    unicode-bidi: embed;
  }
  .name {
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  /* a phone's drawing is an overview: smaller names fit more of them (its relations are listed at full size) */
  svg.phone .name {
    font-size: var(--_font-size-small);
  }
  .name.on {
    font-weight: bold;
  }
  .name.far {
    fill: var(--_muted);
  }
  .rel text {
    fill: var(--_muted);
  }
  .rel rect,
  .label rect {
    fill: var(--_surface);
  }
  .rel.on text {
    fill: var(--_text);
  }
  .row line {
    stroke: var(--_line);
  }
  .row-label {
    text-anchor: start;
    fill: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .hit {
    fill: transparent;
  }
  .shape {
    fill: var(--_k);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .node {
    cursor: pointer;
    outline: none;
  }
  .ring {
    fill: none;
    stroke: none;
    stroke-width: 2.5;
  }
  .node:focus-visible .ring {
    stroke: var(--_focus);
  }
  .node.on .ring {
    stroke: var(--_am-focus);
    stroke-width: 3.5;
  }
  .link.on .line {
    stroke: var(--_am-focus);
    stroke-width: 2;
  }
  .link.on .head {
    fill: var(--_am-focus);
  }
  .dim {
    opacity: var(--_am-dim);
  }
  .node,
  .link {
    transition: opacity var(--_motion) var(--_easing);
  }
  .hint,
  .note,
  .kind,
  .role,
  .sources,
  .wording,
  .status {
    margin: var(--_space-1) 0 0;
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    margin: var(--_space-2) 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
  }
  .panel {
    display: flex;
    flex-direction: column;
    margin-block-start: var(--_space-2);
    padding: var(--_space-3);
    background: var(--fine-actor-map-panel-background, var(--_surface-raised));
    border-radius: var(--_radius);
  }
  .details {
    border-inline-start: 4px solid var(--_am-focus);
  }
  .head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  h3,
  h4 {
    margin: 0;
    font-family: var(--_font-heading);
    font-size: 1em;
  }
  h4 {
    margin-block-start: 0;
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  /*
   * A list cut by the panel's bottom edge shows a shadow there, so a reader
   * sees there is more to scroll to (a touch browser shows no scroll bar,
   * and a line cut to its top reads as a stray dot). A panel-coloured cover
   * at the list's end scrolls with it ("local") and hides the shadow once
   * the end is in view; the shadow sits a pixel in from the edge, so a
   * cover snapped to another device pixel leaves no line.
   */
  .scroller {
    max-block-size: var(--fine-actor-map-panel-height, 18rem);
    overflow-y: auto;
    overscroll-behavior: contain;
    margin-block-start: var(--_space-1);
    background:
      linear-gradient(transparent, var(--fine-actor-map-panel-background, var(--_surface-raised)) 0.75rem) bottom / 100%
        1.5rem no-repeat local,
      linear-gradient(transparent, color-mix(in srgb, var(--_text) 25%, transparent)) center bottom 1px / 100% 0.5rem
        no-repeat;
  }
  /*
   * On a phone the panel is always there, as tall as its reservation leaves
   * it, so selecting an actor moves nothing; what does not fit waits behind
   * the button at its bottom (renderBody). Opened, it is as long as its list.
   */
  .panel.phone {
    min-block-size: calc(var(--fine-actor-map-panel-height, 18rem) + 4rem);
  }
  .clip {
    flex: 1;
    margin-block-start: var(--_space-1);
  }
  /* what cutList hid, whatever display its own rule gives it */
  .clip [hidden] {
    display: none;
  }
  .show {
    flex: none;
    align-self: start;
    margin-block-start: var(--_space-1);
  }
  /* an actor's: beside its close button */
  .head .show {
    margin-block-start: 0;
    margin-inline-start: auto;
  }
  .scroller:focus-visible,
  .clip:focus-visible {
    outline-offset: -2px;
  }
  .panel ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .panel li {
    margin-block-start: var(--_space-2);
  }
  .panel p {
    margin-block-start: var(--_space-1);
  }
  .sentence {
    margin: 0;
  }
  /* a relation's date is one unit: "28 مايو" ending a line and "2018" starting the next read as two */
  .sentence time {
    white-space: nowrap;
  }
  .status {
    font-weight: bold;
  }
  /* a publisher's name never breaks: in Arabic a Latin name cut across two lines reads in pieces */
  .sources a {
    white-space: nowrap;
  }
  td .status {
    display: block;
    margin: 0;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--_font-size-small);
  }
  caption {
    text-align: start;
    font-weight: bold;
    padding-block-end: var(--_space-1);
  }
  th,
  td {
    padding: var(--_space-1) var(--_space-2);
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_line);
  }
`;
