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
