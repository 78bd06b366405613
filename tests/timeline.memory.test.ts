import { expect, fixture, html } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { TICKS, clusterDates } from '../src/timeline/render.js';
import { LabelFont } from '../src/timeline/label-font.js';
import { dateFormat } from '../src/core/format.js';
import type { Item } from '../src/timeline/model.js';

// What the timeline keeps from one frame of a pan or zoom to the next must be what it would
// have computed again.

const item = (iso: string) => ({ t: Date.parse(iso) }) as Item;

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
});
