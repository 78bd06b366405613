// <fine-timeline> at scale: synthetic stories of 1,000 and 10,000 events, first
// render (page loads like the ready scenario) and frame times during a
// scripted pan and zoom; TimelineJS with the same 1,000 events side by side.
import { ELEMENTS, availability, elementPage, timelineJsPage } from '../elements.js';
import { summarizeFrames } from '../stats.js';
import { panZoomTimeline, panZoomTimelineJS } from './interact.js';
import { loadOnce, measureLoads } from './loads.js';

const timeline = ELEMENTS.find((e) => e.key === 'timeline');

export async function timelineScaleScenario({ browser, origin, stories, runs, sessions, log }) {
  const a = availability(timeline);
  if (!a.ok) return { skipped: a.reason };
  const targets = [];
  for (const n of [1000, 10000]) {
    const s = stories[`timeline-${n}`];
    if (s) targets.push({ key: `timeline-${n}`, url: origin + elementPage(timeline, s.url), drive: panZoomTimeline });
  }
  // loaded only (no drive): once drawn, its pan and zoom are those of the full file's
  const en = stories['timeline-10000-en'];
  if (en) targets.push({ key: 'timeline-10000-en', url: origin + elementPage(timeline, en.url) });
  // and as the README advises a page to serve a large story: one language, the file named up front
  if (en) {
    const url = origin + elementPage(timeline, en.url, {}, { fetch: [en.url] });
    targets.push({ key: 'timeline-10000-en-preload', url });
  }
  if (!targets.length) return { skipped: 'tests/fixtures/timeline-synthetic.ts is missing' };
  const tl1000 = stories['timeline-1000']?.tlUrl;
  if (tl1000) targets.push({ key: 'timelinejs-1000', url: origin + timelineJsPage(tl1000), drive: panZoomTimelineJS });

  log(`timeline at scale: ${targets.map((t) => t.key).join(', ')} × ${runs} runs (+1 warm-up)`);
  const loads = await measureLoads(browser, targets, runs, log);

  log(`timeline at scale: pan and zoom, ${sessions} session(s) each`);
  const interaction = {};
  for (const t of targets) {
    if (loads[t.key].error || !t.drive) continue;
    /** @type {{ intervals: number[], longTasks: number, longTaskMs: number, duration: number, inputEffect: boolean, sessions: number, error?: string }} */
    const pooled = { intervals: [], longTasks: 0, longTaskMs: 0, duration: 0, inputEffect: true, sessions: 0 };
    for (let i = 0; i < sessions; i++) {
      const r = await session(browser, t.url, t.drive);
      if (r.error) {
        pooled.error = r.error;
        break;
      }
      pooled.intervals.push(...r.intervals);
      pooled.longTasks += r.longTasks;
      pooled.longTaskMs += r.longTaskMs;
      pooled.duration += r.duration;
      pooled.inputEffect &&= r.inputEffect;
      pooled.sessions++;
    }
    interaction[t.key] = pooled.error
      ? { error: pooled.error }
      : {
          ...summarizeFrames(pooled.intervals),
          sessions: pooled.sessions,
          durationMs: Math.round(pooled.duration),
          longTasks: pooled.longTasks,
          longTaskMs: Math.round(pooled.longTaskMs),
          inputEffect: pooled.inputEffect,
          intervals: pooled.intervals.map((v) => Math.round(v * 10) / 10),
        };
    log(`  ${t.key}: ${JSON.stringify({ ...interaction[t.key], intervals: undefined })}`);
  }
  const tl1000Page = targets.find((t) => t.key === 'timeline-1000')?.url;
  const floor = tl1000Page && (await harnessFloor(browser, tl1000Page, sessions));
  if (floor) log(`  the harness's floor: ${JSON.stringify({ ...floor, intervals: undefined })}`);
  return { loads, interaction, floor, stale: a.stale };
}

/**
 * The same pan and zoom inputs on the same page, swallowed before the timeline
 * sees them: the frame intervals the browser, the input pacing and the
 * recorder give with no work of ours. Frames over it are the kit's; a floor
 * over 16.7 ms says the machine was too busy to judge the 17 ms goal.
 */
async function harnessFloor(browser, url, sessions) {
  const intervals = [];
  for (let i = 0; i < sessions; i++) {
    const r = await session(browser, url, async (page) => {
      await page.evaluate(() => {
        for (const type of ['wheel', 'pointerdown', 'pointermove', 'pointerup', 'mousedown', 'mousemove', 'mouseup'])
          window.addEventListener(type, swallow, { capture: true, passive: false });
        window.addEventListener('keydown', swallow, { capture: true });
        window.addEventListener('click', swallow, { capture: true });
        /** @param {Event} e */
        function swallow(e) {
          e.stopImmediatePropagation();
          // a ctrl + wheel left alone would zoom the page
          if (e.type === 'wheel') e.preventDefault();
        }
      });
      return panZoomTimeline(page);
    });
    if (r.error) return undefined;
    intervals.push(...r.intervals);
  }
  return { ...summarizeFrames(intervals), sessions };
}

/**
 * One pan-and-zoom session: a fresh page, loaded until the element's first
 * render (loads.js's `loadOnce`), then `drive`.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {(page: import('puppeteer-core').Page) => Promise<any>} drive
 */
async function session(browser, url, drive) {
  const r = await loadOnce(browser, url, (bp) => drive(bp.page));
  return r.extra ?? { error: r.errors.join('; ') || 'no first render' };
}
