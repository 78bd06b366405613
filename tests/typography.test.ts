import { expect, fixture, html } from '@open-wc/testing';
import type { Story } from '../src/story/types.js';
import type { FineElement } from '../src/core/fine-element.js';
import {
  amazonStory,
  ARABIC,
  caseName,
  importCases,
  renderCase,
  shadowRoots,
  THEME_CASES,
  type ThemeCase,
} from './fixtures/theme-cases.js';

/**
 * Arabic typography beyond spacing (tests/themes.test.ts checks
 * letter-spacing and text-transform): digits chosen by the language tag,
 * directional glyphs mirrored in RTL and the others not, the Arabic comma in
 * the lists and phrases the elements join themselves.
 */
let story: Story;

before(async () => {
  [story] = await Promise.all([amazonStory(), importCases()]);
});

async function mount(c: ThemeCase, lang: string, dir?: string): Promise<FineElement> {
  const wrap = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${dir ?? ''} style="width:${c.width ?? 720}px"></div>`,
  );
  return renderCase(c, wrap, story, { theme: 'auto' });
}

const LATIN_DIGIT = /[0-9]/;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/;
const EXTENDED_DIGIT = /[\u06F0-\u06F9]/;

/** Arrows and chevrons that point along the line (up/down ones do not mirror). */
const DIRECTIONAL = /[←→⇐⇒⟵⟶⟸⟹‹›❮❯◀▶◂▸◄►➔➜➝➞➡⬅⮕⮜⮞]/;

/** A horizontal mirroring on `el` or an ancestor in its shadow root: a transform or scale with a negative x factor. */
function mirrored(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const s = getComputedStyle(node);
    const m = s.transform !== 'none' ? new DOMMatrixReadOnly(s.transform) : undefined;
    if ((m && m.a < 0) || (s.scale !== 'none' && parseFloat(s.scale) < 0)) return true;
  }
  return false;
}

/** Every text an Arabic reader gets from the element: rendered text, and labels/placeholders read aloud or shown. */
function spokenTexts(el: Element): string[] {
  return shadowRoots(el).flatMap((root) => [
    ...[...root.querySelectorAll('*')].flatMap((e) =>
      ['aria-label', 'placeholder', 'title'].map((a) => e.getAttribute(a) ?? ''),
    ),
    // text of each leaf-ish element as read in one go (a hidden ", date" joins the title before it)
    ...[...root.querySelectorAll('button, p, li, dd, span, h2, h3, figcaption, [role]')].map(
      (e) => e.textContent ?? '',
    ),
  ]);
}

/**
 * A Latin comma in Arabic text: one not between Latin words ("Amazon.com, Inc."
 * is a name, not ours) nor between digits (1,200,000: Intl's group separator).
 */
const LATIN_COMMA_IN_ARABIC = /(?:[^A-Za-z0-9.\s]\s*,|,\s*[^A-Za-z0-9\s])/;

describe('typography: digits follow the language tag', () => {
  for (const c of THEME_CASES.filter((c) => c.numbers)) {
    describe(caseName(c), () => {
      it('ar-u-nu-latn forces Latin digits, ar-u-nu-arab Arabic-Indic ones, in an RTL Arabic element', async () => {
        const latn = await mount(c, 'ar-u-nu-latn');
        const arab = await mount(c, 'ar-u-nu-arab');
        expect(latn.direction).to.equal('rtl');
        expect(arab.direction).to.equal('rtl');
        const a = c.numbers!(latn.shadowRoot!);
        const b = c.numbers!(arab.shadowRoot!);
        expect(a.length).to.be.above(0);
        expect(a.length).to.equal(b.length);
        for (const t of a) {
          expect(t, t).to.match(LATIN_DIGIT);
          expect(t, t).not.to.match(ARABIC_INDIC_DIGIT);
        }
        for (const t of b) {
          expect(t, t).to.match(ARABIC_INDIC_DIGIT);
          expect(t, t).not.to.match(LATIN_DIGIT);
        }
      });

      it('a region picks the digits its readers use: ar-EG Arabic-Indic, ar-MA Latin', async () => {
        const eg = c.numbers!((await mount(c, 'ar-EG')).shadowRoot!);
        const ma = c.numbers!((await mount(c, 'ar-MA')).shadowRoot!);
        for (const t of eg) expect(t, t).to.match(ARABIC_INDIC_DIGIT).and.not.match(LATIN_DIGIT);
        for (const t of ma) expect(t, t).to.match(LATIN_DIGIT).and.not.match(ARABIC_INDIC_DIGIT);
        for (const t of [...eg, ...ma]) expect(t, t).not.to.match(EXTENDED_DIGIT);
      });
    });
  }
});

describe('typography: directional glyphs mirror in RTL, the others do not', () => {
  for (const c of THEME_CASES) {
    it(`${caseName(c)}: ${c.glyphs ? 'declared glyphs behave, and' : ''} no undeclared arrow or chevron`, async () => {
      const ltr = await mount(c, 'en', 'ltr');
      const rtl = await mount(c, 'ar', 'rtl');
      const pick = (el: FineElement, selector?: string) =>
        selector ? [...el.shadowRoot!.querySelectorAll(selector)] : [];
      const { directional, fixed } = c.glyphs ?? {};
      // an arrow drawn as text must be declared, so it is tested below
      const arrows = shadowRoots(rtl).flatMap((root) =>
        [...root.querySelectorAll('*')].filter((e) =>
          [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && DIRECTIONAL.test(n.textContent!)),
        ),
      );
      const declared = pick(rtl, directional);
      expect(arrows.filter((a) => !declared.includes(a)).map((a) => a.outerHTML)).to.deep.equal([]);

      const [l, r] = [pick(ltr, directional), declared];
      expect(r.length).to.equal(l.length);
      r.forEach((glyph, i) => {
        // mirrored: another glyph (→ becomes ←) or the same one flipped
        const flipped = glyph.textContent !== l[i]!.textContent || mirrored(glyph) !== mirrored(l[i]!);
        expect(flipped, glyph.outerHTML).to.equal(true);
      });

      const [lf, rf] = [pick(ltr, fixed), pick(rtl, fixed)];
      expect(rf.length).to.equal(lf.length);
      if (fixed) expect(rf.length, `${fixed} found`).to.be.above(0);
      rf.forEach((glyph, i) => {
        expect(glyph.textContent, glyph.outerHTML).to.equal(lf[i]!.textContent);
        expect(mirrored(glyph), glyph.outerHTML).to.equal(false);
        expect(mirrored(lf[i]!), lf[i]!.outerHTML).to.equal(false);
      });
    });
  }
});

describe('typography: the Arabic comma', () => {
  for (const c of THEME_CASES) {
    it(`${caseName(c)}: lists and phrases it joins in Arabic use ، and never a Latin comma`, async () => {
      const el = await mount(c, 'ar');
      // selecting another event fills the timeline's live region ("title، date")
      el.shadowRoot!.querySelector<HTMLElement>('[part~="event"]:not([aria-current])')?.click();
      await el.updateComplete;
      const texts = spokenTexts(el).filter((t) => ARABIC.test(t));
      expect(texts.length).to.be.above(0);
      expect(texts.filter((t) => LATIN_COMMA_IN_ARABIC.test(t))).to.deep.equal([]);
      for (const list of c.lists?.(el.shadowRoot!) ?? []) expect(list).to.contain('،');
      // the same lists in English use the Latin comma: the check above is about the language
      const en = await mount(c, 'en');
      for (const list of c.lists?.(en.shadowRoot!) ?? []) expect(list).to.contain(',').and.not.contain('،');
    });
  }
});
