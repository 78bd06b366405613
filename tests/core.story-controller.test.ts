/**
 * StoryController alone, on a bare LitElement host: where the story comes
 * from, the parse cache, and fetches that a newer source overtakes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type PropertyDeclarations } from 'lit';
import { parseCached, StoryController } from '../src/core/story-controller.js';
import '../src/story-provider/index.js';
import { miniStory } from './fixtures/mini-story.js';

class StoryHostElement extends LitElement {
  static override properties: PropertyDeclarations = { src: {}, story: { attribute: false } };
  src?: string;
  story?: unknown;
  readonly loader = new StoryController(this);
  /** Every state the host rendered with. */
  readonly seen: string[] = [];

  protected override render() {
    const { status, story, errors } = this.loader;
    this.seen.push(status);
    return html`<p>${status} ${story?.id ?? ''} ${errors.map((e) => e.code).join(',')}</p>`;
  }
}
customElements.define('story-host-element', StoryHostElement);

const STORY = '/data/amazon-cnpd-2021.story.json';

describe('StoryController', () => {
  it('is idle with no source at all', async () => {
    const el = await fixture<StoryHostElement>(html`<story-host-element></story-host-element>`);
    expect(el.loader.status).to.equal('idle');
    expect(el.loader.story).to.equal(undefined);
  });

  it('validates a story given as a property, and shows what is wrong with a bad one', async () => {
    const el = await fixture<StoryHostElement>(html`<story-host-element .story=${miniStory()}></story-host-element>`);
    expect(el.loader.status).to.equal('ready');
    expect(el.loader.story!.id).to.equal('mini');
    el.story = { id: 'broken' };
    await el.updateComplete;
    expect(el.loader.status).to.equal('error');
    expect(el.loader.story).to.equal(undefined);
    expect(el.loader.errors.map((e) => e.code)).to.include('required');
  });

  it('loads src, through a loading state', async () => {
    const el = await fixture<StoryHostElement>(html`<story-host-element src=${STORY}></story-host-element>`);
    expect(el.loader.status).to.equal('loading');
    await waitUntil(() => el.loader.status === 'ready', 'the story did not load');
    expect(el.loader.story!.id).to.equal('amazon-cnpd-2021');
    await el.updateComplete;
    expect(el.seen).to.include.members(['loading', 'ready']);
  });

  it('reports a failed fetch as errors, not a throw', async () => {
    const el = await fixture<StoryHostElement>(
      html`<story-host-element src="/data/no-such-story.json"></story-host-element>`,
    );
    await waitUntil(() => el.loader.status === 'error', 'no error state');
    expect(el.loader.errors[0]!.code).to.equal('not-found');
  });

  it('drops a fetch that a newer src overtook', async () => {
    const el = await fixture<StoryHostElement>(
      html`<story-host-element src="/__test/story.json?delay=1500"></story-host-element>`,
    );
    el.src = '/__test/html.json';
    await waitUntil(() => el.loader.status === 'error', 'the second source did not fail');
    // the first, slower answer arrives later and must not replace the second's result
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(el.loader.status).to.equal('error');
    expect(el.loader.errors[0]!.code).to.equal('html');
  });

  it('prefers the story property over src, and src over inline JSON', async () => {
    const wrapper = document.createElement('div');
    const own = { ...miniStory(), id: 'inline-story' };
    wrapper.innerHTML = `<story-host-element><script type="application/json">${JSON.stringify(own)}</script></story-host-element>`;
    const el = wrapper.firstElementChild as StoryHostElement;
    document.body.append(wrapper);
    try {
      await el.updateComplete;
      expect(el.loader.story!.id).to.equal('inline-story');
      el.src = STORY;
      await waitUntil(() => el.loader.story?.id === 'amazon-cnpd-2021', 'src did not win over inline JSON');
      el.story = miniStory();
      await el.updateComplete;
      expect(el.loader.story!.id).to.equal('mini');
    } finally {
      wrapper.remove();
    }
  });

  it('takes the story of an enclosing <fine-story>, and follows it', async () => {
    const root = await fixture(
      html`<fine-story .story=${miniStory()}
        ><div><story-host-element></story-host-element></div
      ></fine-story>`,
    );
    const el = root.querySelector<StoryHostElement>('story-host-element')!;
    await waitUntil(() => el.loader.status === 'ready', 'the shared story did not arrive');
    expect(el.loader.story!.id).to.equal('mini');
    (root as HTMLElement & { story: unknown }).story = { ...miniStory(), id: 'next' };
    await waitUntil(() => el.loader.story?.id === 'next', 'the new shared story did not arrive');
  });

  it('validates one object or text once, however many hosts show it', () => {
    const story = miniStory();
    expect(parseCached(story)).to.equal(parseCached(story));
    const text = JSON.stringify(story);
    expect(parseCached(text)).to.equal(parseCached(text));
    expect(parseCached(text)).not.to.equal(parseCached(story));
    // a copy is another input
    expect(parseCached({ ...story })).not.to.equal(parseCached(story));
  });
});
