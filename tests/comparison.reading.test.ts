import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendMouse, setViewport } from '@web/test-runner-commands';
import { nothing } from 'lit';
import '../src/comparison/index.js';
import type { FineComparison } from '../src/comparison/index.js';
import { comparisonMessages } from '../src/comparison/messages.js';
import { languageReady } from '../src/i18n/index.js';
import { vocabulary } from '../src/i18n/vocabulary.js';
import type { Fine, Story } from '../src/story/types.js';
import { miniStory } from './fixtures/mini-story.js';
import { amazonStory } from './fixtures/theme-cases.js';

/**
 * The chart as a reader of an Arabic or a French news site sees it, at the
 * widths readers have: the visual order of mixed Arabic and Latin runs,
 * measured; tick labels that never touch; no hole under the chart; a toggle
 * a thumb can hit; and numbers at the edges a story allows.
 */
const WIDTHS = [360, 672, 1000, 1400];
let amazon: Story;

before(async () => {
  amazon = await amazonStory();
  await Promise.all(['ar', 'fr'].map((lang) => languageReady(lang, [comparisonMessages, vocabulary])));
});

after(() => setViewport({ width: 800, height: 600 }));

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const row = (el: FineComparison, id: string) => $(el, `[part~="bar"][data-id="${id}"]`)!.closest('.row')!;

async function mount(
  lang: string,
  width: number,
  attrs: { scale?: string; limit?: number; story?: Story; fines?: Fine[]; style?: string; chrome?: false } = {},
) {
  const root = await fixture(
    html`<div lang=${lang} style="--fine-comparison-duration: 0s; inline-size: ${width}px; ${attrs.style ?? ''}">
      <fine-comparison
        .story=${attrs.fines ? undefined : (attrs.story ?? amazon)}
        .fines=${attrs.fines}
        scale=${attrs.scale ?? 'linear'}
        limit=${attrs.limit ?? nothing}
        ?no-caption=${attrs.chrome === false}
        ?no-credit=${attrs.chrome === false}
        ?no-updated=${attrs.chrome === false}
      ></fine-comparison>
    </div>`,
  );
  const el = root.querySelector('fine-comparison')!;
  await el.updateComplete;
  // the labels are fitted after the render, and again when the element's size settles
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

/** The box of the `nth` occurrence of `text` in the text under `root` (one run, one line). */
function box(root: Element, text: string, nth = 0): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = node.textContent!.indexOf(text); i >= 0; i = node.textContent!.indexOf(text, i + 1)) {
      if (seen++ < nth) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + text.length);
      return range.getBoundingClientRect();
    }
  }
  throw new Error(`"${text}" not found in ${root.textContent}`);
}

/** In right-to-left reading, `a` comes before `b`: to its right on the same line, or on a line above. */
function readsBefore(a: DOMRect, b: DOMRect): boolean {
  // one line when the boxes share most of their height (an Arabic comma's box may sit higher than Latin letters')
  const shared = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  if (shared > Math.min(a.height, b.height) / 2) return a.left >= b.right - 1;
  return a.top + a.height / 2 < b.top + b.height / 2; // a line above (glyph boxes of two lines may overlap)
}

/** Checks that the runs of `texts` read in this order, right to left, inside `root`. */
function expectRtlOrder(root: Element, texts: string[]) {
  const boxes = texts.map((t) => box(root, t));
  for (let i = 1; i < texts.length; i++) {
    expect(readsBefore(boxes[i - 1]!, boxes[i]!), `"${texts[i - 1]}" before "${texts[i]}" in ${root.textContent}`).to.be
      .true;
  }
}

