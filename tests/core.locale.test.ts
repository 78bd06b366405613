import { expect, fixture, html } from '@open-wc/testing';
import { canonicalLang, directionOf, resolveDir, resolveLang, resolveScheme } from '../src/core/locale.js';

describe('locale and direction resolution', () => {
  it('knows which languages are written right to left', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('ar-EG')).to.equal('rtl');
    expect(directionOf('he')).to.equal('rtl');
    expect(directionOf('fa')).to.equal('rtl');
    expect(directionOf('en')).to.equal('ltr');
    expect(directionOf('fr-CA')).to.equal('ltr');
    expect(directionOf('az-Arab')).to.equal('rtl');
  });

  it('refuses what is not a language tag', () => {
    expect(canonicalLang('en_US!!')).to.equal(null);
    expect(canonicalLang('')).to.equal(null);
    expect(canonicalLang('AR-eg')).to.equal('ar-EG');
  });

  it('takes the element’s own lang and dir first', async () => {
    const el = await fixture(html`<div lang="fr" dir="ltr"><span lang="ar" dir="rtl"></span></div>`);
    const span = el.querySelector('span')!;
    expect(resolveLang(span)).to.equal('ar');
    expect(resolveDir(span, 'ar')).to.equal('rtl');
  });

  it('finds an Arabic article inside an English page', async () => {
    const el = await fixture(
      html`<section lang="en" dir="ltr">
        <article lang="ar" dir="rtl">
          <p><span></span></p>
        </article>
      </section>`,
    );
    const span = el.querySelector('span')!;
    expect(resolveLang(span)).to.equal('ar');
    expect(resolveDir(span, 'ar')).to.equal('rtl');
  });

  it('derives the direction from the nearest lang when no dir is set', async () => {
    const el = await fixture(
      html`<section dir="ltr">
        <article lang="ar"><span></span></article>
      </section>`,
    );
    expect(resolveDir(el.querySelector('span')!, 'ar')).to.equal('rtl');
  });

  it('lets a nearer dir win over a farther lang', async () => {
    const el = await fixture(
      html`<article lang="ar">
        <div dir="ltr"><span></span></div>
      </article>`,
    );
    expect(resolveDir(el.querySelector('span')!, 'ar')).to.equal('ltr');
  });

  it('crosses shadow roots to the host’s ancestors', async () => {
    const el = await fixture(html`<div lang="ar" dir="rtl"><div class="host"></div></div>`);
    const host = el.querySelector('.host')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('ar');
    expect(resolveDir(inner, 'ar')).to.equal('rtl');
  });

  it('falls back to the story’s language when the page says nothing', async () => {
    const saved = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = await fixture(html`<div><span></span></div>`);
      expect(resolveLang(el.querySelector('span')!, 'ar')).to.equal('ar');
      expect(resolveDir(el.querySelector('span')!, 'ar')).to.equal('rtl');
    } finally {
      if (saved !== null) document.documentElement.setAttribute('lang', saved);
    }
  });

  it('reads a data-theme ancestor and a page that fixes its color-scheme', async () => {
    const el = await fixture(
      html`<div>
        <div data-theme="dark"><span class="a"></span></div>
        <div style="color-scheme: dark"><span class="b"></span></div>
        <div style="color-scheme: light dark"><span class="c"></span></div>
      </div>`,
    );
    expect(resolveScheme(el.querySelector('.a')!)).to.equal('dark');
    expect(resolveScheme(el.querySelector('.b')!)).to.equal('dark');
    expect(resolveScheme(el.querySelector('.c')!)).to.equal(null);
  });
});
