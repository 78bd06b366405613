/**
 * Language packs: English is bundled, Arabic and French arrive on demand.
 * This file runs in a page of its own where no pack has been loaded yet, so
 * it sees the path a reader's first visit takes. Nothing here imports a pack.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/timeline/index.js';
import '../src/comparison/index.js';
import type { FineTimeline } from '../src/timeline/index.js';
import {
  addLanguage,
  coreMessages,
  KIT_LANGUAGES,
  languageReady,
  packMessages,
  type LanguagePack,
} from '../src/i18n/index.js';
import { en } from '../src/i18n/en.js';
import { vocabulary } from '../src/i18n/vocabulary.js';
import { timelineMessages } from '../src/timeline/messages.js';
import { comparisonMessages } from '../src/comparison/messages.js';
import { quoteMessages } from '../src/quote/messages.js';
import { actorMapMessages } from '../src/actor-map/messages.js';
import { miniStory } from './fixtures/mini-story.js';

const STORY = '/data/amazon-cnpd-2021.story.json';
const ARABIC = /[\u0600-\u06FF]/;

/** Requests this page made for a pack module (`src/i18n/ar.ts` under the test server). */
const packRequests = (lang: string) =>
  performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith(`/i18n/${lang}.ts`));

/** Every text and attribute value an element's shadow root shows, from now until `stop()`. */
function recordShadowText(el: Element) {
  const seen = new Set<string>();
  const take = () => {
    const root = el.shadowRoot;
    if (!root) return;
    seen.add(root.textContent ?? '');
    for (const e of root.querySelectorAll('[aria-label],[placeholder]')) {
      seen.add(e.getAttribute('aria-label') ?? '');
      seen.add(e.getAttribute('placeholder') ?? '');
    }
  };
  const observer = new MutationObserver(take);
  const start = () => {
    take();
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  return { start, take, stop: () => (observer.disconnect(), [...seen].join('\n')) };
}

/** A pack made from the English one, every string marked, to tell it apart on screen (the error words load when shown). */
function markedPack(mark: string): Omit<LanguagePack, 'errors'> {
  const marked = <T>(value: T): T =>
    JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' ? `${mark}${v}` : v)) as T;
  return {
    core: { ...marked(en), translatedFrom: (language: string) => `${mark}${language}`, $lang: 'de', $dir: 'ltr' },
    vocabulary: marked(vocabulary.en),
    timeline: marked(timelineMessages.en),
    comparison: marked(comparisonMessages.en),
    quote: marked(quoteMessages.en),
    actorMap: marked(actorMapMessages.en),
  };
}

describe('language packs', () => {
  it('ship Arabic and French beside the bundled English', () => {
    expect(KIT_LANGUAGES).to.deep.equal(['en', 'ar', 'fr']);
  });

  it('are loaded the first time an element speaks the language, once for every element, and never show English first', async () => {
    expect(packRequests('ar')).to.have.length(0);
    const wrap = await fixture<HTMLElement>(html`<article lang="ar" style="width:900px"></article>`);
    const first = document.createElement('fine-timeline');
    const second = document.createElement('fine-timeline');
    first.src = second.src = STORY;
    const recording = [first, second].map(recordShadowText);
    const ready = Promise.all([oneEvent(first, 'fine-ready'), oneEvent(second, 'fine-ready')]);
    wrap.append(first, second);
    // the shadow roots exist once connected; the first render comes later, in a microtask
    recording.forEach((r) => r.start());
    await ready;
    recording.forEach((r) => r.take());

    const filter = first.shadowRoot!.querySelector('[part="filter"]')!;
    expect(filter.getAttribute('aria-label')).to.match(ARABIC);
    expect(filter.getAttribute('aria-label')).to.equal(packMessages(timelineMessages, 'ar').filter);
    for (const r of recording) {
      const shown = r.stop();
      expect(shown).not.to.contain(timelineMessages.en.filter);
      expect(shown).not.to.contain(en.loading);
    }
    expect(packRequests('ar')).to.have.length(1);
    expect(packRequests('fr')).to.have.length(0);
  });

  it('make `await el.updateComplete` wait for the words', async () => {
    expect(packRequests('fr')).to.have.length(0);
    // fixture() resolves on `updateComplete`: the French words must be on screen by then
    const el = await fixture<FineTimeline>(html`<fine-timeline lang="fr" .story=${miniStory()}></fine-timeline>`);
    const label = el.shadowRoot!.querySelector('[part="filter"]')!.getAttribute('aria-label');
    expect(label).not.to.equal(timelineMessages.en.filter);
    expect(label).to.equal(packMessages(timelineMessages, 'fr').filter);
    expect(coreMessages('fr-CA').original).to.equal('Original');
    expect(packRequests('fr')).to.have.length(1);
  });

  it('hold back a chart drawn from a fines list alone until its words are here', async () => {
    expect(packRequests('ar').length, 'the core is here from the first test').to.equal(1);
    const el = document.createElement('fine-comparison');
    el.lang = 'ar';
    el.fines = miniStory().fines;
    let caption: string | null | undefined;
    el.addEventListener('fine-ready', () => {
      caption = el.shadowRoot!.querySelector('[part="toggle"]')!.textContent;
    });
    const ready = oneEvent(el, 'fine-ready');
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    await ready;
    expect(caption).to.equal(packMessages(comparisonMessages, 'ar').table);
    expect(caption).not.to.equal(comparisonMessages.en.table);
  });

  it('are not needed for English or for a language the kit does not speak', async () => {
    expect(languageReady('en')).to.equal(undefined);
    expect(languageReady('sw')).to.equal(undefined);
    const el = await fixture<FineTimeline>(html`<fine-timeline lang="sw" .story=${miniStory()}></fine-timeline>`);
    const filter = el.shadowRoot!.querySelector('[part="filter"]')!;
    expect(filter.getAttribute('aria-label')).to.equal(timelineMessages.en.filter);
    expect(packRequests('sw')).to.have.length(0);
  });

  it('can be added by the page for a language the kit does not ship, and a regional pack wins over its base', async () => {
    addLanguage('de', markedPack('[de] '));
    addLanguage('de-ch', markedPack('[de-CH] '));
    expect(languageReady('de')).to.equal(undefined);
    const german = await fixture<FineTimeline>(
      html`<fine-timeline lang="de-AT" .story=${miniStory()}></fine-timeline>`,
    );
    const swiss = await fixture<FineTimeline>(html`<fine-timeline lang="de-CH" .story=${miniStory()}></fine-timeline>`);
    const label = (el: FineTimeline) => el.shadowRoot!.querySelector('[part="filter"]')!.getAttribute('aria-label');
    expect(label(german)).to.equal(`[de] ${timelineMessages.en.filter}`);
    expect(label(swiss)).to.equal(`[de-CH] ${timelineMessages.en.filter}`);
  });

  it('follow a change of language on a live element', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div lang="en"><fine-timeline .story=${miniStory()}></fine-timeline></div>`,
    );
    const el = wrap.querySelector<FineTimeline>('fine-timeline')!;
    await el.updateComplete;
    wrap.lang = 'ar';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="filter"]')!.getAttribute('aria-label')).to.match(ARABIC);
  });

  it('of one language settle together, those asked for while the first were loading included', async () => {
    // two tables of a language no page has asked for, each loading until the test says
    const arrive: Record<string, () => void> = {};
    const table = <K extends 'quote' | 'timeline'>(pack: K, words: Partial<LanguagePack>) => ({
      pack,
      load: { xx: () => new Promise<Partial<LanguagePack>>((r) => (arrive[pack] = () => r(words))) },
    });
    const settled: string[] = [];
    const first = languageReady('xx', [table('quote', { quote: quoteMessages.en })])!;
    void first.then(() => settled.push('first'));
    const second = languageReady('xx', [table('timeline', { timeline: timelineMessages.en })])!;
    void second.then(() => settled.push('second'));
    arrive['quote']!();
    await new Promise((r) => setTimeout(r, 20));
    // its own table is here, but the other one is on its way: the elements that asked will render together
    expect(settled).to.deep.equal([]);
    arrive['timeline']!();
    await Promise.all([first, second]);
    expect(settled.sort()).to.deep.equal(['first', 'second']);
  });
});
