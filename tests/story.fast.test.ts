import { expect } from '@open-wc/testing';
import { parseStory } from '../src/story/index.js';
import {
  DATE_PATTERN,
  DayDate,
  IsoDate,
  LongText,
  ShortText,
  Story,
  Translation,
  isCalendarDate,
} from '../src/story/schema.js';
import { LinkTally, linkIssues, validate, type Link, type Schema, type SchemaDef } from '../src/story/schema-kit.js';
import { checkParsed, copyData } from '../src/story/snapshot.js';
import { random } from '../src/core/random.js';
import { hostileStories, baseStory } from './fuzz/hostile-stories.js';
import { syntheticTimelineStory } from './fixtures/timeline-synthetic.js';

// parseStory validates JSON text first and walks it for depth and `__proto__`-like keys only when
// its shape is wrong: a story whose shape the schema accepts must have nothing that walk refuses.

/** Whether the schema accepts the shape; and then, that the walk finds nothing either. */
function validAndWalked(value: unknown, what: string): boolean {
  const links: Link[] = [];
  const valid = !validate(Story, value, links).length;
  if (valid) expect(checkParsed(value, { maxDepth: 12, maxErrors: 50 }), what).to.deep.equal([]);
  return valid;
}

/** The story as parseStory validates it: JSON text parsed, a value copied into plain data. */
function plain(input: unknown): { value: unknown } | undefined {
  if (typeof input === 'string') {
    try {
      return { value: JSON.parse(input.replace(/^\uFEFF/, '')) };
    } catch {
      return undefined;
    }
  }
  const copied = copyData(input, { maxDepth: 12, maxSize: 5e6, maxErrors: 50 });
  return copied.errors.length ? undefined : { value: copied.value };
}

type Json = Record<string, unknown> | unknown[];

/** Every container in `root` (objects and arrays), for changing one at random. */
function containers(root: unknown, out: Json[] = []): Json[] {
  if (root && typeof root === 'object') {
    out.push(root as Json);
    for (const v of Object.values(root)) containers(v, out);
  }
  return out;
}

const ODD_VALUES: unknown[] = [
  ...[null, 0, -1, 1.5, Infinity, true, [], {}, 2, 4, '', 'x', 'Event One', 'en', 'final'],
  ...['2021-02-30', '2021-13', '1900-02-29', '2000-02-29', 'not a url', 'https://example.org/'],
  ...[{ en: '' }, { en: 'x', 'not a tag': 'y' }, { constructor: 'x' }, ['s1'], ['nope'], 'acme', 'watchdog', 's1'],
];

/** A copy of `story` with one random change: a value replaced, a key removed or added. */
function mutated(story: unknown, rnd: () => number): unknown {
  const copy = structuredClone(story);
  const all = containers(copy);
  const at = all[Math.floor(rnd() * all.length)]! as Record<string, unknown>;
  const keys = Object.keys(at);
  const key = keys[Math.floor(rnd() * keys.length)];
  const odd = ODD_VALUES[Math.floor(rnd() * ODD_VALUES.length)];
  const r = rnd();
  if (key === undefined || r < 0.15) at[Array.isArray(at) ? at.length : rnd() < 0.5 ? 'extra' : '__proto__'] = odd;
  else if (r < 0.3 && !Array.isArray(at)) delete at[key];
  else at[key] = odd;
  return copy;
}

describe("parseStory's shortcut for a valid story", () => {
  it('a story of the fuzz corpus the schema accepts has nothing the walk refuses', () => {
    let compared = 0;
    for (const c of hostileStories(320)) {
      const p = plain(c.input);
      if (!p) continue;
      compared++;
      validAndWalked(p.value, `${c.kind} (seed ${c.seed}): ${c.what}`);
    }
    expect(compared).to.be.greaterThan(100);
  });

  it('so does a story broken at a random place, and JSON text gets the errors a value gets', () => {
    const rnd = random(7);
    const stories = [baseStory(), syntheticTimelineStory(40, 3)];
    let valid = 0;
    for (let i = 0; i < 1500; i++) {
      const value = mutated(stories[i % 2], rnd);
      const what = JSON.stringify(value).slice(0, 300);
      if (validAndWalked(value, what)) valid++;
      // the text is walked only when something is wrong; a value is always copied: same answer
      const text = JSON.stringify(value);
      const fromText = parseStory(text);
      const fromValue = parseStory(JSON.parse(text));
      expect(fromText.ok, what).to.equal(fromValue.ok);
      if (!fromText.ok && !fromValue.ok) expect(fromText.errors, what).to.deep.equal(fromValue.errors);
    }
    // both kinds of story were met
    expect(valid).to.be.greaterThan(20);
    expect(valid).to.be.lessThan(1400);
  });

  it('ids and references tallied without their paths are wrong exactly when linkIssues finds something', () => {
    const rnd = random(11);
    const stories = [baseStory(), syntheticTimelineStory(40, 5)];
    let wrong = 0;
    let right = 0;
    for (let i = 0; i < 1500; i++) {
      const value = mutated(stories[i % 2], rnd);
      const links: Link[] = [];
      const tally = new LinkTally();
      const issues = validate(Story, value, links);
      expect(validate(Story, value, tally), 'the same shape issues').to.deep.equal(issues);
      if (issues.length) continue;
      const found = linkIssues(links);
      expect(tally.ok, JSON.stringify(found)).to.equal(found.length === 0);
      if (found.length) wrong++;
      else right++;
    }
    // both answers were met, and a broken link still gets its path from parseStory
    expect(wrong).to.be.greaterThan(10);
    expect(right).to.be.greaterThan(10);
    const story = syntheticTimelineStory(40, 5);
    story.events[7]!.actors = ['actor-99'];
    story.events[9]!.id = story.events[3]!.id;
    const result = parseStory(JSON.stringify(story));
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.errors.map((e) => `${e.path} ${e.code}`)).to.deep.equal([
        '/events/7/actors/0 unknown-ref',
        '/events/9/id duplicate-id',
      ]);
  });

  it('a key such as __proto__ in JSON text is still refused, where it is', () => {
    const text = JSON.stringify(baseStory()).replace('"id":', '"__proto__":{"x":1},"id":');
    const result = parseStory(text);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors.map((e) => `${e.path} ${e.code}`)).to.deep.equal(['/__proto__ forbidden-key']);
  });

  it('a date rule says what isCalendarDate says for every date of the right shape', () => {
    const ruleOf = (def: SchemaDef) => (def.kind === 'string' ? def.options.rules![0]! : undefined)!;
    const [isDay, code] = ruleOf(IsoDate.def);
    expect(code).to.equal('date');
    expect(ruleOf(DayDate.def)[0]).to.equal(isDay);
    for (const y of ['0000', '0004', '0099', '0100', '1900', '2000', '2021', '2024', '9999']) {
      expect(isDay(y)).to.equal(true);
      for (let m = 1; m <= 12; m++) {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        expect(isDay(month)).to.equal(true);
        for (let d = 1; d <= 31; d++) {
          const day = `${month}-${String(d).padStart(2, '0')}`;
          expect(DATE_PATTERN.test(day), day).to.equal(true);
          expect(isDay(day), day).to.equal(isCalendarDate(day));
        }
      }
    }
  });
});

