import { expect } from '@open-wc/testing';
import { parseStory } from '../src/story/index.js';
import { Story, isCalendarDate } from '../src/story/schema.js';
import { linkIssues, validate, type Link } from '../src/story/schema-kit.js';
import { checkParsed, copyData } from '../src/story/snapshot.js';
import { random } from '../src/core/random.js';
import { hostileStories, baseStory } from './fuzz/hostile-stories.js';
import { syntheticTimelineStory } from './fixtures/timeline-synthetic.js';

// parseStory first validates quietly (links without their paths) and, on JSON text, skips the
// walk for depth and `__proto__`-like keys when the story is valid; it validates again with the
// paths only when something is wrong. These check what that relies on.

/** Shape issues and link issues, quietly or not; the links' paths left out when quiet. */
function issuesOf(value: unknown, quiet: boolean) {
  const links: Link[] = [];
  const issues = validate(Story, value, links, quiet);
  const linked = linkIssues(links);
  return { issues, links: links.map((l) => ({ ...l, path: quiet ? [] : l.path })), linked, quiet };
}

/** What parseStory relies on, for one plain value. */
function expectSame(value: unknown, what: string): boolean {
  const loud = issuesOf(value, false);
  const quiet = issuesOf(value, true);
  // the same issues, in the same order, at the same paths
  expect(quiet.issues, what).to.deep.equal(loud.issues);
  expect(
    quiet.links.map((l) => [l.kind, l.id, l.declares]),
    what,
  ).to.deep.equal(loud.links.map((l) => [l.kind, l.id, l.declares]));
  expect(quiet.linked.length === 0, what).to.equal(loud.linked.length === 0);
  const valid = !loud.issues.length && !loud.linked.length;
  // a valid story has nothing the walk over parsed JSON could refuse
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

describe('quiet validation, the fast path of a valid story', () => {
  it('finds what the reporting validator finds on the fuzz corpus', () => {
    let compared = 0;
    for (const c of hostileStories(320)) {
      const p = plain(c.input);
      if (!p) continue;
      compared++;
      expectSame(p.value, `${c.kind} (seed ${c.seed}): ${c.what}`);
    }
    expect(compared).to.be.greaterThan(100);
  });

  it('finds what it finds in stories broken at a random place, one change each', () => {
    const rnd = random(7);
    const stories = [baseStory(), syntheticTimelineStory(40, 3)];
    let valid = 0;
    for (let i = 0; i < 1500; i++) {
      const value = mutated(stories[i % 2], rnd);
      if (expectSame(value, JSON.stringify(value).slice(0, 300))) valid++;
    }
    // both kinds of answer were compared
    expect(valid).to.be.greaterThan(20);
    expect(valid).to.be.lessThan(1400);
  });

  it('accepts the valid stories, and parseStory gives the same story', () => {
    for (const story of [baseStory(), syntheticTimelineStory(300, 2)]) {
      expect(expectSame(story, story.id)).to.equal(true);
      const result = parseStory(JSON.stringify(story));
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.story).to.deep.equal(story);
    }
  });

  it('refuses a duplicate id and a reference to no one, then names where', () => {
    const twice = baseStory();
    twice.events.push({ ...twice.events[0]! });
    const dangling = baseStory();
    dangling.events[0]!.sources = ['nobody'];
    for (const story of [twice, dangling]) {
      expect(expectSame(story, story.id)).to.equal(false);
      const result = parseStory(story);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.errors[0]!.path).to.match(/^\/events\/\d+\/(id|sources\/0)$/);
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
