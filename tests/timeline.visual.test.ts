import { expect, fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../src/timeline/index.js';
import type { Story } from '../src/story/types.js';

/**
 * Visual baselines of the timeline as readers see it, in Arabic and English:
 * a phone (375 px: the list in the page, its key events first), the article
 * column (672), a laptop (1000) and a wide screen (1400), the last three with
 * the story at a glance; and the phone with an event's details open under it.
 * Chromium only, like tests/themes.visual.test.ts (whose notes on fonts and
 * tolerance apply here); in Firefox the test checks the frame it would take.
 * Rewrite them with UPDATE_VISUAL=1 after a deliberate change.
 */
const chromium = navigator.userAgent.includes('Chrome');
const FONT = "'Noto Sans', 'Noto Sans Arabic', sans-serif";
/** "Now", fixed: an era still going on would otherwise move the axis with the calendar. */
const NOW = Date.UTC(2026, 5, 1);
const realNow = Date.now;
let story: Story;

before(async () => {
  story = (await (await fetch('/data/amazon-cnpd-2021.story.json')).json()) as Story;
  await document.fonts.ready;
  Date.now = () => NOW;
});

after(() => {
  Date.now = realNow;
});

async function shot(lang: 'ar' | 'en', width: number, selected?: string): Promise<void> {
  const wrap = await fixture<HTMLElement>(
    html`<div
      lang=${lang}
      dir=${lang === 'ar' ? 'rtl' : 'ltr'}
      style="width:${width}px;font-family:${FONT};font-size:16px;background:#fff"
    ></div>`,
  );
  const el = document.createElement('fine-timeline');
  el.theme = 'light';
  if (selected) el.selected = selected;
  el.story = story;
  wrap.append(el);
  await el.updateComplete;
  await document.fonts.ready;
  expect(wrap.getBoundingClientRect().width).to.equal(width);
  const vertical = !!el.shadowRoot!.querySelector('[part~="list"]');
  expect(vertical).to.equal(width < 600);
  if (chromium) await visualDiff(wrap, `fine-timeline-${lang}-${width}${selected ? `-${selected}` : ''}`);
}

describe('fine-timeline: visual baselines', () => {
  for (const lang of ['ar', 'en'] as const) {
    for (const width of [375, 672, 1000, 1400]) {
      it(`${lang}, ${width} px`, () => shot(lang, width));
    }
    it(`${lang}, 375 px, an event's details open in place`, () => shot(lang, 375, 'amazon-discloses-fine'));
  }
});
