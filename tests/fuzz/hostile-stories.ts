/**
 * A seeded generator of hostile stories: what an attacker or a careless
 * editor could hand to the kit. `hostileStory(seed)` is one case, the same
 * for the same seed on every machine and in every runtime (no Node or DOM
 * API here: Node's fuzz test and the browser tests import this one module).
 *
 * Every case names its class, says what it is, and says what the validator
 * must answer (`valid`, `invalid` or `either`). Its `input` is JSON text (a
 * string, as `src` and inline JSON give it) or a value (as the `story`
 * property does), sometimes one no JSON can make: getters that throw,
 * Proxies, cycles, a `Date`.
 *
 * ```ts
 * import { hostileStories } from './fuzz/hostile-stories.js';
 * for (const c of hostileStories(60)) el.story = c.input; // …
 * ```
 */
import { random } from '../../src/core/random.js';
import { LIMITS } from '../../src/story/limits.js';
import type { Story } from '../../src/story/types.js';
import { miniStory } from '../fixtures/mini-story.js';

export type Expectation = 'valid' | 'invalid' | 'either';

export interface HostileCase {
  seed: number;
  /** The class of attack or mistake (`CLASSES`). */
  kind: string;
  /** What was done to the story, for a person reading a failure. */
  what: string;
  /** JSON text, or a value given as the `story` property. */
  input: unknown;
  /** What `parseStory` must answer. */
  expect: Expectation;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- stories broken on purpose, at any path
type Rnd = () => number;
type Make = (rnd: Rnd) => Omit<HostileCase, 'seed' | 'kind'>;

const pick = <T>(rnd: Rnd, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const int = (rnd: Rnd, n: number) => Math.floor(rnd() * n);

/** A richer valid story than the mini one: every list has a few items, every optional field appears. */
export function baseStory(): Story {
  const s = miniStory();
  s.summary = { ar: 'ملخص', en: 'A summary', fr: 'Un résumé' };
  s.actors.push({
    id: 'ngo',
    kind: 'ngo',
    name: 'Privacy NGO',
    shortName: 'NGO',
    role: 'Complainant',
    country: 'FR',
    url: 'https://example.org/ngo',
    sources: ['s1'],
  });
  s.relations.push({ id: 'r2', from: 'ngo', to: 'watchdog', kind: 'complained-to', label: 'filed', sources: ['s1'] });
  s.eras = [{ id: 'era1', start: '2018', end: '2021-07', title: 'Investigation', sources: ['s1'] }];
  s.fines.push({
    id: 'f2',
    company: 'Other',
    authority: 'Watchdog',
    amount: { value: 100e6, currency: 'USD' },
    date: '2020',
    reason: 'Cookies',
    law: 'eprivacy',
    status: 'final',
    sources: ['s1'],
  });
  s.conversions = [{ from: 'USD', to: 'EUR', rate: 0.9, date: '2020', sources: ['s1'] }];
  s.sources.push({
    id: 's2',
    title: 'Second',
    publisher: 'Wire',
    url: 'http://example.com/2',
    date: '2021',
    lang: 'fr',
  });
  return s;
}

/** Every [path, value] of a JSON value, objects and arrays included. */
function entries(value: unknown, path: (string | number)[] = []): [(string | number)[], unknown][] {
  const out: [(string | number)[], unknown][] = [[path, value]];
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...entries(v, [...path, Array.isArray(value) ? +k : k]));
  }
  return out;
}

function setAt(root: Json, path: (string | number)[], value: unknown): void {
  let node = root;
  for (const seg of path.slice(0, -1)) node = node[seg];
  node[path.at(-1)!] = value;
}

const strings = (s: Story) => entries(s).filter(([p, v]) => typeof v === 'string' && p.length > 0);
const objects = (s: Story) => entries(s).filter(([, v]) => v && typeof v === 'object' && !Array.isArray(v));
const urlPaths = (s: Story) => strings(s).filter(([p]) => p.at(-1) === 'url');
/** Strings that are free text (titles, names, bodies): not ids, dates, codes or URLs. */
const textPaths = (s: Story) =>
  strings(s).filter(([p]) => {
    const key = p.findLast((x) => typeof x === 'string' && !/^(ar|en|fr)$/.test(x));
    return [
      'title',
      'name',
      'summary',
      'body',
      'role',
      'reason',
      'label',
      'note',
      'company',
      'authority',
      'publisher',
      'text',
      'context',
      'shortName',
    ].includes(String(key));
  });

