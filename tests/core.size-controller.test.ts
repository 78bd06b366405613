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
  /** Like an element before its story arrives: its updates lay nothing out. */
  waiting = false;

  protected override willUpdate(): void {
    if (!this.waiting) this.widths.push(this.size.measure());
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
    // the update comes in the frame after the observation: wait for that frame (a poll can see the width first,
    // on a busy machine, before the frame, when no update is pending yet)
    await new Promise(requestAnimationFrame);
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

  it('updates only when the width changes, and reads the box itself only before the first observation', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="inline-size: 250px"><size-host-element></size-host-element></div>`,
    );
    const el = wrap.querySelector<SizeHostElement>('size-host-element')!;
    await waitUntil(() => el.widths.length >= 1);
    // the observer's first delivery (the same width) asks for no update
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const updates = el.widths.length;
    let reads = 0;
    const box = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!;
    Object.defineProperty(el, 'clientWidth', { get: () => (reads++, box.get!.call(el) as number), configurable: true });
    // a taller host is no reason to update
    el.style.blockSize = '300px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(el.widths.length).to.equal(updates);
    // an update for another reason uses the observed width: no layout of its own
    el.requestUpdate();
    await el.updateComplete;
    expect(el.widths.at(-1)).to.equal(250);
    expect(reads, 'measure() read the box').to.equal(1);
    wrap.style.inlineSize = '300px';
    await waitUntil(() => el.widths.at(-1) === 300, 'the host did not update after the resize');
  });

  it('does not update again when the host laid out at the observed width before the frame (an article’s first render)', async () => {
    const wrap = document.createElement('div');
    wrap.style.inlineSize = '260px';
    document.body.append(wrap);
    try {
      // a host whose story has not arrived: its first updates use no width
      const el = document.createElement('size-host-element') as SizeHostElement;
      el.waiting = true;
      wrap.append(el);
      // the story arrives right after the observation, before the frame it asked for: the host lays out at 260
      await new Promise<void>((resolve) => {
        const after = new ResizeObserver(() => {
          after.disconnect();
          el.waiting = false;
          el.requestUpdate();
          resolve();
        });
        after.observe(el); // made after the controller's observer: delivered after it, in the same frame
      });
      await el.updateComplete;
      expect(el.size.width).to.equal(260);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await el.updateComplete;
      expect(el.widths, 'a second layout at the same width').to.deep.equal([260]);
      // a real change still updates it
      wrap.style.inlineSize = '420px';
      await waitUntil(() => el.widths.at(-1) === 420, 'the host did not update after the resize');
    } finally {
      wrap.remove();
    }
  });
});
