import { expect } from '@open-wc/testing';
import { parseStory } from '../src/story/index.js';
import { Story, isCalendarDate } from '../src/story/schema.js';
import { linkIssues, validate, type Link } from '../src/story/schema-kit.js';
import { isValid } from '../src/story/schema-fast.js';
import { copyData } from '../src/story/snapshot.js';
import { random } from '../src/core/random.js';
import { hostileStories, baseStory } from './fuzz/hostile-stories.js';
import { syntheticTimelineStory } from './fixtures/timeline-synthetic.js';

// parseStory asks the fast check first and runs the reporting validator only when it says no:
// the two must agree on every story, or a broken story would pass (or a valid one be refused).

/** What the reporting validator says: no shape issue and no link issue. */
function reportsNothing(value: unknown): boolean {
  const links: Link[] = [];
  return validate(Story, value, links).length === 0 && linkIssues(links).length === 0;
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

/** Every container in `root` (objects and arrays), for mutating one at random. */
function containers(root: unknown, out: Json[] = []): Json[] {
  if (root && typeof root === 'object') {
    out.push(root as Json);
    for (const v of Object.values(root)) containers(v, out);
  }
  return out;
}

const ODD_VALUES = [
  null,
  0,
  -1,
  1.5,
  Infinity,
  '',
  'x',
  'Event One',
  '2021-02-30',
  '2021-13',
  '1900-02-29',
  '2000-02-29',
  'en',
  'not a url',
  'https://example.org/',
  true,
  [],
  {},
  { en: '' },
  { en: 'x', 'not a tag': 'y' },
  ['s1'],
  ['nope'],
  'acme',
  'watchdog',
  's1',
  2,
  4,
  'final',
];

/** A copy of `story` with one random change: a value replaced, a key removed or added, an id repeated. */
function mutated(story: unknown, rnd: () => number): unknown {
  const copy = structuredClone(story);
  const all = containers(copy);
  const at = all[Math.floor(rnd() * all.length)]!;
  const keys = Object.keys(at);
  const key = keys[Math.floor(rnd() * keys.length)];
  const odd = ODD_VALUES[Math.floor(rnd() * ODD_VALUES.length)];
  const r = rnd();
  if (key === undefined || r < 0.15) (at as Record<string, unknown>)[Array.isArray(at) ? at.length : 'extra'] = odd;
  else if (r < 0.3 && !Array.isArray(at)) delete at[key];
  else (at as Record<string, unknown>)[key] = odd;
  return copy;
}

describe('the validator fast path', () => {
  it('agrees with the reporting validator on the fuzz corpus', () => {
    let compared = 0;
    for (const c of hostileStories(320)) {
      const p = plain(c.input);
      if (!p) continue;
      compared++;
      expect(isValid(Story, p.value), `${c.kind} (seed ${c.seed}): ${c.what}`).to.equal(reportsNothing(p.value));
    }
    expect(compared).to.be.greaterThan(100);
  });

  it('agrees with it on stories broken at a random place, one change each', () => {
    const rnd = random(7);
    const stories = [baseStory(), syntheticTimelineStory(40, 3)];
    let valid = 0;
    for (let i = 0; i < 1500; i++) {
      const value = mutated(stories[i % 2], rnd);
      const fast = isValid(Story, value);
      expect(fast, JSON.stringify(value).slice(0, 300)).to.equal(reportsNothing(value));
      if (fast) valid++;
    }
    // both kinds of answer were compared
    expect(valid).to.be.greaterThan(20);
    expect(valid).to.be.lessThan(1400);
  });

  it('says yes to the valid stories, and parseStory gives the same story', () => {
    for (const story of [baseStory(), syntheticTimelineStory(300, 2)]) {
      expect(isValid(Story, story)).to.equal(true);
      const result = parseStory(JSON.stringify(story));
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.story).to.deep.equal(story);
    }
  });

  it('refuses a duplicate id and a reference to no one, as linkIssues does', () => {
    const twice = baseStory();
    twice.events.push({ ...twice.events[0]! });
    const dangling = baseStory();
    dangling.events[0]!.sources = ['nobody'];
    for (const story of [twice, dangling]) {
      expect(isValid(Story, story)).to.equal(false);
      expect(reportsNothing(story)).to.equal(false);
    }
  });

  it('checks calendar dates as Date.UTC does, years below 100 included', () => {
    const days = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
    for (const y of [0, 4, 99, 100, 1900, 2000, 2021, 2024, 9999]) {
      for (let m = 1; m <= 12; m++) {
        for (const d of [28, 29, 30, 31]) {
          const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${d}`;
          expect(isCalendarDate(iso), iso).to.equal(d <= days(y, m));
        }
      }
    }
    expect(isCalendarDate('2021')).to.equal(true);
    expect(isCalendarDate('2021-02')).to.equal(true);
  });
});
