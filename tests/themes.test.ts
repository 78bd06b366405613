import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import type { Story } from '../src/story/types.js';
import {
  amazonStory,
  arabicTextElements,
  caseName,
  importCases,
  loadPresets,
  PRESETS,
  READERS,
  renderCase,
  SCHEMES,
  spacedArabic,
  THEME_CASES,
  type Preset,
  type ThemeCase,
} from './fixtures/theme-cases.js';
import { checkTextContrast, colourContrast } from './fixtures/contrast.js';

/**
 * Every element under every preset (and none), in English (LTR)
 * and Arabic (RTL), light and dark: it renders, axe finds nothing (colour
 * contrast included), and no Arabic text is letter-spaced or case-transformed.
 */
let story: Story;

before(async () => {
  [story] = await Promise.all([amazonStory(), loadPresets(), importCases()]);
});

/** An ancestor as a publication would write it: preset, language, direction. */
async function wrapper(preset: Preset, lang: string, dir: string, style = ''): Promise<HTMLElement> {
  return fixture<HTMLElement>(
    html`<div data-fine-theme=${preset === 'none' ? nothing : preset} lang=${lang} dir=${dir} style=${style}></div>`,
  );
}

const width = (c: ThemeCase) => `width:${c.width ?? 720}px`;

describe('themes: preset × direction × scheme', () => {
  for (const preset of PRESETS) {
    describe(preset, () => {
      for (const { lang, dir } of READERS) {
        for (const scheme of SCHEMES) {
          for (const c of THEME_CASES) {
            it(`${caseName(c)}, ${lang} (${dir}), ${scheme}: renders, axe clean${lang === 'ar' ? ', Arabic unspaced' : ''}`, async () => {
              const wrap = await wrapper(preset, lang, dir, width(c));
              const el = await renderCase(c, wrap, story, { theme: scheme });
              const base = el.shadowRoot!.querySelector('[part~="base"]')!;
              expect(base.getAttribute('dir')).to.equal(dir);
              expect(base.getAttribute('data-scheme')).to.equal(scheme);
              await expect(el).to.be.accessible();
              // axe leaves text over SVG and absolutely placed pins "incomplete": measure those too
              const text = checkTextContrast(el);
              expect(text.checked, 'text nodes measured').to.be.above(0);
              expect(text.failures).to.deep.equal([]);
              if (c.accent) {
                // markers and rules in the accent are graphics: 3:1 against the surface (WCAG 1.4.11)
                const surface = getComputedStyle(base).backgroundColor;
                expect(colourContrast(c.accent(el.shadowRoot!), surface), 'accent on surface').to.be.at.least(3);
              }
              if (lang === 'ar') {
                const arabic = arabicTextElements(el);
                expect(arabic.length, 'Arabic text shown').to.be.above(0);
                expect(spacedArabic(arabic)).to.deep.equal([]);
              }
            });
          }
        }
      }
    });
  }
});

describe('themes: Arabic typography survives the page', () => {
  it('no preset sets letter-spacing or text-transform', async () => {
    for (const preset of PRESETS.filter((p) => p !== 'none')) {
      const css = (await (await fetch(`/themes/${preset}.css`)).text()).replace(/\/\*[\s\S]*?\*\//g, '');
      expect(css, preset).to.contain('[data-fine-theme=');
      expect(css, preset).not.to.match(/letter-spacing|text-transform|font-variant-caps/);
    }
  });

  for (const c of THEME_CASES) {
    it(`${caseName(c)}: a page that letter-spaces and capitalizes its text does not reach Arabic`, async () => {
      // inherited properties cross the shadow boundary: the kit must reset them on Arabic
      const wrap = await wrapper(
        'arabic-daily',
        'ar',
        'rtl',
        `${width(c)};letter-spacing:0.2em;text-transform:uppercase`,
      );
      const el = await renderCase(c, wrap, story, { theme: 'auto' });
      const arabic = arabicTextElements(el);
      expect(arabic.length).to.be.above(0);
      expect(spacedArabic(arabic)).to.deep.equal([]);
      // the page's styling still reaches the element (the check above is not vacuous)
      expect(getComputedStyle(el).letterSpacing).not.to.equal('normal');
    });
  }
});
