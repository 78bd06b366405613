import { expect } from '@open-wc/testing';
import { bidiRuns } from '../src/core/bidi.js';

/** The runs as one string, each island to isolate in brackets. */
const marked = (text: string, dir: 'ltr' | 'rtl' = 'rtl') =>
  bidiRuns(text, dir)
    .map((r) => (r.foreign ? `[${r.text}]` : r.text))
    .join('');

describe('bidiRuns: islands of the other direction', () => {
  it('cuts each Latin name out of Arabic, and keeps the numbers and Arabic punctuation in the sentence', () => {
    expect(marked('DPC، 12 مايو 2023')).to.equal('[DPC]، 12 مايو 2023');
    expect(marked('غرامة Google، Amazon و Meta Platforms Ireland (Facebook).')).to.equal(
      'غرامة [Google]، [Amazon] و [Meta Platforms Ireland] ([Facebook]).',
    );
    expect(marked('المادة 83 من GDPR.')).to.equal('المادة 83 من [GDPR].');
  });

  it('keeps the punctuation names are written with, and an abbreviation’s stop', () => {
    expect(marked('أمازون (Amazon.com, Inc.)')).to.equal('أمازون ([Amazon.com, Inc.])');
    expect(marked('شركة Amazon Europe Core S.à r.l. و Uber B.V. ثم CNPD. انتهى')).to.equal(
      'شركة [Amazon Europe Core S.à r.l.] و [Uber B.V.] ثم [CNPD]. انتهى',
    );
    expect(marked('Conseil d’État و noyb-EU و H2O')).to.equal('[Conseil d’État] و [noyb-EU] و [H2O]');
    expect(marked('الموجود: GDPR-K')).to.equal('الموجود: [GDPR-K]');
  });

  it('in a left-to-right paragraph, the Arabic islands', () => {
    expect(marked('Amazon, أمازون, 2021', 'ltr')).to.equal('Amazon, [أمازون], 2021');
    expect(marked('12 mars 2026', 'ltr')).to.equal('12 mars 2026');
  });

  it('a text with nothing of the other direction is one run; a whole foreign text is one island', () => {
    expect(bidiRuns('قضية أمازون بالتواريخ', 'rtl')).to.deep.equal([{ text: 'قضية أمازون بالتواريخ', foreign: false }]);
    expect(bidiRuns('TheWrap', 'rtl')).to.deep.equal([{ text: 'TheWrap', foreign: true }]);
    for (const text of ['أمازون (Amazon.com, Inc.) و DPC، 12', 'Amazon, أمازون']) {
      expect(
        bidiRuns(text, 'rtl')
          .map((r) => r.text)
          .join(''),
      ).to.equal(text);
    }
  });
});
