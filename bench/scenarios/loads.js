// Page-load timing: for each target (a bench page URL), one warm-up load, then
// `runs` measured loads, round-robin across targets (a, b, c, a, b, c, …) so
// that a burst of load on the machine hits every target alike. Each load is a
// fresh page in a fresh browser context. Per load: time to the first render
// signal (fine-ready, or TimelineJS's `loaded`) and to the paint after it,
// long tasks before that paint, requests and bytes fetched by then (resource
// timing, in the page), requests blocked.
import { heapAfterGc, openPage } from '../browser.js';
import { summarize } from '../stats.js';

export const LOAD_TIMEOUT = 30_000;

/**
 * Loads `path` in a fresh page and waits for its first render.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {(bp: import('../browser.js').BenchPage) => Promise<any>} [after] runs on the rendered page before it closes
 */
export async function loadOnce(browser, url, after) {
  const bp = await openPage(browser);
  try {
    await bp.page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT });
    const result = await withTimeout(
      bp.page.evaluate(() => window.__bench.finished),
      LOAD_TIMEOUT,
      () => ({
        errors: [`no first render within ${LOAD_TIMEOUT / 1000} s`],
      }),
    );
    if (result.ready === undefined && !result.errors.length) result.errors.push('no first render');
    const extra = result.ready !== undefined && after ? await after(bp) : undefined;
    return { ...result, net: { ...bp.net, blocked: [...bp.net.blocked] }, extra };
  } finally {
    await bp.close();
  }
}

/** Resolves with `promise`, or with `fallback()` after `ms` (the timer never outlives the promise). */
export async function withTimeout(promise, ms, fallback) {
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve(fallback()), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * @typedef {object} Target
 * @property {string} key
 * @property {string} url    absolute URL of the page
 */

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {Target[]} targets
 * @param {number} runs
 * @param {(msg: string) => void} log
 */
export async function measureLoads(browser, targets, runs, log) {
  /** @typedef {{ loads: any[], error?: string, heap?: unknown }} LoadState */
  /** @type {Map<string, LoadState>} */
  const state = new Map(targets.map((t) => [t.key, { loads: [] }]));
  for (let run = 0; run <= runs; run++) {
    for (const t of targets) {
      const s = /** @type {LoadState} */ (state.get(t.key));
      if (s.error) continue;
      const last = run === runs;
      // the last run's page also reports its JS heap after render
      const r = await loadOnce(browser, t.url, last ? (bp) => heapAfterGc(bp.cdp) : undefined);
      if (r.errors.length && r.ready === undefined) {
        s.error = r.errors.join('; ');
        log(`  ${t.key}: failed: ${s.error}`);
        continue;
      }
      if (run === 0) continue; // warm-up: the server, the OS file cache, the browser process
      s.loads.push(r);
      if (last) s.heap = r.extra;
    }
    if (run > 0) log(`  run ${run}/${runs}`);
  }
  const out = {};
  for (const t of targets) {
    const { loads, error, heap } = /** @type {LoadState} */ (state.get(t.key));
    out[t.key] = error && !loads.length ? { error } : summarizeLoads(loads, heap, error);
  }
  return out;
}

function summarizeLoads(loads, heap, error) {
  const blocked = [...new Set(loads.flatMap((l) => l.net.blocked))];
  return {
    ready: summarize(loads.map((l) => l.ready)),
    painted: summarize(loads.map((l) => l.painted)),
    longTasks: summarize(loads.map((l) => l.longTasks)),
    requests: loads[0].requests,
    bytes: loads[0].bytes,
    paths: loads[0].paths,
    blockedPerLoad: loads[0].net.blocked.length,
    blocked,
    pageErrors: [...new Set(loads.flatMap((l) => l.errors))],
    heapAfterRender: heap,
    ...(loads[0].events !== undefined ? { eventsLoaded: loads[0].events } : {}),
    ...(error ? { lateError: error } : {}),
  };
}
