import { noChange, type ChildPart } from 'lit';
import { directive, Directive } from 'lit/directive.js';
import {
  getCommittedValue,
  insertPart,
  removePart,
  setChildPartValue,
  setCommittedValue,
} from 'lit/directive-helpers.js';

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
  render(items: readonly unknown[], _key: (item: never) => number, template: (item: never) => unknown): unknown {
    return items.map(template as (item: unknown) => unknown);
  }

  override update(
    container: ChildPart,
    [items, key, template]: [readonly unknown[], (item: unknown) => number, (item: unknown) => unknown],
  ): unknown {
    const old = (getCommittedValue(container) as ChildPart[] | undefined) ?? [];
    const keys = items.map(key);
    const parts: ChildPart[] = [];
    let i = 0;
    keys.forEach((k, j) => {
      while (i < old.length && this.#keys[i]! < k) removePart(old[i++]!);
      const part = this.#keys[i] === k && i < old.length ? old[i++]! : insertPart(container, old[i]);
      setChildPartValue(part, template(items[j]));
      parts.push(part);
    });
    while (i < old.length) removePart(old[i++]!);
    setCommittedValue(container, parts);
    this.#keys = keys;
    return noChange;
  }
}

/** `items` rendered by `template`, each keeping its nodes while its `key` stays in the list. */
export const inOrder = directive(InOrder);
