/**
 * Pointer and wheel gestures on the plot, without hijacking the page: a drag
 * pans, two fingers pinch-zoom, ctrl/⌘ + wheel zooms (what a trackpad pinch
 * sends), a horizontal wheel or shift + wheel pans, and a plain vertical wheel
 * is left to the page. With `touch-action: pan-y` on the plot, a vertical
 * swipe still scrolls the article. Movements are in physical pixels.
 */
export class Gestures {
  private points = new Map<number, number>();
  private start = 0;
  private dragged = false;

  constructor(
    private pan: (dx: number) => void,
    private zoom: (factor: number, clientX: number) => void,
  ) {}

  down = (e: PointerEvent): void => {
    if (e.button) return;
    this.points.set(e.pointerId, (this.start = e.clientX));
    this.dragged = false;
  };

  move = (e: PointerEvent): void => {
    const last = this.points.get(e.pointerId);
    const x = e.clientX;
    if (last === undefined) return;
    if (this.points.size > 1) {
      let other = last;
      for (const [id, px] of this.points) if (id !== e.pointerId) other = px;
      if (Math.abs(last - other) > 8) this.zoom(Math.abs(x - other) / Math.abs(last - other), (x + other) / 2);
    } else if (this.dragged || Math.abs(x - this.start) > 4) {
      // past a few pixels it is a drag, not a click: keep the pointer even outside the plot
      if (!this.dragged) (e.currentTarget as Element).setPointerCapture(e.pointerId);
      this.pan(x - last);
    } else return;
    this.dragged = true;
    this.points.set(e.pointerId, x);
  };

  up = (e: PointerEvent): void => {
    this.points.delete(e.pointerId);
    // the click that ends a drag comes in this same task; forget the drag after it
    setTimeout(() => (this.dragged = false));
  };

  /** Swallows the click that ends a drag (a capture listener), so a drag never selects. */
  click = {
    handleEvent: (e: Event): void => {
      if (this.dragged) e.stopPropagation();
    },
    capture: true,
  };

  wheel = (e: WheelEvent): void => {
    const unit = e.deltaMode ? 16 : 1; // Firefox counts a mouse wheel in lines
    const d = e.shiftKey ? e.deltaX || e.deltaY : Math.abs(e.deltaX) > Math.abs(e.deltaY) ? e.deltaX : 0;
    if (e.ctrlKey || e.metaKey) this.zoom(Math.exp(-e.deltaY * unit * 0.002), e.clientX);
    else if (d) this.pan(-d * unit);
    else return;
    e.preventDefault();
  };
}
