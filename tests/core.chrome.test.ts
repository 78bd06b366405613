import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import '../src/index.js';
import './fixtures/test-element.js';
import type { FineElement } from '../src/core/fine-element.js';
import { formatStoryDate } from '../src/core/format.js';
import { languageReady, packMessages } from '../src/i18n/index.js';
import { vocabulary } from '../src/i18n/vocabulary.js';
import { changesNewestFirst, lastUpdated } from '../src/story/status.js';
import { parseStory } from '../src/story/parse.js';
import type { Story } from '../src/story/types.js';
import { miniStory } from './fixtures/mini-story.js';

/**
 * What every element shows around its content (the base's chrome): the
 * story's caption for it, a source credit, and the story's "Updated" date
 * with a disclosure of its updates and corrections; and the attributes that
 * hide them where the page has its own.
 */
let amazon: Story;
before(async () => {
  amazon = (await (await fetch('/data/amazon-cnpd-2021.story.json')).json()) as Story;
  await Promise.all(['ar', 'fr'].map((lang) => languageReady(lang, [vocabulary])));
});

/** The four elements, each as an article would place it. */
const ELEMENTS = [
  { tag: 'fine-timeline', attrs: '' },
  { tag: 'fine-comparison', attrs: 'limit="5"' },
  { tag: 'fine-quote', attrs: 'quote="lqdn-historic-fine"' },
  { tag: 'fine-actor-map', attrs: '' },
] as const;

