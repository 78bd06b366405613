/**
 * A cache of one result keyed on its inputs: the function runs again only
 * when one of its arguments is not the same (`Object.is`) as last time.
 * Elements keep their layouts in these instead of hand-written
 * `xFor: unknown[]` comparisons:
 *
 * ```ts
 * private readonly chart = memo((story: Story, width: number) => layoutChart(story, width));
 * // in willUpdate: this.view = this.chart(story, this.size.width);
 * ```
 */
export function memo<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let inputs: A | undefined;
  let result: R;
  return (...args: A): R => {
    if (!inputs || args.length !== inputs.length || args.some((arg, i) => !Object.is(arg, inputs![i]))) {
      result = compute(...args);
      // after computing: a call that threw computes again next time
      inputs = args;
    }
    return result;
  };
}

/**
 * A bounded cache of results by key, for work asked for again and again
 * (a formatted date, an actor's outline): `make` runs once per key. Past
 * `limit` entries it starts afresh, so input from a story (a hostile one
 * included) cannot grow it forever.
 *
 * ```ts
 * const outlines = remember<string>(100);
 * const d = outlines(`${kind} ${r}`, () => outline(kind, r));
 * ```
 */
export function remember<V>(limit: number): (key: string, make: () => V) => V {
  const results = new Map<string, V>();
  return (key, make) => {
    if (results.has(key)) return results.get(key)!;
    if (results.size >= limit) results.clear();
    const value = make();
    results.set(key, value);
    return value;
  };
}
