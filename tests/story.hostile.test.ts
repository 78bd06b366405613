import { expect } from '@open-wc/testing';
import { LIMITS, MAX_ERRORS, parseStory, type ParseResult, type StoryError } from '../src/story/index.js';
import { describeError, describePath, errorMessages, errorWords, languageReady } from '../src/i18n/index.js';
import { miniStory } from './fixtures/mini-story.js';
import { broken, errorsOf, expectError, type Mutable } from './fixtures/story-errors.js';

/** parseStory must answer, never throw: a throw fails the test with its own stack. */
function parsed(input: unknown): ParseResult {
  const result = parseStory(input);
  expect(result).to.have.property('ok');
  return result;
}

/** The mini story as JSON text with `"id":"acme"` preceded by `extra` (a key and value). */
const withKey = (extra: string) => JSON.stringify(miniStory()).replace('"id":"acme"', `${extra},"id":"acme"`);

const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

before(() => Promise.all(['en', 'ar', 'fr'].map((lang) => languageReady(lang, [errorWords]))));

describe('parseStory with hostile input', () => {
  describe('prototype-named keys are unknown keys, and the story is plain data', () => {
    for (const key of ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString']) {
      it(`refuses "${key}"`, () => {
        const errors = errorsOf(withKey(`"${key}":"x"`));
        expectError(errors, `/actors/0/${key}`, 'unknown-key');
      });
    }
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      it(`refuses "${key}" without reading or copying it`, () => {
        expectError(errorsOf(withKey(`"${key}":{"polluted":1}`)), `/actors/0/${key}`, 'forbidden-key');
        expect(({} as Mutable)['polluted']).to.equal(undefined);
      });
    }

    it('a value that is an object where a word is expected is named, not printed', () => {
      // shown() used to call String() on it, which throws for { toString: 1 }
      const errors = errorsOf(JSON.stringify(miniStory()).replace('"kind":"company"', '"kind":{"toString":1}'));
      const error = expectError(errors, '/actors/0/kind', 'enum');
      expect(error.params['received']).to.equal('object');
    });

    it('gives a copy made of plain objects that String() can print', () => {
      const input = miniStory();
      const result = parsed(input);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.story).not.to.equal(input);
      expect(result.story.actors[0]).not.to.equal(input.actors[0]);
      // a story key named toString would make this throw
      const actor: unknown = result.story.actors[0];
      expect(String(actor)).to.equal('[object Object]');
      expect(Object.getPrototypeOf(result.story.actors[0])).to.equal(Object.prototype);
      expect(result.story).to.deep.equal(input);
      // changing the input afterwards does not change what was validated
      input.actors[0]!.id = 'Not An Id';
      expect(result.story.actors[0]!.id).to.equal('acme');
    });

    it('reads a getter once, so it cannot pass validation with one value and render another', () => {
      const story = miniStory() as unknown as Mutable;
      let reads = 0;
      Object.defineProperty(story['sources'][0], 'url', {
        enumerable: true,
        get: () => (reads++ ? 'javascript:alert(1)' : 'https://example.org/report'),
      });
      const result = parsed(story);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.story.sources[0]!.url).to.equal('https://example.org/report');
      expect(reads).to.equal(1);
    });
  });

  describe('a value no JSON text can make gives an error, never an exception', () => {
    it('a getter that throws', () => {
      const story = miniStory() as unknown as Mutable;
      Object.defineProperty(story, 'title', {
        enumerable: true,
        get() {
          throw new Error('no title for you');
        },
      });
      const error = expectError(errorsOf(story), '/title', 'unreadable');
      expect(error.params['detail']).to.contain('no title for you');
    });

    it('a getter that throws something that is not an Error', () => {
      const story = miniStory() as unknown as Mutable;
      const hostile = {
        toString() {
          throw new Error('gotcha');
        },
      };
      Object.defineProperty(story, 'id', {
        enumerable: true,
        get() {
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a hostile getter can throw
          throw hostile;
        },
      });
      expectError(errorsOf(story), '/id', 'unreadable');
    });

    it('a Proxy whose every trap throws, as the story and inside it', () => {
      const trap = () => {
        throw new Error('trap');
      };
      const hostile = new Proxy({}, { get: trap, ownKeys: trap, getPrototypeOf: trap, has: trap });
      expect(errorsOf(hostile)[0]!.code).to.equal('unreadable');
      expectError(
        broken((s) => (s.events[0] = hostile)),
        '/events/0',
        'unreadable',
      );
    });

    it('a Proxy array that claims an impossible length', () => {
      for (const length of [-1, 1.5, NaN, 'x']) {
        const lying = new Proxy([], { get: (t, k) => (k === 'length' ? length : Reflect.get(t, k)) });
        expectError(
          broken((s) => (s.events = lying)),
          '/events',
          'unreadable',
        );
      }
    });

    it('a polluted Object.prototype changes nothing', () => {
      const proto = Object.prototype as Mutable;
      proto['polluted'] = 'x';
      proto['kind'] = 'company';
      try {
        expect(parsed(JSON.stringify(miniStory())).ok).to.equal(true);
        expectError(
          broken((s) => delete s.actors[0].kind),
          '/actors/0/kind',
          'required',
        );
      } finally {
        delete proto['polluted'];
        delete proto['kind'];
      }
    });

    it('a revoked Proxy', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      expectError(
        broken((s) => (s.actors = proxy)),
        '/actors',
        'unreadable',
      );
    });

    it('a Proxy that answers like an object is read like one', () => {
      const story = new Proxy(miniStory(), {});
      expect(parsed(story).ok).to.equal(true);
    });

    it('a cycle', () => {
      expectError(
        broken((s) => (s.events[0].self = s.events[0])),
        '/events/0/self',
        'cycle',
      );
      const story = miniStory() as unknown as Mutable;
      story['actors'].push(story['actors']);
      expectError(errorsOf(story), '/actors/2', 'cycle');
    });

    it('objects JSON cannot hold: Date, Map, a boxed string, a typed array', () => {
      const cases: [unknown, string][] = [
        [new Date(0), 'Date'],
        [new Map(), 'Map'],
        [new String('x'), 'String'],
        [new Uint8Array(4), 'Uint8Array'],
      ];
      for (const [value, kind] of cases) {
        const error = expectError(
          broken((s) => (s.events[0].date = value)),
          '/events/0/date',
          'not-data',
        );
        expect(error.params['received']).to.equal(kind);
      }
    });

    it('functions, symbols and BigInts are wrong types', () => {
      for (const [value, type] of [
        [() => 1, 'function'],
        [Symbol('x'), 'symbol'],
        [BigInt(1), 'bigint'],
      ] as const) {
        const error = expectError(
          broken((s) => (s.title = value)),
          '/title',
          'type',
        );
        expect(error.params['received']).to.equal(type);
      }
    });

    it('one object shared a million times is too big to read, and says so at once', () => {
      let shared: unknown = { en: 'x'.repeat(100) };
      for (let i = 0; i < 8; i++) shared = Array(10).fill(shared); // 10⁸ leaves if copied
      const started = performance.now();
      const errors = broken((s) => (s.events = shared));
      expect(errors).to.deep.equal([{ path: '', code: 'too-big', params: { max: LIMITS.storyChars } }]);
      // a generous bound: the walk stops at the size limit, not after 10⁸ leaves
      expect(performance.now() - started).to.be.below(5000);
    });

    it('a sparse array of length 4 billion stops before its first item', () => {
      const sparse: unknown[] = [];
      sparse.length = 2 ** 32 - 1;
      expect(broken((s) => (s.events = sparse))[0]!.code).to.equal('too-big');
    });

    it('undefined, null and the wrong root answer with an error', () => {
      for (const value of [undefined, null, 0, true, [], () => ({}), Symbol('s')]) {
        expect(errorsOf(value)[0]!.path).to.equal('');
      }
    });
  });

  describe('numbers', () => {
    it('Infinity from 1e999 in JSON is named as such, in ar, en and fr', () => {
      const errors = errorsOf(JSON.stringify(miniStory()).replace('746000000', '1e999'));
      const error = expectError(errors, '/fines/0/amount/value', 'not-finite');
      expect(plain(describeError(errorMessages('en'), error))).to.equal('Expected a finite number, found Infinity.');
      for (const lang of ['ar', 'fr']) expect(describeError(errorMessages(lang), error)).to.contain('Infinity');
    });

    it('NaN and -Infinity given as a property', () => {
      for (const value of [NaN, -Infinity]) {
        const error = expectError(
          broken((s) => (s.fines[0].amount.value = value)),
          '/fines/0/amount/value',
          'not-finite',
        );
        expect(error.params['received']).to.equal(String(value));
      }
    });

    it('amounts from 0 to 10¹⁵, the smallest double included', () => {
      for (const value of [0, 5e-324, 1e15]) {
        const story = miniStory();
        story.fines[0]!.amount.value = value;
        expect(parsed(story).ok, String(value)).to.equal(true);
      }
      for (const value of [1e15 + 1, 1.7976931348623157e308]) {
        const error = expectError(
          broken((s) => (s.fines[0].amount.value = value)),
          '/fines/0/amount/value',
          'at-most',
        );
        expect(plain(describeError(errorMessages('en'), error))).to.contain('1,000,000,000,000,000 or less'); // the limit in the reader's digits and grouping
      }
    });

    it('conversion rates between 10⁻⁹ and 10⁹', () => {
      const conversion = (rate: number) => ({ from: 'USD', to: 'EUR', rate, date: '2021', sources: ['s1'] });
      const story = miniStory();
      story.conversions = [conversion(1e9), conversion(1e-9)];
      expect(parsed(story).ok).to.equal(true);
      for (const rate of [1e308, 5e-324, 1e9 * 1.01]) {
        expectError(
          broken((s) => (s.conversions = [conversion(rate)])),
          '/conversions/0/rate',
          'rate',
        );
      }
      expectError(
        broken((s) => (s.conversions = [conversion(0)])),
        '/conversions/0/rate',
        'positive',
      );
    });
  });

  describe('text', () => {
    it('accepts a UTF-8 byte order mark before the JSON text', () => {
      expect(parsed('\uFEFF' + JSON.stringify(miniStory())).ok).to.equal(true);
    });

    it('cuts a 100,000-character unknown key in the error, its path and its message', () => {
      const key = 'k'.repeat(100_000);
      const error = expectError(errorsOf(withKey(`"${key}":1`)), `/actors/0/${'k'.repeat(79)}…`, 'unknown-key');
      expect(String(error.params['key'])).to.have.length(80);
      for (const lang of ['en', 'ar', 'fr']) {
        const m = errorMessages(lang);
        expect(describeError(m, error).length + describePath(m, error.path).length).to.be.below(400);
      }
    });

    it('cuts long values and shows invisible characters as escapes', () => {
      const error = expectError(
        broken((s) => (s.events[0].date = '\u202E' + 'x'.repeat(1000))),
        '/events/0/date',
        'date-format',
      );
      const received = String(error.params['received']);
      expect(received.length).to.be.below(100);
      expect(received).to.contain('\\u202E');
      expect(received).not.to.contain('\u202E');
    });

    it('refuses a story text longer than the limit before parsing it', () => {
      const text = JSON.stringify({ ...miniStory(), summary: 'x'.repeat(LIMITS.storyChars) });
      expect(errorsOf(text)).to.deep.equal([{ path: '', code: 'too-big', params: { max: LIMITS.storyChars } }]);
    });

    it('caps the errors of a story full of them', () => {
      const errors = errorsOf(withKey(Array.from({ length: 500 }, (_, i) => `"__proto__${i}":1`).join(',')));
      expect(errors).to.have.length(MAX_ERRORS + 1);
    });
  });

  describe('URLs: parsed by the URL parser, web links only, nothing hidden', () => {
    const accepted = [
      'https://example.org',
      'http://example.org/a/b?c=d&e=f#g',
      'https://例え.jp/パス',
      'https://xn--r8jz45g.jp/',
      'https://[2001:db8::1]/',
      'https://example.org/%E2%80%AE',
    ];
    for (const url of accepted) {
      it(`accepts ${url}`, () => {
        const story = miniStory();
        story.sources[0]!.url = url;
        expect(parsed(story).ok).to.equal(true);
      });
    }
    const refused: [string, StoryError['code']][] = [
      ['https://exa\u202Emple.org/', 'url-chars'],
      ['https://example.org/\u202Egnp.exe', 'url-chars'],
      ['https://exa\u200Bmple.org/', 'url-chars'],
      ['https://example.org/\u0000', 'url-chars'],
      ['https://example.org/a b', 'url-chars'],
      [' https://example.org/', 'url-chars'],
      ['https://example.org/\u2066', 'url-chars'],
      ['javascript:alert(1)', 'url'],
      ['JAVASCRIPT:alert(1)//https://', 'url'],
      ['data:text/html,<script>alert(1)</script>', 'url'],
      ['ftp://example.org/', 'url'],
      ['//example.org/', 'url'],
      ['/relative', 'url'],
      ['https://', 'url'],
      ['https://exa%mple.org', 'url'],
      ['https://[::1', 'url'],
      ['https://bank.example@evil.example/', 'url-login'],
      ['https://user:pass@example.org/', 'url-login'],
    ];
    for (const [url, code] of refused) {
      it(`refuses ${JSON.stringify(url)} (${code})`, () => {
        expectError(
          broken((s) => (s.sources[0].url = url)),
          '/sources/0/url',
          code,
        );
      });
    }
  });
});
