import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import { nothing } from 'lit';
import '../src/comparison/index.js';
import type { FineComparison } from '../src/comparison/index.js';
import type { Story } from '../src/story/types.js';
import { miniStory } from './fixtures/mini-story.js';
import { amazonStory } from './fixtures/theme-cases.js';

/**
 * Visual baselines of the chart as the demo article shows it (twelve bars,
 * the story's annulled fine against Google's, the story's caption above and
 * its credit and "Updated" line below), at a phone's width and a
 * laptop's article column, in Arabic and English, light (and Arabic dark
 * once): tests/screenshots/baseline/Chrome/fine-comparison-*.png, in
 * Chromium only, with the repository's fonts (see tests/themes.visual.test.ts
 * for the tolerance). Firefox checks the frame. Axe runs in every state the
 * reader can reach: the chart, the table, a selected bar, the standing
 * filter, loading and an error.
 */
const chromium = navigator.userAgent.includes('Chrome');
const FONT = "'Noto Sans', 'Noto Sans Arabic', sans-serif";
let story: Story;

before(async () => {
  story = await amazonStory();
  await document.fonts.ready;
});

async function shown(lang: string, width: number, attrs: { theme?: string; view?: string; status?: string } = {}) {
  const wrap = await fixture<HTMLElement>(
    html`<div
      lang=${lang}
      style="inline-size: ${width}px; font-family: ${FONT}; font-size: 16px; --fine-comparison-duration: 0s"
    >
      <fine-comparison
        .story=${story}
        limit="12"
        compare-to="google-cnil-2020-cookies"
        theme=${attrs.theme ?? 'light'}
        view=${attrs.view ?? 'chart'}
        status=${attrs.status ?? nothing}
      ></fine-comparison>
    </div>`,
  );
  const el = wrap.querySelector('fine-comparison')!;
  await el.updateComplete;
  el.scrollIntoView();
  if (attrs.view !== 'table') await waitUntil(() => el.shadowRoot!.querySelector('.chart.grown'), 'no growth');
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return { wrap, el };
}

describe('fine-comparison: visual baselines', () => {
  const cases = [
    ...[360, 1000].flatMap((width) => ['ar', 'en'].map((lang) => ({ lang, width, theme: 'light' }))),
    { lang: 'ar', width: 1000, theme: 'dark' },
  ];
  for (const { lang, width, theme } of cases) {
    it(`${lang}, ${width} px, ${theme}`, async () => {
      const { wrap, el } = await shown(lang, width, { theme });
      expect(wrap.getBoundingClientRect().width).to.equal(width);
      expect(el.shadowRoot!.querySelectorAll('[part~="bar"]')).to.have.length(12);
      await expect(el).to.be.accessible();
      if (chromium) await visualDiff(wrap, `fine-comparison-${lang}-${width}-${theme}`);
    });
  }
});

describe('fine-comparison: axe in every state', () => {
  for (const lang of ['ar', 'en']) {
    it(`${lang}: the table, a selected bar, the standing filter, dark`, async () => {
      const table = await shown(lang, 360, { view: 'table' });
      expect(table.el.shadowRoot!.querySelector('.chart')!.hasAttribute('hidden')).to.be.true;
      await expect(table.el).to.be.accessible();

      const { el } = await shown(lang, 1000);
      el.selected = 'tiktok-dpc-2025';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.reason')).to.exist;
      await expect(el).to.be.accessible();

      const standing = await shown(lang, 1000, { status: 'standing', theme: 'dark' });
      expect(standing.el.shadowRoot!.querySelector('[part="note"]')).to.exist;
      await expect(standing.el).to.be.accessible();
    });

    it(`${lang}: loading, and an error`, async () => {
      const loading = await fixture<FineComparison>(
        html`<fine-comparison lang=${lang} limit="12" src="/__test/slow.json"></fine-comparison>`,
      );
      await loading.updateComplete;
      expect(loading.shadowRoot!.querySelector('[part="loading"]')).to.exist;
      await expect(loading).to.be.accessible();
      const bad = miniStory();
      bad.fines[0]!.amount.value = -1;
      const error = await fixture<FineComparison>(html`<fine-comparison lang=${lang} .story=${bad}></fine-comparison>`);
      await error.updateComplete;
      expect(error.shadowRoot!.querySelector('[part="error"]')).to.exist;
      await expect(error).to.be.accessible();
    });
  }
});
