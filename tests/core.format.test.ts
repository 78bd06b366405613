import { expect } from '@open-wc/testing';
import {
  formatList,
  formatMoney,
  formatNumber,
  formatRatio,
  formatStoryDate,
  formatStorySpan,
  languageName,
} from '../src/core/format.js';

const ARABIC_INDIC = /[\u0660-\u0669]/;
const LATIN_DIGIT = /[0-9]/;

describe('Intl formatting', () => {
  describe('dates at their precision', () => {
    it('shows a year as a year, never as 1 January', () => {
      expect(formatStoryDate('2018', 'en')).to.equal('2018');
      expect(formatStoryDate('2018', 'fr')).to.equal('2018');
      expect(formatStoryDate('2018', 'fr-u-nu-latn')).not.to.match(/janv|1er/);
    });

    it('shows a month without a day', () => {
      expect(formatStoryDate('2021-07', 'en')).to.equal('July 2021');
      expect(formatStoryDate('2021-07', 'fr')).to.equal('juillet 2021');
    });

    it('shows a day in each language', () => {
      expect(formatStoryDate('2021-07-16', 'en-GB')).to.equal('16 July 2021');
      expect(formatStoryDate('2021-07-16', 'fr')).to.equal('16 juillet 2021');
      expect(formatStoryDate('2021-07-16', 'ar-EG')).to.contain('يوليو');
    });

    it('does not shift a date across midnight in any time zone', () => {
      // Formatting is in UTC: 1 January stays in its year.
      expect(formatStoryDate('2021-01-01', 'en-GB')).to.equal('1 January 2021');
    });

    it('uses Arabic-Indic digits where the locale does, Latin ones where it does not', () => {
      const egypt = formatStoryDate('2021-07-16', 'ar-EG');
      expect(egypt).to.match(ARABIC_INDIC);
      expect(egypt).not.to.match(LATIN_DIGIT);
      const morocco = formatStoryDate('2021-07-16', 'ar-MA');
      expect(morocco).to.match(LATIN_DIGIT);
      expect(morocco).not.to.match(ARABIC_INDIC);
      // …and a Unicode extension forces either.
      expect(formatStoryDate('2021', 'ar-u-nu-latn')).to.equal('2021');
      expect(formatStoryDate('2021', 'ar-u-nu-arab')).to.equal('٢٠٢١');
    });

    it('formats spans at the precision of the less precise end', () => {
      const span = formatStorySpan('2018-05-28', '2021-07', 'en');
      expect(span).to.contain('May');
      expect(span).to.contain('2021');
      expect(span).not.to.contain('28');
    });
  });

  describe('money and numbers', () => {
    it('formats compact euros in each language', () => {
      expect(formatMoney({ value: 746_000_000, currency: 'EUR' }, 'en')).to.equal('€746M');
      expect(formatMoney({ value: 746_000_000, currency: 'EUR' }, 'fr')).to.match(/746\s?M\s?€/);
      const ar = formatMoney({ value: 746_000_000, currency: 'EUR' }, 'ar-EG');
      expect(ar).to.match(ARABIC_INDIC);
      expect(ar).to.contain('€');
    });

    it('formats a full amount with its decimals', () => {
      expect(formatMoney({ value: 35_258_707.95, currency: 'EUR' }, 'en', false)).to.equal('€35,258,707.95');
      expect(formatMoney({ value: 746_000_000, currency: 'EUR' }, 'en', false)).to.equal('€746,000,000');
    });

    it('formats ratios with the locale’s separator and digits', () => {
      expect(formatRatio(7.46, 'en')).to.equal('7.5×');
      expect(formatRatio(7.46, 'fr')).to.equal('7,5×');
      expect(formatRatio(7.46, 'ar-EG')).to.equal('٧٫٥×');
      expect(formatRatio(21.3, 'en')).to.equal('21×');
    });
  });

  it('joins lists the Arabic way: a joined و, and the Arabic comma in unit lists', () => {
    expect(formatList(['أ', 'ب', 'ج'], 'ar')).to.equal('أ وب وج');
    expect(formatList(['أ', 'ب', 'ج'], 'ar', 'unit')).to.contain('،');
    expect(formatList(['A', 'B', 'C'], 'en')).to.equal('A, B, and C');
  });

  it('names the kit’s own languages exactly as Intl.DisplayNames does (its table saves loading ICU’s names)', () => {
    for (const locale of ['ar', 'en', 'fr'])
      for (const code of ['ar', 'en', 'fr'])
        expect(languageName(code, locale), `${code} in ${locale}`).to.equal(
          new Intl.DisplayNames(locale, { type: 'language' }).of(code),
        );
    expect(languageName('de', 'en')).to.equal('German'); // any other language: Intl
  });

  it('names languages in the reader’s language', () => {
    expect(languageName('fr', 'en')).to.equal('French');
    expect(languageName('fr', 'ar')).to.equal('الفرنسية');
    expect(languageName('ar', 'fr')).to.equal('arabe');
  });

  it('gives the same words from its remembered results as a fresh Intl call, per locale and style', () => {
    for (let round = 0; round < 2; round++) {
      expect(formatStoryDate('2021-07-16', 'en')).to.equal(
        new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(
          Date.UTC(2021, 6, 16),
        ),
      );
      expect(formatStoryDate('2021-07-16', 'ar-EG', 'short')).to.match(ARABIC_INDIC);
      expect(formatStoryDate('2021-07-16', 'en', 'short')).to.equal('Jul 16, 2021');
      expect(formatNumber(12, 'ar-EG')).to.equal('١٢');
      expect(formatNumber(12, 'en')).to.equal('12');
      expect(formatNumber(1234.5, 'fr', { maximumFractionDigits: 0 })).to.match(/^1\s?235$/);
    }
  });
});
