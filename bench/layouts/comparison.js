// What <fine-comparison> computes before its first render, with the pure
// function of src/comparison/layout.ts: filter, convert, sort, keep the top
// `limit` (30 by default) with the rest summed, scale and annotate.
import { layoutComparison } from '../../src/comparison/layout.ts';

export const describe = 'layoutComparison (linear scale, default limit, highlight from the main actor)';

export function layout(story) {
  const l = layoutComparison(story.fines, { mainActor: story.mainActor, conversions: story.conversions });
  return { fines: story.fines.length, bars: l.bars.length, rest: l.rest?.count ?? 0 };
}
