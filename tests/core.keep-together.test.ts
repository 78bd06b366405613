import { expect } from '@open-wc/testing';
import { keepTogether } from '../src/core/keep-together.js';

/** The text with each no-break space shown as `_`. */
const kept = (text: string, lang: string) => keepTogether(text, lang).replaceAll('\u00A0', '_');

describe('keepTogether: the spaces inside dates and amounts', () => {
  it('keeps an Arabic date and amount whole, and breaks elsewhere as before', () => {
    expect(kept('إلى إلغاء غرامة الـ746 مليون يورو في 12 مارس 2026.', 'ar')).to.equal(
      'إلى إلغاء غرامة الـ746_مليون_يورو في 12_مارس_2026.',
    );
    expect(kept('في مايو 2018 قدّمت', 'ar')).to.equal('في مايو_2018 قدّمت');
    expect(kept('بقيمة ١٢ مليار دولار في ١٦ يوليو ٢٠٢١', 'ar-EG')).to.equal('بقيمة ١٢_مليار_دولار في ١٦_يوليو_٢٠٢١');
  });

  it('in English and French, day-month-year, month-day-year and number-scale-currency', () => {
    expect(kept('annulled on 12 March 2026, after the €746 million fine', 'en')).to.equal(
      'annulled on 12_March_2026, after the €746_million fine',
    );
    expect(kept('On March 12, 2026 it may 2 times', 'en-US')).to.equal('On March_12,_2026 it may 2 times');
    expect(kept('Le 1er mars 2026, 746 millions d’euros; 50 millions euros', 'fr')).to.equal(
      'Le 1er_mars_2026, 746_millions d’euros; 50_millions_euros',
    );
    expect(kept('In Sep 2021 and Jul 2022', 'en-GB')).to.equal('In Sep_2021 and Jul_2022');
  });

  it('leaves words that only look like a month or a scale alone', () => {
    expect(kept('Article 83 mentions 4 Marchés and 12 millionaires', 'en')).to.equal(
      'Article 83 mentions 4 Marchés and 12 millionaires',
    );
    expect(kept('No digits here, March and May', 'en')).to.equal('No digits here, March and May');
    expect(kept('12 mars 2026', 'not a language!')).to.equal('12 mars 2026');
  });
});
