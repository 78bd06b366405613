import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/quote/index.js';
import '../src/story-provider/index.js';
import type { FineQuote } from '../src/quote/index.js';
import { coreMessages, fill, languageReady, packMessages } from '../src/i18n/index.js';
import { formatStoryDate, languageName } from '../src/core/format.js';
import { quoteMessages } from '../src/quote/messages.js';
import type { FineErrorDetail, FineReadyDetail } from '../src/events.js';
import type { Story } from '../src/story/types.js';
import { miniStory } from './fixtures/mini-story.js';
import { quoteStory, syntheticQuotes } from './fixtures/quote-stories.js';

const STORY = '/data/amazon-cnpd-2021.story.json';
let amazon: Story;

const $ = <T extends Element = HTMLElement>(el: FineQuote, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const part = (el: FineQuote, name: string) => $(el, `[part~="${name}"]`);
/** Text as a reader sees it: slots replaced by what is assigned to them. */
const flat = (node: Node): string =>
  node instanceof HTMLSlotElement
    ? node.assignedNodes({ flatten: true }).map(flat).join('')
    : node.nodeType === Node.TEXT_NODE
      ? node.textContent!
      : [...node.childNodes].map(flat).join('');
/** Collapses the whitespace CSS collapses (not U+202F, which French marks need) and trims it. */
const collapse = (s: string) => s.replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, '');
/** The words as a reader sees them, marks included. */
const words = (el: FineQuote) => collapse(flat(part(el, 'quote')!));

/** Mounts `template` and returns the first `<fine-quote>` in it, rendered. */
async function mount(template: TemplateResult): Promise<FineQuote> {
  const root = await fixture(template);
  const el = (root.localName === 'fine-quote' ? root : root.querySelector('fine-quote')!) as FineQuote;
  await el.updateComplete;
  return el;
}

/** A card for `quote` of `story`, read by a reader of `lang`. */
const card = (story: Story, quote: string, lang: string, extra: Partial<FineQuote> = {}) =>
  mount(
    html`<div lang=${lang}>
      <fine-quote
        .story=${story}
        quote=${quote}
        .variant=${extra.variant ?? 'card'}
        .theme=${extra.theme ?? 'auto'}
        ?show-original=${extra.showOriginal}
      ></fine-quote>
    </div>`,
  );

// The words these assertions compare with. Elements load a pack on demand; tests/languages.test.ts covers that path.
before(() => Promise.all(['ar', 'fr'].map((lang) => languageReady(lang, [quoteMessages]))));

before(async () => {
  amazon = (await (await fetch(STORY)).json()) as Story;
});

