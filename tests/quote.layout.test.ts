import { expect } from '@open-wc/testing';
import { initials, quoteMarks, safeUrl, shownText, translationFor } from '../src/quote/layout.js';
import { quoteStory } from './fixtures/quote-stories.js';
import type { Quote } from '../src/story/types.js';

const quote = (id: string): Quote => quoteStory().quotes.find((q) => q.id === id)!;

describe('fine-quote layout', () => {
  describe('shownText: which words a reader gets', () => {
    it('shows the original to a reader of its language, with no toggle', () => {
      const shown = shownText(quote('fr-ngo'), 'fr');
      expect(shown).to.deep.equal({ text: 'Cette sanction est historique.', lang: 'fr' });
    });

    it('matches languages by their base: an ar-EG reader reads an ar original', () => {
      expect(shownText({ lang: 'ar', text: 'نص', translations: { en: 'text' } }, 'ar-EG')).to.deep.equal({
        text: 'نص',
        lang: 'ar',
      });
    });

    it('shows a translation the newsroom wrote to a reader of another language', () => {
      const shown = shownText(quote('fr-ngo'), 'ar');
      expect(shown).to.deep.equal({ text: 'هذه العقوبة تاريخية.', lang: 'ar', translated: true, toggle: true });
    });

    it('credits the source of a published translation', () => {
      const shown = shownText(quote('fr-ngo'), 'en-GB');
      expect(shown.text).to.equal('This fine is historic.');
      expect(shown.lang).to.equal('en');
      expect(shown.source).to.equal('s2');
    });

    it('shows the original, keeping the toggle, when the reader asks for it', () => {
      const shown = shownText(quote('fr-ngo'), 'ar', true);
      expect(shown.text).to.equal('Cette sanction est historique.');
      expect(shown.lang).to.equal('fr');
      expect(shown.translated).to.not.equal(true);
      expect(shown.toggle).to.equal(true);
      expect(shown.untranslated).to.equal(false);
    });

    it('shows the original, marked untranslated, when no translation exists for the reader', () => {
      const shown = shownText(quote('untranslated'), 'ar', false);
      expect(shown.text).to.equal('Nous ne commentons pas.');
      expect(shown.untranslated).to.equal(true);
      expect(shown.toggle).to.equal(false);
      // asking for the original changes nothing
      expect(shownText(quote('untranslated'), 'ar', true)).to.deep.equal(shown);
    });
  });

  describe('translationFor', () => {
    it('prefers the exact tag, then the base language', () => {
      const translations = { fr: 'France', 'fr-CA': 'Québec' };
      expect(translationFor(translations, 'fr-CA')).to.deep.equal(['fr-CA', 'Québec']);
      expect(translationFor(translations, 'fr-BE')).to.deep.equal(['fr', 'France']);
      expect(translationFor(translations, 'de')).to.equal(undefined);
      expect(translationFor(undefined, 'fr')).to.equal(undefined);
    });
  });

  describe('quoteMarks: the marks of the words’ language', () => {
    it('uses “ ” for English, « » for Arabic', () => {
      expect(quoteMarks('en')).to.deep.equal(['“', '”']);
      expect(quoteMarks('ar-EG')).to.deep.equal(['«', '»']);
    });

    it('uses French guillemets with narrow no-break spaces inside', () => {
      expect(quoteMarks('fr')).to.deep.equal(['«\u202f', '\u202f»']);
    });

    it('follows the words’ language even where the kit’s interface does not speak it', () => {
      expect(quoteMarks('de-AT')).to.deep.equal(['„', '“']);
      expect(quoteMarks('es')).to.deep.equal(['«', '»']);
    });

    it('falls back to English marks for a language the kit does not speak', () => {
      expect(quoteMarks('sw')).to.deep.equal(['“', '”']);
    });
  });

  describe('initials', () => {
    it('takes the first letter of the first two words', () => {
      expect(initials('La Quadrature du Net')).to.equal('LQ');
      expect(initials('Mark Pocan')).to.equal('MP');
      expect(initials('arthur messaud')).to.equal('AM');
    });

    it('leaves out what follows a comma or a bracket', () => {
      expect(initials('Amazon.com, Inc.')).to.equal('A');
      expect(initials('Commission nationale de l’informatique et des libertés (France)')).to.equal('CN');
      expect(initials('أمازون (Amazon.com, Inc.)')).to.equal('أ');
    });

    it('keeps Arabic initials apart so they do not join into a word', () => {
      expect(initials('مارك بوكان')).to.equal('م\u200cب');
    });

    it('skips the Arabic article, which every institution would share', () => {
      expect(initials('اللجنة الوطنية لحماية البيانات')).to.equal('ل\u200cو');
      expect(initials('الرقيب')).to.equal('ر');
    });

    it('keeps a letter with its combining marks (one grapheme)', () => {
      expect(initials('مُحَمَّد علي')).to.equal('مُ\u200cع');
      expect(initials('e\u0301mile Zola')).to.equal('E\u0301Z');
    });

    it('skips leading punctuation and ignores empty names', () => {
      expect(initials('«Le Monde»')).to.equal('LM');
      expect(initials('المتحدث 1')).to.equal('م');
      expect(initials('3M Company')).to.equal('MC');
      expect(initials('   ')).to.equal('');
      expect(initials('')).to.equal('');
    });
  });

  describe('safeUrl', () => {
    it('keeps http and https links', () => {
      expect(safeUrl('https://example.org/a?b=1')).to.equal('https://example.org/a?b=1');
      expect(safeUrl('HTTP://EXAMPLE.ORG')).to.equal('http://example.org/');
      expect(safeUrl('/report', 'https://news.example/article')).to.equal('https://news.example/report');
    });

    it('refuses every other scheme, however it is spelled', () => {
      for (const url of [
        'javascript:alert(1)',
        ' JaVaScRiPt:alert(1)',
        'java\tscript:alert(1)',
        'data:text/html,<b>x',
        'vbscript:x',
        'ftp://example.org',
      ]) {
        expect(safeUrl(url, 'https://news.example/'), url).to.equal(undefined);
      }
    });

    it('refuses nothing, and a relative address with no base', () => {
      expect(safeUrl(undefined)).to.equal(undefined);
      expect(safeUrl('')).to.equal(undefined);
      expect(safeUrl('/report')).to.equal(undefined);
    });
  });
});
