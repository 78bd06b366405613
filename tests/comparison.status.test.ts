import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { nothing } from 'lit';
import '../src/comparison/index.js';
import type { FineComparison } from '../src/comparison/index.js';
import { comparisonMessages } from '../src/comparison/messages.js';
import { formatStoryDate } from '../src/core/format.js';
import { describeFineStatus, describeFineStatusShort } from '../src/i18n/fine-status.js';
import { languageReady, packMessages } from '../src/i18n/index.js';
import { vocabulary } from '../src/i18n/vocabulary.js';
import type { Story } from '../src/story/types.js';
import { colourContrast } from './fixtures/contrast.js';
import { amazonStory, loadPresets, PRESETS } from './fixtures/theme-cases.js';

/**
 * Where a fine stands, as the chart shows it: the March 2026 annulment of the
 * story's own fine, the reduced Amazon France Logistique fine, the standing
 * filter, and words built from the data, in Arabic and English.
 */
const ANNULLED = 'amazon-cnpd-2021';
const REDUCED = 'amazon-france-logistique-cnil-2023';
const LANGS = ['en', 'ar'] as const;
let amazon: Story;

before(async () => {
  amazon = await amazonStory();
  await Promise.all(['ar', 'fr'].map((lang) => languageReady(lang, [comparisonMessages, vocabulary])));
});

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const bar = (el: FineComparison, id: string) => $(el, `[part~="bar"][data-id="${id}"]`)!;
const row = (el: FineComparison, id: string) => bar(el, id).closest('.row')!;
/** Strips bidi isolates and marks. */
const plain = (s: string | null) => (s ?? '').replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '');
const M = (lang: string) => packMessages(comparisonMessages, lang);
const fineOf = (id: string) => amazon.fines.find((f) => f.id === id)!;

async function chart(lang: string, attrs: { status?: string; compareTo?: string; theme?: string } = {}) {
  const root = await fixture(
    html`<div lang=${lang} style="--fine-comparison-duration: 0s; inline-size: 760px">
      <fine-comparison
        .story=${amazon}
        status=${attrs.status ?? nothing}
        compare-to=${attrs.compareTo ?? nothing}
        theme=${attrs.theme ?? 'light'}
      ></fine-comparison>
    </div>`,
  );
  const el = root.querySelector('fine-comparison')!;
  await el.updateComplete;
  el.scrollIntoView();
  await waitUntil(() => $(el, '.chart.grown'), 'the bars did not grow');
  return el;
}