describe('fine-quote', () => {
  describe('renders a quote from the story', () => {
    it('shows the original to a reader of its language: figure, blockquote, caption, marks, source', async () => {
      const el = await card(miniStory(), 'q1', 'en');
      const quote = part(el, 'quote')!;
      expect(quote.localName).to.equal('blockquote');
      expect(quote.parentElement!.localName).to.equal('figure');
      expect($(el, 'figure > figcaption')).to.exist;
      expect(words(el)).to.equal('“We disagree.”');
      expect(quote.getAttribute('lang')).to.equal('en');
      expect(quote.getAttribute('cite')).to.equal('https://example.org/report');
      expect(part(el, 'speaker')!.textContent).to.equal('Acme');
      const source = part(el, 'source') as HTMLAnchorElement;
      expect(source.localName).to.equal('a');
      expect(source.href).to.equal('https://example.org/report');
      expect(source.rel).to.equal('noopener noreferrer');
      expect(source.textContent).to.equal('Example News');
      expect(part(el, 'toggle')).to.equal(null);
      expect($(el, '.avatar')!.textContent).to.equal('A');
      expect($(el, '.avatar')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows an Arabic reader the translation, labelled as translated from English', async () => {
      const el = await card(miniStory(), 'q1', 'ar');
      const quote = part(el, 'quote')!;
      expect(words(el)).to.equal('«نحن نختلف.»');
      expect(quote.getAttribute('lang')).to.equal('ar');
      expect(quote.getAttribute('dir')).to.equal('rtl');
      const about = $(el, '#about')!;
      expect(about.textContent).to.equal(coreMessages('ar').translatedFrom(languageName('en', 'ar')));
      expect(about.textContent).to.contain('الإنجليزية');
      expect(quote.getAttribute('aria-describedby')).to.equal('about');
      expect(part(el, 'speaker')!.textContent).to.equal('أكمي');
    });

    it('credits the source of a published translation', async () => {
      const el = await card(miniStory(), 'q1', 'fr');
      expect(words(el)).to.equal('«\u202fNous ne sommes pas d’accord.\u202f»');
      const credit = $<HTMLAnchorElement>(el, '#about a')!;
      expect($(el, '#about')!.textContent).to.match(/^Traduit de l’anglais/);
      expect(credit.href).to.equal('https://example.org/report');
      expect(credit.rel).to.equal('noopener noreferrer');
    });

    it('toggles between the translation and the original, which keeps its own language and direction', async () => {
      const el = await card(amazon, 'lqdn-historic-fine', 'ar');
      const toggle = part(el, 'toggle') as HTMLButtonElement;
      expect(toggle.localName).to.equal('button');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(toggle.textContent).to.contain(coreMessages('ar').original);
      expect(toggle.textContent).to.contain(languageName('fr', 'ar'));
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('ar');
      expect($(el, '#about')!.textContent).to.equal(coreMessages('ar').translatedFrom(languageName('fr', 'ar')));

      toggle.click();
      await el.updateComplete;
      expect(el.showOriginal).to.equal(true);
      expect(el.hasAttribute('show-original')).to.equal(true);
      const quote = part(el, 'quote')!;
      expect(quote.getAttribute('lang')).to.equal('fr');
      expect(quote.getAttribute('dir')).to.equal('ltr');
      expect(words(el)).to.match(/^«\u202fCette sanction historique/);
      expect(words(el)).to.match(/\u202f»$/);
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect($(el, 'figure')!.getAttribute('dir')).to.equal('rtl');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      // the words flow left to right inside a right-to-left card
      expect(getComputedStyle(quote).direction).to.equal('ltr');
      expect(getComputedStyle($(el, 'figcaption')!).direction).to.equal('rtl');

      toggle.click();
      await el.updateComplete;
      expect(el.showOriginal).to.equal(false);
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('ar');
    });

    it('starts on the original with show-original', async () => {
      const el = await card(amazon, 'lqdn-historic-fine', 'en', { showOriginal: true });
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('fr');
      expect(part(el, 'toggle')!.getAttribute('aria-pressed')).to.equal('true');
      expect($(el, '#about')).to.equal(null);
    });

    it('shows the English reader LQDN’s official English version, crediting it', async () => {
      const el = await card(amazon, 'lqdn-historic-fine', 'en');
      expect(words(el)).to.match(/^“This historic fine hits straight to the heart/);
      expect($(el, '#about')!.textContent).to.match(/^Translated from French, /);
      const credited = amazon.sources.find((s) => s.id === 'lqdn-en-2021-07-30')!;
      expect($<HTMLAnchorElement>(el, '#about a')!.href).to.equal(new URL(credited.url).href);
    });

    it('shows the original and says so when the reader’s language has no translation', async () => {
      const el = await card(quoteStory(), 'untranslated', 'ar');
      expect(words(el)).to.equal('«\u202fNous ne commentons pas.\u202f»');
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('fr');
      expect(part(el, 'quote')!.getAttribute('dir')).to.equal('ltr');
      expect($(el, '#about')!.textContent).to.equal(
        fill(coreMessages('ar').fallback, { language: languageName('fr', 'ar') }),
      );
      expect(part(el, 'toggle')).to.equal(null);
      expect(part(el, 'error')).to.equal(null);
    });

    it('marks a paraphrase, visibly and for screen readers, without quotation marks', async () => {
      const el = await card(quoteStory(), 'paraphrased', 'en');
      expect(words(el)).to.equal('The decision follows the law.');
      expect($(el, '.mark')).to.equal(null);
      expect($(el, '#paraphrase')!.textContent).to.equal(coreMessages('en').paraphrase);
      expect(part(el, 'quote')!.getAttribute('aria-describedby')).to.equal('paraphrase');
      const translated = await card(quoteStory(), 'paraphrased', 'fr');
      expect(part(translated, 'quote')!.getAttribute('aria-describedby')).to.equal('paraphrase about');
      expect(words(translated)).to.equal('La décision suit la loi.');
    });

    it('shows the quote’s role, else the speaker’s, and the date at its precision', async () => {
      const paraphrased = await card(quoteStory(), 'paraphrased', 'en');
      expect($(paraphrased, '.meta')!.textContent).to.contain('Chair of the authority');
      expect($(paraphrased, 'time')!.getAttribute('datetime')).to.equal('2021');
      expect($(paraphrased, 'time')!.textContent).to.equal('2021');
      const ngo = await card(quoteStory(), 'fr-ngo', 'en');
      expect($(ngo, '.meta')!.textContent).to.contain('French association');
      expect($(ngo, 'time')!.textContent).to.equal(formatStoryDate('2021-07', 'en'));
      expect($(ngo, 'time')!.textContent).to.equal('July 2021');
    });

    it('formats dates in the reader’s locale, with its digits', async () => {
      const el = await card(quoteStory(), 'untranslated', 'ar-EG');
      expect($(el, 'time')!.textContent).to.equal(formatStoryDate('2021-07-16', 'ar-EG'));
      expect($(el, 'time')!.textContent).to.match(/[٠-٩]/);
    });

    it('renders every quote of the Amazon story in ar, en and fr', async () => {
      for (const lang of ['ar', 'en', 'fr']) {
        for (const q of amazon.quotes) {
          const el = await card(amazon, q.id, lang);
          expect(part(el, 'error'), `${q.id} in ${lang}`).to.equal(null);
          const quote = part(el, 'quote')!;
          expect(quote.textContent.length, q.id).to.be.greaterThan(10);
          const shownLang = quote.getAttribute('lang')!;
          expect(shownLang === lang || shownLang === q.lang, `${q.id} in ${lang}`).to.equal(true);
          expect(part(el, 'speaker')!.textContent.trim()).to.not.equal('');
        }
      }
    });

    it('replaces the no-JavaScript fallback figure with the story’s quote', async () => {
      const wrap = document.createElement('div');
      wrap.lang = 'en';
      wrap.innerHTML = `<fine-quote><figure><blockquote><p>We disagree.</p></blockquote><figcaption>Acme</figcaption></figure></fine-quote>`;
      const el = wrap.firstElementChild as FineQuote;
      el.story = miniStory();
      const ready = oneEvent(el, 'fine-ready');
      document.body.append(wrap);
      try {
        expect(((await ready) as CustomEvent<FineReadyDetail>).detail.storyId).to.equal('mini');
        expect(part(el, 'quote')!.querySelector('slot')).to.equal(null);
        expect(words(el)).to.equal('“We disagree.”');
      } finally {
        wrap.remove();
      }
    });

    it('shows the only quote of a story without a quote attribute', async () => {
      const el = await mount(html`<fine-quote lang="en" .story=${miniStory()}></fine-quote>`);
      expect(words(el)).to.equal('“We disagree.”');
    });

    it('loads src and fires fine-ready once', async () => {
      const el = document.createElement('fine-quote');
      el.lang = 'fr';
      el.src = STORY;
      el.quote = 'amazon-no-data-breach-2021';
      let count = 0;
      el.addEventListener('fine-ready', () => count++);
      const ready = oneEvent(el, 'fine-ready');
      document.body.append(el);
      try {
        const event = (await ready) as CustomEvent<FineReadyDetail>;
        expect(event.detail.storyId).to.equal('amazon-cnpd-2021');
        expect(words(el)).to.match(/^«\u202fIl n'y a eu aucune fuite/);
        await el.updateComplete;
        expect(count).to.equal(1);
      } finally {
        el.remove();
      }
    });

    it('reads the story of an enclosing fine-story', async () => {
      const root = await fixture(
        html`<fine-story lang="en" .story=${quoteStory()}>
          <p>Paragraph.</p>
          <fine-quote quote="fr-ngo"></fine-quote>
          <fine-quote quote="paraphrased"></fine-quote>
        </fine-story>`,
      );
      const [a, b] = [...root.querySelectorAll('fine-quote')];
      await waitUntil(() => part(a!, 'quote') && part(b!, 'quote'), 'the quotes did not render');
      expect(words(a!)).to.equal('“This fine is historic.”');
      expect(words(b!)).to.equal('The decision follows the law.');
    });
  });

  describe('standalone, with no JSON', () => {
    it('shows the words written in the page through a slot, in their own language', async () => {
      const wrap = document.createElement('div');
      wrap.lang = 'en';
      wrap.innerHTML = `<fine-quote speaker="La Quadrature du Net" speaker-role="Press release" cite="https://www.laquadrature.net/2021/07/30/amende-de-746-millions-deuros-contre-amazon/" source="La Quadrature du Net" date="2021-07-30" lang="fr">
          Cette sanction historique frappe au cœur le système de prédation des GAFAM.
        </fine-quote>`;
      const el = wrap.firstElementChild as FineQuote;
      const ready = oneEvent(el, 'fine-ready');
      document.body.append(wrap);
      try {
        expect(((await ready) as CustomEvent<FineReadyDetail>).detail.storyId).to.equal('');
        const quote = part(el, 'quote')!;
        expect(quote.getAttribute('lang')).to.equal('fr');
        expect(quote.getAttribute('dir')).to.equal('ltr');
        const slot = quote.querySelector('slot')!;
        expect(
          slot
            .assignedNodes()
            .map((n) => n.textContent)
            .join(''),
        ).to.equal('Cette sanction historique frappe au cœur le système de prédation des GAFAM.');
        // the words are still in the page, for search engines and readers without JavaScript
        expect(el.textContent).to.contain('Cette sanction historique');
        expect([...quote.querySelectorAll('.mark')].map((m) => m.textContent)).to.deep.equal(['«\u202f', '\u202f»']);
        // the card's own words follow the page, not the quote
        expect($(el, 'figure')!.getAttribute('lang')).to.equal('en');
        expect($(el, '#about')!.textContent).to.equal(fill(coreMessages('en').fallback, { language: 'French' }));
        expect(part(el, 'speaker')!.textContent).to.equal('La Quadrature du Net');
        expect($(el, '.avatar')!.textContent).to.equal('LQ');
        expect($(el, '.meta')!.textContent).to.equal('Press release, July 30, 2021, La Quadrature du Net');
        expect((part(el, 'source') as HTMLAnchorElement).href).to.match(/^https:\/\/www\.laquadrature\.net\//);
        expect(quote.getAttribute('cite')).to.match(/^https:\/\/www\.laquadrature\.net\//);
      } finally {
        wrap.remove();
      }
    });

    it('uses the page’s language for words without a lang, and the site’s name for a link without a source name', async () => {
      const el = await mount(html`<div lang="ar"><fine-quote cite="https://www.example.org/x">كلام</fine-quote></div>`);
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('ar');
      expect(words(el)).to.equal('«كلام»');
      expect($(el, '#about')).to.equal(null);
      expect(part(el, 'source')!.textContent).to.equal('example.org');
      expect(part(el, 'speaker')).to.equal(null);
    });

    it('toggles between the original and a translation written in the page', async () => {
      const el = await mount(
        html`<article lang="ar" dir="rtl">
          <fine-quote speaker="La Quadrature du Net" lang="fr"
            >Cette sanction est historique.<span slot="translation" lang="ar">هذه العقوبة تاريخية.</span></fine-quote
          >
        </article>`,
      );
      const slotText = () =>
        part(el, 'quote')!
          .querySelector('slot')!
          .assignedNodes()
          .map((n) => n.textContent)
          .join('');
      expect(slotText()).to.equal('هذه العقوبة تاريخية.');
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('ar');
      expect($(el, '#about')!.textContent).to.equal(coreMessages('ar').translatedFrom(languageName('fr', 'ar')));
      expect($(el, 'figure')!.getAttribute('dir')).to.equal('rtl');
      (part(el, 'toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(slotText()).to.equal('Cette sanction est historique.');
      expect(part(el, 'quote')!.getAttribute('dir')).to.equal('ltr');
    });

    it('marks a standalone paraphrase and shows a date that is not ISO as written', async () => {
      const el = await mount(
        html`<div lang="en">
          <fine-quote paraphrase speaker="A spokesperson" date="last summer">We will appeal.</fine-quote>
        </div>`,
      );
      expect(words(el)).to.equal('We will appeal.');
      expect($(el, '#paraphrase')).to.exist;
      expect($(el, 'time')).to.equal(null);
      expect($(el, '.meta')!.textContent).to.equal('last summer');
    });

    it('shows hand-written words inside a fine-story that has several quotes', async () => {
      const root = await fixture(
        html`<fine-story lang="en" .story=${quoteStory()}>
          <fine-quote speaker="An editor">Words written by hand.</fine-quote>
        </fine-story>`,
      );
      const el = root.querySelector('fine-quote')!;
      await waitUntil(() => part(el, 'quote'), 'the quote did not render');
      expect(part(el, 'error')).to.equal(null);
      expect(words(el)).to.equal('“Words written by hand.”');
    });
  });

  describe('variants and theme', () => {
    it('keeps a reservation that leaves at most 24 px blank, and drops a taller one once the card shows (no hole)', async () => {
      const withReserve = async (reserve: string) => {
        const el = await mount(
          html`<div lang="en" style="inline-size: 560px; --fine-quote-min-height: ${reserve}">
            <fine-quote .story=${amazon} quote="lqdn-historic-fine" no-updated></fine-quote>
          </div>`,
        );
        await new Promise((r) => requestAnimationFrame(r));
        const content = $(el, 'figure')!.getBoundingClientRect();
        return { el, hole: el.getBoundingClientRect().bottom - content.bottom, height: content.height };
      };
      const natural = (await withReserve('0px')).height;
      // a reservation 20 px taller than the card: kept, nothing below moves
      let { el, hole } = await withReserve(`${natural + 20}px`);
      expect(el.hasAttribute('data-fit')).to.equal(false);
      expect(hole).to.be.closeTo(20, 1);
      // 200 px taller: dropped, the card is as tall as its content
      ({ el, hole } = await withReserve(`${natural + 200}px`));
      expect(el.hasAttribute('data-fit')).to.equal(true);
      expect(hole).to.be.closeTo(0, 1);
      // a new quote is measured again, from its reservation
      el.quote = 'amazon-will-appeal-2021';
      await el.updateComplete;
      // measured in the frame after the render, before that frame is painted (with the page's other
      // elements): a frame callback asked for once the update is done runs after the measurement
      await new Promise((r) => requestAnimationFrame(r));
      expect(el.hasAttribute('data-fit')).to.equal(true);
      // smaller than the card: the card grows past it, as any element does
      ({ el, hole } = await withReserve(`${natural - 50}px`));
      expect(el.hasAttribute('data-fit')).to.equal(false);
      expect(hole).to.be.closeTo(0, 1);
    });

    it('the pull quote in English on a phone leaves no hole under the demo’s reservation', async () => {
      await setViewport({ width: 375, height: 800 });
      const el = await mount(
        html`<div lang="en" style="--fine-quote-min-height: clamp(15rem, 15rem + (45rem - 100vw) * 0.45, 24rem)">
          <fine-quote .story=${amazon} quote="amazon-no-data-breach-2021" variant="pull"></fine-quote>
        </div>`,
      );
      await new Promise((r) => requestAnimationFrame(r));
      const last = el.shadowRoot!.querySelector('.base')!.lastElementChild!;
      expect(el.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom).to.be.at.most(24);
      await setViewport({ width: 800, height: 600 });
    });

    for (const variant of ['card', 'pull', 'inline'] as const) {
      it(`renders the ${variant} variant, reflected, with the same parts`, async () => {
        const el = await card(amazon, 'lqdn-historic-fine', 'ar', { variant });
        expect(el.getAttribute('variant')).to.equal(variant);
        for (const name of ['quote', 'speaker', 'source', 'toggle']) expect(part(el, name), name).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('lays the inline variant out in the running text, without an avatar', async () => {
      const root = await fixture(
        html`<p lang="en" style="inline-size: 40rem; line-height: 1.5">
          As the association put it,
          <fine-quote variant="inline" .story=${quoteStory()} quote="fr-ngo"></fine-quote> and so on.
        </p>`,
      );
      const el = root.querySelector('fine-quote')!;
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('inline');
      expect(getComputedStyle(part(el, 'quote')!).display).to.equal('inline');
      expect(getComputedStyle($(el, '.avatar')!).display).to.equal('none');
      // no block of its own: the words start on the line of the text before, the text after follows the caption
      const textRect = (node: Node, which: 'first' | 'last') => {
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        return which === 'first' ? rects[0]! : rects[rects.length - 1]!;
      };
      const lineOf = (rect: DOMRect) => Math.round(rect.top + rect.height / 2);
      const before = textRect(root.firstChild!, 'last');
      const after = textRect(root.lastChild!, 'first');
      const quoteRects = [...part(el, 'quote')!.getClientRects()];
      const captionRects = [...$(el, 'figcaption')!.getClientRects()];
      expect(Math.abs(lineOf(quoteRects[0]!) - lineOf(before))).to.be.lessThan(6);
      expect(Math.abs(lineOf(captionRects[captionRects.length - 1]!) - lineOf(after))).to.be.lessThan(6);
    });

    it('sets the pull quote in big type, without an avatar', async () => {
      const cardEl = await card(quoteStory(), 'fr-ngo', 'en');
      const pull = await card(quoteStory(), 'fr-ngo', 'en', { variant: 'pull' });
      const size = (el: FineQuote) => parseFloat(getComputedStyle(part(el, 'quote')!).fontSize);
      expect(size(pull)).to.be.greaterThan(size(cardEl) * 1.3);
      expect(getComputedStyle($(pull, '.avatar')!).display).to.equal('none');
    });

    it('follows the --fine-quote-* knobs', async () => {
      const el = await mount(
        html`<div
          lang="en"
          style="--fine-quote-accent: rgb(200, 0, 0); --fine-quote-mark-color: rgb(0, 128, 0); --fine-quote-avatar-size: 50px; --fine-quote-pull-font-size: 40px"
        >
          <fine-quote .story=${quoteStory()} quote="fr-ngo"></fine-quote>
        </div>`,
      );
      const figure = $(el, 'figure')!;
      expect(getComputedStyle(figure).borderInlineStartColor).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle($(el, '.mark')!).color).to.equal('rgb(0, 128, 0)');
      expect($(el, '.avatar')!.getBoundingClientRect().width).to.equal(50);
      el.variant = 'pull';
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'quote')!).fontSize).to.equal('40px');
    });

    it('is dark with theme="dark"', async () => {
      const el = await card(amazon, 'amazon-no-data-breach-2021', 'en', { theme: 'dark' });
      expect(part(el, 'base')!.dataset['scheme']).to.equal('dark');
      const bg = getComputedStyle($(el, 'figure')!).backgroundColor;
      const [r, g, b] = bg.match(/\d+/g)!.map(Number);
      expect(r! + g! + b!).to.be.lessThan(200);
      await expect(el).to.be.accessible();
    });
  });

  describe('right to left', () => {
    it('mirrors the card: the rule and the avatar on the right for an Arabic reader', async () => {
      const rtl = await card(quoteStory(), 'fr-ngo', 'ar');
      const ltr = await card(quoteStory(), 'fr-ngo', 'en');
      const figure = $(rtl, 'figure')!;
      expect(getComputedStyle(figure).borderRightWidth).to.equal('4px');
      expect(getComputedStyle(figure).borderLeftWidth).to.equal('0px');
      const box = (el: FineQuote, sel: string) => el.shadowRoot!.querySelector(sel)!.getBoundingClientRect();
      expect(box(rtl, '.avatar').right).to.be.greaterThan(box(rtl, '[part="speaker"]').right);
      expect(box(ltr, '.avatar').left).to.be.lessThan(box(ltr, '[part="speaker"]').left);
      expect(getComputedStyle($(ltr, 'figure')!).borderLeftWidth).to.equal('4px');
    });

    it('keeps a narrow card readable', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await card(amazon, 'lqdn-amazon-pretends', 'ar');
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        expect($(el, 'figure')!.scrollWidth).to.be.at.most($(el, 'figure')!.clientWidth + 1);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('keyboard', () => {
    it('reaches the toggle with Tab and flips it with Enter and Space', async () => {
      const root = await fixture(
        html`<div lang="ar">
          <button id="before">before</button>
          <fine-quote .story=${miniStory()} quote="q1"></fine-quote>
        </div>`,
      );
      const el = root.querySelector('fine-quote')!;
      await el.updateComplete;
      root.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const toggle = part(el, 'toggle')!;
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.showOriginal).to.equal(true);
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('en');
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.showOriginal).to.equal(false);
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(toggle).outlineStyle).to.not.equal('none');
    });
  });

  describe('bad input', () => {
    it('shows a localized error for an unknown quote id and fires fine-error', async () => {
      const el = document.createElement('fine-quote');
      el.lang = 'ar';
      el.story = miniStory();
      el.quote = 'nobody-said-this';
      const failed = oneEvent(el, 'fine-error');
      document.body.append(el);
      try {
        const { detail } = (await failed) as CustomEvent<FineErrorDetail>;
        expect(detail.errors[0]).to.deep.equal({
          path: '/quotes',
          code: 'unknown-ref',
          params: { kind: 'quote', id: 'nobody-said-this' },
        });
        expect(detail.message).to.contain('اقتباس');
        const error = part(el, 'error')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.textContent).to.contain('nobody-said-this');
        expect(part(el, 'quote')).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('asks which quote when a story has several and none is named', async () => {
      for (const attr of [undefined, '']) {
        const el = document.createElement('fine-quote');
        el.lang = 'en';
        if (attr !== undefined) el.setAttribute('quote', attr);
        el.story = quoteStory();
        const failed = oneEvent(el, 'fine-error');
        document.body.append(el);
        try {
          const { detail } = (await failed) as CustomEvent<FineErrorDetail>;
          expect(detail.errors[0]!.code).to.equal('required');
          expect(part(el, 'error')!.textContent.replace(/[\u2068\u2069]/g, '')).to.contain('"quote" is required');
        } finally {
          el.remove();
        }
      }
    });

    it('says a standalone card has no words, and recovers when they arrive', async () => {
      const wrap = document.createElement('div');
      wrap.lang = 'fr';
      wrap.innerHTML = '<fine-quote speaker="Quelqu’un" lang="en">  </fine-quote>';
      const el = wrap.firstElementChild as FineQuote;
      const failed = oneEvent(el, 'fine-error');
      document.body.append(wrap);
      try {
        const { detail } = (await failed) as CustomEvent<FineErrorDetail>;
        expect(detail.message).to.equal(packMessages(quoteMessages, 'fr').empty);
        expect(detail.errors[0]!.code).to.equal('empty');
        const error = part(el, 'error')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(collapse(error.textContent)).to.equal(packMessages(quoteMessages, 'fr').empty);
        expect(error.getAttribute('lang')).to.equal('fr');
        await expect(el).to.be.accessible();
        const ready = oneEvent(el, 'fine-ready');
        el.append('Now there are words.');
        await ready;
        expect(part(el, 'error')).to.equal(null);
        expect(words(el)).to.equal('“Now there are words.”');
      } finally {
        wrap.remove();
      }
    });

    it('keeps an empty element waiting for a story, without an error', async () => {
      const el = await mount(html`<fine-quote></fine-quote>`);
      expect(part(el, 'loading')).to.exist;
      expect(part(el, 'error')).to.equal(null);
      el.story = miniStory();
      await el.updateComplete;
      expect(part(el, 'quote')).to.exist;
    });

    it('never links a javascript: cite, and keeps the source’s name as text', async () => {
      for (const cite of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>']) {
        const el = await mount(
          html`<div lang="en"><fine-quote speaker="X" source="Some paper" cite=${cite}>Words.</fine-quote></div>`,
        );
        expect(el.shadowRoot!.querySelector('a'), cite).to.equal(null);
        expect(part(el, 'source')!.textContent).to.equal('Some paper');
        expect(part(el, 'quote')!.hasAttribute('cite')).to.equal(false);
        expect(words(el)).to.equal('“Words.”');
      }
    });

    it('shows HTML in the story’s words and in the speaker attribute as text', async () => {
      const el = await card(quoteStory(), 'html', 'en');
      expect(words(el)).to.equal('“<img src=x onerror="window.__quotePwned=1"><b>bold</b>”');
      expect(part(el, 'quote')!.querySelector('img, b')).to.equal(null);
      const [img, bold] = ['<img src=x onerror="window.__quotePwned=1">', '<b>role</b>'];
      const own = await mount(
        html`<div lang="en">
          <fine-quote speaker=${img} speaker-role=${bold}>Words.</fine-quote>
        </div>`,
      );
      expect(part(own, 'speaker')!.textContent).to.equal('<img src=x onerror="window.__quotePwned=1">');
      expect(own.shadowRoot!.querySelector('img, b')).to.equal(null);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as { __quotePwned?: number }).__quotePwned).to.equal(undefined);
    });

    it('shows the error of an invalid story without disturbing its neighbour', async () => {
      const broken = {
        ...miniStory(),
        quotes: [{ id: 'q1', speaker: 'acme', lang: 'en', verbatim: true, sources: ['s1'] }],
      };
      const root = await fixture(
        html`<div lang="en">
          <fine-quote .story=${broken} quote="q1"></fine-quote>
          <fine-quote .story=${miniStory()} quote="q1"></fine-quote>
        </div>`,
      );
      const [bad, good] = [...root.querySelectorAll('fine-quote')];
      await bad!.updateComplete;
      await good!.updateComplete;
      expect(part(bad!, 'error')!.textContent).to.contain('/quotes/0');
      expect(words(good!)).to.equal('“We disagree.”');
    });
  });

  describe('accessibility', () => {
    it('is accessible with the translation shown, the original shown and a paraphrase', async () => {
      const el = await card(amazon, 'amazon-no-data-breach-2021', 'fr');
      await expect(el).to.be.accessible();
      el.showOriginal = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await expect(await card(quoteStory(), 'paraphrased', 'ar')).to.be.accessible();
    });

    it('is accessible standalone, in an RTL article, and while waiting for its story', async () => {
      const own = await mount(
        html`<article lang="ar">
          <fine-quote speaker="مارك بوكان" lang="en" cite="https://example.org" date="2021-03-24"
            >You don't really believe that.</fine-quote
          >
        </article>`,
      );
      await expect(own).to.be.accessible();
      await expect(await card(quoteStory(), 'untranslated', 'ar')).to.be.accessible();
      await expect(await mount(html`<fine-quote quote="x"></fine-quote>`)).to.be.accessible();
    });
  });

  describe('many cards', () => {
    it('renders 60 synthetic quotes in three languages, deterministically', async () => {
      const story = syntheticQuotes(60, 7);
      expect(syntheticQuotes(60, 7)).to.deep.equal(story);
      const root = await fixture(
        html`<div lang="fr">
          ${story.quotes.map((q) => html`<fine-quote .story=${story} quote=${q.id}></fine-quote>`)}
        </div>`,
      );
      const els = [...root.querySelectorAll('fine-quote')];
      await Promise.all(els.map((e) => e.updateComplete));
      expect(els.filter((e) => part(e, 'quote')).length).to.equal(60);
      expect(els.filter((e) => part(e, 'error')).length).to.equal(0);
      // every non-French quote shows its French translation, labelled
      const translated = story.quotes.filter((q) => q.lang !== 'fr').length;
      expect(els.filter((e) => e.shadowRoot!.querySelector('#about')).length).to.equal(translated);
    });
  });
});
