/**
 * One language on the wire: `<fine-story src="story.json" split>` (or any
 * element with `src` and `split`) fetches the reader's file,
 * `story.ar.json`, written by `npx fine-kit split`, and the full file when
 * that one is missing: one extra request at most.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/story-provider/index.js';
import '../src/quote/index.js';
import '../src/timeline/index.js';
import type { FineQuote } from '../src/quote/index.js';

const ARABIC = /[\u0600-\u06FF]/;
let run = 0;
// the page's own modules fill most of resource timing's default buffer of 250 entries
performance.setResourceTimingBufferSize(100_000);

/** A fresh URL of the Amazon story for each test: the page caches loads by URL. */
const source = () => `/data/amazon-cnpd-2021.story.json?split-test=${++run}`;

/** The story files this page fetched for `url`'s query: `['story.ar.json', 'story.json']`. */
const fetched = (url: string) => {
  const query = url.slice(url.indexOf('?'));
  return performance
    .getEntriesByType('resource')
    .filter((e) => e.name.endsWith(query))
    .map((e) => new URL(e.name).pathname.replace('/data/amazon-cnpd-2021.', ''));
};

/** Waits until the page's resource timing lists `n` story files for `url`'s query: an entry can land a moment after the response was read. */
async function requested(url: string, n: number) {
  await waitUntil(() => fetched(url).length >= n, `fewer than ${n} story file(s) fetched`);
}

/** A `<fine-story>` with a quote inside, in `lang`, ready. */
async function article(lang: string, split: string, src = source()) {
  const root = document.createElement('fine-story');
  root.setAttribute('lang', lang);
  root.setAttribute('split', split);
  root.src = src;
  root.innerHTML = '<fine-quote quote="lqdn-historic-fine"></fine-quote>';
  const ready = oneEvent(root, 'fine-ready');
  (await fixture<HTMLElement>(html`<div></div>`)).append(root);
  await ready;
  const quote = root.querySelector<FineQuote>('fine-quote')!;
  await waitUntil(() => quote.shadowRoot!.querySelector('[part~="quote"]'), 'the quote did not render');
  return { root, quote, src };
}

describe('split: one language on the wire', () => {
  for (const lang of ['ar', 'en', 'fr']) {
    it(`fetches only the ${lang} file for a ${lang} reader`, async () => {
      const { quote, src } = await article(lang, '');
      await requested(src, 1);
      expect(fetched(src)).to.deep.equal([`story.${lang}.json`]);
      const text = quote.shadowRoot!.textContent ?? '';
      if (lang === 'ar') expect(text).to.match(ARABIC);
      else expect(text).not.to.match(ARABIC);
    });
  }

  it('fetches the full file straight away for a language not listed in split', async () => {
    const { quote, src } = await article('de', 'ar en fr');
    await requested(src, 1);
    expect(fetched(src)).to.deep.equal(['story.json']);
    expect(quote.shadowRoot!.querySelector('[part~="quote"]')).not.to.equal(null);
  });

  it('falls back to the full file when the reader’s file is missing: one extra request', async () => {
    const { quote, src } = await article('de', '');
    await requested(src, 2);
    expect(fetched(src)).to.deep.equal(['story.de.json', 'story.json']);
    expect(quote.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });

  it('asks for a missing file once a page, however many elements name it', async () => {
    const src = source();
    const wrap = await fixture<HTMLElement>(html`<div lang="sw"></div>`);
    const timelines = [0, 1, 2].map(() => {
      const el = document.createElement('fine-timeline');
      el.setAttribute('split', '');
      el.src = src;
      return el;
    });
    const ready = Promise.all(timelines.map((el) => oneEvent(el, 'fine-ready')));
    wrap.append(...timelines);
    await ready;
    await requested(src, 2);
    expect(fetched(src)).to.deep.equal(['story.sw.json', 'story.json']);
    // a later element goes to the full file straight away
    const late = document.createElement('fine-timeline');
    late.setAttribute('split', '');
    late.src = src;
    const lateReady = oneEvent(late, 'fine-ready');
    wrap.append(late);
    await lateReady;
    await requested(src, 2);
    expect(fetched(src)).to.deep.equal(['story.sw.json', 'story.json']);
  });

  it('works on an element alone, by its own language or its article’s', async () => {
    const src = source();
    const wrap = await fixture<HTMLElement>(html`<article lang="fr"></article>`);
    const el = document.createElement('fine-timeline');
    el.setAttribute('split', 'ar fr');
    el.src = src;
    const ready = oneEvent(el, 'fine-ready');
    wrap.append(el);
    await ready;
    await requested(src, 1);
    expect(fetched(src)).to.deep.equal(['story.fr.json']);
    expect(el.locale).to.equal('fr');
  });

  it('fetches the new language’s file when the page’s language changes', async () => {
    const { root, quote, src } = await article('ar', 'ar en fr');
    expect(quote.shadowRoot!.textContent).to.match(ARABIC);
    root.setAttribute('lang', 'en');
    await waitUntil(() => fetched(src).includes('story.en.json'), 'the English file was not fetched');
    await waitUntil(() => !ARABIC.test(quote.shadowRoot!.textContent ?? ''), 'the quote stayed in Arabic');
    await requested(src, 2);
    expect(fetched(src)).to.deep.equal(['story.ar.json', 'story.en.json']);
  });

  it('fetches the full file without split, or when no lang attribute names the reader’s language', async () => {
    const plain = await article('ar', '');
    plain.root.removeAttribute('split');
    const src = source();
    plain.root.src = src;
    await waitUntil(() => fetched(src).length, 'nothing fetched');
    await requested(src, 1);
    expect(fetched(src)).to.deep.equal(['story.json']);

    const page = document.documentElement;
    const pageLang = page.getAttribute('lang');
    page.removeAttribute('lang');
    try {
      const src2 = source();
      const el = document.createElement('fine-timeline');
      el.setAttribute('split', '');
      el.src = src2;
      const ready = oneEvent(el, 'fine-ready');
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      await ready;
      await requested(src2, 1);
      expect(fetched(src2)).to.deep.equal(['story.json']);
    } finally {
      if (pageLang !== null) page.setAttribute('lang', pageLang);
    }
  });
});
