import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type ReactiveControllerHost } from 'lit';
import '../src/timeline/index.js';
import { inOrder, type Budget } from '../src/timeline/in-order.js';
import { placeEvents } from '../src/timeline/layout.js';
import type { Story } from '../src/story/types.js';
import { TICKS, clusterDates } from '../src/timeline/render.js';
import { LabelFont } from '../src/timeline/label-font.js';
import { dateFormat } from '../src/core/format.js';
import type { Item } from '../src/timeline/model.js';
import { labelText } from '../src/timeline/text.js';
import { isRtl, tokenize } from '../src/timeline/words.js';

// What the timeline keeps from one frame of a pan or zoom to the next must be what it would
// have computed again.

const item = (iso: string) => ({ t: Date.parse(iso) }) as Item;

/** Renders the numbers `keys` into `ol` as list items, keyed by themselves. */
function drawKeys(ol: HTMLOListElement, keys: number[], budget?: Budget): void {
  render(
    inOrder(
      keys,
      (k: number) => k,
      (k: number) => html`<li>${k}</li>`,
      budget,
    ),
    ol,
  );
}

describe('the timeline between frames', () => {
  it("remembers a cluster's months as formatRange writes them, per language", () => {
    const pairs = [
      ['2021-07-16', '2022-06-01'],
      ['1990-01-01', '1990-01-31'],
      ['2019-12-31', '2020-01-01'],
    ] as const;
    for (const locale of ['en', 'ar', 'fr', 'ar-MA']) {
      for (const [a, b] of pairs) {
        const expected = dateFormat(locale, TICKS.month).formatRange(Date.parse(a), Date.parse(b));
        // the first time written, then from memory: the same text
        expect(clusterDates({ locale }, item(a), item(b))).to.equal(expected);
        expect(clusterDates({ locale }, item(a), item(b))).to.equal(expected);
      }
    }
    expect(clusterDates({ locale: 'ar' }, item('2021-07-16'), item('2022-06-01'))).to.not.equal(
      clusterDates({ locale: 'en' }, item('2021-07-16'), item('2022-06-01')),
    );
  });

  it("measures in the labels' font last read only while nothing but the view changed", async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    let updates = 0;
    const font = new LabelFont(
      Object.assign(host, { addController: () => {}, requestUpdate: () => updates++ }) as unknown as HTMLElement &
        ReactiveControllerHost,
    );
    font.hostConnected();
    try {
      const en = font.labels(root, 'en');
      expect(font.labels(root, 'en', true)).to.equal(en);
      // another language is read again, and measures as a fresh reading does
      const ar = font.labels(root, 'ar', true);
      expect(ar.measure('مثال')).to.equal(font.labels(root, 'ar').measure('مثال'));
      expect(font.labels(root, 'ar', true)).to.equal(ar);
      // a web font arrived: the next frame reads the style again, under a new key
      document.fonts.dispatchEvent(new Event('loadingdone'));
      expect(updates).to.equal(1);
      const after = font.labels(root, 'ar', true);
      expect(after).to.not.equal(ar);
      expect(after.key).to.not.equal(ar.key);
      expect(after.measure('مثال')).to.equal(ar.measure('مثال'));
    } finally {
      font.hostDisconnected();
    }
  });

  it('writes a remembered label as it wrote it the first time: the same words, whole pieces and isolates', async () => {
    const titles = [
      'Actor 12 opens an inquiry (#123)',
      'The  CNPD fines Amazon a record €746 million',
      'CNIL تغرّم جوجل 50 مليون يورو',
      'La Quadrature du Net تقدّم شكوى جماعية',
    ];
    const div = await fixture<HTMLElement>(html`<div></div>`);
    for (const title of titles) {
      const first = labelText(title);
      // the second time from memory
      expect(labelText(title)).to.equal(first);
      render(html`<span>${first}</span>`, div);
      const span = div.firstElementChild!;
      expect(span.textContent, title).to.equal(tokenize(title).join(' '));
      const whole = tokenize(title).filter((t) => t.includes(' '));
      expect(
        [...span.querySelectorAll('.whole')].map((w) => w.textContent),
        title,
      ).to.deep.equal(whole);
      // a number or a Latin name inside an Arabic piece is isolated
      const mixed = tokenize(title).filter((t) => isRtl(t) && /[A-Za-z0-9]/.test(t));
      if (isRtl(title)) expect(span.querySelectorAll('bdi').length, title).to.equal(mixed.length);
      // left to right with nothing kept whole: one text node
      else if (!whole.length) expect([...span.childNodes].filter((n) => n.nodeType === 3).length, title).to.equal(1);
    }
  });

  it('keeps the node of each key still listed, in the order given, whatever the keys do', async () => {
    const ol = await fixture<HTMLOListElement>(html`<ol></ol>`);
    const draw = (keys: number[]) => {
      drawKeys(ol, keys);
      return new Map([...ol.children].map((li) => [Number(li.textContent), li]));
    };
    let before = draw([1, 2, 3]);
    // a pan (one out at the start, one in at the end), jumps, an empty list, keys out of order
    for (const keys of [[2, 3, 4], [2, 4, 9], [0, 4, 7, 9], [9, 4], [], [5, 1, 3], [1, 3, 5], [3, 5, 6]]) {
      const after = draw(keys);
      expect(
        [...ol.children].map((li) => li.textContent),
        keys.join(),
      ).to.deep.equal(keys.map(String));
      // between two lists in order, every key in both keeps its node
      const sorted = [[...before.keys()], keys].every((ks) => ks.every((k, i) => i === 0 || ks[i - 1]! < k));
      for (const k of keys.filter((k) => sorted && before.has(k)))
        expect(after.get(k) === before.get(k), `${k}: ${[...before.keys()].join()} then ${keys.join()}`).to.equal(true);
      before = after;
    }
  });

  it('adds at most its budget of new keys a render, the nearest first and the kept one besides, and says when some wait', async () => {
    const ol = await fixture<HTMLOListElement>(html`<ol></ol>`);
    let waiting = 0;
    const later = () => waiting++;
    const draw = (keys: number[], max?: number) => {
      drawKeys(ol, keys, max === undefined ? undefined : { max, near: (k: number) => Math.abs(k - 5), keep: 8, later });
      return [...ol.children].map((li) => Number(li.textContent));
    };
    expect(draw([2, 5])).to.deep.equal([2, 5]);
    const five = ol.children[1];
    const all = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    // the two new keys nearest 5, and 8, the one always drawn; the others wait
    expect(draw(all, 2)).to.deep.equal([2, 4, 5, 6, 8]);
    expect(waiting).to.equal(1);
    expect(ol.children[2] === five, 'the node of 5 was kept').to.equal(true);
    expect(draw(all, 2)).to.deep.equal([2, 3, 4, 5, 6, 7, 8]);
    expect(waiting).to.equal(2);
    expect(draw(all, 2)).to.deep.equal(all);
    expect(waiting).to.equal(2);
    // keys that leave go at once, whatever the budget
    expect(draw([3, 9], 0)).to.deep.equal([3, 9]);
    // no budget: every key
    expect(draw(all)).to.deep.equal(all);
  });

  for (const lang of ['en', 'ar']) {
    it(`moves the markers of a pan without remaking them (${lang})`, async () => {
      const story = (await (await fetch('/data/amazon-cnpd-2021.story.json')).json()) as Story;
      const wrap = await fixture<HTMLElement>(html`<article lang=${lang} style="width:900px"></article>`);
      const el = document.createElement('fine-timeline');
      el.story = story;
      wrap.append(el);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const markers = () =>
        new Map([...root.querySelectorAll<HTMLElement>('[part~="event"]')].map((b) => [b.dataset['id']!, b]));
      const zoomIn = root.querySelectorAll<HTMLButtonElement>('[part~="controls"] button')[1]!;
      zoomIn.click();
      zoomIn.click();
      const whole = story.events.length;
      await waitUntil(() => markers().size < whole, 'did not zoom in');
      await el.updateComplete;
      const before = markers();
      const place = (b: HTMLElement) => b.getBoundingClientRect().left;
      const at = new Map([...before].map(([id, b]) => [id, place(b)]));
      const pin = (b: HTMLElement) => b.closest('li')!.style.cssText;
      const styles = new Map([...before].map(([id, b]) => [id, pin(b)]));
      const layerAt = root.querySelector<HTMLElement>('.pins')!.getBoundingClientRect().left;
      const plot = root.querySelector('[part~="plot"]')!;
      plot.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaX: 200 }));
      await waitUntil(() => [...before].some(([id, b]) => b.isConnected && place(b) !== at.get(id)), 'did not pan');
      await el.updateComplete;
      const after = markers();
      const kept = [...after.keys()].filter((id) => before.has(id));
      // some markers stayed, some came or went
      expect(kept.length).to.be.above(3);
      expect(kept.length).to.be.below(Math.max(before.size, after.size));
      for (const id of kept) expect(after.get(id) === before.get(id), `marker ${id} was remade`).to.equal(true);
      // the pan moved the markers' layer: a marker that kept its lane and side kept its style, and moved with the layer
      const layer = root.querySelector<HTMLElement>('.pins')!.getBoundingClientRect().left;
      expect(Math.abs(layer - layerAt)).to.be.closeTo(200, 1);
      const still = kept.filter((id) => pin(after.get(id)!) === styles.get(id));
      expect(still.length).to.be.above(2);
      for (const id of still) expect(Math.abs(place(after.get(id)!) - at.get(id)!), id).to.be.closeTo(200, 1);
      // each marker still says its own event, in time order
      const order = placeEvents(story.events).map((p) => p.event.id);
      const shown = [...root.querySelectorAll<HTMLElement>('[data-i]')];
      const firsts = shown.map((b) => Number(b.dataset['i']));
      expect(firsts).to.deep.equal([...firsts].sort((a, b) => a - b));
      for (const b of shown.filter((b) => b.dataset['id']))
        expect(order[Number(b.dataset['i'])]).to.equal(b.dataset['id']);
    });
  }
});
