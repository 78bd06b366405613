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

/** The least height of a phone's list of relations (its heading and a few lines). */
export const PANEL_MIN = 160;

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
