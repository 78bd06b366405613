import { expect } from '@open-wc/testing';
import { lintStory, parseStory, MAX_DEPTH, MAX_ERRORS, type StoryError } from '../src/story/index.js';
import { describeError, describePath, errorMessages, errorWords, languageReady } from '../src/i18n/index.js';
import { miniStory } from './fixtures/mini-story.js';
import { broken, errorsOf, expectError } from './fixtures/story-errors.js';

// The words these assertions compare with. Elements load a pack on demand; tests/languages.test.ts covers that path.
before(() => Promise.all(['en', 'ar', 'fr'].map((lang) => languageReady(lang, [errorWords]))));

describe('parseStory', () => {
  describe('valid stories', () => {
    it('accepts the mini story and keeps its values', () => {
      const result = parseStory(miniStory());
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.story.fines[0]!.amount.value).to.equal(746000000);
    });

    it('accepts the Amazon/CNPD story file with the counts the issue asks for', async () => {
      const response = await fetch('/data/amazon-cnpd-2021.story.json');
      const result = parseStory(await response.text());
      expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
      if (!result.ok) return;
      const s = result.story;
      expect(s.lang).to.equal('ar');
      expect(s.languages).to.include.members(['ar', 'en', 'fr']);
      expect(s.events.length).to.be.at.least(15);
      expect(s.actors.length).to.be.at.least(12);
      expect(s.relations.length).to.be.at.least(15);
      expect(s.fines.length).to.be.at.least(15);
      expect(s.quotes.length).to.be.at.least(6);
      expect(s.fines.some((f) => f.law === 'eprivacy')).to.equal(true);
      // The conflicting decision dates are recorded, not silently picked.
      expect(s.events.some((e) => e.dateNote && /15/.test(JSON.stringify(e.dateNote)))).to.equal(true);
      expect(lintStory(s).filter((w) => w.code === 'missing-translation')).to.deep.equal([]);
    });

    it('keeps HTML in text as text: validation does not strip or run it', () => {
      const story = miniStory();
      story.title = { ar: '<img src=x onerror="window.__pwned=1">', en: '<script>alert(1)</script>' };
      const result = parseStory(story);
      expect(result.ok).to.equal(true);
      if (result.ok) expect((result.story.title as Record<string, string>)['en']).to.equal('<script>alert(1)</script>');
      expect((globalThis as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('warns, without failing, about missing translations, self-loops and duplicate links', () => {
      const story = miniStory();
      story.title = { ar: 'عنوان' };
      story.relations.push({ id: 'r2', from: 'acme', to: 'acme', kind: 'criticised', sources: ['s1'] });
      story.relations.push({ id: 'r3', from: 'watchdog', to: 'acme', kind: 'fined', sources: ['s1'] });
      const result = parseStory(story);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      const codes = lintStory(result.story).map((w) => `${w.path} ${w.code}`);
      expect(codes).to.include('/title missing-translation');
      expect(codes).to.include('/relations/1 self-loop');
      expect(codes).to.include('/relations/2 duplicate-relation');
    });
  });

  describe('malformed and hostile input', () => {
    it('1. text that is not JSON', () => expectError(errorsOf('{"id": '), '', 'json'));
    it('2. an empty file', () => expectError(errorsOf(''), '', 'json'));
    it('3. an array instead of an object', () => expectError(errorsOf('[]'), '', 'type'));
    it('4. null', () => expectError(errorsOf('null'), '', 'type'));
    it('5. a title that is a number', () =>
      expectError(
        broken((s) => (s.title = 5)),
        '/title',
        'type',
      ));
    it('6. an id with capitals and spaces', () =>
      expectError(
        broken((s) => (s.events[0].id = 'Event One')),
        '/events/0/id',
        'id',
      ));
    it('7. a required list missing', () =>
      expectError(
        broken((s) => delete s.events),
        '/events',
        'required',
      ));
    it('8. an unknown key', () =>
      expectError(
        broken((s) => (s.events[1].colour = 'red')),
        '/events/1/colour',
        'unknown-key',
      ));
    it('9. a month 13, day 40 date', () =>
      expectError(
        broken((s) => (s.events[0].date = '2021-13-40')),
        '/events/0/date',
        'date-format',
      ));
    it('10. 30 February', () =>
      expectError(
        broken((s) => (s.events[0].date = '2021-02-30')),
        '/events/0/date',
        'date',
      ));
    it('11. a date in another format', () =>
      expectError(
        broken((s) => (s.events[0].date = '16/07/2021')),
        '/events/0/date',
        'date-format',
      ));
    it('12. a span that ends before it starts', () =>
      expectError(
        broken((s) => (s.events[1].end = '2020-01')),
        '/events/1/end',
        'end-before-start',
      ));
    it('13. an event citing no source', () =>
      expectError(
        broken((s) => (s.events[0].sources = [])),
        '/events/0/sources',
        'sources',
      ));
    it('14. an event citing a missing source', () =>
      expectError(
        broken((s) => (s.events[0].sources = ['nope'])),
        '/events/0/sources/0',
        'unknown-ref',
      ));
    it('15. a relation to a missing actor', () =>
      expectError(
        broken((s) => (s.relations[0].to = 'ghost')),
        '/relations/0/to',
        'unknown-ref',
      ));
    it('16. a quote by a missing speaker', () =>
      expectError(
        broken((s) => (s.quotes[0].speaker = 'ghost')),
        '/quotes/0/speaker',
        'unknown-ref',
      ));
    it('17. two events with one id', () =>
      expectError(
        broken((s) => (s.events[1].id = 'e1')),
        '/events/1/id',
        'duplicate-id',
      ));
    it('18. a negative fine', () =>
      expectError(
        broken((s) => (s.fines[0].amount.value = -5)),
        '/fines/0/amount/value',
        'non-negative',
      ));
    it('19. an amount given as a string', () =>
      expectError(
        broken((s) => (s.fines[0].amount.value = '746000000')),
        '/fines/0/amount/value',
        'type',
      ));
    it('20. a lowercase currency', () =>
      expectError(
        broken((s) => (s.fines[0].amount.currency = 'eur')),
        '/fines/0/amount/currency',
        'currency',
      ));
    it('21. a law that is neither gdpr nor eprivacy', () =>
      expectError(
        broken((s) => (s.fines[0].law = 'ccpa')),
        '/fines/0/law',
        'enum',
      ));
    it('22. a javascript: source URL', () =>
      expectError(
        broken((s) => (s.sources[0].url = 'javascript:alert(1)')),
        '/sources/0/url',
        'url',
      ));
    it('23. a one-megabyte title', () =>
      expectError(
        broken((s) => (s.title = { en: 'x'.repeat(1_000_000) })),
        '/title/en',
        'too-long',
      ));
    it('24. nesting deeper than any story needs', () => {
      let deep: unknown = 'x';
      for (let i = 0; i < 40; i++) deep = { en: deep };
      const errors = broken((s) => (s.summary = deep));
      // The path stops where the nesting passes the limit.
      expectError(errors, '/summary' + '/en'.repeat(MAX_DEPTH - 1), 'too-deep');
    });
    it('25. 100,000 nested arrays do not overflow the stack', () => {
      const text = '{"id":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
      const errors = errorsOf(text);
      expect(['json', 'too-deep']).to.include(errors[0]!.code);
    });
    it('26. a __proto__ key, without polluting Object.prototype', () => {
      const text = JSON.stringify(miniStory()).replace('"id":"acme"', '"__proto__":{"polluted":1},"id":"acme"');
      expectError(errorsOf(text), '/actors/0/__proto__', 'forbidden-key');
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    });
    it('27. a constructor key in a text map', () =>
      expectError(
        broken((s) => (s.title = JSON.parse('{"constructor": "x"}'))),
        '/title/constructor',
        'forbidden-key',
      ));
    it('28. a text map keyed by something that is not a language', () =>
      expectError(
        broken((s) => (s.title = { 'not a language': 'x' })),
        '/title/not a language',
        'lang',
      ));
    it('29. an empty text map', () =>
      expectError(
        broken((s) => (s.title = {})),
        '/title',
        'empty',
      ));
    it('30. a translation into the original language', () =>
      expectError(
        broken((s) => (s.quotes[0].translations.en = 'We disagree.')),
        '/quotes/0/translations/en',
        'translation-of-original',
      ));
    it('31. a default language not among the languages', () =>
      expectError(
        broken((s) => (s.languages = ['en', 'fr'])),
        '/lang',
        'default-lang',
      ));
    it('32. NaN and Infinity given as a property', () => {
      expectError(
        broken((s) => (s.fines[0].amount.value = NaN)),
        '/fines/0/amount/value',
        'not-finite',
      );
      expectError(
        broken((s) => (s.fines[0].amount.value = Infinity)),
        '/fines/0/amount/value',
        'not-finite',
      );
    });
    it('33. an importance outside 1–3', () =>
      expectError(
        broken((s) => (s.events[0].importance = 5)),
        '/events/0/importance',
        'enum',
      ));
    it('34. a published translation citing a missing source', () =>
      expectError(
        broken((s) => (s.quotes[0].translations.fr.source = 'ghost')),
        '/quotes/0/translations/fr/source',
        'unknown-ref',
      ));
    it('35. thousands of bad events give a capped list', () => {
      const errors = broken((s) => (s.events = Array.from({ length: 2000 }, () => ({ id: 'BAD' }))));
      expect(errors.length).to.equal(MAX_ERRORS + 1);
      expect(errors.at(-1)!.code).to.equal('too-many-errors');
    });
  });

  describe('error messages', () => {
    const sample: StoryError = { path: '/events/3/date', code: 'date', params: { received: '"2021-02-30"' } };

    it('describe every error in ar, en and fr', () => {
      for (const lang of ['ar', 'en', 'fr']) {
        const m = errorMessages(lang);
        expect(describeError(m, sample)).to.contain('2021-02-30');
        expect(describePath(m, '/events/3/date')).to.contain('/events/3/date');
      }
      expect(describeError(errorMessages('ar'), sample)).to.match(/[\u0600-\u06FF]/);
      expect(describeError(errorMessages('fr'), sample)).to.contain('n’existe pas');
    });

    it('say what was expected for a type error', () => {
      const errors = broken((s) => (s.title = 5));
      expect(describeError(errorMessages('en'), errors[0]!).replace(/[\u2068\u2069]/g, '')).to.equal(
        'Expected a text: a string, or an object from language to string, found a number.',
      );
    });
  });
});