// The validator's shortcuts (a union picks its option by the value's type; an object's unknown keys
// found by for…in, with no array per object) must say exactly what the long way said.

type Check = Schema<unknown>['check'];

/** A union as it was written before: each option tried in turn, a failed try's `type` issue taken back. */
function unionByTrying(options: readonly Schema<unknown>[], expected: string): Schema<unknown> {
  const check: Check = (value, ctx) => {
    const before = ctx.issues.length;
    for (const option of options) {
      if (option.check(value, ctx)) return true;
      ctx.issues.length = before;
    }
    ctx.issues.push({ path: [...ctx.path], code: 'type', params: { expected, received: typeName(value) } });
    return false;
  };
  return { check, def: { kind: 'union', options } };
}

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

describe("the validator's shortcuts", () => {
  it('a union answers what trying each option answered, for values of every type', () => {
    const values: unknown[] = [
      ...ODD_VALUES,
      ...[undefined, 'x'.repeat(600), { en: 'x'.repeat(600) }, { text: 'x', source: 's1' }, { text: '' }],
      ...[{ text: 'x', source: 'Bad Id', extra: 1 }, { en: 3 }, [['en', 'x']], { 'en-GB': 'colour', fr: null }],
    ];
    for (const schema of [ShortText, LongText, Translation]) {
      const { options, kind } = schema.def as { kind: string; options: Schema<unknown>[] };
      expect(kind).to.equal('union');
      const expected = schema === Translation ? 'translation' : 'text';
      const tried = unionByTrying(options, expected);
      for (const v of values) {
        const what = `${expected}: ${JSON.stringify(v)}`;
        const links: Link[] = [];
        const triedLinks: Link[] = [];
        expect(validate(schema, v, links), what).to.deep.equal(validate(tried, v, triedLinks));
        expect(links, what).to.deep.equal(triedLinks);
      }
    }
  });

  it('a record remembers the language keys it accepted, never one it refused', () => {
    const story = syntheticTimelineStory(30, 2);
    // "en" and "fr" are accepted (and remembered) in the first events; a bad key is refused wherever it is
    story.events[4]!.title = { en: 'x', 'e n': 'y' };
    story.events[9]!.title = { 'e n': 'z', fr: 'w' };
    const twice = validate(Story, story).map((i) => `/${i.path.join('/')} ${i.code}`);
    expect(twice).to.deep.equal(['/events/4/title/e n lang', '/events/9/title/e n lang']);
    // and the same story again, after every key was met once, gets the same answer
    expect(validate(Story, story).map((i) => `/${i.path.join('/')} ${i.code}`)).to.deep.equal(twice);
    expect(validate(Story, syntheticTimelineStory(30, 2))).to.deep.equal([]);
  });

  it("an object's unknown keys are its own, in order, even when the page put an enumerable key on Object.prototype", () => {
    const text = JSON.stringify(baseStory()).replace('"id":', '"zz":1,"aa":2,"id":');
    const proto = Object.prototype as Record<string, unknown>;
    proto['polluted'] = 'by the page';
    try {
      expect(parseStory(JSON.stringify(baseStory())).ok).to.equal(true);
      const result = parseStory(text);
      expect(result.ok).to.equal(false);
      if (!result.ok)
        expect(result.errors.map((e) => `${e.path} ${e.code}`)).to.deep.equal(['/zz unknown-key', '/aa unknown-key']);
    } finally {
      delete proto['polluted'];
    }
  });
});
