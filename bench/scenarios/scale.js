// <fine-comparison> with 2,000 fines and <fine-actor-map> with 300 actors and
// 1,000 relations (simulated in the page, and baked by `fine-kit layout`), and
// with 1,000 actors and 2,500 relations (the schema's most: its table):
// time to fine-ready (layout and first render together),
// page loads like the ready scenario. The pure layout functions are timed on
// their own by the layout scenario.
import { ELEMENTS, availability, elementPage } from '../elements.js';
import { measureLoads } from './loads.js';

const CASES = [
  { element: 'comparison', story: 'comparison-2000', label: '2,000 fines' },
  { element: 'actor-map', story: 'actor-map-300x1000', label: '300 actors, 1,000 relations' },
  { element: 'actor-map', story: 'actor-map-300x1000-baked', label: '300 actors, 1,000 relations, layout baked' },
  { element: 'actor-map', story: 'actor-map-1000x2500', label: '1,000 actors, 2,500 relations (its table)' },
];

export async function scaleScenario({ browser, origin, stories, runs, log }) {
  const skipped = {};
  const targets = [];
  for (const c of CASES) {
    const el = ELEMENTS.find((e) => e.key === c.element);
    const a = availability(el);
    if (!a.ok) skipped[c.story] = a.reason;
    else targets.push({ key: c.story, url: origin + elementPage(el, stories[c.story].url) });
  }
  if (!targets.length) return { skipped, cases: CASES };
  log(`scale: ${targets.map((t) => t.key).join(', ')} × ${runs} runs (+1 warm-up)`);
  const measured = await measureLoads(browser, targets, runs, log);
  return { measured, skipped, cases: CASES };
}
