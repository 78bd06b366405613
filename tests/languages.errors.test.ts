/**
 * The words of errors (the validator's and the loader's) are in no element's
 * file: a reader downloads them, English included, only when an element
 * shows an error. This file runs in a page of its own where no words have
 * loaded yet, so it sees a reader's first error.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/timeline/index.js';
import '../src/story-provider/index.js';
import type { FineTimeline } from '../src/timeline/index.js';
import { addLanguage, coreMessages, errorMessages, errorWords, languageReady } from '../src/i18n/index.js';
import { miniStory } from './fixtures/mini-story.js';

const ARABIC = /[\u0600-\u06FF]/;

/** Requests this page made for a module of error words (`src/i18n/errors.ar.ts` under the test server). */
const errorRequests = (lang: string) =>
  performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith(`/i18n/errors.${lang}.ts`));

/** A story with one error: an event's date that does not exist. */
const broken = () => {
  const story = miniStory();
  story.events[0]!.date = '2021-02-30';
  return story;
};

describe('error words', () => {
  it('are not loaded while every story shows', async () => {
    const el = await fixture<FineTimeline>(html`<fine-timeline lang="ar" .story=${miniStory()}></fine-timeline>`);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(errorRequests('en')).to.have.length(0);
    expect(errorRequests('ar')).to.have.length(0);
    expect(errorMessages('ar')).to.equal(undefined);
  });

  it('load with the first error, in the reader’s language, before the error view shows', async () => {
    const el = document.createElement('fine-timeline');
    el.lang = 'ar';
    el.story = broken();
    const failed = oneEvent(el, 'fine-error');
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    const { detail } = await failed;
    expect(detail.message).to.match(ARABIC);
    expect(detail.message).to.contain('2021-02-30');
    // the event fires once the words are here, and the view shows them
    const view = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(view.textContent).to.match(ARABIC);
    expect(view.textContent).to.contain('/events/0/date');
    expect(errorRequests('ar')).to.have.length(1);
    expect(errorRequests('en')).to.have.length(0);
  });

  it('in English are a module of their own too, loaded once for every element', async () => {
    const [a, b] = await Promise.all([
      fixture<FineTimeline>(html`<fine-timeline lang="en" .story=${broken()}></fine-timeline>`),
      fixture<FineTimeline>(html`<fine-timeline lang="en-GB" .story=${broken()}></fine-timeline>`),
    ]);
    for (const el of [a, b]) {
      expect(el.shadowRoot!.querySelector('[part~="error"] li')!.textContent).to.contain('This date does not exist');
    }
    expect(errorRequests('en')).to.have.length(1);
  });

  it('are English for a language the kit does not ship, unless the page adds its own', async () => {
    const swahili = await fixture<FineTimeline>(html`<fine-timeline lang="sw" .story=${broken()}></fine-timeline>`);
    expect(swahili.shadowRoot!.querySelector('[part~="error"] li')!.textContent).to.contain('This date does not exist');
    const english = errorMessages('en')!;
    addLanguage('de', {
      core: { ...coreMessages('en'), $lang: 'de', errorTitle: 'Diese Geschichte kann nicht gezeigt werden' },
      errors: { ...english, errors: { ...english.errors, date: 'Dieses Datum gibt es nicht: {received}.' } },
    });
    expect(languageReady('de', [errorWords])).to.equal(undefined);
    const german = await fixture<FineTimeline>(html`<fine-timeline lang="de" .story=${broken()}></fine-timeline>`);
    expect(german.shadowRoot!.querySelector('[part~="error"] li')!.textContent).to.contain(
      'Dieses Datum gibt es nicht',
    );
  });

  it('reach <fine-story>’s fine-error too', async () => {
    const el = document.createElement('fine-story');
    el.lang = 'fr';
    el.story = broken();
    const failed = oneEvent(el, 'fine-error');
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    const { detail } = await failed;
    expect(detail.message).to.contain('/events/0/date');
    expect(detail.message).to.contain('n’existe pas');
    expect(errorRequests('fr')).to.have.length(1);
  });
});
