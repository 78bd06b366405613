import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { measureBeforePaint } from '../src/core/before-paint.js';
import { LitElement, css, html as litHtml } from 'lit';
import { TickFitController } from '../src/comparison/tick-fit.js';
import '../src/comparison/index.js';
import type { FineComparison } from '../src/comparison/index.js';
import type { Story } from '../src/story/types.js';

const nextFrame = () => new Promise((r) => requestAnimationFrame(r));

/** The number of the current frame, counted by a frame callback that asks for the next one first. */
let frameNumber = 0;
const count = () => {
  requestAnimationFrame(count);
  frameNumber++;
};
requestAnimationFrame(count);

/** Four tick labels 100 px wide on an axis as wide as the host, fitted by the comparison's controller. */
class TickHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .axis {
      display: flex;
      justify-content: space-between;
    }
    bdi {
      display: inline-block;
      inline-size: 100px;
    }
  `;
  /** The frame of the last update, and of the last change to a label's class. */
  updatedIn = -1;
  fittedIn = -1;
  constructor() {
    super();
    new TickFitController(this, () => [0, 1 / 3, 2 / 3, 1]);
  }
  protected override render() {
    return litHtml`<div class="axis"><bdi></bdi><bdi></bdi><bdi></bdi><bdi></bdi></div>`;
  }
  protected override firstUpdated(): void {
    new MutationObserver(() => (this.fittedIn = frameNumber)).observe(this.renderRoot, {
      attributes: true,
      subtree: true,
    });
  }
  protected override updated(): void {
    this.updatedIn = frameNumber;
  }
}
customElements.define('tick-host', TickHost);

describe('measureBeforePaint', () => {
  it('runs every read of the frame first, then their writes, in the frame after the call', async () => {
    const steps: string[] = [];
    measureBeforePaint(() => {
      steps.push('read a');
      return () => steps.push('write a');
    });
    measureBeforePaint(() => void steps.push('read b'));
    measureBeforePaint(() => {
      steps.push('read c');
      return () => steps.push('write c');
    });
    expect(steps).to.deep.equal([]);
    await nextFrame();
    expect(steps).to.deep.equal(['read a', 'read b', 'read c', 'write a', 'write c']);
  });

  it('runs a measurement once however many times it was asked for in the frame', async () => {
    const steps: string[] = [];
    const read = () => void steps.push('read');
    measureBeforePaint(read);
    measureBeforePaint(read);
    await nextFrame();
    expect(steps).to.deep.equal(['read']);
  });

  it('fits the chart’s tick labels before the frame after fine-ready is painted', async () => {
    const amazon = (await (await fetch('/data/amazon-cnpd-2021.story.json')).json()) as Story;
    const root = await fixture<HTMLElement>(
      html`<div lang="ar" style="inline-size: 320px"><fine-comparison scale="log"></fine-comparison></div>`,
    );
    const el = root.querySelector<FineComparison>('fine-comparison')!;
    const ready = oneEvent(el, 'fine-ready');
    el.story = amazon;
    await ready;
    // a frame callback asked for after the element's render runs after the measurement, before paint
    await nextFrame();
    const shown = [...el.shadowRoot!.querySelectorAll('.tick bdi')].filter((b) => !b.classList.contains('off'));
    const boxes = shown.map((b) => b.getBoundingClientRect()).sort((p, q) => p.left - q.left);
    expect(shown.length).to.be.at.least(2);
    expect(shown.length, 'some labels are left out at 320 px').to.be.below(
      el.shadowRoot!.querySelectorAll('.tick bdi').length,
    );
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).to.be.at.least(boxes[i - 1]!.right);
  });

  it('fits the tick labels in the frame of the update a resize made, not in the next one', async () => {
    const wrap = await fixture<HTMLElement>(litHtml`<div style="inline-size: 800px"><tick-host></tick-host></div>`);
    const el = wrap.querySelector<TickHost>('tick-host')!;
    for (let i = 0; i < 3; i++) await nextFrame();
    const off = () => [...el.renderRoot.querySelectorAll('bdi')].map((b) => b.classList.contains('off'));
    expect(off(), 'all four fit at 800 px').to.deep.equal([false, false, false, false]);
    wrap.style.inlineSize = '300px';
    const before = el.updatedIn;
    for (let i = 0; i < 4 && el.updatedIn === before; i++) await nextFrame();
    await nextFrame();
    expect(el.updatedIn, 'the resize updated the host').to.not.equal(before);
    expect(off(), 'every other one at 300 px').to.deep.equal([false, true, false, true]);
    expect(el.fittedIn).to.equal(el.updatedIn);
  });
});
