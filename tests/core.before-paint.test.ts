import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { cancelMeasure, measureBeforePaint } from '../src/core/before-paint.js';
import '../src/comparison/index.js';
import type { FineComparison } from '../src/comparison/index.js';
import type { Story } from '../src/story/types.js';

const nextFrame = () => new Promise((r) => requestAnimationFrame(r));

describe('measureBeforePaint', () => {
  it('runs every read of the frame first, then their writes, in the frame after the call', async () => {
    const steps: string[] = [];
    measureBeforePaint({}, () => {
      steps.push('read a');
      return () => steps.push('write a');
    });
    measureBeforePaint({}, () => void steps.push('read b'));
    measureBeforePaint({}, () => {
      steps.push('read c');
      return () => steps.push('write c');
    });
    expect(steps).to.deep.equal([]);
    await nextFrame();
    expect(steps).to.deep.equal(['read a', 'read b', 'read c', 'write a', 'write c']);
  });

  it('keeps one measurement per owner (the last asked for), forgets a cancelled one, and survives a failing one', async () => {
    const steps: string[] = [];
    const owner = {};
    const gone = {};
    measureBeforePaint(owner, () => void steps.push('old'));
    measureBeforePaint(owner, () => void steps.push('new'));
    measureBeforePaint(gone, () => void steps.push('gone'));
    cancelMeasure(gone);
    const error = console.error;
    console.error = () => {};
    try {
      measureBeforePaint({}, () => {
        throw new Error('a bug in one element');
      });
      measureBeforePaint({}, () => () => steps.push('written'));
      await nextFrame();
    } finally {
      console.error = error;
    }
    expect(steps).to.deep.equal(['new', 'written']);
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
