import { expect } from '@open-wc/testing';
import {
  parseStory,
  pickText,
  splitLanguages,
  splitPath,
  splitSource,
  splitStory,
  schemas,
  type Schema,
  type Story,
  type Text,
} from '../src/story/index.js';
import { miniStory } from './fixtures/mini-story.js';

const FROM = { file: 'story.json', sha256: 'a'.repeat(64) };
/** Readers of each split: the base language and regional ones. */
const READERS: Record<string, string[]> = { ar: ['ar', 'ar-EG'], en: ['en', 'en-GB'], fr: ['fr', 'fr-CA'] };

/**
 * Every text of `full` beside the same text of `split`, found by walking
 * both with the story's schema: `[path, full text, split text]`.
 */
function textPairs(full: Story, split: Story): [string, Text, Text | undefined][] {
  const out: [string, Text, Text | undefined][] = [];
  const walk = (schema: Schema<unknown>, a: unknown, b: unknown, path: string) => {
    if (schema === schemas.ShortText || schema === schemas.LongText) {
      out.push([path, a as Text, b as Text | undefined]);
      return;
    }
    const d = schema.def;
    if (d.kind === 'optional') walk(d.inner, a, b, path);
    else if (d.kind === 'array')
      (a as unknown[]).forEach((x, i) => walk(d.item, x, (b as unknown[])[i], `${path}/${i}`));
    else if (d.kind === 'object') {
      for (const [key, field] of Object.entries(d.fields)) {
        const x = (a as Record<string, unknown>)[key];
        if (x !== undefined) walk(field, x, (b as Record<string, unknown>)[key], `${path}/${key}`);
      }
    }
  };
  walk(schemas.Story, full, split, '');
  return out;
}

let amazon: Story;
before(async () => {
  const result = parseStory(await (await fetch('/data/amazon-cnpd-2021.story.json')).text());
  if (!result.ok) throw new Error('the Amazon story is invalid');
  amazon = result.story;
});

