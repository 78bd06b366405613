import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapView } from './view.js';

/**
 * The drawing's height that makes the element exactly as tall as the height
 * reserved for it (its computed `min-block-size`), measured after a render:
 * the reservation less what the rest takes (toolbar, notes, legend, a
 * phone's list; a shared caption if the page has one). Undefined when the
 * page reserves nothing. Kept within bounds a reader can use: the element
 * then ends up taller than its reservation rather than squashing the map.
 * The panel of a selected actor is left out: it opens below, by the
 * reader's hand.
 */
export function fitHeight(host: HTMLElement, v: MapView): number | undefined {
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
  const natural = bottom - top - opened;
  const { width, height } = v.layout;
  const min = Math.max(v.graph.nodes.length > 120 ? 480 : 240, Math.min(320, width * 0.8));
  const max = Math.max(480, width * 1.5);
  return Math.round(Math.min(max, Math.max(min, height + reserved - natural)));
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
