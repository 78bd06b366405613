import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { Story } from '../src/story/types.js';
import {
  amazonStory,
  caseName,
  importCases,
  loadPresets,
  PRESETS,
  READERS,
  renderCase,
  SCHEMES,
  THEME_CASES,
} from './fixtures/theme-cases.js';

/**
 * Visual baselines of the presets, one per preset × direction × scheme for
 * each element with `visual: true`, in Chromium only (Firefox renders text
 * differently; there the test checks the fixed frame and that the preset
 * reached the element). Baselines: tests/screenshots/baseline/Chrome/;
 * rewrite them with UPDATE_VISUAL=1 after a deliberate change, and look at
 * tests/screenshots/failed/ when one fails.
 *
 * Fonts: every glyph comes from the repository's own fonts
 * (tests/fixtures/fonts.css: @fontsource packages in node_modules, loaded by
 * every test page before its tests run), never from the machine's. Checked on
 * one Chromium build with the machine's fonts swapped under it (DejaVu only;
 * DejaVu with fonts-noto-core; one monospace font; impostor fonts named
 * Georgia, Noto Sans and Noto Naskh Arabic): 0 pixels differ.
 *
 * Tolerance: 0.1 % of the pixels (web-test-runner.config.js,
 * `failureThreshold`), for what fonts cannot pin: glyph rasterization and
 * antialiasing may move between Chromium builds (Skia, HarfBuzz), and the
 * machine's fontconfig rendering settings (antialiasing, hinting, the LCD
 * filter; Debian's defaults here) decide how edges are drawn: a run with
 * fontconfig's settings left out altered ~5 % of the pixels, all on glyph
 * edges. A real change moves more than 0.1 %: one line of text a pixel lower,
 * a border of another colour. Another major version of Chromium may need new
 * baselines (UPDATE_VISUAL=1).
 */
const chromium = navigator.userAgent.includes('Chrome');
/** The test pages' own fonts (tests/fixtures/fonts.css); presets name theirs, also there. */
const FONT = "'Noto Sans', 'Noto Sans Arabic', sans-serif";
/** "Now" for eras still going on: a fixed day, so the timeline's domain does not move with the calendar. */
const NOW = Date.UTC(2025, 5, 1);

let story: Story;
const realNow = Date.now;

before(async () => {
  [story] = await Promise.all([amazonStory(), loadPresets(), importCases()]);
  await document.fonts.ready;
  Date.now = () => NOW;
});

after(() => {
  Date.now = realNow;
});

describe('themes: visual baselines', () => {
  for (const c of THEME_CASES.filter((c) => c.visual)) {
    for (const preset of PRESETS) {
      for (const { lang, dir } of READERS) {
        for (const scheme of SCHEMES) {
          const name = `${c.tag}-${preset}-${dir}-${scheme}`;
          it(`${caseName(c)}: ${preset}, ${lang} (${dir}), ${scheme}`, async () => {
            const width = c.width ?? 720;
            const wrap = await fixture<HTMLElement>(
              html`<div
                data-fine-theme=${preset === 'none' ? nothing : preset}
                lang=${lang}
                dir=${dir}
                style="width:${width}px;font-family:${FONT};font-size:16px"
              ></div>`,
            );
            const el = await renderCase(c, wrap, story, { theme: scheme });
            await document.fonts.ready;
            const base = el.shadowRoot!.querySelector('[part~="base"]')!;
            expect(wrap.getBoundingClientRect().width).to.equal(width);
            expect(base.getAttribute('data-scheme')).to.equal(scheme);
            // the preset's paper reached the element (or the kit's own, with none)
            const paper = getComputedStyle(wrap).getPropertyValue('--fine-color-paper').trim();
            expect(paper === '', 'preset tokens').to.equal(preset === 'none');
            if (chromium) await visualDiff(wrap, name);
          });
        }
      }
    }
  }
});
