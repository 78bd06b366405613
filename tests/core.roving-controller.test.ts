/** RovingController alone, on a small listbox host: one tab stop, keyboard moves, selection as the reader makes it. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, type PropertyDeclarations } from 'lit';
import { RovingController } from '../src/core/roving-controller.js';
import type { FineSelectDetail } from '../src/events.js';

const ITEMS = ['a', 'b', 'c'];

class RovingHostElement extends LitElement {
  static override properties: PropertyDeclarations = { selected: { reflect: true } };
  selected?: string;
  readonly roving = new RovingController(this, {
    items: '[role="option"]',
    selected: () => this.selected,
    select: (id) => (this.selected = id),
    announce: (id) => `Item ${id.toUpperCase()}`,
  });

  private onKey = (e: KeyboardEvent) => {
    const i = ITEMS.indexOf((e.target as HTMLElement).dataset['id']!);
    if (e.key === 'ArrowDown') void this.roving.focus(ITEMS[Math.min(i + 1, ITEMS.length - 1)]);
    else if (e.key === 'Enter') this.roving.select(ITEMS[i]!);
    else if (e.key === 'Escape') this.roving.select(null);
    else return;
    e.preventDefault();
  };

  protected override render() {
    const stop = this.roving.current ?? ITEMS[0];
    return html`<div role="listbox" aria-label="Items" @keydown=${this.onKey}>
        ${ITEMS.map(
          (id) =>
            html`<div
              role="option"
              data-id=${id}
              tabindex=${id === stop ? 0 : -1}
              aria-selected=${id === this.selected}
            >
              ${id}
            </div>`,
        )}
      </div>
      ${this.roving.liveRegion()}`;
  }
}
customElements.define('roving-host-element', RovingHostElement);

const option = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
const stops = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[role="option"]')].filter((o) => o.getAttribute('tabindex') === '0');

describe('RovingController', () => {
  it('keeps one tab stop and moves it, and the focus, with the keyboard', async () => {
    const el = await fixture<RovingHostElement>(html`<roving-host-element></roving-host-element>`);
    expect(stops(el)).to.have.length(1);
    option(el, 'a').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.roving.current).to.equal('b');
    expect(stops(el)).to.deep.equal([option(el, 'b')]);
    expect(el.shadowRoot!.activeElement).to.equal(option(el, 'b'));
  });

  it('selects as the reader did: the property, fine-select, and the announcement', async () => {
    const el = await fixture<RovingHostElement>(html`<roving-host-element></roving-host-element>`);
    option(el, 'a').focus();
    await sendKeys({ press: 'ArrowDown' });
    const selected = oneEvent(el, 'fine-select');
    await sendKeys({ press: 'Enter' });
    const event = (await selected) as CustomEvent<FineSelectDetail>;
    expect(event.detail.id).to.equal('b');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('b');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Item B');
    const cleared = oneEvent(el, 'fine-select');
    await sendKeys({ press: 'Escape' });
    expect(((await cleared) as CustomEvent<FineSelectDetail>).detail.id).to.equal(null);
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');
  });

  it('fires nothing when the selection does not change, or when the page sets it', async () => {
    const el = await fixture<RovingHostElement>(html`<roving-host-element selected="c"></roving-host-element>`);
    const fired: unknown[] = [];
    el.addEventListener('fine-select', (e) => fired.push(e));
    expect(el.roving.select('c')).to.equal(false);
    el.selected = 'a';
    await el.updateComplete;
    expect(fired).to.have.length(0);
  });

  it('is accessible', async () => {
    const el = await fixture<RovingHostElement>(html`<roving-host-element selected="b"></roving-host-element>`);
    await expect(el).to.be.accessible();
  });
});
