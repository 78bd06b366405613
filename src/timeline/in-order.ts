import { noChange, type ChildPart } from 'lit';
import { directive, Directive } from 'lit/directive.js';
import {
  getCommittedValue,
  insertPart,
  removePart,
  setChildPartValue,
  setCommittedValue,
} from 'lit/directive-helpers.js';

/** How many new items one render of `inOrder` may add; the others wait for a later render. */
export interface Budget {
  /** New items this render adds at most. */
  max: number;
  /** How far an item is from where the reader looks: the nearest new ones come first. */
  near: (item: never) => number;
  /** The key of an item that is always drawn, outside the count (the keyboard's marker). */
  keep?: number | undefined;
  /** Told when some new items were left for a later render. */
  later: () => void;
}

/**
 * Renders `items` keeping each one's DOM from one render to the next, by a
 * numeric key that grows along the list (a marker's first event): Lit's
 * `repeat` does this for any order, and cost a kilobyte of the timeline's
 * bytes; here, keys kept between two renders never change their order, so
 * one walk down both lists finds what to keep, add and remove. (Keys out of
 * order still render right, their nodes are then made anew.)
 */
class InOrder extends Directive {
  #keys: number[] = [];

  // `never`: the directive's generic type does not survive `directive()`, and any callbacks fit
  render(
    items: readonly unknown[],
    _key: (item: never) => number,
    template: (item: never) => unknown,
    _budget?: Budget,
  ): unknown {
    return items.map(template as (item: unknown) => unknown);
  }

  override update(
    container: ChildPart,
    [items, key, template, budget]: [
      readonly unknown[],
      (item: unknown) => number,
      (item: unknown) => unknown,
      Budget?,
    ],
  ): unknown {
    const old = (getCommittedValue(container) as ChildPart[] | undefined) ?? [];
    // past the budget: the items drawn last time, the new ones nearest the reader's eye, and the one to keep
    let drawn: Set<number | undefined> | undefined;
    if (budget) {
      const had = new Set(this.#keys);
      const fresh = items.filter((item) => !had.has(key(item)));
      if (fresh.length > budget.max) {
        const near = budget.near as (item: unknown) => number;
        fresh.sort((a, b) => near(a) - near(b));
        drawn = new Set([...had, budget.keep, ...fresh.slice(0, budget.max).map(key)]);
        budget.later();
      }
    }
    const keys: number[] = [];
    const parts: ChildPart[] = [];
    let i = 0;
    for (const item of items) {
      const k = key(item);
      // an item left out now is new again at the next render
      if (drawn && !drawn.has(k)) continue;
      while (i < old.length && this.#keys[i]! < k) removePart(old[i++]!);
      const part = i < old.length && this.#keys[i] === k ? old[i++]! : insertPart(container, old[i]);
      setChildPartValue(part, template(item));
      parts.push(part);
      keys.push(k);
    }
    while (i < old.length) removePart(old[i++]!);
    setCommittedValue(container, parts);
    this.#keys = keys;
    return noChange;
  }
}

/**
 * `items` rendered by `template`, each keeping its nodes while its `key`
 * stays in the list; with a `budget`, only so many new ones each render.
 */
export const inOrder = directive(InOrder);
