import { css } from 'lit';

/**
 * The actor map's styles, one rule per line (they ship as written). Fills and
 * strokes come from custom properties; each kind of actor has its own colour
 * knob, and its own shape, so colour is never the only cue. Logical
 * properties only: the map itself is mirrored by the layout, not by CSS.
 */
export const actorMapStyles = css`
  :host {
    --_min-block-size: var(--fine-actor-map-min-height, 44rem);
    --_am-link: var(--fine-actor-map-link-color, var(--_muted));
    --_am-focus: var(--fine-actor-map-focus-color, var(--_highlight));
    --_am-dim: var(--fine-actor-map-dim-opacity, 0.18);
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
    justify-content: flex-end;
    margin-block-end: var(--_space-1);
  }
  button {
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0 var(--_space-2);
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 1px solid;
    border-radius: var(--_radius-s);
    cursor: pointer;
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
    font-size: 12px;
    user-select: none;
  }
  .line {
    fill: none;
    stroke: var(--_am-link);
    stroke-width: 1.25;
  }
  .head {
    fill: var(--_am-link);
  }
  .rel {
    fill: var(--_muted);
    font-size: 10px;
  }
  text {
    text-anchor: middle;
    unicode-bidi: embed;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .name {
    fill: var(--_text);
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
  .node.on .name {
    font-weight: bold;
  }
  .link.on .line {
    stroke: var(--_am-focus);
    stroke-width: 2;
  }
  .link.on .head {
    fill: var(--_am-focus);
  }
  .link.on .rel {
    fill: var(--_text);
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
  .sources,
  .wording {
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
  .details {
    position: relative;
    margin-block-start: var(--_space-3);
    padding: var(--_space-3);
    background: var(--fine-actor-map-panel-background, var(--_surface-raised));
    border-inline-start: 4px solid var(--_am-focus);
    border-radius: var(--_radius);
  }
  h3,
  h4 {
    margin: 0;
    font-family: var(--_font-heading);
  }
  h3 {
    margin-inline-end: 2em;
  }
  h4 {
    margin-block-start: var(--_space-2);
  }
  .details p {
    margin-block-start: var(--_space-1);
  }
  .details ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .details li {
    margin-block-start: var(--_space-2);
  }
  .sentence {
    margin: 0;
  }
  .close {
    position: absolute;
    inset-block-start: var(--_space-2);
    inset-inline-end: var(--_space-2);
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
