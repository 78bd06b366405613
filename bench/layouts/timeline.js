// What <fine-timeline> computes before its first render, with the pure
// functions of src/timeline/layout.ts: place and sort the events, the time
// domain, the first view's visible range, lane packing with clustering, and
// the axis ticks. Geometry as in fine-timeline.ts (5 lanes, 20 px markers,
// 52 px bins) at the bench's plot width.
import { domainOf, packLanes, placeEvents, timeScale, timeTicks, visibleRange } from '../../src/timeline/layout.ts';

export const describe = 'placeEvents + domainOf + visibleRange + packLanes + timeTicks (first view, 1184 px)';

export function layout(story, width = 1184) {
  const items = placeEvents(story.events);
  for (const it of items) it.label = 160; // the element estimates it from the title's length
  const domain = domainOf(items, story.eras ?? [], Date.now());
  const s = timeScale(domain, width, { k: 1, x: 0 }, false);
  const [t0, t1] = s.window;
  const [lo, hi] = visibleRange(items, t0, t1);
  const idx = [];
  for (let i = lo; i < hi; i++) idx.push(i);
  const units = packLanes(items, idx, s.pos, { lanes: 5, marker: 20, gap: 2, bin: 52, cluster: 28, offset: 0 });
  return { events: items.length, units: units.length, ticks: timeTicks(t0, t1, width / 110).length };
}
