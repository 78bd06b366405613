import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { SizeController } from '../src/core/size-controller.js';

class SizeHostElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  readonly size = new SizeController(this);
  readonly widths: number[] = [];

  protected override willUpdate(): void {
    this.widths.push(this.size.measure());
  }

  protected override render() {
    return html`<p>${this.size.width < 300 ? 'narrow' : 'wide'}</p>`;
  }
}
customElements.define('size-host-element', SizeHostElement);

describe('SizeController', () => {
  it('measures the host’s own box, not the window', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="inline-size: 250px"><size-host-element></size-host-element></div>`,
    );
    const el = wrap.querySelector<SizeHostElement>('size-host-element')!;
    expect(el.size.width).to.equal(250);
    expect(el.shadowRoot!.textContent).to.contain('narrow');
  });

  it('updates the host in the next frame after its box changes', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="inline-size: 250px"><size-host-element></size-host-element></div>`,
    );
    const el = wrap.querySelector<SizeHostElement>('size-host-element')!;
    wrap.style.inlineSize = '480px';
    await waitUntil(() => el.size.width === 480, 'the host did not update after the resize');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('wide');
  });

  it('observes its new box when the host moves to another column', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <div class="a" style="inline-size: 250px"><size-host-element></size-host-element></div>
        <div class="b" style="inline-size: 400px"></div>
      </div>`,
    );
    const el = wrap.querySelector<SizeHostElement>('size-host-element')!;
    expect(el.size.width).to.equal(250);
    wrap.querySelector('.b')!.append(el);
    await waitUntil(() => el.size.width === 400, 'the host did not measure its new column');
  });
});
