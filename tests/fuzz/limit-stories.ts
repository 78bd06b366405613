/**
 * The largest stories the limits allow (`LIMITS`, src/story/limits.ts), one
 * per dimension an element works through: the cases that decide whether the
 * promise holds, which random seeds reach rarely. Valid, deterministic, built
 * on demand (each is large). Numbered from {@link LIMIT_SEEDS}'s first, so a
 * failing one replays with `FUZZ_SEED` like any seed.
 */
import { LIMITS } from '../../src/story/limits.js';
import type { Story } from '../../src/story/types.js';
import { syntheticNetworkStory } from '../fixtures/actor-map-synthetic.js';
import { syntheticComparisonStory } from '../fixtures/comparison-synthetic.js';
import { syntheticTimelineStory } from '../fixtures/timeline-synthetic.js';
import type { HostileCase } from './hostile-stories.js';
import { ACTOR_MAP_MAX_DRAWN } from '../../src/story/limits.js';

/** `n` eras over 2000–2025, overlapping in the middle years, a third still going on. */
function withEras(story: Story, n: number): Story {
  story.eras = Array.from({ length: n }, (_, i) => ({
    id: `era-${i + 1}`,
    start: `${2000 + (i % 10)}`,
    ...(i % 3 ? { end: `${2015 + (i % 10)}` } : {}),
    title: { en: `Era ${i + 1}`, fr: `Époque ${i + 1}`, ar: `حقبة ${i + 1}` },
    sources: [story.sources[0]!.id],
  }));
  return story;
}

/** `n` quotes by the story's first actor; the first is `q1`, which the fuzz's `<fine-quote>` shows. */
function withQuotes(story: Story, n: number): Story {
  story.quotes = Array.from({ length: n }, (_, i) => ({
    id: i ? `quote-${i + 1}` : 'q1',
    speaker: story.actors[0]!.id,
    lang: 'en',
    text: `Words number ${i + 1}, ` + 'and more words '.repeat(20),
    translations: { fr: `Paroles numéro ${i + 1}`, ar: `كلمات رقم ${i + 1}` },
    verbatim: true,
    sources: [story.sources[0]!.id],
  }));
  return story;
}

/** Every event's body as long as it may be in three languages, until the story is about `chars` long. */
function withLongBodies(story: Story, chars: number): Story {
  const per = Math.min(LIMITS.longText, Math.floor(chars / story.events.length / 3) - 120);
  for (const e of story.events) {
    const body = 'words '.repeat(Math.max(0, per) / 6);
    e.body = { en: body, fr: body, ar: body };
  }
  return story;
}

const LIMIT_CASES: [string, () => Story][] = [
  [
    `${LIMITS.events} events and ${LIMITS.eras} overlapping eras`,
    () => withEras(syntheticTimelineStory(LIMITS.events), LIMITS.eras),
  ],
  [
    `${LIMITS.events} events with long bodies, close to ${LIMITS.storyChars} characters`,
    () => withLongBodies(syntheticTimelineStory(LIMITS.events), LIMITS.storyChars - 400_000),
  ],
  [
    `${LIMITS.actors} actors and ${LIMITS.relations} relations`,
    () => syntheticNetworkStory(LIMITS.actors, LIMITS.relations),
  ],
  [
    `${ACTOR_MAP_MAX_DRAWN} actors and ${ACTOR_MAP_MAX_DRAWN * 2.5} relations (the most the map draws)`,
    () => syntheticNetworkStory(ACTOR_MAP_MAX_DRAWN, ACTOR_MAP_MAX_DRAWN * 2.5),
  ],
  [`${LIMITS.fines} fines`, () => syntheticComparisonStory(LIMITS.fines)],
  [`${LIMITS.quotes} quotes`, () => withQuotes(syntheticNetworkStory(10, 10), LIMITS.quotes)],
];

/** The seeds of the limit stories: 10001, 10002, … */
export const LIMIT_SEEDS = LIMIT_CASES.map((_, i) => 10_001 + i);

/** The limit story of `seed` (one of {@link LIMIT_SEEDS}), as JSON text. */
export function limitStory(seed: number): HostileCase {
  const [what, make] = LIMIT_CASES[seed - LIMIT_SEEDS[0]!]!;
  return { seed, kind: 'at-the-limits', what, input: JSON.stringify(make()), expect: 'valid' };
}
