import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM, on every render including
 * the first: `<li ${styled({ transform: 'translate(4px,0)' })}>`. Lit's own
 * `styleMap` writes a `style` attribute on first render, which a strict
 * Content-Security-Policy (`style-src` without `'unsafe-inline'`) blocks;
 * CSSOM writes it allows. Property names are CSS names (`max-inline-size`).
 */
class StyledDirective extends Directive {
  private names = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styled() goes on an element: <div ${styled({...})}>');
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.names) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.names = new Set(Object.keys(properties));
    return noChange;
  }
}

export const styled = directive(StyledDirective);
