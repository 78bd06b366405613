import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { FineTestElement } from './fixtures/test-element.js';
import { miniStory } from './fixtures/mini-story.js';
import { defineElement } from '../src/core/define.js';
import type { FineErrorDetail, FineReadyDetail } from '../src/events.js';

const STORY = '/data/amazon-cnpd-2021.story.json';
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('FineElement (the base of every element)', () => {
  describe('where the story comes from', () => {
    it('renders a story given as a property, in the page’s language', async () => {
      const el = await fixture<FineTestElement>(
        html`<div lang="en"><fine-test-element .story=${miniStory()}></fine-test-element></div>`,
      ).then((d) => d.querySelector('fine-test-element')!);
      await el.updateComplete;
      expect(part(el, 'title')!.textContent).to.equal('A short story');
      expect(el.locale).to.equal('en');
      expect(el.direction).to.equal('ltr');
    });

    it('loads src and fires fine-ready once rendered', async () => {
      const el = document.createElement('fine-test-element');
      el.setAttribute('lang', 'ar');
      el.src = STORY;
      const ready = oneEvent(el, 'fine-ready');
      document.body.append(el);
      try {
        const event = (await ready) as CustomEvent<FineReadyDetail>;
        expect(event.detail.storyId).to.equal('amazon-cnpd-2021');
        expect(event.bubbles && event.composed).to.equal(true);
        expect(part(el, 'title')!.textContent).to.match(/[\u0600-\u06FF]/);
        expect(el.direction).to.equal('rtl');
      } finally {
        el.remove();
      }
    });

    for (const [what, bom] of [
      ['', ''],
      [', after a UTF-8 byte order mark', '\uFEFF'],
    ])
      it(`reads an inline JSON script child${what}`, async () => {
        const json = bom + JSON.stringify(miniStory());
        const wrapper = document.createElement('div');
        wrapper.setAttribute('lang', 'fr');
        wrapper.innerHTML = `<fine-test-element><script type="application/json">${json}</script></fine-test-element>`;
        const el = wrapper.firstElementChild as FineTestElement;
        const ready = oneEvent(el, 'fine-ready');
        document.body.append(wrapper);
        try {
          await ready;
          expect(part(el, 'title')!.textContent).to.equal('Une histoire courte');
        } finally {
          wrapper.remove();
        }
      });

    it('shows the story’s own language when the page says nothing', async () => {
      const saved = document.documentElement.getAttribute('lang');
      document.documentElement.removeAttribute('lang');
      try {
        const el = await fixture<FineTestElement>(html`<fine-test-element .story=${miniStory()}></fine-test-element>`);
        expect(el.locale).to.equal('ar');
        expect(el.direction).to.equal('rtl');
        expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      } finally {
        if (saved !== null) document.documentElement.setAttribute('lang', saved);
      }
    });

    it('follows a change of the article’s language and direction', async () => {
      const wrapper = await fixture(
        html`<article lang="en"><fine-test-element .story=${miniStory()}></fine-test-element></article>`,
      );
      const el = wrapper.querySelector('fine-test-element')!;
      await el.updateComplete;
      wrapper.setAttribute('lang', 'ar');
      wrapper.setAttribute('dir', 'rtl');
      await waitUntil(() => el.direction === 'rtl', 'direction did not follow');
      await el.updateComplete;
      expect(part(el, 'title')!.textContent).to.equal('قصة قصيرة');
    });

    it('marks a fallback language on the text it shows', async () => {
      const story = miniStory();
      story.title = { ar: 'عنوان فقط' };
      const el = await fixture<FineTestElement>(
        html`<fine-test-element lang="en" .story=${story}></fine-test-element>`,
      );
      expect(part(el, 'title')!.getAttribute('lang')).to.equal('ar');
    });
  });

  describe('bad input', () => {
    async function expectErrorView(el: FineTestElement, code: string) {
      const event = await oneEvent<CustomEvent<FineErrorDetail>>(el, 'fine-error');
      await el.updateComplete;
      expect(event.detail.errors.map((e) => e.code)).to.include(code);
      expect(event.detail.message).to.be.a('string').and.not.equal('');
      const view = part(el, 'error')!;
      expect(view.getAttribute('role')).to.equal('alert');
      return view;
    }

    function mount(src: string, lang = 'en') {
      const el = document.createElement('fine-test-element');
      el.setAttribute('lang', lang);
      el.src = src;
      document.body.append(el);
      return el;
    }

    it('names the JSON path of an invalid story, in the reader’s language', async () => {
      const story = miniStory() as unknown as Record<string, unknown[]>;
      (story['events']![0] as Record<string, unknown>)['date'] = '2021-02-30';
      const el = document.createElement('fine-test-element');
      el.setAttribute('lang', 'ar');
      el.story = story;
      const pending = expectErrorView(el, 'date');
      document.body.append(el);
      const view = await pending;
      expect(view.textContent).to.contain('/events/0/date');
      expect(view.textContent).to.contain('تعذّر عرض هذه القصة');
      el.remove();
    });

    it('reports a 404', async () => {
      const el = mount('/data/does-not-exist.json');
      const view = await expectErrorView(el, 'not-found');
      expect(view.textContent).to.contain('404');
      el.remove();
    });

    it('reports a server error', async () => {
      const el = mount('/__test/500.json');
      expect((await expectErrorView(el, 'server-error')).textContent).to.contain('500');
      el.remove();
    });

    it('reports an HTML page served instead of JSON', async () => {
      const el = mount('/__test/html.json', 'fr');
      const view = await expectErrorView(el, 'html');
      expect(view.textContent).to.contain('HTML');
      el.remove();
    });

    it('refuses an oversized body', async () => {
      const el = mount('/__test/huge.json');
      await expectErrorView(el, 'too-large');
      el.remove();
    });

    it('keeps the rest of the page working', async () => {
      const wrapper = await fixture(
        html`<div>
          <fine-test-element src="/data/does-not-exist.json"></fine-test-element>
          <fine-test-element .story=${miniStory()} lang="en"></fine-test-element>
        </div>`,
      );
      const [bad, good] = [...wrapper.querySelectorAll('fine-test-element')];
      await waitUntil(() => part(bad!, 'error'), 'no error view');
      expect(part(good!, 'title')!.textContent).to.equal('A short story');
    });
  });

  describe('definition', () => {
    it('warns instead of throwing when a tag is defined twice', () => {
      const warnings: unknown[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        class Other extends FineTestElement {}
        expect(() => defineElement('fine-test-element', Other)).not.to.throw();
      } finally {
        console.warn = original;
      }
      expect(String(warnings[0])).to.contain('<fine-test-element> is already defined');
      expect(customElements.get('fine-test-element')).to.equal(FineTestElement);
    });
  });

  describe('accessibility', () => {
    it('is accessible loaded, loading and in error, in both directions', async () => {
      const wrapper = await fixture(
        html`<div>
          <fine-test-element lang="ar" .story=${miniStory()}></fine-test-element>
          <fine-test-element lang="en" .story=${miniStory()} theme="dark"></fine-test-element>
          <fine-test-element lang="en" .story=${{ broken: true }}></fine-test-element>
          <fine-test-element lang="ar" src="/__test/slow.json"></fine-test-element>
        </div>`,
      );
      for (const el of wrapper.querySelectorAll('fine-test-element')) await el.updateComplete;
      await expect(wrapper).to.be.accessible();
    });
  });
});