describe('fine-comparison: where each fine stands', () => {
  for (const lang of LANGS) {
    it(`${lang}: an annulled fine is all hatch in an outline, a reduced one solid up to what stands`, async () => {
      const el = await chart(lang);
      const annulled = bar(el, ANNULLED);
      expect(annulled.getAttribute('part')).to.equal('bar highlight annulled');
      const hatch = getComputedStyle(annulled);
      expect(hatch.backgroundImage).to.contain('repeating-linear-gradient');
      expect(parseFloat(hatch.borderTopWidth)).to.be.at.least(1);
      expect(annulled.querySelector('.now')).to.equal(null);

      const reduced = bar(el, REDUCED);
      expect(reduced.getAttribute('part')).to.equal('bar reduced');
      const now = reduced.querySelector('.now')!.getBoundingClientRect().width;
      // what stands (€15M) is drawn solid across 15/32 of the bar's inside
      expect(now / reduced.clientWidth).to.be.closeTo(15 / 32, 0.02);

      const standing = bar(el, 'meta-dpc-2023-transfers');
      expect(standing.getAttribute('part')).to.equal('bar');
      expect(getComputedStyle(standing).backgroundImage).to.equal('none');

      // the status and its date on the label; the reduced amount beside the struck original
      expect(plain(row(el, ANNULLED).querySelector('.status')!.textContent)).to.equal(
        plain(describeFineStatusShort(fineOf(ANNULLED), lang)!),
      );
      expect(plain(row(el, ANNULLED).querySelector('.status')!.textContent)).to.contain(
        formatStoryDate('2026-03-12', lang, 'short'),
      );
      expect(row(el, ANNULLED).querySelector('.value bdi')!.closest('s')).to.exist;
      const value = row(el, REDUCED).querySelector('.value')!;
      expect(value.querySelectorAll('bdi')).to.have.length(2);
      expect(plain(value.querySelector('s')!.textContent)).to.match(/32/);
      expect(plain(value.querySelector(':scope > bdi')!.textContent)).to.match(/15/);
      expect(row(el, 'meta-dpc-2023-transfers').querySelector('.status, s')).to.equal(null);
      // a key says what the hatching means
      expect($(el, '[part="key"]')!.textContent).to.equal(M(lang).key);
      await expect(el).to.be.accessible();
    });

    it(`${lang}: the table has a column of statuses, dated, with the court`, async () => {
      const el = await chart(lang);
      const heads = $$(el, 'thead th').map((th) => th.textContent.trim());
      expect(heads.at(-1)).to.equal(M(lang).status);
      const cell = (id: string) => plain($(el, `tr[data-id="${id}"] td:last-child`)!.textContent);
      expect(cell(ANNULLED)).to.equal(plain(describeFineStatus(fineOf(ANNULLED), amazon, lang)!));
      expect(cell(ANNULLED)).to.contain(formatStoryDate('2026-03-12', lang));
      expect(cell(REDUCED)).to.equal(plain(describeFineStatus(fineOf(REDUCED), amazon, lang)!));
      expect(cell(REDUCED)).to.match(/15[,\u00a0 ]?000[,\u00a0 ]?000/);
      expect(cell('meta-dpc-2023-transfers')).to.equal('');
      // the bar's accessible name says it too
      expect(plain(bar(el, REDUCED).getAttribute('aria-label'))).to.contain(cell(REDUCED));
    });

    it(`${lang}: status="standing" shows only the fines that still stand, and names the one left out`, async () => {
      const el = await chart(lang, { status: 'standing' });
      expect(bar(el, ANNULLED)).to.equal(null);
      expect($$(el, '[part~="bar"]')).to.have.length(amazon.fines.length - 1);
      expect($$(el, '[part~="highlight"]')).to.have.length(0);
      const note = plain($(el, '[part="note"]')!.textContent);
      expect(note).to.contain(plain(M(lang).annulled.split('{list}')[0]!));
      expect(note).to.contain(formatStoryDate('2026-03-12', lang));
      // the reduced fine stands, at what stands
      expect(bar(el, REDUCED).getAttribute('part')).to.equal('bar reduced');
      await expect(el).to.be.accessible();
      el.status = 'all';
      await el.updateComplete;
      expect(bar(el, ANNULLED)).to.exist;
    });
  }

  it('never calls the annulled fine the largest; every annotation is built of parts, no doubled punctuation', async () => {
    const doubled = /\)\s*\(|\(\s*\(|\)\s*\)|[,،]\s*[,،]|\.\s*\./;
    for (const lang of ['en', 'ar', 'fr']) {
      for (const compareTo of [undefined, 'google-cnil-2020-cookies']) {
        const el = await chart(lang, { compareTo });
        const texts = [
          $(el, '[part="annotation"]')!.textContent,
          $(el, 'caption')!.textContent,
          ...$$(el, '[part~="bar"]').map((b) => b.getAttribute('aria-label')),
        ].map(plain);
        for (const t of texts) expect(t, `${lang}: ${t}`).not.to.match(doubled);
        const annotation = plain($(el, '[part="annotation"]')!.textContent);
        expect(annotation, lang).not.to.match(/record|قياسي/i);
        // compared as imposed, and the words say so
        expect(annotation, lang).to.match({ en: /as imposed/i, ar: /عند فرضها/, fr: /telle qu’infligée/i }[lang]!);
      }
    }
  });

  it('bar outlines and hatching keep 3:1 against the paper in every preset, light and dark', async () => {
    await loadPresets();
    for (const preset of PRESETS) {
      for (const theme of ['light', 'dark']) {
        const root = await fixture(
          html`<div data-fine-theme=${preset === 'none' ? nothing : preset} lang="en" style="inline-size: 760px">
            <fine-comparison .story=${amazon} theme=${theme}></fine-comparison>
          </div>`,
        );
        const el = root.querySelector('fine-comparison')!;
        await el.updateComplete;
        const paper = getComputedStyle($(el, '[part="base"]')!).backgroundColor;
        for (const id of [ANNULLED, REDUCED]) {
          const ink = getComputedStyle(bar(el, id)).borderTopColor;
          expect(colourContrast(ink, paper), `${preset} ${theme} ${id}: ${ink} on ${paper}`).to.be.at.least(3);
        }
      }
    }
  });

  it('under forced colours the bars are drawn in system colours, hatching kept', async () => {
    // Chromium emulates forced colours; Firefox over WebDriver BiDi cannot, so there the rule itself is read
    const emulated = navigator.userAgent.includes('Chrome');
    const forced = (value: string) =>
      executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value }]);
    if (emulated) await forced('active');
    try {
      const el = await chart('ar');
      if (emulated) {
        const annulled = getComputedStyle(bar(el, ANNULLED));
        expect(annulled.forcedColorAdjust).to.equal('none');
        expect(annulled.backgroundImage).to.contain('repeating-linear-gradient');
        // the story's fine in the system's highlight colour, the others in its text colour, on its canvas
        const system = (colour: string) => {
          const probe = document.body.appendChild(document.createElement('span'));
          probe.style.color = colour;
          const value = getComputedStyle(probe).color;
          probe.remove();
          return value;
        };
        expect(system('Highlight')).to.not.equal(system('CanvasText'));
        expect(annulled.color).to.equal(system('Highlight'));
        expect(getComputedStyle(bar(el, 'meta-dpc-2023-transfers')).backgroundColor).to.equal(system('CanvasText'));
      } else {
        const css = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText);
        expect(css.join('\n')).to.match(/@media \(forced-colors: active\)\s*{[^}]*forced-color-adjust: none/);
      }
      await expect(el).to.be.accessible();
    } finally {
      if (emulated) await forced('none');
    }
  });
});