const WRONG_VALUES: readonly unknown[] = [0, -1, 1.5, '', 'x', true, false, null, [], {}, [[]], { en: 1 }];
const HTML = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  '</p><iframe src=javascript:window.__pwned=1>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<a href="javascript:window.__pwned=1">x</a>',
];
const BAD_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  '\tjavascript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
  'https://bank.example@evil.example/',
  'https://exa\u202Emple.org/',
  'https://example.org/\u202Egnp.exe',
  'https:\\\\evil.example',
  'https://',
  ' https://example.org',
  'https://exa\u0000mple.org',
  'file:///etc/passwd',
];
/** Invisible or reordering characters: bidi overrides, isolates, marks, zero-width, controls. */
const BIDI = [
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200F',
  '\u200E',
  '\u061C',
  '\u200B',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u001B[31m',
];
const PROTO_KEYS = [
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  'isPrototypeOf',
];
const HUGE = [1.7976931348623157e308, 1e308, 1e16, LIMITS.amount + 1, 2 ** 53, -1, -5e-324, -0.0001];

/** A story with one list filled to `n` copies of its first item (ids made unique). */
function filled(list: 'actors' | 'events' | 'eras' | 'fines' | 'quotes' | 'sources' | 'relations', n: number): Story {
  const s = baseStory() as Json;
  const first = s[list][0];
  s[list] = Array.from({ length: n }, (_, i) => ({ ...first, id: `${list}-${i}` }));
  if (list === 'actors') s['mainActor'] = 'actors-0';
  if (list === 'actors') {
    s['relations'] = [];
    s['events'].forEach((e: Json) => delete e['actors']);
    s['fines'].forEach((f: Json) => delete f['actor']);
    s['quotes'].forEach((q: Json) => (q['speaker'] = 'actors-0'));
  }
  if (list === 'sources') s['sources'][0].id = 's1';
  return s as Story;
}

/** `value` as JSON text, with `"key": valueText` first in the object at `path` (JSON text can hold any key). */
function jsonWithKey(value: unknown, path: (string | number)[], key: string, valueText: string): string {
  const target = path.join('/');
  const write = (v: unknown, p: (string | number)[]): string => {
    if (Array.isArray(v)) return `[${v.map((x, i) => write(x, [...p, i])).join(',')}]`;
    if (!v || typeof v !== 'object') return JSON.stringify(v);
    const parts = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${write(x, [...p, k])}`);
    if (p.join('/') === target) parts.unshift(`${JSON.stringify(key)}:${valueText}`);
    return `{${parts.join(',')}}`;
  };
  return write(value, []);
}

/** The classes, each a function from a seeded random source to a case. */
export const CLASSES: Record<string, Make> = {
  'wrong-type': (rnd) => {
    const s = baseStory();
    const [path] = pick(
      rnd,
      entries(s).filter(([p]) => p.length > 0),
    );
    const value = pick(rnd, WRONG_VALUES);
    setAt(s, path, value);
    return { what: `/${path.join('/')} = ${JSON.stringify(value)}`, input: JSON.stringify(s), expect: 'either' };
  },
  'huge-number': (rnd) => {
    const s = baseStory() as Json;
    const value = pick(rnd, HUGE);
    const where = pick(rnd, ['amount', 'rate', 'importance'] as const);
    if (where === 'amount') s['fines'][int(rnd, 2)].amount.value = value;
    else if (where === 'rate') s['conversions'][0].rate = value;
    else s['events'][0].importance = value;
    const text = rnd() < 0.5;
    return {
      what: `${where} = ${value}${text ? ' (text)' : ''}`,
      input: text ? JSON.stringify(s) : s,
      expect: 'invalid',
    };
  },
  'non-finite': (rnd) => {
    const s = baseStory() as Json;
    if (rnd() < 0.5) {
      const literal = pick(rnd, ['1e999', '-1e999', '1e400']);
      return {
        what: `amount ${literal} in JSON text`,
        input: JSON.stringify(s).replace('746000000', literal),
        expect: 'invalid',
      };
    }
    const value = pick(rnd, [NaN, Infinity, -Infinity]);
    const rate = rnd() < 0.5;
    if (rate) s['conversions'][0].rate = value;
    else s['fines'][0].amount.value = value;
    return { what: `${rate ? 'rate' : 'amount'} ${value} as a property`, input: s, expect: 'invalid' };
  },
  'tiny-number': (rnd) => {
    const s = baseStory();
    const value = pick(rnd, [5e-324, 1e-323, 1e-300, 2.2250738585072014e-308, 0]);
    const all = rnd() < 0.5;
    s.fines.forEach((f, i) => {
      if (all || i === 0) f.amount = { value, currency: 'EUR' };
    });
    return { what: `${all ? 'every' : 'one'} fine ${value} EUR`, input: JSON.stringify(s), expect: 'valid' };
  },
  'extreme-valid-number': (rnd) => {
    const s = baseStory();
    s.fines[0]!.amount.value = pick(rnd, [LIMITS.amount, 999_999_999_999_999.9, 1, 0.01]);
    s.conversions![0]!.rate = pick(rnd, [1 / LIMITS.rateSpan, LIMITS.rateSpan, 1]);
    if (rnd() < 0.5) s.fines.forEach((f) => (f.amount = { value: LIMITS.amount, currency: 'USD' }));
    return {
      what: `amount ${s.fines[0]!.amount.value}, rate ${s.conversions![0]!.rate}`,
      input: JSON.stringify(s),
      expect: 'valid',
    };
  },
  'prototype-key': (rnd) => {
    const s = baseStory();
    const key = pick(rnd, PROTO_KEYS);
    const [path] = pick(rnd, objects(s));
    const value = pick(rnd, ['"x"', '1', '{"polluted":1}', 'null', '[]']);
    return {
      what: `key "${key}": ${value} in /${path.join('/')}`,
      input: jsonWithKey(s, path, key, value),
      expect: 'invalid',
    };
  },
  'prototype-key-value': (rnd) => {
    const s = baseStory() as Json;
    const key = pick(rnd, PROTO_KEYS);
    const [path] = pick(rnd, objects(s as Story));
    const target = path.reduce<Json>((n, k) => n[k], s);
    Object.defineProperty(target, key, { value: 'x', enumerable: true, configurable: true, writable: true });
    return { what: `own property "${key}" at /${path.join('/')}`, input: s, expect: 'invalid' };
  },
  'bidi-text': (rnd) => {
    const s = baseStory();
    const [path, value] = pick(rnd, textPaths(s));
    const mark = pick(rnd, BIDI);
    setAt(s, path, `${mark}${String(value)}${pick(rnd, BIDI)}`);
    return {
      what: `U+${mark.charCodeAt(0).toString(16)} in /${path.join('/')}`,
      input: JSON.stringify(s),
      expect: 'valid',
    };
  },
  'bidi-anywhere': (rnd) => {
    const s = baseStory();
    const [path, value] = pick(rnd, strings(s));
    const mark = pick(rnd, BIDI);
    const at = int(rnd, String(value).length + 1);
    setAt(s, path, String(value).slice(0, at) + mark + String(value).slice(at));
    return {
      what: `U+${mark.charCodeAt(0).toString(16)} in /${path.join('/')}`,
      input: JSON.stringify(s),
      expect: 'either',
    };
  },
  'html-payload': (rnd) => {
    const s = baseStory();
    const payload = pick(rnd, HTML);
    const every = rnd() < 0.5;
    const targets = every ? strings(s) : [pick(rnd, strings(s))];
    for (const [path] of targets) setAt(s, path, payload);
    return {
      what: `${payload} in ${every ? 'every string' : `/${targets[0]![0].join('/')}`}`,
      input: JSON.stringify(s),
      expect: every ? 'invalid' : 'either',
    };
  },
  'html-in-text': (rnd) => {
    const s = baseStory();
    for (const [path] of textPaths(s)) setAt(s, path, pick(rnd, HTML));
    return { what: 'HTML payloads in every free text', input: JSON.stringify(s), expect: 'valid' };
  },
  'bad-url': (rnd) => {
    const s = baseStory();
    const url = pick(rnd, BAD_URLS);
    const [path] = pick(rnd, urlPaths(s));
    setAt(s, path, url);
    return { what: `${JSON.stringify(url)} at /${path.join('/')}`, input: JSON.stringify(s), expect: 'invalid' };
  },
  'limits-over': (rnd) => {
    const list = pick(rnd, ['actors', 'events', 'eras', 'fines', 'quotes', 'sources', 'relations'] as const);
    const max = LIMITS[list];
    return { what: `${max + 1} ${list}`, input: JSON.stringify(filled(list, max + 1)), expect: 'invalid' };
  },
  'limits-at': (rnd) => {
    const list = pick(rnd, ['eras', 'quotes', 'fines', 'sources', 'actors'] as const);
    return {
      what: `${LIMITS[list]} ${list} (the limit)`,
      input: JSON.stringify(filled(list, LIMITS[list])),
      expect: 'valid',
    };
  },
  'long-string': (rnd) => {
    const s = baseStory() as Json;
    const where = pick(rnd, ['title', 'summary', 'key', 'id', 'url', 'lang'] as const);
    const n = pick(rnd, [LIMITS.shortText + 1, LIMITS.longText + 1, 100_000, 1_000_000]);
    const long = 'x'.repeat(n);
    if (where === 'title') s['title'] = { en: long };
    else if (where === 'summary') s['summary'] = long;
    else if (where === 'key') s['actors'][0][long] = 1;
    else if (where === 'id') s['events'][0].id = 'e' + long;
    else if (where === 'url') s['sources'][0].url = 'https://example.org/' + long;
    else s['lang'] = 'a' + long;
    return {
      what: `${n} characters in ${where}`,
      input: JSON.stringify(s),
      expect: where === 'summary' && n <= LIMITS.longText ? 'valid' : 'invalid',
    };
  },
  'deep-nesting': (rnd) => {
    const depth = pick(rnd, [13, 50, 1000, 100_000]);
    const open = rnd() < 0.5 ? '[' : '{"en":';
    const close = open === '[' ? ']' : '}';
    const text = JSON.stringify(baseStory()).replace(
      '"summary":',
      `"summary":${open.repeat(depth)}"x"${close.repeat(depth)},"x":`,
    );
    return { what: `${depth} levels of ${open}`, input: text, expect: 'invalid' };
  },
  bom: (rnd) => {
    const json = JSON.stringify(baseStory());
    const variant = pick(rnd, ['lead', 'double', 'middle', 'utf16-be'] as const);
    const input =
      variant === 'lead'
        ? '\uFEFF' + json
        : variant === 'double'
          ? '\uFEFF\uFEFF' + json
          : variant === 'middle'
            ? json.replace('"id":', '\uFEFF"id":')
            : '\uFFFE' + json;
    return { what: `byte order mark: ${variant}`, input, expect: variant === 'lead' ? 'valid' : 'invalid' };
  },
  'duplicate-id': (rnd) => {
    const s = baseStory() as Json;
    const list = pick(rnd, ['actors', 'relations', 'events', 'fines', 'sources', 'quotes'] as const);
    s[list].push({ ...s[list][0] });
    return { what: `two ${list} with id ${s[list][0].id}`, input: JSON.stringify(s), expect: 'invalid' };
  },
  'dangling-ref': (rnd) => {
    const s = baseStory() as Json;
    const where = pick(rnd, ['relation', 'event-actor', 'source', 'speaker', 'mainActor', 'fine-actor'] as const);
    if (where === 'relation') s['relations'][0].to = 'ghost';
    else if (where === 'event-actor') s['events'][1].actors = ['ghost'];
    else if (where === 'source') s['events'][0].sources = ['ghost'];
    else if (where === 'speaker') s['quotes'][0].speaker = 'ghost';
    else if (where === 'mainActor') s['mainActor'] = 'ghost';
    else s['fines'][0].actor = 'ghost';
    return { what: `a ${where} naming "ghost"`, input: JSON.stringify(s), expect: 'invalid' };
  },
  'json-syntax': (rnd) => {
    const json = JSON.stringify(baseStory());
    const variant = pick(rnd, [
      'truncated',
      'trailing-comma',
      'comment',
      'NaN',
      'single-quotes',
      'empty',
      'null',
      'number',
      'array',
      'garbage',
    ] as const);
    const input = {
      truncated: json.slice(0, int(rnd, json.length)),
      'trailing-comma': json.replace(/}$/, ',}'),
      comment: '// a story\n' + json,
      NaN: json.replace('746000000', 'NaN'),
      'single-quotes': json.replace(/"/g, "'"),
      empty: '',
      null: 'null',
      number: '42',
      array: '[' + json + ']',
      garbage: '\u0000\u0001<html>',
    }[variant];
    return { what: `JSON: ${variant}`, input, expect: 'invalid' };
  },
  'exotic-value': (rnd) => {
    const s = baseStory() as Json;
    const variant = pick(rnd, [
      'throwing-getter',
      'proxy',
      'revoked-proxy',
      'cycle',
      'date',
      'map',
      'function',
      'symbol',
      'bigint',
      'sparse',
      'shared',
    ] as const);
    const trap = () => {
      throw new Error('trap');
    };
    const [path] = pick(
      rnd,
      entries(s).filter(([p]) => p.length > 0),
    );
    const value = {
      'throwing-getter': undefined,
      proxy: new Proxy({}, { get: trap, ownKeys: trap, getPrototypeOf: trap }),
      'revoked-proxy': (() => {
        const r = Proxy.revocable({}, {});
        r.revoke();
        return r.proxy;
      })(),
      cycle: s,
      date: new Date(0),
      map: new Map([['a', 1]]),
      function: () => 1,
      symbol: Symbol('x'),
      bigint: BigInt(1),
      sparse: Object.assign([], { length: 2 ** 32 - 1 }),
      shared: Array(1000).fill(Array(1000).fill(s['events'][0])),
    }[variant];
    if (variant === 'throwing-getter') {
      const parent = path.slice(0, -1).reduce<Json>((n, k) => n[k], s);
      Object.defineProperty(parent, path.at(-1)!, { enumerable: true, get: trap });
    } else {
      setAt(s, path, value);
    }
    return { what: `${variant} at /${path.join('/')}`, input: s, expect: 'invalid' };
  },
  'hostile-root': (rnd) => {
    const variant = pick(rnd, ['proxy', 'throwing', 'null-proto', 'array', 'string-object'] as const);
    const input = {
      proxy: new Proxy(baseStory(), {
        get: (t, k) =>
          k === 'events'
            ? (() => {
                throw new Error('no');
              })()
            : (t as Json)[k as string],
      }),
      throwing: new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('no keys');
          },
        },
      ),
      'null-proto': Object.assign(Object.create(null), baseStory()),
      array: [baseStory()],
      'string-object': new String(JSON.stringify(baseStory())),
    }[variant];
    return { what: `the story is ${variant}`, input, expect: variant === 'null-proto' ? 'valid' : 'invalid' };
  },
  dates: (rnd) => {
    const s = baseStory();
    const date = pick(rnd, [
      '0000',
      '9999-12-31',
      '2020-02-29',
      '2021-02-29',
      '2021-00',
      '21-07-16',
      '2021-07-16T00:00',
      '+002021',
      '-0001',
    ]);
    s.events[0]!.date = date;
    const valid = ['0000', '9999-12-31', '2020-02-29'].includes(date);
    return { what: `an event on ${date}`, input: JSON.stringify(s), expect: valid ? 'valid' : 'invalid' };
  },
  'overlapping-eras': (rnd) => {
    const s = baseStory();
    const n = pick(rnd, [LIMITS.eras, LIMITS.eras + 1]);
    s.eras = Array.from({ length: n }, (_, i) => ({
      id: `era-${i}`,
      start: '2018',
      title: `Era ${i}`,
      sources: ['s1'],
    }));
    return {
      what: `${n} eras all still going on`,
      input: JSON.stringify(s),
      expect: n > LIMITS.eras ? 'invalid' : 'valid',
    };
  },
  'odd-but-valid': (rnd) => {
    const s = baseStory();
    const variant = pick(rnd, [
      'empty-lists',
      'one-language',
      'emoji',
      'lone-surrogate',
      'rtl-everything',
      'same-fines',
    ] as const);
    if (variant === 'empty-lists')
      Object.assign(s, { relations: [], events: [], fines: [], quotes: [], eras: [], mainActor: undefined });
    else if (variant === 'one-language') Object.assign(s, { lang: 'en', languages: ['en'] });
    else if (variant === 'emoji') s.title = '👩🏽‍⚖️ 💶 '.repeat(40);
    else if (variant === 'lone-surrogate') s.title = 'broken \uD800 pair';
    else if (variant === 'rtl-everything')
      for (const [path] of textPaths(s)) setAt(s, path, 'غرامة قياسية ' + int(rnd, 1000));
    else s.fines.forEach((f) => (f.amount = { value: 746e6, currency: 'EUR' }));
    return { what: variant, input: JSON.stringify(s), expect: 'valid' };
  },
};

const KINDS = Object.keys(CLASSES);

/** One case: its class is `seed` modulo the number of classes, the rest comes from the seed. */
export function hostileStory(seed: number): HostileCase {
  const kind = KINDS[seed % KINDS.length]!;
  const rnd = random(seed * 7919 + 1);
  return { seed, kind, ...CLASSES[kind]!(rnd) };
}

/** `count` cases from `first` on: every class appears once in any run of `CLASSES.length` seeds. */
export function hostileStories(count = 320, first = 1): HostileCase[] {
  return Array.from({ length: count }, (_, i) => hostileStory(first + i));
}
