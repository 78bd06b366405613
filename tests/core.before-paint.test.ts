import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { measureBeforePaint } from '../src/core/before-paint.js';
import '../src/comparison/index.js';
import type { FineComparison } from '../src/comparison/index.js';
import type { Story } from '../src/story/types.js';

const nextFrame = () => new Promise((r) => requestAnimationFrame(r));

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
});
