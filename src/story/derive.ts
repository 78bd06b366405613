/**
 * Facts derived from a story, computed rather than typed by an editor:
 * look-ups by id, amounts in a common currency, ratios between fines.
 */
import type { Actor, Conversion, Fine, Money, Source, Story } from './types.js';

export interface StoryIndex {
  actors: Map<string, Actor>;
  sources: Map<string, Source>;
}

const indexes = new WeakMap<Story, StoryIndex>();

/** Maps from id to actor and source, built once per story object. */
export function indexStory(story: Story): StoryIndex {
  let index = indexes.get(story);
  if (!index) {
    index = {
      actors: new Map(story.actors.map((a) => [a.id, a])),
      sources: new Map(story.sources.map((s) => [s.id, s])),
    };
    indexes.set(story, index);
  }
  return index;
}

/**
 * `money` in `currency`, using the story's own conversions (direct or
 * inverse). Null when the story gives no way to convert: never guess a rate.
 */
export function convertMoney(money: Money, currency: string, conversions: readonly Conversion[] = []): Money | null {
  if (money.currency === currency) return money;
  const direct = conversions.find((c) => c.from === money.currency && c.to === currency);
  if (direct) return { value: money.value * direct.rate, currency };
  const inverse = conversions.find((c) => c.from === currency && c.to === money.currency);
  if (inverse) return { value: money.value / inverse.rate, currency };
  return null;
}

/** How many times `a` is `b` (7.46 for €746M against €100M); null when it has no meaning. */
export function ratio(a: Money, b: Money, conversions: readonly Conversion[] = []): number | null {
  const bIn = convertMoney(b, a.currency, conversions);
  if (!bIn || bIn.value <= 0) return null;
  return a.value / bIn.value;
}

/** The largest fine that names `actorId` as the fined company. */
export function largestFineOf(fines: readonly Fine[], actorId: string | undefined): Fine | undefined {
  if (!actorId) return undefined;
  return fines
    .filter((f) => f.actor === actorId)
    .reduce<Fine | undefined>((best, f) => (!best || f.amount.value > best.amount.value ? f : best), undefined);
}
