// JS heap, through the Chrome DevTools Protocol (HeapProfiler.collectGarbage
// twice, then Runtime.getHeapUsage), for each element with the Amazon story,
// on one page that adds and removes the element (element.html?mode=mount):
//   empty     the module loaded, no element yet
//   rendered  one element rendered (the story it loaded is cached by loadStory)
//   warm      that element removed, then 9 more mount/unmount cycles: the first
//             cycles grow the heap by a few kB each (JIT code, feedback, caches)
//             whether or not anything leaks, so they are not counted
//   after     after `cycles` (50) more cycles, each waiting for fine-ready
// Growth per cycle = (after − warm) / cycles: ~100 B of noise when nothing leaks.
// DOM counters (Memory.getDOMCounters) show detached nodes and listeners too.
import { heapAfterGc, openPage } from '../browser.js';
import { ELEMENTS, availability } from '../elements.js';
import { LOAD_TIMEOUT, withTimeout } from './loads.js';

/** Cycles before the measured ones (the first mount included). */
const WARM_UP = 10;

export async function memoryScenario({ browser, origin, stories, cycles, log }) {
  const out = {};
  for (const el of ELEMENTS) {
    const a = availability(el);
    if (!a.ok) {
      out[el.key] = { skipped: a.reason };
      continue;
    }
    const q = new URLSearchParams({ entry: el.key, tag: el.tag, src: stories.amazon.url, mode: 'mount' });
    for (const [k, v] of Object.entries(el.attrs ?? {})) q.set(`attr.${k}`, v);
    const bp = await openPage(browser);
    const { page, cdp } = bp;
    const dom = async () => {
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { nodes, listeners: jsEventListeners };
    };
    try {
      await page.goto(`${origin}/bench/pages/element.html?${q}`, { waitUntil: 'load' });
      await page.evaluate(() => window.__bench.defined);
      const empty = await heapAfterGc(cdp);
      const domEmpty = await dom();
      const mounted = await withTimeout(
        page.evaluate(() => window.__bench.mount()),
        LOAD_TIMEOUT,
        () => false,
      );
      if (!mounted) throw new Error(`no fine-ready within ${LOAD_TIMEOUT / 1000} s`);
      await page.evaluate(() => window.__bench.frames(2));
      const rendered = await heapAfterGc(cdp);
      await page.evaluate(() => window.__bench.unmount());
      await page.evaluate((n) => window.__bench.cycles(n), WARM_UP - 1);
      const warm = await heapAfterGc(cdp);
      const domWarm = await dom();
      await page.evaluate((n) => window.__bench.cycles(n), cycles);
      const after = await heapAfterGc(cdp);
      const domAfter = await dom();
      out[el.key] = {
        warmUpCycles: WARM_UP,
        cycles,
        empty,
        rendered,
        warm,
        after,
        renderedDelta: rendered - empty,
        growthPerCycle: Math.round((after - warm) / cycles),
        dom: { empty: domEmpty, warm: domWarm, after: domAfter },
      };
      log(
        `  memory ${el.key}: rendered +${Math.round((rendered - empty) / 1024)} kB, ${out[el.key].growthPerCycle} B/cycle`,
      );
    } catch (e) {
      out[el.key] = { error: String(/** @type {Error} */ (e).message ?? e).split('\n')[0] };
    } finally {
      await bp.close();
    }
  }
  return out;
}
