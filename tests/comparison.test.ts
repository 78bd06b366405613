import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/comparison/index.js';
import '../src/story-provider/index.js';
import { FineComparison } from '../src/comparison/index.js';
import { comparisonMessages } from '../src/comparison/messages.js';
import { DEFAULT_LIMIT } from '../src/comparison/layout.js';
import { formatMoney, formatNumber, formatRatio, formatStoryDate } from '../src/core/format.js';
import { errorMessages, errorWords, fill, languageReady, packMessages } from '../src/i18n/index.js';
import type { FineErrorDetail, FineReadyDetail, FineSelectDetail } from '../src/events.js';
import type { Fine, Story } from '../src/story/types.js';
import { miniStory } from './fixtures/mini-story.js';
import { syntheticComparisonStory, syntheticFines } from './fixtures/comparison-synthetic.js';

const STORY = '/data/amazon-cnpd-2021.story.json';
let amazon: Story;

// The words these assertions compare with. Elements load a pack on demand; tests/languages.test.ts covers that path.
before(() => Promise.all(['ar', 'fr'].map((lang) => languageReady(lang, [comparisonMessages]))));
before(() => languageReady('en', [errorWords]));

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const bars = (el: FineComparison) => $$(el, '[part~="bar"]');
const bar = (el: FineComparison, id: string) => $(el, `[part~="bar"][data-id="${id}"]`)!;
const notes = (el: FineComparison) => $$(el, '[part="note"]').map((n) => n.textContent);
const M = (lang: string) => packMessages(comparisonMessages, lang);
/** Strips the bidi isolates `fill` puts around values, and the one in the reader's direction around a status. */
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

/** Mounts `template` (bars grow instantly) and returns its `<fine-comparison>`, rendered and grown. */
async function mount(template: TemplateResult, grow = true): Promise<FineComparison> {
  const root = await fixture(html`<div style="--fine-comparison-duration: 0s; inline-size: 760px">${template}</div>`);
  const el = root.querySelector('fine-comparison')!;
  await el.updateComplete;
  if (grow && $(el, '.chart')) el.scrollIntoView();
  if (grow && $(el, '.chart')) await waitUntil(() => $(el, '.chart.grown'), 'the bars did not grow');
  return el;
}

/** The Amazon story's chart for a reader of `lang`. */
const chart = (
  lang: string,
  attrs: {
    scale?: string;
    sort?: string;
    law?: string;
    limit?: number;
    compareTo?: string;
    view?: string;
    theme?: string;
  } = {},
) =>
  mount(
    html`<div lang=${lang}>
      <fine-comparison
        .story=${amazon}
        scale=${attrs.scale ?? 'linear'}
        sort=${attrs.sort ?? 'amount'}
        law=${attrs.law ?? 'all'}
        .limit=${attrs.limit}
        .compareTo=${attrs.compareTo}
        view=${attrs.view ?? 'chart'}
        theme=${attrs.theme ?? 'auto'}
      ></fine-comparison>
    </div>`,
  );

const eur = (value: number): Fine['amount'] => ({ value, currency: 'EUR' });
const fine = (id: string, value: number, extra: Partial<Fine> = {}): Fine => ({
  id,
  company: { en: `Company ${id}`, fr: `Société ${id}`, ar: `شركة ${id}` },
  authority: { en: 'Watchdog', fr: 'Le Gendarme', ar: 'الرقيب' },
  amount: eur(value),
  date: '2022-03-04',
  reason: { en: 'Reason', fr: 'Motif', ar: 'سبب' },
  law: 'gdpr',
  sources: ['s1'],
  ...extra,
});

