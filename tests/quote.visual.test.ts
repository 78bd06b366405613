import { expect, fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../src/quote/index.js';
import type { FineQuote } from '../src/quote/index.js';
import { languageReady } from '../src/i18n/index.js';
import { quoteMessages } from '../src/quote/messages.js';
import type { Story } from '../src/story/types.js';
import { amazonStory } from './fixtures/theme-cases.js';

/**
 * Visual baselines of the story's quote (`lqdn-historic-fine`: French words,
 * shown to readers of English in La Quadrature's published translation and
 * to readers of Arabic in the story's own, with the note, the toggle to the
 * original and the story's "Updated" line under the card), as a card and
 * as a pull quote, at a phone's width and a laptop's article column, in
 * Arabic and English, light (and Arabic dark once); the card once more with
 * the original shown, at a phone's width in both languages:
 * tests/screenshots/baseline/Chrome/fine-quote-*.png, in Chromium only,
 * with the repository's fonts (see tests/themes.visual.test.ts for the
 * tolerance). Firefox checks the frame and runs axe in every state.
 */
const chromium = navigator.userAgent.includes('Chrome');
const FONT = "'Noto Sans', 'Noto Sans Arabic', sans-serif";
const QUOTE = 'lqdn-historic-fine';
let story: Story;

before(async () => {
  story = await amazonStory();
  // the Arabic words (the caption's separator) before the first card, not after its first paint
  await languageReady('ar', [quoteMessages]);
  await document.fonts.ready;
});

interface State {
  lang: string;
  width: number;
  theme: string;
  variant: 'card' | 'pull';
  showOriginal?: boolean;
}

async function shown({ lang, width, theme, variant, showOriginal }: State) {
  const wrap = await fixture<HTMLElement>(
    html`<div lang=${lang} style="inline-size: ${width}px; font-family: ${FONT}; font-size: 16px">
      <fine-quote
        .story=${story}
        quote=${QUOTE}
        variant=${variant}
        theme=${theme}
        ?show-original=${showOriginal}
      ></fine-quote>
    </div>`,
  );
  const el = wrap.querySelector<FineQuote>('fine-quote')!;
  await el.updateComplete;
  await document.fonts.ready;
  // the reservation measured against the card as drawn (fit.ts), then drawn again
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return { wrap, el };
}

/**
 * Rendered, and the toggle's fill done: axe reads the colours of the moment,
 * and mid-transition the button's new text colour stands on its old
 * background (the steady states meet 4.5:1).
 */
async function settled(el: FineQuote) {
  await el.updateComplete;
  await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
}

const name = (s: State) =>
  `fine-quote-${s.variant}-${s.lang}-${s.width}-${s.theme}${s.showOriginal ? '-original' : ''}`;

describe('fine-quote: visual baselines', () => {
  const states: State[] = [
    ...(['card', 'pull'] as const).flatMap((variant) => [
      ...[360, 1000].flatMap((width) => ['ar', 'en'].map((lang) => ({ lang, width, theme: 'light', variant }))),
      { lang: 'ar', width: 1000, theme: 'dark', variant },
    ]),
    ...['ar', 'en'].map((lang) => ({ lang, width: 360, theme: 'light', variant: 'card' as const, showOriginal: true })),
  ];
  for (const state of states) {
    const { lang, width, theme, variant, showOriginal } = state;
    it(`${variant}, ${lang}, ${width} px, ${theme}${showOriginal ? ', the original' : ''}`, async () => {
      const { wrap, el } = await shown(state);
      expect(wrap.getBoundingClientRect().width).to.equal(width);
      const quote = el.shadowRoot!.querySelector('[part="quote"]')!;
      const toggle = el.shadowRoot!.querySelector('[part="toggle"]')!;
      // translated for both readers unless the original is asked for; the toggle says which
      expect(quote.getAttribute('lang')).to.equal(showOriginal ? 'fr' : lang);
      expect(toggle.getAttribute('aria-pressed')).to.equal(String(!!showOriginal));
      expect(el.shadowRoot!.querySelector('[part="updated"]')).to.exist;
      await expect(el).to.be.accessible();
      if (chromium) await visualDiff(wrap, name(state));
    });
  }
});

describe('fine-quote: axe after the toggle', () => {
  for (const lang of ['ar', 'en']) {
    it(`${lang}: the original shown by the toggle, then the translation again`, async () => {
      const { el } = await shown({ lang, width: 360, theme: 'light', variant: 'card' });
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
      toggle.click();
      await settled(el);
      expect(el.showOriginal).to.be.true;
      expect(el.shadowRoot!.querySelector('[part="quote"]')!.getAttribute('lang')).to.equal('fr');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
      toggle.click();
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part="quote"]')!.getAttribute('lang')).to.equal(lang);
      await expect(el).to.be.accessible();
    });
  }
});
