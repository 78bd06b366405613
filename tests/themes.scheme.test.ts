import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Story } from '../src/story/types.js';
import type { FineElement } from '../src/core/fine-element.js';
import { rgba } from './fixtures/contrast.js';
import {
  amazonStory,
  caseName,
  importCases,
  loadPresets,
  renderCase,
  THEME_CASES,
  type CaseAttrs,
  type ThemeCase,
} from './fixtures/theme-cases.js';

/**
 * Which colour scheme an element uses. `theme="auto"` follows a `data-theme`
 * ancestor, else a host page that fixes `color-scheme`, else the OS
 * (prefers-color-scheme); `theme="light|dark"` forces it. And a token set
 * once on an ancestor reaches every element inside.
 */
let story: Story;
/** The kit's default surface (`--_surface`) in each scheme, from src/core/tokens.ts. */
const SURFACE = { light: 'rgb(255, 255, 255)', dark: 'rgb(22, 24, 29)' } as const;
/** Whether the browser can emulate prefers-color-scheme (Chromium over CDP; not Firefox over BiDi). */
let canEmulate = false;

/** Emulates the OS scheme where the browser can; returns the scheme the page now sees. */
async function os(scheme: 'light' | 'dark'): Promise<'light' | 'dark'> {
  if (canEmulate) await emulateMedia({ colorScheme: scheme });
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const base = (el: FineElement) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
const surface = (el: FineElement) => getComputedStyle(base(el)).backgroundColor;

/** `c` in an ancestor with the given attributes and style. */
async function mount(c: ThemeCase, attrs: CaseAttrs, ancestor: { theme?: string; style?: string } = {}) {
  const wrap = await fixture<HTMLElement>(
    html`<div
      lang="en"
      data-theme=${ancestor.theme ?? ''}
      style="width:${c.width ?? 720}px;${ancestor.style ?? ''}"
    ></div>`,
  );
  return renderCase(c, wrap, story, attrs);
}

before(async () => {
  [story] = await Promise.all([amazonStory(), loadPresets(), importCases()]);
  // Firefox over WebDriver BiDi has no media emulation: there the rules run against the real OS setting
  canEmulate = navigator.userAgent.includes('Chrome');
});

after(async () => {
  if (canEmulate) await emulateMedia({ colorScheme: 'light' });
});

describe('themes: colour scheme', () => {
  it('emulates the OS scheme in Chromium (the rules below then cover both OS settings)', async () => {
    const real = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    expect(await os('dark')).to.equal(canEmulate ? 'dark' : real);
    expect(await os('light')).to.equal(canEmulate ? 'light' : real);
  });

  for (const c of THEME_CASES) {
    describe(caseName(c), () => {
      it('theme="auto" with nothing around it follows the OS (prefers-color-scheme)', async () => {
        for (const wanted of ['dark', 'light'] as const) {
          const seen = await os(wanted);
          const el = await mount(c, { theme: 'auto' });
          expect(base(el).hasAttribute('data-scheme'), 'no scheme fixed').to.equal(false);
          expect(getComputedStyle(base(el)).colorScheme).to.equal('light dark');
          expect(surface(el), `OS ${seen}`).to.equal(SURFACE[seen]);
        }
      });

      it('theme="auto": a data-theme ancestor wins over the OS', async () => {
        for (const [osScheme, theme] of [
          ['light', 'dark'],
          ['dark', 'light'],
        ] as const) {
          await os(osScheme);
          const el = await mount(c, { theme: 'auto' }, { theme });
          expect(base(el).dataset['scheme']).to.equal(theme);
          expect(surface(el)).to.equal(SURFACE[theme]);
        }
      });

      it('theme="auto": a host page that fixes color-scheme wins over the OS', async () => {
        for (const [osScheme, scheme] of [
          ['light', 'dark'],
          ['dark', 'light'],
        ] as const) {
          await os(osScheme);
          const el = await mount(c, { theme: 'auto' }, { style: `color-scheme:${scheme}` });
          expect(base(el).dataset['scheme']).to.equal(scheme);
          expect(surface(el)).to.equal(SURFACE[scheme]);
        }
        // a page that allows both schemes decides nothing: the OS does
        const seen = await os('dark');
        const el = await mount(c, { theme: 'auto' }, { style: 'color-scheme:light dark' });
        expect(base(el).hasAttribute('data-scheme')).to.equal(false);
        expect(surface(el)).to.equal(SURFACE[seen]);
      });

      it('theme="light" and theme="dark" win over the ancestor, the page and the OS', async () => {
        for (const theme of ['light', 'dark'] as const) {
          const other = theme === 'light' ? 'dark' : 'light';
          await os(other);
          const el = await mount(c, { theme }, { theme: other, style: `color-scheme:${other}` });
          expect(base(el).dataset['scheme']).to.equal(theme);
          expect(surface(el)).to.equal(SURFACE[theme]);
        }
      });

      it('follows a data-theme ancestor that changes after it rendered (a site’s theme switch)', async () => {
        await os('light');
        const el = await mount(c, { theme: 'auto' }, { theme: 'light' });
        expect(surface(el)).to.equal(SURFACE.light);
        el.parentElement!.setAttribute('data-theme', 'dark');
        await new Promise((r) => setTimeout(r)); // the mutation observer's delivery
        await el.updateComplete;
        expect(base(el).dataset['scheme']).to.equal('dark');
        expect(surface(el)).to.equal(SURFACE.dark);
      });
    });
  }

  it('a preset’s colours and their dark twins follow the scheme the element resolved', async () => {
    // arabic-daily: --fine-color-paper: #ffffff; --fine-color-paper-dark: #101513
    for (const c of THEME_CASES) {
      for (const [scheme, paper] of [
        ['dark', 'rgb(16, 21, 19)'],
        ['light', 'rgb(255, 255, 255)'],
      ] as const) {
        const wrap = await fixture<HTMLElement>(
          html`<div data-fine-theme="arabic-daily" data-theme=${scheme} lang="ar" style="width:600px"></div>`,
        );
        const el = await renderCase(c, wrap, story, { theme: 'auto' });
        expect(surface(el), `${caseName(c)}, ${scheme}`).to.equal(paper);
      }
    }
  });
});

describe('themes: a token set once on an ancestor', () => {
  /** Every case in one article, as a page would have them. */
  async function article(style: string, attrs: CaseAttrs = { theme: 'light' }): Promise<FineElement[]> {
    const wrap = await fixture<HTMLElement>(html`<article lang="en" style=${style}></article>`);
    const els: FineElement[] = [];
    for (const c of THEME_CASES) {
      const slot = document.createElement('div');
      slot.style.width = `${c.width ?? 720}px`;
      wrap.append(slot);
      els.push(await renderCase(c, slot, story, attrs));
    }
    return els;
  }

  const same = (a: string, b: string) => {
    expect(rgba(a)).to.deep.equal(rgba(b));
  };

  it('palette tokens (--fine-color-paper, --fine-color-ink) reach every element', async () => {
    const els = await article('--fine-color-paper: rgb(250, 240, 200); --fine-color-ink: rgb(40, 20, 10)');
    els.forEach((el, i) => {
      const s = getComputedStyle(base(el));
      expect(s.backgroundColor, caseName(THEME_CASES[i]!)).to.equal('rgb(250, 240, 200)');
      expect(s.color, caseName(THEME_CASES[i]!)).to.equal('rgb(40, 20, 10)');
    });
  });

  it('the accent: --fine-color-brand reaches every element that draws in it, and --fine-accent wins over it', async () => {
    const withAccent = THEME_CASES.filter((c) => c.accent);
    expect(withAccent.length).to.be.above(0);
    let els = await article('--fine-color-brand: rgb(200, 0, 90)');
    els.forEach((el, i) => {
      const c = THEME_CASES[i]!;
      if (c.accent) same(c.accent(el.shadowRoot!), 'rgb(200, 0, 90)');
    });
    els = await article('--fine-color-brand: rgb(200, 0, 90); --fine-accent: rgb(0, 90, 60)');
    els.forEach((el, i) => {
      const c = THEME_CASES[i]!;
      if (c.accent) same(c.accent(el.shadowRoot!), 'rgb(0, 90, 60)');
    });
  });

  it('a dark twin (--fine-color-paper-dark) applies in dark only; a semantic token wins over both', async () => {
    const twins = '--fine-color-paper: rgb(250, 250, 250); --fine-color-paper-dark: rgb(5, 5, 5)';
    for (const [theme, paper] of [
      ['light', 'rgb(250, 250, 250)'],
      ['dark', 'rgb(5, 5, 5)'],
    ] as const) {
      const els = await article(twins, { theme });
      els.forEach((el, i) => {
        expect(surface(el), `${caseName(THEME_CASES[i]!)}, ${theme}`).to.equal(paper);
      });
    }
    // --fine-surface serves both schemes unless its own twin is set
    let els = await article(`${twins}; --fine-surface: rgb(200, 100, 0)`, { theme: 'dark' });
    els.forEach((el) => {
      expect(surface(el)).to.equal('rgb(200, 100, 0)');
    });
    els = await article(`${twins}; --fine-surface: rgb(200, 100, 0); --fine-surface-dark: rgb(0, 100, 200)`, {
      theme: 'dark',
    });
    els.forEach((el) => {
      expect(surface(el)).to.equal('rgb(0, 100, 200)');
    });
  });

  it('a token given as light-dark() resolves against each element’s own scheme', async () => {
    const style =
      '--fine-accent: light-dark(rgb(1, 2, 3), rgb(201, 202, 203)); --fine-color-paper: light-dark(rgb(250, 250, 250), rgb(5, 5, 5))';
    for (const [theme, accent, paper] of [
      ['light', 'rgb(1, 2, 3)', 'rgb(250, 250, 250)'],
      ['dark', 'rgb(201, 202, 203)', 'rgb(5, 5, 5)'],
    ] as const) {
      const els = await article(style, { theme });
      els.forEach((el, i) => {
        const c = THEME_CASES[i]!;
        expect(surface(el), caseName(c)).to.equal(paper);
        if (c.accent) same(c.accent(el.shadowRoot!), accent);
      });
    }
  });
});