/** `tag` with the story, in an ancestor of `lang`, with extra attributes; resolves once it is ready. */
async function mount(tag: string, lang: string, attrs = '', story: unknown = amazon): Promise<FineElement> {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang} style="inline-size: 720px"></div>`);
  wrap.innerHTML = `<${tag} ${attrs}></${tag}>`;
  const el = wrap.firstElementChild as FineElement;
  const settled = new Promise((resolve) => {
    el.addEventListener('fine-ready', resolve, { once: true });
    el.addEventListener('fine-error', resolve, { once: true });
  });
  el.story = story;
  await settled;
  await el.updateComplete;
  return el;
}

const part = (el: FineElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();

describe('chrome: the story’s “Updated” date on every element', () => {
  const WANT = {
    en: 'Updated November 30, 2026',
    fr: 'Mis à jour le 30 novembre 2026',
    ar: 'آخر تحديث: 30 نوفمبر 2026',
  };
  for (const { tag, attrs } of ELEMENTS) {
    for (const lang of ['ar', 'en', 'fr'] as const) {
      it(`${tag}, ${lang}: shows the date the story last changed, as a <time>`, async () => {
        const el = await mount(tag, lang, attrs);
        const updated = part(el, 'updated') as HTMLDetailsElement;
        expect(updated.localName, 'a disclosure: the story has changes').to.equal('details');
        expect(text(updated.querySelector('summary'))).to.equal(WANT[lang]);
        expect(updated.querySelector('time')!.dateTime).to.equal(lastUpdated(amazon));
        expect(updated.open, 'closed until the reader opens it').to.equal(false);
        // below the element's own content
        const base = part(el, 'base')!;
        expect(base.lastElementChild).to.equal(part(el, 'footer'));
      });
    }
  }

  it('opens with the keyboard and lists every change, newest first: kind, date, text, sources', async () => {
    const el = await mount('fine-comparison', 'en', 'limit="3"');
    const details = part(el, 'updated') as HTMLDetailsElement;
    const summary = details.querySelector('summary')!;
    summary.focus();
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    const items = [...details.querySelectorAll('li')];
    const changes = changesNewestFirst(amazon);
    expect(items.length).to.equal(changes.length);
    const v = packMessages(vocabulary, 'en');
    items.forEach((li, i) => {
      const change = changes[i]!;
      expect(text(li.querySelector('strong'))).to.equal(v.changeKinds[change.kind]);
      expect(li.querySelector('time')!.dateTime).to.equal(change.date);
      expect(text(li.querySelector('time'))).to.equal(formatStoryDate(change.date, 'en'));
      const words = typeof change.text === 'string' ? change.text : change.text['en']!;
      expect(text(li)).to.contain(words.slice(0, 60));
      const links = [...li.querySelectorAll<HTMLAnchorElement>('.sources a')];
      expect(links.length).to.equal(change.sources.length);
      links.forEach((a, j) => {
        expect(a.href).to.equal(amazon.sources.find((s) => s.id === change.sources[j])!.url);
      });
      // two sources of one publisher are told apart ("Conseil d’État (1)", "Conseil d’État (2)")
      expect(new Set(links.map((a) => text(a))).size, links.map((a) => text(a)).join(' | ')).to.equal(links.length);
    });
    expect(text(details.querySelector('.changes-title'))).to.equal(v.changesTitle);
    await expect(el).to.be.accessible();
    await sendKeys({ press: ' ' });
    expect(details.open).to.equal(false);
  });

  for (const lang of ['ar', 'en']) {
    it(`${lang}: a change's sources read "A, B" and a short name never breaks across lines on a phone`, async () => {
      const el = await mount('fine-quote', lang, 'quote="lqdn-historic-fine"');
      el.parentElement!.style.inlineSize = '340px';
      const details = part(el, 'updated') as HTMLDetailsElement;
      details.open = true;
      await oneEvent(details, 'toggle');
      await el.updateComplete;
      const comma = lang === 'ar' ? '،' : ',';
      // a publisher named twice in one list is told apart by each source's date (both have one here)
      const publishers = (change: NonNullable<Story['changes']>[number]) => {
        const list = change.sources.map((id) => amazon.sources.find((s) => s.id === id)!);
        return list.map(({ publisher, date }) =>
          list.filter((s) => s.publisher === publisher).length > 1
            ? `${publisher} (${formatStoryDate(date!, lang, 'short')})`
            : publisher,
        );
      };
      const changes = changesNewestFirst(amazon);
      const lists = [...details.querySelectorAll('.sources')];
      expect(lists.length).to.equal(changes.length);
      lists.forEach((list, i) => {
        const names = publishers(changes[i]!);
        expect(text(list)).to.contain(names.join(`${comma} `));
        for (const a of list.querySelectorAll('a')) {
          // one line per name, unless the name is wider than the column: then it wraps inside its own box
          const box = a.closest('.source')?.getBoundingClientRect().width ?? 0;
          const wraps = a.getBoundingClientRect().height > parseFloat(getComputedStyle(list).lineHeight) * 1.5;
          if (wraps) expect(box, a.textContent).to.be.at.least(list.clientWidth - 1);
        }
      });
    });
  }

  for (const lang of ['ar', 'en']) {
    for (const { tag, attrs } of ELEMENTS) {
      it(`${tag}, ${lang}: axe clean with the changes open`, async () => {
        const el = await mount(tag, lang, attrs);
        const details = part(el, 'updated') as HTMLDetailsElement;
        // the list is written once the disclosure opens (its toggle event)
        expect(details.querySelector('li')).to.equal(null);
        details.open = true;
        await oneEvent(details, 'toggle');
        await el.updateComplete;
        expect(details.querySelectorAll('li').length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('a story with `updated` and no notes says the date without a disclosure; one with neither shows nothing', async () => {
    const dated = { ...miniStory(), updated: '2025-01-02' };
    let el = await mount('fine-test-element', 'en', '', dated);
    expect(part(el, 'updated')!.localName).to.equal('p');
    expect(text(part(el, 'updated'))).to.equal('Updated January 2, 2025');
    el = await mount('fine-test-element', 'en', '', miniStory());
    expect(part(el, 'footer')).to.equal(null);
    expect(part(el, 'caption')).to.equal(null);
  });

  it('no-updated hides it (the page shows its own); the attribute can change after the first render', async () => {
    const el = await mount('fine-timeline', 'en', 'no-updated');
    expect(part(el, 'updated')).to.equal(null);
    el.removeAttribute('no-updated');
    await el.updateComplete;
    expect(part(el, 'updated')).not.to.equal(null);
  });

  it('shows nothing while loading, and nothing beside an error', async () => {
    const el = await mount('fine-test-element', 'en', '', { ...amazon, id: 'Not An Id' });
    expect(part(el, 'error')).not.to.equal(null);
    expect(part(el, 'footer')).to.equal(null);
    expect(part(el, 'caption')).to.equal(null);
    const wrap = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    render(html`<fine-timeline src="/__test/slow.json"></fine-timeline>`, wrap);
    const loading = wrap.firstElementChild as FineElement;
    await loading.updateComplete;
    expect(part(loading, 'loading')).not.to.equal(null);
    expect(part(loading, 'footer')).to.equal(null);
  });
});

describe('chrome: caption and credit', () => {
  it('each element shows the story’s caption for it, and its credit, in the reader’s language', async () => {
    for (const [tag, key] of [
      ['fine-timeline', 'timeline'],
      ['fine-comparison', 'comparison'],
      ['fine-actor-map', 'actor-map'],
    ] as const) {
      for (const lang of ['en', 'fr', 'ar']) {
        const el = await mount(tag, lang);
        const caption = amazon.captions![key]!;
        const pick = (t: unknown) => (t as Record<string, string>)[lang]!;
        expect(text(part(el, 'caption-title')), `${tag} ${lang}`).to.equal(pick(caption.title));
        expect(part(el, 'caption-title')!.localName).to.equal('h3');
        if (caption.text) expect(text(part(el, 'caption-text'))).to.equal(pick(caption.text));
        const credit = packMessages(vocabulary, lang).credit.replace('{credit}', pick(caption.credit));
        expect(text(part(el, 'credit'))).to.equal(credit);
        // above the content
        expect(part(el, 'base')!.firstElementChild).to.equal(part(el, 'caption'));
      }
    }
  });

  it('in Arabic, every Latin name of the credit is isolated', async () => {
    const el = await mount('fine-timeline', 'ar');
    const isolated = [...part(el, 'credit')!.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).to.deep.equal(['La Quadrature du Net', 'CNPD']);
  });

  it('a date and an amount in the caption never break across lines, at any width', async () => {
    const WHOLE = { ar: ['12 مارس 2026', '746 مليون يورو'], en: ['12 March 2026', '€746 million'] };
    for (const lang of ['ar', 'en'] as const) {
      const el = await mount('fine-timeline', lang);
      const caption = part(el, 'caption-text')!;
      // the caption's one text node (Lit's markers beside it are comments)
      const node = [...caption.childNodes].find((n): n is Text => n instanceof Text && n.data.trim() !== '')!;
      for (let width = 240; width <= 720; width += 8) {
        el.parentElement!.style.inlineSize = `${width}px`;
        for (const phrase of WHOLE[lang]) {
          const at = node.data.replaceAll('\u00A0', ' ').indexOf(phrase);
          expect(at, `"${phrase}" in the caption`).to.be.at.least(0);
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + phrase.length);
          // one line: every piece's middle within that line (Firefox gives the digits and the Arabic
          // letters, in fonts of different heights, boxes of different tops on the same line)
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          const middles = rects.map((r) => r.top + r.height / 2);
          const spread = Math.max(...middles) - Math.min(...middles);
          expect(
            spread,
            `${lang}, ${width} px: "${phrase}" ${JSON.stringify(rects.map((r) => [r.top, r.height]))}`,
          ).to.be.below(parseFloat(getComputedStyle(caption).lineHeight) / 2);
        }
      }
    }
  });

  it('caption="…" replaces the story’s title; no-caption hides title and text; no-credit hides the credit', async () => {
    let el = await mount('fine-comparison', 'en', 'limit="3" caption="Fines compared, our way"');
    expect(text(part(el, 'caption-title'))).to.equal('Fines compared, our way');
    expect(part(el, 'caption-text')).not.to.equal(null);
    el = await mount('fine-comparison', 'en', 'limit="3" no-caption no-credit');
    expect(part(el, 'caption')).to.equal(null);
    expect(part(el, 'credit')).to.equal(null);
    expect(part(el, 'updated'), 'still dated').not.to.equal(null);
    el = await mount('fine-comparison', 'en', 'limit="3" no-caption no-credit no-updated');
    expect(part(el, 'footer')).to.equal(null);
    expect(el.noCaption && el.noCredit && el.noUpdated).to.equal(true);
  });

  it('the quote has no caption from the story, but takes the page’s; an inline quote shows no chrome', async () => {
    let el = await mount('fine-quote', 'en', 'quote="lqdn-historic-fine"');
    expect(part(el, 'caption')).to.equal(null);
    el = await mount('fine-quote', 'en', 'quote="lqdn-historic-fine" caption="What the complainants said"');
    expect(text(part(el, 'caption-title'))).to.equal('What the complainants said');
    el = await mount('fine-quote', 'en', 'quote="lqdn-historic-fine" variant="inline"');
    expect(getComputedStyle(part(el, 'footer')!).display).to.equal('none');
  });

  it('a standalone quote (words in the page, no story) shows the page’s caption and no date', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div lang="en">
        <fine-quote speaker="La Quadrature du Net" caption="The complainants">Une sanction historique.</fine-quote>
      </div>`,
    );
    const el = wrap.querySelector('fine-quote')!;
    await el.updateComplete;
    expect(text(part(el, 'caption-title'))).to.equal('The complainants');
    expect(part(el, 'footer')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a caption missing in the reader’s language shows the story’s own, marked with its language and direction', async () => {
    const story: Story = { ...amazon, captions: { timeline: { title: { ar: 'قضية أمازون', en: 'The Amazon case' } } } };
    const el = await mount('fine-timeline', 'fr', '', story);
    const title = part(el, 'caption-title')!;
    expect(text(title)).to.equal('قضية أمازون');
    expect(title.querySelector('[lang="ar"]')!.getAttribute('dir')).to.equal('rtl');
  });
});

describe('chrome: the story format', () => {
  it('validates captions: only the elements that have one, texts where texts go', () => {
    const bad = (captions: unknown) => {
      const r = parseStory({ ...miniStory(), captions });
      return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
    };
    expect(bad({ timeline: { title: 'Dates', credit: 'CNPD' }, 'actor-map': { text: 'Who' } })).to.deep.equal([]);
    expect(bad({ quote: { title: 'x' } })).to.deep.equal([['/captions/quote', 'unknown-key']]);
    expect(bad({ timeline: { title: 5 } })).to.deep.equal([['/captions/timeline/title', 'type']]);
    expect(bad({ comparison: { title: '' } })).to.deep.equal([['/captions/comparison/title', 'empty']]);
    expect(bad({ timeline: { heading: 'x' } })).to.deep.equal([['/captions/timeline/heading', 'unknown-key']]);
  });
});
