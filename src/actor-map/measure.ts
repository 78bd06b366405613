/**
 * What the actor map measures on the page: the room its reservation leaves,
 * the pointer, and the fonts its words are measured in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapView } from './view.js';

/**
 * How much taller the element may grow to fill the height reserved for it
 * (its computed `min-block-size`), measured after a render: the
 * reservation less what everything takes (toolbar, notes, drawing, legend,
 * a phone's list; a shared caption if the page has one). Negative when the
 * content is taller. Undefined when the page reserves nothing. The panel of
 * an actor selected on a wide map is left out: it opens below, by the
 * reader's hand.
 */
export function slack(host: HTMLElement, v: MapView): number | undefined {
  const reserved = parseFloat(getComputedStyle(host).minBlockSize);
  const base = host.shadowRoot?.querySelector<HTMLElement>('.base');
  if (!base || !(reserved > 0)) return undefined;
  const top = base.getBoundingClientRect().top;
  let bottom = top;
  let opened = 0;
  for (const child of base.children) {
    const style = getComputedStyle(child);
    if (style.position === 'absolute' || style.display === 'none') continue;
    const box = child.getBoundingClientRect();
    const margins = (parseFloat(style.marginBlockStart) || 0) + (parseFloat(style.marginBlockEnd) || 0);
    if (!v.phone && child.matches('[part~="details"]')) opened = box.height + margins;
    bottom = Math.max(bottom, box.bottom + (parseFloat(style.marginBlockEnd) || 0));
  }
  return reserved - (bottom - top - opened);
}

/** The drawing's height on a phone, from its width: the list of relations under it takes the rest of the reservation. */
export const phoneMapHeight = (width: number) => Math.round(Math.min(400, Math.max(260, width * 0.85)));

/**
 * Bounds of a phone's drawing when the reservation is short (a caption and
 * credit above and below take their share): it gives up height, down to 70 %
 * of its width, before its list goes under `PANEL_MIN`; it never takes more
 * than its width gives.
 */
export const phoneMapBounds = (width: number): [number, number] => {
  const most = phoneMapHeight(width);
  return [Math.min(most, Math.round(Math.max(240, width * 0.7))), most];
};

/** Bounds of a wide drawing's height that fills its reservation: beyond them the element grows rather than squash the map. */
export function mapBounds(width: number, nodes: number): [number, number] {
  return [Math.max(nodes > 120 ? 480 : 240, Math.min(320, width * 0.8)), Math.max(480, width * 1.5)];
}

/** The least height of a phone's list of relations: its heading, one relation of two lines and the button that shows them all. */
export const PANEL_MIN = 190;

/**
 * Fits a phone's list into its panel's height (its `min-block-size`, the
 * room the reservation leaves): its blocks (relations, an actor's role and
 * sources) are shown whole up to the last that fits, the first always, and
 * the rest hidden behind the button, which shows only then. A sentence is
 * shown whole or not at all, never cut at the panel's edge, and nothing
 * scrolls inside the page. `open`: every block, no button. The DOM is the
 * element's own render; `hidden` is no attribute its template sets.
 */
export function cutList(panel: HTMLElement | null | undefined, open: boolean): void {
  const clip = panel?.querySelector<HTMLElement>('.clip');
  if (!panel || !clip) return;
  const button = panel.querySelector<HTMLElement>('.show');
  const blocks = [...clip.querySelectorAll<HTMLElement>(':scope > ul > li, :scope > p')];
  for (const b of blocks) b.hidden = false;
  if (button) button.hidden = true;
  if (open || !button) return;
  const style = getComputedStyle(panel);
  let end = panel.getBoundingClientRect().top + parseFloat(style.minBlockSize) - parseFloat(style.paddingBlockEnd);
  const below = (b: HTMLElement, i: number) => i > 0 && b.getBoundingClientRect().bottom > end + 0.5;
  if (!blocks.some(below)) return;
  // some do not fit: the button shows, and under the list it takes its room at the bottom
  button.hidden = false;
  if (!button.closest('.head')) end -= button.offsetHeight + parseFloat(getComputedStyle(button).marginBlockStart);
  for (const b of blocks.slice(Math.max(1, blocks.findIndex(below)))) b.hidden = true;
}

/**
 * Whether a media query matches, kept up to date: the host updates when it
 * changes (a tablet gets a mouse). Reads false where `matchMedia` is missing.
 */
export class MediaController implements ReactiveController {
  readonly #list?: MediaQueryList;
  readonly #changed = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    query: string,
  ) {
    this.#list = globalThis.matchMedia?.(query);
    host.addController(this);
  }

  get matches(): boolean {
    return this.#list?.matches ?? false;
  }

  hostConnected(): void {
    this.#list?.addEventListener('change', this.#changed);
  }

  hostDisconnected(): void {
    this.#list?.removeEventListener('change', this.#changed);
  }
}

/**
 * Calls `changed` whenever the page's fonts finish loading: the map's words
 * were measured (and placed) in whatever font was there before, and a web
 * font that arrives later has other widths.
 */
export class FontsController implements ReactiveController {
  readonly #fonts = globalThis.document?.fonts;

  constructor(
    host: ReactiveControllerHost,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#fonts?.addEventListener('loadingdone', this.changed);
  }

  hostDisconnected(): void {
    this.#fonts?.removeEventListener('loadingdone', this.changed);
  }
}