describe('splitStory', () => {
  it('splits a story into one story per base language', () => {
    expect(splitLanguages(amazon)).to.deep.equal(['ar', 'en', 'fr']);
    expect(splitLanguages({ languages: ['fr', 'fr-CA', 'en'] })).to.deep.equal(['fr', 'en']);
  });

  for (const lang of ['ar', 'en', 'fr']) {
    describe(`the Amazon story in ${lang}`, () => {
      let split: Story;
      before(() => {
        split = splitStory(amazon, lang, FROM);
      });

      it('is a valid story that says what it holds and where it comes from', () => {
        const result = parseStory(JSON.stringify(split));
        expect(result.ok, JSON.stringify(!result.ok && result.errors.slice(0, 3))).to.equal(true);
        expect(split.languages).to.deep.equal([lang]);
        expect(split.lang).to.equal(lang);
        expect(split.splitFrom).to.deep.equal({
          file: 'story.json',
          sha256: FROM.sha256,
          languages: ['ar', 'en', 'fr'],
          updated: amazon.updated,
        });
        // the rest of the story is all there: same ids, dates, amounts, links
        const ids = (s: Story) => [...s.events, ...s.fines, ...s.quotes, ...s.sources, ...s.actors].map((x) => x.id);
        expect(ids(split)).to.deep.equal(ids(amazon));
        expect(split.fines.map((f) => [f.amount, f.date, f.status])).to.deep.equal(
          amazon.fines.map((f) => [f.amount, f.date, f.status]),
        );
        expect(split.sources.map((s) => s.url)).to.deep.equal(amazon.sources.map((s) => s.url));
        expect(split.changes).to.have.length(amazon.changes!.length);
      });

      it('shows each reader of the language exactly what the full story shows them', () => {
        const pairs = textPairs(amazon, split);
        expect(pairs.length).to.be.above(300);
        for (const reader of READERS[lang]!) {
          for (const [path, full, mine] of pairs) {
            expect(mine, path).not.to.equal(undefined);
            expect(pickText(mine!, reader, split.lang), `${path} for ${reader}`).to.deep.equal(
              pickText(full, reader, amazon.lang),
            );
          }
        }
      });

      it('holds no text in another language but the one a reader is shown instead', () => {
        for (const [path, full, mine] of textPairs(amazon, split)) {
          if (typeof mine !== 'object') continue;
          const keys = Object.keys(mine);
          const own = keys.filter((k) => k.split('-')[0] === lang);
          if (own.length) expect(keys, path).to.deep.equal(own);
          else expect([path, keys], path).to.deep.equal([path, [pickText(full, lang, amazon.lang).lang]]);
        }
      });

      it('keeps every quote’s original words and only the reader’s translation', () => {
        amazon.quotes.forEach((q, i) => {
          const mine = split.quotes[i]!;
          expect(mine.text).to.equal(q.text);
          expect(mine.lang).to.equal(q.lang);
          const wanted = Object.entries(q.translations ?? {}).filter(([k]) => k.split('-')[0] === lang);
          expect(Object.entries(mine.translations ?? {})).to.deep.equal(wanted);
        });
      });

      it('is much smaller than the full story', () => {
        expect(JSON.stringify(split).length).to.be.below(JSON.stringify(amazon).length * 0.55);
      });
    });
  }

  it('keeps a plain string in the default language as what it is, and regional versions of the language', () => {
    const story = miniStory();
    story.events[0]!.title = { ar: 'شكوى', 'fr-CA': 'Plainte (Québec)', fr: 'Plainte', en: 'Complaint' };
    story.events[1]!.body = { en: 'Only in English.' };
    const fr = splitStory(story, 'fr', FROM);
    expect(fr.events[0]!.title).to.deep.equal({ 'fr-CA': 'Plainte (Québec)', fr: 'Plainte' });
    // the story's default language is Arabic: what a French reader is shown instead is the English, marked
    expect(fr.events[1]!.body).to.deep.equal({ en: 'Only in English.' });
    expect(fr.sources[0]!.title).to.deep.equal({ ar: 'Report' });
    expect(pickText(fr.sources[0]!.title, 'fr', fr.lang)).to.deep.equal({
      value: 'Report',
      lang: 'ar',
      fallback: true,
    });
    expect(fr.quotes[0]!.translations).to.deep.equal({ fr: { text: 'Nous ne sommes pas d’accord.', source: 's1' } });
    const ar = splitStory(story, 'ar', FROM);
    expect(ar.sources[0]!.title).to.equal('Report');
    expect(ar.quotes[0]!.translations).to.deep.equal({ ar: 'نحن نختلف.' });
    const en = splitStory(story, 'en', FROM);
    expect(en.quotes[0]!.translations, 'the original is English: no translation to keep').to.equal(undefined);
    for (const s of [fr, ar, en]) expect(parseStory(s).ok).to.equal(true);
  });

  it('refuses a language the story is not written in', () => {
    expect(() => splitStory(miniStory(), 'de', FROM)).to.throw('"de"');
  });

  it('splits a split story again from the full story it names, not from itself', () => {
    const once = splitStory(miniStory(), 'ar', FROM);
    const twice = splitStory(once, 'ar', { file: 'story.ar.json', sha256: 'b'.repeat(64) });
    expect(twice.splitFrom!.languages).to.deep.equal(['ar']);
    expect(twice.splitFrom!.file).to.equal('story.ar.json');
  });
});

describe('the file of one language', () => {
  it('sits beside the full story: story.json → story.ar.json', () => {
    expect(splitPath('story.json', 'ar')).to.equal('story.ar.json');
    expect(splitPath('amazon.story.json', 'ar-EG')).to.equal('amazon.story.ar.json');
    expect(splitPath('story', 'fr')).to.equal('story.fr.json');
  });

  it('is fetched only with split and a language the page names, before the query', () => {
    expect(splitSource('/data/story.json?v=2#x', 'ar', '')).to.equal('/data/story.ar.json?v=2#x');
    expect(splitSource('https://cdn.example/s.json', 'fr-CA', 'ar en fr')).to.equal('https://cdn.example/s.fr.json');
    expect(splitSource('/data/story.json', 'ar', undefined), 'no split').to.equal(undefined);
    expect(splitSource('/data/story.json', 'ar', null), 'split removed').to.equal(undefined);
    expect(splitSource('/data/story.json', null, ''), 'no lang on the page').to.equal(undefined);
    expect(splitSource('/data/story.json', 'de', 'ar, en, fr'), 'not listed').to.equal(undefined);
    expect(splitSource('/data/story.json', 'de', ''), 'any language').to.equal('/data/story.de.json');
  });
});
