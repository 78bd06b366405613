/**
 * LocaleController alone, on a bare LitElement host: language, direction and
 * colour scheme resolved from the page and followed when it changes, and
 * words that hold the host back until they have loaded. This file runs in a
 * page of its own, where no language pack has been loaded yet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type PropertyDeclarations } from 'lit';
import { LocaleController, type Theme } from '../src/core/locale-controller.js';
import { coreMessages } from '../src/i18n/index.js';
import { quoteMessages } from '../src/quote/messages.js';

class LocaleHostElement extends LitElement {
  static override properties: PropertyDeclarations = { theme: {}, fallback: {} };
  theme: Theme = 'auto';
  fallback?: string;
  readonly i18n = new LocaleController(this, { fallback: () => this.fallback, theme: () => this.theme });
  /** What each render showed: the words, or that they were still loading. */
  readonly shown: string[] = [];

  constructor() {
    super();
    this.i18n.use(quoteMessages);
  }

  protected override render() {
    const text = this.i18n.pending ? 'waiting' : this.i18n.words(quoteMessages).empty;
    this.shown.push(text);
    return html`<p>${text}</p>`;
  }
}
customElements.define('locale-host-element', LocaleHostElement);

describe('LocaleController', () => {
  it('holds the host back until its words in the language have loaded, then updates it', async () => {
    const el = await fixture<LocaleHostElement>(html`<locale-host-element lang="ar"></locale-host-element>`);
    expect(el.shown[0]).to.equal('waiting');
    expect(el.i18n.pending).to.be.instanceOf(Promise);
    await waitUntil(() => !el.i18n.pending, 'the Arabic words did not load');
    await el.updateComplete;
    expect(el.shown.at(-1)).to.match(/[\u0600-\u06FF]/);
    expect(el.shown).not.to.include(quoteMessages.en.empty);
    expect(el.i18n.messages).to.equal(coreMessages('ar'));
  });

  it('can wait for a second language in the same update', async () => {
    const el = await fixture<LocaleHostElement>(html`<locale-host-element lang="en"></locale-host-element>`);
    el.i18n.sync();
    el.i18n.need('fr');
    const pending = el.i18n.pending;
    expect(pending).to.be.instanceOf(Promise);
    await pending;
    expect(el.i18n.words(quoteMessages, 'fr').empty).not.to.equal(quoteMessages.en.empty);
  });
  it('speaks the nearest lang attribute, in its direction', async () => {
    const wrap = await fixture(html`<section lang="ar"><locale-host-element></locale-host-element></section>`);
    const el = wrap.querySelector<LocaleHostElement>('locale-host-element')!;
    expect(el.i18n.lang).to.equal('ar');
    expect(el.i18n.dir).to.equal('rtl');
  });

  it('lets a dir attribute nearer than the lang decide the direction', async () => {
    const wrap = await fixture(
      html`<section lang="ar">
        <div dir="ltr"><locale-host-element></locale-host-element></div>
      </section>`,
    );
    const el = wrap.querySelector<LocaleHostElement>('locale-host-element')!;
    expect([el.i18n.lang, el.i18n.dir]).to.deep.equal(['ar', 'ltr']);
  });

  it('falls back to the story’s language when the page says nothing', async () => {
    const saved = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = await fixture<LocaleHostElement>(html`<locale-host-element .fallback=${'fa'}></locale-host-element>`);
      expect([el.i18n.lang, el.i18n.dir]).to.deep.equal(['fa', 'rtl']);
      el.fallback = 'de';
      await el.updateComplete;
      expect([el.i18n.lang, el.i18n.dir]).to.deep.equal(['de', 'ltr']);
    } finally {
      if (saved !== null) document.documentElement.setAttribute('lang', saved);
    }
  });

  it('follows an ancestor that changes its language', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><locale-host-element></locale-host-element></div>`);
    const el = wrap.querySelector<LocaleHostElement>('locale-host-element')!;
    wrap.lang = 'he';
    await waitUntil(() => el.i18n.dir === 'rtl', 'the direction did not follow');
    expect(el.i18n.lang).to.equal('he');
  });

  it('resolves the colour scheme from the theme, then a data-theme ancestor', async () => {
    const wrap = await fixture(html`<div data-theme="dark"><locale-host-element></locale-host-element></div>`);
    const el = wrap.querySelector<LocaleHostElement>('locale-host-element')!;
    expect(el.i18n.scheme).to.equal('dark');
    el.theme = 'light';
    await el.updateComplete;
    expect(el.i18n.scheme).to.equal('light');
  });

  it('needs no wait for English or for a language the kit does not ship', async () => {
    const el = await fixture<LocaleHostElement>(html`<locale-host-element lang="sw"></locale-host-element>`);
    expect(el.i18n.pending).to.equal(undefined);
    expect(el.shown).to.deep.equal([quoteMessages.en.empty]);
  });
});