describe('fine-comparison: reading order, ticks, height, controls, edges', () => {
  describe('bidi: every Latin name, number and amount in Arabic reads in its place', () => {
    for (const width of [360, 1000]) {
      it(`"DPC، 12 مايو 2023" and its kin, measured run by run at ${width} px`, async () => {
        const el = await mount('ar', width, { limit: 12 });
        // the classic failure: a Latin abbreviation, the Arabic comma, then a date starting with a number
        const meta = row(el, 'meta-dpc-2023-transfers').querySelector('.meta')!;
        expect(meta.textContent).to.equal('DPC، 12 مايو 2023');
        expectRtlOrder(meta, ['DPC', '،', '12', 'مايو', '2023']);
        // a Latin abbreviation in parentheses at the end of an Arabic name, then a date
        expectRtlOrder(row(el, 'uber-ap-2024').querySelector('.meta')!, ['هيئة', 'AP', '،', '26', 'أغسطس', '2024']);
        // the status on a label: the verb, then the day
        expectRtlOrder(row(el, 'amazon-cnpd-2021').querySelector('.status')!, ['أُلغيت', '12', 'مارس', '2026']);
        // an amount: the number, its word, the currency sign
        expectRtlOrder(row(el, 'tiktok-dpc-2025').querySelector('.value')!, ['530', 'مليون', '€']);
        // the annotation, built from parts: the largest fine that stands, its name, its amount, the ratio
        expectRtlOrder($(el, '[part="annotation"]')!, ['أكبر غرامة', 'ميتا', '1.2', 'مليار', 'تعادل', '1.6', 'ضعف']);
        // the aggregate row: its count, then its total
        expectRtlOrder($(el, '[part="more"]')!, ['غرامات', '13', 'مجموعها', '1.03']);
        // the table's caption: the highlighted fine's status, its court in parentheses, then the comparison
        expectRtlOrder($(el, 'caption')!, ['أمازون', 'أُلغيت', '12', 'مارس', '2026', 'محكمة', 'الإدارية', 'أكبر غرامة']);
        // every label part is its own island: the authority's box lies wholly right of the date's
        for (const meta of $$(el, '.meta')) {
          const [authority, date] = [...meta.querySelectorAll('bdi')].map((b) => [...b.getClientRects()]);
          expect(readsBefore(authority!.at(-1)!, date![0]!), meta.textContent).to.be.true;
        }
      });
    }

    it('in Arabic a label’s lines leave room for the marks over its letters (the damma of أُلغيت)', async () => {
      const el = await mount('ar', 360, { limit: 12 });
      const label = row(el, 'amazon-cnpd-2021').querySelector('.label')!;
      expect(label.querySelector('.status')!.textContent).to.contain('أُلغيت');
      for (const line of label.children) {
        const style = getComputedStyle(line);
        // at 1.3 the mark over أُ touched the authority's line above it
        const leading = parseFloat(style.lineHeight) / parseFloat(style.fontSize);
        expect(leading, `${line.className}: line height ${style.lineHeight} at ${style.fontSize}`).to.be.at.least(1.5);
      }
    });

    it('the annotation in English reads left to right, Latin and numbers in place', async () => {
      const el = await mount('en', 1000);
      const ann = $(el, '[part="annotation"]')!;
      const [a, b, c] = ['largest', 'Meta', '€1.2B'].map((t) => box(ann, t));
      expect(a!.right <= b!.left && b!.right <= c!.left).to.be.true;
    });
  });

  describe('tick labels never overlap', () => {
    for (const lang of ['ar', 'en', 'fr']) {
      for (const scale of ['linear', 'log']) {
        it(`${lang}, ${scale}, at ${WIDTHS.join(', ')} px`, async () => {
          for (const width of WIDTHS) {
            const el = await mount(lang, width, { scale, limit: 12 });
            const labels = $$(el, '.tick bdi').filter((b) => getComputedStyle(b).visibility === 'visible');
            const boxes = labels.map((b) => b.getBoundingClientRect()).sort((p, q) => p.left - q.left);
            expect(boxes.length, `${width} px: labels shown`).to.be.at.least(2);
            for (let i = 1; i < boxes.length; i++) {
              expect(boxes[i]!.left - boxes[i - 1]!.right, `${width} px: gap between labels`).to.be.at.least(0);
            }
            const host = el.getBoundingClientRect();
            expect(boxes[0]!.left, `${width} px`).to.be.at.least(host.left - 1);
            expect(boxes.at(-1)!.right, `${width} px`).to.be.at.most(host.right + 1);
          }
        });
      }
    }
  });

  describe('height: reserved while loading, never a hole once shown', () => {
    for (const lang of ['ar', 'en']) {
      it(`${lang}: no blank taller than 24 px under the chart at ${WIDTHS.join(', ')} px`, async () => {
        for (const width of WIDTHS) {
          const el = await mount(lang, width, { limit: 12 });
          // under whatever shows last: the chart, or the credit and "Updated" line the chrome puts under it
          const last = Math.max(...[...$(el, '.base')!.children].map((c) => c.getBoundingClientRect().bottom));
          expect(last, `${width} px: the chart is shown`).to.be.at.least(
            $(el, '.comparison')!.getBoundingClientRect().bottom,
          );
          expect(el.getBoundingClientRect().bottom - last, `${width} px`).to.be.at.most(24);
        }
      });

      it(`${lang}: a page that knows its chart’s height keeps it, loading and shown: nothing moves`, async () => {
        const el = await mount(lang, 672, { limit: 12, style: '--fine-comparison-min-height: 70rem' });
        expect(el.getBoundingClientRect().height).to.equal(70 * 16);
        const root = await fixture(
          html`<div lang=${lang} style="inline-size: 672px; --fine-comparison-min-height: 70rem">
            <fine-comparison limit="12" src="/__test/slow.json"></fine-comparison>
          </div>`,
        );
        const loading = root.querySelector('fine-comparison')!;
        await loading.updateComplete;
        expect(loading.getBoundingClientRect().height).to.equal(70 * 16);
      });

      // the chart's own height: the caption, credit and "Updated" line come with the story (the page counts
      // them, README "They add height"); they are measured in tests/core.chrome.test.ts
      it(`${lang}: while loading, limit="12" reserves within 12 % of the chart’s height`, async () => {
        for (const width of WIDTHS) {
          const root = await fixture(
            html`<div lang=${lang} style="inline-size: ${width}px">
              <fine-comparison limit="12" src="/__test/slow.json" no-caption no-credit no-updated></fine-comparison>
            </div>`,
          );
          const loading = root.querySelector('fine-comparison')!;
          await loading.updateComplete;
          expect($(loading, '[part="loading"]'), 'still loading').to.exist;
          const reserved = loading.getBoundingClientRect().height;
          const shown = (await mount(lang, width, { limit: 12, chrome: false })).getBoundingClientRect().height;
          expect(reserved / shown, `${width} px: reserved ${reserved}, shown ${shown}`).to.be.within(0.88, 1.12);
        }
      });
    }
  });

  describe('the view toggle', () => {
    it('is drawn from the theme’s tokens: accent, surface, hover, pressed, dark', async () => {
      const tokens = [
        '--fine-motion-duration: 0s',
        '--fine-accent: rgb(0, 90, 160)',
        '--fine-on-accent: rgb(255, 255, 250)',
        '--fine-surface: rgb(250, 250, 245)',
        '--fine-surface-raised: rgb(230, 232, 236)',
      ];
      const el = await mount('en', 672, { style: tokens.join(';') });
      const toggle = $<HTMLButtonElement>(el, '[part="toggle"]')!;
      const look = () => {
        const s = getComputedStyle(toggle);
        return [s.color, s.backgroundColor, s.borderTopColor];
      };
      expect(look()).to.deep.equal(['rgb(0, 90, 160)', 'rgb(250, 250, 245)', 'rgb(0, 90, 160)']);
      const { x, y, width, height } = toggle.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
      expect(look()[1], 'hover').to.equal('rgb(230, 232, 236)');
      await sendMouse({ type: 'move', position: [0, 0] });
      toggle.click();
      await el.updateComplete;
      expect(look(), 'pressed').to.deep.equal(['rgb(255, 255, 250)', 'rgb(0, 90, 160)', 'rgb(0, 90, 160)']);
      await expect(el).to.be.accessible();
      // the kit's own tokens in dark: another accent, still legible on its paper
      const dark = await mount('en', 672, { style: tokens[0] });
      const light = getComputedStyle($(dark, '[part="toggle"]')!).color;
      dark.theme = 'dark';
      await dark.updateComplete;
      expect(getComputedStyle($(dark, '[part="toggle"]')!).color).to.not.equal(light);
      await expect(dark).to.be.accessible();
    });

    it('is at least 44 px square on a touch screen, and 24 px with a mouse', async () => {
      const el = await mount('ar', 360);
      const toggle = $(el, '[part="toggle"]')!;
      const size = () => toggle.getBoundingClientRect();
      expect(size().height).to.be.at.least(24);
      if (navigator.userAgent.includes('Chrome')) {
        await executeServerCommand('emulate-touch', true);
        try {
          expect(matchMedia('(pointer: coarse)').matches).to.be.true;
          expect(size().height).to.be.at.least(44);
          expect(size().width).to.be.at.least(44);
        } finally {
          await executeServerCommand('emulate-touch', false);
        }
      } else {
        // Firefox over WebDriver BiDi cannot emulate touch: the rule itself
        const css = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText);
        expect(css.join('\n')).to.match(/@media \(pointer: coarse\)\s*{\s*button\s*{\s*min-block-size: 44px;/);
      }
    });
  });

  describe('numbers at the edges a story allows', () => {
    const eur = (value: number, currency = 'EUR'): Fine['amount'] => ({ value, currency });
    const fine = (id: string, value: number, currency = 'EUR'): Fine => ({
      id,
      company: `Company ${id}`,
      authority: 'Watchdog',
      amount: eur(value, currency),
      date: '2022-03-04',
      reason: 'Reason',
      law: 'gdpr',
      sources: ['s1'],
    });
    /** Nothing a reader should ever see: infinities, NaN, a lone exponent, geometry that is not a number. */
    const expectSensible = (el: FineComparison, what: string) => {
      const text = el.shadowRoot!.textContent;
      expect(text, what).not.to.match(/∞|NaN|Infinity|\dE\d/);
      for (const node of $$(el, '[data-style]')) {
        expect(node.dataset['style'], what).not.to.match(/NaN|Infinity/);
      }
      for (const b of $$(el, '[part~="bar"]')) expect(b.offsetWidth, what).to.be.finite;
    };

    for (const lang of ['ar', 'en']) {
      it(`${lang}: a conversion rate at the schema’s limit, the largest and the smallest amounts, all equal`, async () => {
        const huge = miniStory();
        huge.fines.push({ ...huge.fines[0]!, id: 'f2', actor: undefined, amount: eur(1e15, 'USD') });
        huge.conversions = [{ from: 'USD', to: 'EUR', rate: 1e9, date: '2021-07-30', sources: ['s1'] }];
        const big = await mount(lang, 672, { story: huge });
        expect($$(big, '[part~="bar"]')).to.have.length(2);
        expectSensible(big, 'rate 1e9');
        expect(row(big, 'f2').querySelector('.value')!.textContent).to.contain('10²⁴');

        const tiny = miniStory();
        tiny.fines.push({ ...tiny.fines[0]!, id: 'f2', actor: undefined, amount: eur(0.01, 'USD') });
        tiny.conversions = [{ from: 'EUR', to: 'USD', rate: 1e9, date: '2021-07-30', sources: ['s1'] }];
        const small = await mount(lang, 672, { story: tiny, scale: 'log' });
        expectSensible(small, 'rate 1e-9');
        expect(row(small, 'f2').querySelector('.value')!.textContent).to.contain('10⁻¹¹');

        const edges = await mount(lang, 672, { fines: [fine('max', 1e15), fine('min', 5e-324), fine('zero', 0)] });
        expectSensible(edges, '1e15 and 5e-324');
        // beyond the schema's 10¹⁵: left out and named, the rest charted
        const beyond = await mount(lang, 672, { fines: [fine('double', Number.MAX_VALUE), fine('ok', 746e6)] });
        expect($$(beyond, '[part~="bar"]').map((b) => b.dataset['id'])).to.deep.equal(['ok']);
        expect($(beyond, '[part="note"]')!.textContent).to.contain('double');
        expectSensible(beyond, 'Number.MAX_VALUE');
        const log = await mount(lang, 672, { fines: [fine('a', 5e-324), fine('b', 5e-324)], scale: 'log' });
        expectSensible(log, 'every amount 5e-324');

        const equal = await mount(lang, 672, { fines: ['a', 'b', 'c'].map((id) => fine(id, 746e6)) });
        expectSensible(equal, 'all equal');
        const widths = $$(equal, '[part~="bar"]').map((b) => b.offsetWidth);
        expect(new Set(widths).size).to.equal(1);
        expect(widths[0]).to.be.above(100);
        await expect(equal).to.be.accessible();
      });
    }

    it('a rate beyond the schema (1e308) is refused with a clear error, never drawn as "∞ €"', async () => {
      const story = miniStory();
      story.fines.push({ ...story.fines[0]!, id: 'f2', actor: undefined, amount: eur(5e6, 'USD') });
      story.conversions = [{ from: 'USD', to: 'EUR', rate: 1e308, date: '2021-07-30', sources: ['s1'] }];
      const el = await mount('en', 672, { story });
      await waitUntil(() => $(el, '[part="error"]'), 'no error view');
      expect($(el, '[part="error"]')!.textContent).to.contain('/conversions/0/rate');
      expectSensible(el, 'rate 1e308');
    });
  });
});
