/**
 * The base is reusable: `<fine-tally>` (tests/fixtures/fine-tally/, the
 * worked example of ARCHITECTURE.md) is a fifth element built in its own
 * folder from the base and its controllers, with words of its own.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './fixtures/fine-tally/index.js';
import type { FineTally } from './fixtures/fine-tally/index.js';
import { tallyMessages } from './fixtures/fine-tally/messages.js';
import type { FineErrorDetail, FineReadyDetail } from '../src/events.js';
import { miniStory } from './fixtures/mini-story.js';

const STORY = '/data/amazon-cnpd-2021.story.json';
const ARABIC = /[\u0600-\u06FF]/;
// the text of each count, without the bidi isolates around its number
const items = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent.trim().replace(/[\u2068\u2069]/g, ''));

/** Mounts a `<fine-tally>` in `lang` and resolves with it and its first fine-ready or fine-error. */
async function mount(lang: string, set: (el: FineTally) => void) {
  const el = document.createElement('fine-tally');
  el.setAttribute('lang', lang);
  set(el);
  const said = Promise.race([oneEvent(el, 'fine-ready'), oneEvent(el, 'fine-error')]);
  (await fixture<HTMLElement>(html`<div></div>`)).append(el);
  return { el, event: (await said) as CustomEvent<FineReadyDetail | FineErrorDetail> };
}

describe('a fifth element built from the base (fine-tally)', () => {
  it('loads a story from src and fires fine-ready once it shows it, in English', async () => {
    const { el, event } = await mount('en', (el) => (el.src = STORY));
    expect(event.type).to.equal('fine-ready');
    expect((event.detail as FineReadyDetail).storyId).to.equal('amazon-cnpd-2021');
    expect(items(el)[0]).to.match(/^Events: \d+$/);
    expect(el.shadowRoot!.querySelector('[part="list"]')!.getAttribute('aria-label')).to.equal(tallyMessages.en.label);
    expect(el.direction).to.equal('ltr');
  });

  it('speaks Arabic, right to left, with its own words loaded on demand and no English first', async () => {
    const { el, event } = await mount('ar', (el) => (el.story = miniStory()));
    expect(event.type).to.equal('fine-ready');
    expect(el.direction).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    for (const text of items(el)) expect(text).to.match(ARABIC);
    expect(items(el).join()).not.to.contain('Events');
    await expect(el).to.be.accessible();
  });

  it('fires fine-error with a localized message for an invalid story', async () => {
    const { el, event } = await mount('ar', (el) => (el.story = { id: 'broken' }));
    expect(event.type).to.equal('fine-error');
    expect((event.detail as FineErrorDetail).message).to.match(ARABIC);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
  });

  it('fires fine-error for what only it finds wrong: a story with no events', async () => {
    const story = { ...miniStory(), events: [] };
    const { el, event } = await mount('en', (el) => (el.story = story));
    expect(event.type).to.equal('fine-error');
    expect((event.detail as FineErrorDetail).errors[0]!.path).to.equal('/events');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('/events');
    await expect(el).to.be.accessible();
  });
});
