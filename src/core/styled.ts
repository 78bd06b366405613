/**
 * The one way the kit sets geometry (a marker's position, a bar's length)
 * under a strict Content-Security-Policy: `style-src` without
 * `'unsafe-inline'` blocks `style` attributes, Lit's `styleMap` among them,
 * but not the CSSOM. A template writes the declarations in `data-style`:
 *
 * ```ts
 * html`<li data-style=${styled({ transform: `translate(${x}px,0)` })}>`
 * ```
 *
 * and the element copies them into the CSSOM after each render
 * (`applyStyles`, which the base element calls in `updated`), before the
 * browser paints. Property names are CSS names (`max-inline-size`, `--w`).
 */
export function styled(properties: Readonly<Record<string, string | number>>): string {
  // a loop, not entries/map/join: a timeline's zoom calls this for every marker at every frame, in code
  // that is seldom optimized yet (a gesture is short), where the arrays and closures cost ten times more;
  // own keys only, as entries gave: a key a page put on Object.prototype is not a declaration of ours
  let text = '';
  for (const name in properties)
    if (Object.hasOwn(properties, name)) text += `${text ? ';' : ''}${name}:${properties[name]}`;
  return text;
}

/** What each element was last given, so an unchanged one is not written again. */
const applied = new WeakMap<Element, string>();

/** Copies every `data-style` under `root` into its element's CSSOM style. */
export function applyStyles(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement | SVGElement>('[data-style]')) {
    // getAttribute, not dataset: its named lookup was most of this loop's time in a timeline's zoom
    const text = el.getAttribute('data-style')!;
    if (applied.get(el) === text) continue;
    applied.set(el, text);
    el.style.cssText = text;
  }
}