before(async () => {
  amazon = (await (await fetch(STORY)).json()) as Story;
});

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('fine-comparison', () => {
  describe('renders the story’s fines', () => {
    it('draws one bar per fine, the story’s fine highlighted, with an axis and a table', async () => {
      const el = await chart('en');
      expect(bars(el)).to.have.length(amazon.fines.length);
      expect(bars(el).map((b) => b.dataset['id'])).to.have.members(amazon.fines.map((f) => f.id));
      const hl = $$(el, '[part~="highlight"]');
      expect(hl).to.have.length(1);
      // the story's fine, annulled on 12 March 2026: still the highlighted bar, drawn as annulled
      expect(hl[0]!.getAttribute('part')).to.equal('bar highlight annulled');
      expect(hl[0]!.dataset['id']).to.equal('amazon-cnpd-2021');
      expect($(el, '[part="axis"]')).to.exist;
      const table = $(el, 'table[part="table"]')!;
      expect(table.querySelectorAll('tbody tr')).to.have.length(amazon.fines.length);
      expect(table.parentElement!.classList.contains('visually-hidden')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[role="listbox"]')!.getAttribute('aria-label')).to.equal(M('en').byAmount);
    });

    it('labels bars with the actors’ short names, the authority and the date; amounts through Intl', async () => {
      const el = await chart('en');
      const row = bar(el, 'amazon-cnpd-2021').closest('.row')!;
      expect(row.querySelector('.company')!.textContent).to.equal('Amazon Europe Core');
      expect(row.querySelector('.meta')!.textContent).to.equal(`CNPD, ${formatStoryDate('2021-07-15', 'en', 'short')}`);
      expect(row.querySelector('.value')!.textContent).to.equal(formatMoney(eur(746e6), 'en'));
      expect(row.querySelector('.value')!.textContent).to.equal('€746M');
      // a fine without actors keeps its own names
      const uber = bar(el, 'uber-ap-2024').closest('.row')!;
      expect(uber.querySelector('.company')!.textContent).to.equal('Uber Technologies Inc. & Uber B.V.');
      expect(uber.querySelector('.meta')!.textContent).to.contain('Dutch Data Protection Authority (AP)');
      // the bar's accessible name carries it all, in full
      const label = bar(el, 'amazon-cnpd-2021').getAttribute('aria-label')!;
      expect(label).to.contain(`Amazon Europe Core, CNPD, ${formatStoryDate('2021-07-15', 'en')}: €746,000,000`);
      expect(plain(label)).to.contain(`Annulled on ${formatStoryDate('2026-03-12', 'en')} (Cour administrative)`);
      expect(label).to.contain(M('en').story);
    });

    it('annotates from the data: the annulled fine as imposed, against the largest that stands or compare-to’s', async () => {
      const el = await chart('en');
      const ann = $(el, '[part="annotation"]')!;
      expect(plain(ann.textContent)).to.equal(
        `The largest fine still standing, Meta Platforms Ireland (Facebook), €1.2B, is ${formatRatio(1200 / 746, 'en')} this one as imposed`,
      );
      const google = await chart('en', { compareTo: 'google-cnil-2020-cookies' });
      expect(plain($(google, '[part="annotation"]')!.textContent)).to.equal(
        'As imposed, 7.5× the fine on Google (Google LLC and Google Ireland), €100M',
      );
      // the caption, read without the bar's label, says what the court did first
      expect(plain($(google, 'caption')!.textContent)).to.contain(
        `Amazon Europe Core: Annulled on ${formatStoryDate('2026-03-12', 'en')} (Cour administrative). As imposed, 7.5×`,
      );
    });

    it('shows an Arabic reader Arabic names and Arabic formatting, right to left', async () => {
      const el = await chart('ar', { compareTo: 'google-cnil-2020-cookies' });
      expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
      const row = bar(el, 'amazon-cnpd-2021').closest('.row')!;
      expect(row.querySelector('.company')!.textContent).to.equal('أمازون أوروبا');
      expect(row.querySelector('.value')!.textContent).to.equal(formatMoney(eur(746e6), 'ar'));
      expect(row.querySelector('.value')!.textContent).to.contain('مليون');
      expect(plain($(el, '[part="annotation"]')!.textContent)).to.equal(
        `عند فرضها، كانت تعادل ${formatNumber(7.46, 'ar', { maximumFractionDigits: 1 })} ضعف غرامة جوجل، ${formatMoney(eur(100e6), 'ar')}`,
      );
      expect($(el, '[role="listbox"]')!.getAttribute('aria-label')).to.equal(M('ar').byAmount);
      expect($(el, 'thead')!.textContent).to.contain(M('ar').company);
    });

    it('speaks French, with French number formatting', async () => {
      const el = await chart('fr');
      expect(bar(el, 'amazon-cnpd-2021').closest('.row')!.querySelector('.value')!.textContent).to.equal(
        formatMoney(eur(746e6), 'fr'),
      );
      expect($(el, '[part="toggle"]')!.textContent).to.equal('Tableau');
      expect(plain($(el, '[part="annotation"]')!.textContent)).to.match(
        /^La plus forte amende encore en vigueur, Meta Platforms Ireland \(Facebook\), 1,2\u00a0Md\u00a0€, vaut 1,6× celle-ci telle qu’infligée$/,
      );
    });

    it('loads src and fires fine-ready once', async () => {
      const el = document.createElement('fine-comparison');
      el.lang = 'en';
      el.src = STORY;
      let count = 0;
      el.addEventListener('fine-ready', () => count++);
      const ready = oneEvent(el, 'fine-ready');
      document.body.append(el);
      try {
        expect(((await ready) as CustomEvent<FineReadyDetail>).detail.storyId).to.equal('amazon-cnpd-2021');
        expect(bars(el)).to.have.length(amazon.fines.length);
        await el.updateComplete;
        expect(count).to.equal(1);
      } finally {
        el.remove();
      }
    });

    it('reads the story of an enclosing fine-story', async () => {
      const root = await fixture(
        html`<fine-story lang="en" .story=${amazon}><fine-comparison law="eprivacy"></fine-comparison></fine-story>`,
      );
      const el = root.querySelector('fine-comparison')!;
      await waitUntil(() => bars(el).length === 6, 'the bars did not render');
    });
  });

  describe('attributes', () => {
    it('scale="log" makes the smallest fine visible', async () => {
      const lin = await chart('en');
      const log = await chart('en', { scale: 'log' });
      const w = (el: FineComparison) => bar(el, 'clearview-ap-2024').getBoundingClientRect().width;
      expect(w(log)).to.be.greaterThan(w(lin) * 5);
      expect(log.getAttribute('scale')).to.equal('log');
      expect($$(log, '.tick').map((t) => t.textContent)).to.deep.equal(['€10M', '€100M', '€1B']);
    });

    it('sort="date" orders the bars oldest first', async () => {
      const el = await chart('en', { sort: 'date' });
      const dates = bars(el).map((b) => amazon.fines.find((f) => f.id === b.dataset['id'])!.date);
      expect(dates).to.deep.equal([...dates].sort());
      expect($(el, '[role="listbox"]')!.getAttribute('aria-label')).to.equal(M('en').byDate);
    });

    it('law filters the fines', async () => {
      const el = await chart('en', { law: 'eprivacy' });
      expect(bars(el)).to.have.length(6);
      expect(bar(el, 'amazon-cnil-2020-cookies').getAttribute('part')).to.equal('bar highlight');
      el.law = 'gdpr';
      await el.updateComplete;
      expect(bars(el)).to.have.length(19);
    });

    it('limit shows the top N, keeps the highlighted fine, sums the rest', async () => {
      const el = await chart('en', { limit: 1 });
      expect(bars(el).map((b) => b.dataset['id'])).to.deep.equal(['amazon-cnpd-2021']);
      const rest = amazon.fines.reduce((s, f) => s + f.amount.value, 0) - 746e6;
      const more = $(el, '[part="more"]')!.textContent;
      // a total of many fines rounds to three digits, in the chart and in the table alike
      const total = formatNumber(rest, 'en', {
        style: 'currency',
        currency: 'EUR',
        notation: 'compact',
        maximumSignificantDigits: 3,
      });
      expect(total).to.equal('€5.39B');
      expect(plain(more)).to.equal(`${formatNumber(amazon.fines.length - 1, 'en')} more fines, total ${total}`);
      expect(plain($(el, 'tbody tr:last-child th')!.textContent)).to.equal('24 more fines');
      expect($(el, 'tbody tr:last-child td.num')!.textContent).to.equal(total);
    });

    it('highlight names another fine', async () => {
      const el = await mount(
        html`<fine-comparison lang="en" .story=${amazon} highlight="google-cnil-2019"></fine-comparison>`,
      );
      expect(bar(el, 'google-cnil-2019').getAttribute('part')).to.equal('bar highlight');
      expect(bar(el, 'amazon-cnpd-2021').getAttribute('part')).to.equal('bar annulled');
      // upheld, so it stands: set against the largest fine that does
      expect(plain($(el, '[part="annotation"]')!.textContent)).to.equal(
        'The largest fine still standing, Meta Platforms Ireland (Facebook), €1.2B, is 24× this one',
      );
    });
  });

  describe('direction and motion', () => {
    it('grows bars from the left in English and from the right in Arabic, axis mirrored', async () => {
      for (const [lang, rtl] of [
        ['en', false],
        ['ar', true],
      ] as const) {
        const el = await chart(lang);
        const b = bar(el, 'meta-dpc-2023-transfers').getBoundingClientRect();
        const small = bar(el, 'clearview-ap-2024').getBoundingClientRect();
        const track = bar(el, 'meta-dpc-2023-transfers').parentElement!.getBoundingClientRect();
        const axis = $(el, '[part="axis"]')!.getBoundingClientRect();
        const zero = $$(el, '.tick')[0]!.getBoundingClientRect();
        if (rtl) {
          expect(Math.abs(b.right - track.right), lang).to.be.below(1);
          expect(Math.abs(small.right - b.right), lang).to.be.below(1);
          expect(Math.abs(zero.right - axis.right), lang).to.be.below(2);
          expect(b.left).to.be.above(track.left + 10);
        } else {
          expect(Math.abs(b.left - track.left), lang).to.be.below(1);
          expect(Math.abs(small.left - b.left), lang).to.be.below(1);
          expect(Math.abs(zero.left - axis.left), lang).to.be.below(2);
        }
        // the labels sit on the inline-start side
        const label = bar(el, 'meta-dpc-2023-transfers')
          .closest('.row')!
          .querySelector('.label')!
          .getBoundingClientRect();
        expect(rtl ? label.left > b.right : label.right < b.left, lang).to.equal(true);
      }
    });

    for (const width of [760, 360]) {
      it(`draws each bar to the axis's scale, ${width} px wide, in English and Arabic`, async () => {
        for (const lang of ['en', 'ar']) {
          const el = await chart(lang);
          el.parentElement!.parentElement!.style.inlineSize = `${width}px`;
          await el.updateComplete;
          await new Promise((r) => requestAnimationFrame(r));
          const ticks = $$(el, '.tick').map((t) => ({
            at: parseFloat(getComputedStyle(t).getPropertyValue('--at')),
            x: t.getBoundingClientRect()[lang === 'ar' ? 'right' : 'left'],
          }));
          const [zero, last] = [ticks[0]!, ticks[ticks.length - 1]!];
          // the largest fine, €1.2 billion, ends on the axis's last tick ("€1.2B"), and a smaller one where its value falls
          for (const [id, value] of [
            ['meta-dpc-2023-transfers', 1.2e9],
            ['amazon-cnpd-2021', 746e6],
          ] as const) {
            const b = bar(el, id).getBoundingClientRect();
            const end = lang === 'ar' ? b.left : b.right;
            const want = zero.x + ((last.x - zero.x) * value) / 1.2e9 / last.at;
            expect(Math.abs(end - want), `${lang} ${width} px ${id}: ends at ${end}, its value at ${want}`).to.be.below(
              1.5,
            );
          }
        }
      });
    }

    it('grows the bars only once the chart scrolls into view', async () => {
      const root = await fixture(
        html`<div>
          <div style="block-size: 3000px"></div>
          <fine-comparison lang="en" .story=${amazon}></fine-comparison>
        </div>`,
      );
      const el = root.querySelector('fine-comparison')!;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect($(el, '.chart')!.classList.contains('grown')).to.equal(false);
      expect(bar(el, 'amazon-cnpd-2021').getBoundingClientRect().width).to.be.below(3);
      el.scrollIntoView();
      await waitUntil(() => $(el, '.chart.grown'), 'the bars did not grow');
      await waitUntil(
        () => bar(el, 'amazon-cnpd-2021').getBoundingClientRect().width > 100,
        'the bar did not reach its length',
      );
    });

    it('grows instantly under prefers-reduced-motion', async () => {
      // Firefox over WebDriver BiDi has no media emulation: there the test reads the rule itself
      const emulated = navigator.userAgent.includes('Chrome');
      if (emulated) await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await mount(
          html`<fine-comparison lang="en" .story=${amazon} style="--fine-comparison-duration: 5s"></fine-comparison>`,
          false,
        );
        const fill = bar(el, 'amazon-cnpd-2021');
        if (emulated) expect(getComputedStyle(fill).transitionDuration).to.equal('0s');
        else if (!matchMedia('(prefers-reduced-motion: reduce)').matches)
          expect(getComputedStyle(fill).transitionDuration).to.equal('5s');
        // the rule that does it, whichever browser runs the test
        const css = FineComparison.styles
          .flat()
          .map((s) => ('cssText' in s ? s.cssText : ''))
          .join('');
        expect(css).to.match(/prefers-reduced-motion: reduce\)\s*{\s*\.fill\s*{\s*transition: none;\s*}/);
      } finally {
        if (emulated) await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('puts the label above its bar in a narrow element', async () => {
      await setViewport({ width: 360, height: 700 });
      const el = await mount(
        html`<div style="inline-size: 320px"><fine-comparison lang="ar" .story=${amazon}></fine-comparison></div>`,
      );
      const row = bar(el, 'amazon-cnpd-2021').closest('.row')!;
      expect(row.querySelector('.label')!.getBoundingClientRect().bottom).to.be.at.most(
        bar(el, 'amazon-cnpd-2021').getBoundingClientRect().top,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('selection and keyboard', () => {
    it('selects on click, fires fine-select, reflects selected; again clears', async () => {
      const el = await chart('en');
      const picked = oneEvent(el, 'fine-select');
      bar(el, 'tiktok-dpc-2025').click();
      expect(((await picked) as CustomEvent<FineSelectDetail>).detail).to.deep.equal({ id: 'tiktok-dpc-2025' });
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('tiktok-dpc-2025');
      expect(bar(el, 'tiktok-dpc-2025').getAttribute('aria-selected')).to.equal('true');
      expect(bar(el, 'tiktok-dpc-2025').closest('.row')!.querySelector('.reason')!.textContent).to.contain('China');
      const cleared = oneEvent(el, 'fine-select');
      bar(el, 'tiktok-dpc-2025').closest('.row')!.querySelector<HTMLElement>('.label')!.click();
      expect(((await cleared) as CustomEvent<FineSelectDetail>).detail).to.deep.equal({ id: null });
      await el.updateComplete;
      expect(el.hasAttribute('selected')).to.equal(false);
    });

    it('one tab stop; Up/Down, Home/End move between bars; Enter and Space select', async () => {
      const el = await chart('ar');
      expect(
        bars(el)
          .filter((b) => b.tabIndex === 0)
          .map((b) => b.dataset['id']),
      ).to.deep.equal(['amazon-cnpd-2021']);
      bar(el, 'amazon-cnpd-2021').focus();
      const focused = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id'];
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => focused() === 'tiktok-dpc-2025');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => focused() === 'meta-dpc-2023-transfers');
      await sendKeys({ press: 'End' });
      await waitUntil(() => focused() === 'clearview-ap-2024');
      expect(
        bars(el)
          .filter((b) => b.tabIndex === 0)
          .map((b) => b.dataset['id']),
      ).to.deep.equal(['clearview-ap-2024']);
      await sendKeys({ press: 'Home' });
      await waitUntil(() => focused() === 'meta-dpc-2023-transfers');
      const picked = oneEvent(el, 'fine-select');
      await sendKeys({ press: 'Enter' });
      expect(((await picked) as CustomEvent<FineSelectDetail>).detail.id).to.equal('meta-dpc-2023-transfers');
      await el.updateComplete;
      expect(el.selected).to.equal('meta-dpc-2023-transfers');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'ArrowDown' });
      const again = oneEvent(el, 'fine-select');
      await sendKeys({ press: ' ' });
      expect(((await again) as CustomEvent<FineSelectDetail>).detail.id).to.equal('amazon-cnpd-2021');
    });

    it('setting selected from the page fires nothing', async () => {
      const el = await chart('en');
      let fired = 0;
      el.addEventListener('fine-select', () => fired++);
      el.selected = 'linkedin-dpc-2024';
      await el.updateComplete;
      expect(bar(el, 'linkedin-dpc-2024').getAttribute('aria-selected')).to.equal('true');
      expect(fired).to.equal(0);
    });
  });

  describe('the table', () => {
    it('the toggle (a real button) shows the table instead of the chart', async () => {
      const el = await chart('en');
      const toggle = $<HTMLButtonElement>(el, 'button[part="toggle"]')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(el.view).to.equal('table');
      expect(el.getAttribute('view')).to.equal('table');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      const table = $(el, '[part="table"]')!;
      expect(table.parentElement!.classList.contains('visually-hidden')).to.equal(false);
      expect(table.getBoundingClientRect().height).to.be.greaterThan(200);
      expect($(el, '.chart')!.hidden).to.equal(true);
      const row = table.querySelector('tr[data-id="amazon-cnpd-2021"]')!;
      expect(row.querySelector('th')!.textContent).to.contain('Amazon (Amazon Europe Core)');
      expect(row.textContent).to.contain('Luxembourg National Commission for Data Protection (CNPD)');
      expect(row.querySelector('time')!.textContent).to.equal(formatStoryDate('2021-07-15', 'en'));
      expect(row.querySelector('.num')!.textContent).to.equal('€746,000,000');
      await expect(el).to.be.accessible();
    });

    it('view="table" in Arabic, dark', async () => {
      const el = await mount(
        html`<fine-comparison lang="ar" .story=${amazon} view="table" theme="dark"></fine-comparison>`,
        false,
      );
      const table = $(el, '[part="table"]')!;
      expect(getComputedStyle(table).direction).to.equal('rtl');
      expect(table.querySelector('tr[data-id="amazon-cnpd-2021"] .num')!.textContent).to.equal(
        formatMoney(eur(746e6), 'ar', false),
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('a fines property, with no story', () => {
    it('charts any list, labelled with the fines’ own names', async () => {
      const list = [fine('big', 500e6), fine('small', 20e6, { date: '2020-01' })];
      const ready = new Promise<CustomEvent<FineReadyDetail>>((r) =>
        document.addEventListener('fine-ready', (e) => r(e), { once: true }),
      );
      const el = await mount(html`<fine-comparison lang="fr" .fines=${list}></fine-comparison>`);
      expect((await ready).detail.storyId).to.equal('');
      expect(bars(el).map((b) => b.dataset['id'])).to.deep.equal(['big', 'small']);
      expect($$(el, '.company').map((c) => c.textContent)).to.deep.equal(['Société big', 'Société small']);
      expect(bar(el, 'small').closest('.row')!.querySelector('time')!.textContent).to.equal(
        formatStoryDate('2020-01', 'fr', 'short'),
      );
      expect($$(el, '[part~="highlight"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('leaves out a negative or missing amount and names it, localized', async () => {
      const missing = fine('missing', 1) as Partial<Fine>;
      delete missing.amount;
      const list = [fine('ok', 10e6), fine('negative', -5), missing] as Fine[];
      const el = await mount(html`<fine-comparison lang="en" .fines=${list}></fine-comparison>`);
      expect(bars(el)).to.have.length(1);
      const [note] = notes(el);
      expect(plain(note!)).to.match(/^Left out, invalid data: /);
      expect(plain(note!)).to.contain(
        `negative (${plain(fill(errorMessages('en')!.errors['non-negative'], { received: -5 }))})`,
      );
      expect(plain(note!)).to.contain('missing ("amount" is required.)');
      await expect(el).to.be.accessible();
    });

    it('shows the error view and fires fine-error when nothing can be charted', async () => {
      const errored = new Promise<CustomEvent<FineErrorDetail>>((r) =>
        document.addEventListener('fine-error', (e) => r(e), { once: true }),
      );
      const el = await mount(html`<fine-comparison lang="ar" .fines=${[fine('negative', -5)]}></fine-comparison>`);
      const error = $(el, '[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain(M('ar').nothing);
      expect(error.textContent).to.contain('استُبعدت');
      const detail = (await errored).detail;
      expect(detail.message).to.equal(M('ar').nothing);
      expect(detail.errors[0]!.code).to.equal('non-negative');
      await expect(el).to.be.accessible();
    });

    it('replaces the story’s fines but keeps its actors', async () => {
      const story = syntheticComparisonStory(3, 2);
      const el = await mount(
        html`<fine-comparison lang="en" .story=${story} .fines=${story.fines.slice(0, 2)}></fine-comparison>`,
      );
      expect(bars(el)).to.have.length(2);
      expect($(el, '.hl .company')!.textContent).to.equal('Co. 1');
    });
  });

  describe('bad data', () => {
    it('says mixed currencies cannot be compared without a conversion, and names them', async () => {
      const story = miniStory();
      story.fines.push({
        ...story.fines[0]!,
        id: 'f2',
        company: 'Globex',
        actor: undefined,
        amount: { value: 5e6, currency: 'USD' },
      });
      const el = await mount(html`<fine-comparison lang="en" .story=${story}></fine-comparison>`);
      expect(bars(el).map((b) => b.dataset['id'])).to.deep.equal(['f1']);
      expect(plain(notes(el)[0]!)).to.equal(
        'Left out: Globex are in USD, and the story gives no rate to EUR, so they cannot be compared.',
      );
      await expect(el).to.be.accessible();
    });

    it('converts with the story’s conversions and says so', async () => {
      const story = miniStory();
      story.fines.push({
        ...story.fines[0]!,
        id: 'f2',
        company: 'Globex',
        actor: undefined,
        amount: { value: 5e6, currency: 'USD' },
      });
      story.conversions = [{ from: 'EUR', to: 'USD', rate: 1.25, date: '2021-07-30', sources: ['s1'] }];
      const el = await mount(html`<fine-comparison lang="fr" .story=${story}></fine-comparison>`);
      expect(bars(el)).to.have.length(2);
      // converted: approximate, and says so; the original beside it
      expect(bar(el, 'f2').closest('.row')!.querySelector('.value')!.textContent).to.equal(
        `≈\u00a0${formatMoney(eur(4e6), 'fr')} (${formatMoney({ value: 5e6, currency: 'USD' }, 'fr')})`,
      );
      expect(plain(notes(el)[0]!)).to.match(/^Converties en EUR aux taux de l’histoire\u00a0: 1 EUR = 1,25 USD/);
    });

    it('names fines in an unknown currency', async () => {
      const story = miniStory();
      story.fines.push({
        ...story.fines[0]!,
        id: 'f2',
        company: 'Globex',
        actor: undefined,
        amount: { value: 5e6, currency: 'XQQ' },
      });
      const el = await mount(html`<fine-comparison lang="ar" .story=${story}></fine-comparison>`);
      expect(bars(el)).to.have.length(1);
      expect(plain(notes(el)[0]!)).to.match(/^استُبعدت لأن عملتها غير معروفة: Globex/);
      await expect(el).to.be.accessible();
    });

    it('names zero amounts a log scale cannot show', async () => {
      const story = miniStory();
      story.fines.push({ ...story.fines[0]!, id: 'f2', company: 'Globex', actor: undefined, amount: eur(0) });
      const el = await mount(html`<fine-comparison lang="en" scale="log" .story=${story}></fine-comparison>`);
      expect(bars(el)).to.have.length(1);
      expect(plain(notes(el)[0]!)).to.equal(
        `Not on the logarithmic scale, amount zero: Globex (${formatMoney(eur(0), 'en')}).`,
      );
      el.scale = 'linear';
      await el.updateComplete;
      expect(bars(el)).to.have.length(2);
      expect(notes(el)).to.deep.equal([]);
    });

    it('shows the error view for a story with no fines', async () => {
      const story = miniStory();
      story.fines = [];
      const errored = new Promise<CustomEvent<FineErrorDetail>>((r) =>
        document.addEventListener('fine-error', (e) => r(e), { once: true }),
      );
      const el = await mount(html`<fine-comparison lang="fr" .story=${story}></fine-comparison>`);
      expect($(el, '[part="error"]')!.textContent).to.contain(M('fr').nothing);
      expect((await errored).detail.errors[0]!.path).to.equal('/fines');
      await expect(el).to.be.accessible();
    });

    it('shows the base error view for an invalid story (a negative amount)', async () => {
      const story = miniStory();
      story.fines[0]!.amount.value = -1;
      const el = await mount(html`<fine-comparison lang="en" .story=${story}></fine-comparison>`);
      const error = $(el, '[part="error"]')!;
      expect(error.textContent).to.contain('/fines/0/amount/value');
      await expect(el).to.be.accessible();
    });

    it('shows an error for an unreachable URL', async () => {
      const el = await mount(html`<fine-comparison lang="en" src="/data/missing.story.json"></fine-comparison>`, false);
      await waitUntil(() => $(el, '[part="error"]'), 'no error view');
      await expect(el).to.be.accessible();
    });
  });

  describe('scale', () => {
    it('2,000 fines: the top bars, an aggregate row, a table of the same rows', async () => {
      const story = syntheticComparisonStory(2000, 1);
      const el = await mount(html`<fine-comparison lang="ar" .story=${story}></fine-comparison>`);
      expect(bars(el)).to.have.length(DEFAULT_LIMIT);
      expect($(el, '[part="more"]')!.textContent).to.contain(formatNumber(2000 - DEFAULT_LIMIT, 'ar'));
      expect($$(el, 'tbody tr')).to.have.length(DEFAULT_LIMIT + 1);
      expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(1000);
      await expect(el).to.be.accessible();
    });

    it('a fines-only list of 2,000', async () => {
      const el = await mount(
        html`<fine-comparison lang="en" limit="50" .fines=${syntheticFines(2000, 4)}></fine-comparison>`,
      );
      expect(bars(el)).to.have.length(50);
    });
  });

  describe('accessibility', () => {
    it('passes axe in English and Arabic, light and dark, log scale', async () => {
      for (const lang of ['en', 'ar']) {
        for (const theme of ['light', 'dark']) {
          const el = await chart(lang, { theme, scale: 'log', compareTo: 'google-cnil-2020-cookies' });
          await expect(el).to.be.accessible();
        }
      }
    });

    it('reserves its height while the story loads', async () => {
      const el = await mount(html`<fine-comparison lang="en" src="/__test/slow.json"></fine-comparison>`, false);
      expect($(el, '[part="loading"]')).to.exist;
      expect(el.getBoundingClientRect().height).to.be.at.least(200);
      await expect(el).to.be.accessible();
    });
  });
});
