import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/story-provider/index.js';
import './fixtures/test-element.js';
import { miniStory } from './fixtures/mini-story.js';
import type { FineStory } from '../src/story-provider/fine-story.js';

const title = (el: Element) => el.shadowRoot!.querySelector('[part="title"]')?.textContent;

describe('fine-story', () => {
  it('loads the story once for every element inside it', async () => {
    const url = '/data/amazon-cnpd-2021.story.json?provider-once';
    const root = await fixture<FineStory>(
      html`<fine-story src=${url} lang="en">
        <section>
          <fine-test-element></fine-test-element>
          <div><fine-test-element></fine-test-element></div>
        </section>
        <fine-test-element></fine-test-element>
      </fine-story>`,
    );
    const elements = [...root.querySelectorAll('fine-test-element')];
    await waitUntil(() => elements.every((el) => title(el)), 'elements did not render the shared story');
    expect(new Set(elements.map(title)).size).to.equal(1);
    const requests = () => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('provider-once'));
    // the browser adds a resource timing entry a little after the body arrives
    await waitUntil(() => requests().length > 0, 'no request seen');
    await new Promise((r) => setTimeout(r, 100));
    expect(requests().length).to.equal(1);
  });

  it('adds no box to the article', async () => {
    const root = await fixture<FineStory>(html`<fine-story .story=${miniStory()}><p>text</p></fine-story>`);
    expect(getComputedStyle(root).display).to.equal('contents');
  });

  it('lets an element with its own story keep it', async () => {
    const own = { ...miniStory(), title: { en: 'Own story', ar: 'قصة خاصة', fr: 'Histoire propre' } };
    const root = await fixture<FineStory>(
      html`<fine-story .story=${miniStory()} lang="en">
        <fine-test-element class="shared"></fine-test-element>
        <fine-test-element class="own" .story=${own}></fine-test-element>
      </fine-story>`,
    );
    const shared = root.querySelector('.shared')!;
    const mine = root.querySelector('.own')!;
    await waitUntil(() => title(shared) && title(mine));
    expect(title(shared)).to.equal('A short story');
    expect(title(mine)).to.equal('Own story');
  });

  it('passes a loading error to every element inside, and fires fine-error itself', async () => {
    const root = document.createElement('fine-story');
    root.src = '/data/missing.story.json';
    root.innerHTML = '<fine-test-element lang="en"></fine-test-element>';
    const failed = oneEvent(root, 'fine-error');
    document.body.append(root);
    try {
      await failed;
      const child = root.querySelector('fine-test-element')!;
      await waitUntil(() => child.shadowRoot!.querySelector('[part="error"]'), 'child shows no error');
      expect(child.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('404');
    } finally {
      root.remove();
    }
  });

  it('updates the elements when its story changes', async () => {
    const root = await fixture<FineStory>(
      html`<fine-story .story=${miniStory()} lang="fr">
        <fine-test-element></fine-test-element>
      </fine-story>`,
    );
    const child = root.querySelector('fine-test-element')!;
    await waitUntil(() => title(child) === 'Une histoire courte');
    root.story = { ...miniStory(), title: { fr: 'Nouveau titre', en: 'New title', ar: 'عنوان جديد' } };
    await waitUntil(() => title(child) === 'Nouveau titre', 'child did not follow the new story');
  });
});
