#!/usr/bin/env node
// Where the time of one bench page goes: `npm run bench:profile -- <case>`.
//
// Loads the page of one case (the cases of `npm run bench`) in headless
// Chromium with V8's sampling profiler on, from navigation to the first
// render signal (or through a pan and zoom session with `--interact`), maps
// every sample through dist/cdn's source maps back to src/ and prints the
// self time per function and per file, so a speed change starts from a
// measurement, not a guess. It measures the dist/ that is there (run
// `npm run build` first) and writes the raw profile to
// bench/.tmp/<case>.cpuprofile (Chromium's DevTools open it).
//
// Cases: amazon-<element> (timeline, comparison, quote, actor-map,
// story-provider), article, article-ar-split, timeline-1000, timeline-10000,
// actor-map-300x1000, actor-map-300x1000-baked, comparison-2000.
// Options: --runs N (profiles N fresh loads and sums them, default 3),
// --top N (rows, default 30), --interact (timeline cases: profile the pan
// and zoom session instead of the load), --trace (instead of JS samples, a
// DevTools trace of the load: the main thread's time per kind of work, and
// how many style and layout passes JavaScript forced, with the src function
// that forced them).
import { readFileSync, existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { launchBrowser, openPage } from './browser.js';
import { ROOT, TMP, prepareData } from './data.js';
import { ELEMENTS, articlePage, elementPage, kitElements } from './elements.js';
import { panZoomTimeline } from './scenarios/interact.js';
import { startServer } from './server.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    top: { type: 'string', default: '30' },
    interact: { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
  },
});
const name = positionals[0];
if (!name) {
  console.error('usage: npm run bench:profile -- <case> [--runs N] [--top N] [--interact]');
  process.exit(2);
}

/** The page URL (path and query) of a case. */
function pageOf(key, stories) {
  const amazon = stories.amazon.url;
  const el = ELEMENTS.find((e) => key === `amazon-${e.key}`);
  if (el) return elementPage(el, amazon);
  if (key === 'article') return articlePage(kitElements(), amazon);
  if (key === 'article-ar-split') {
    const arabic = amazon.replace(/\.json$/, '.ar.json');
    return articlePage(kitElements(), amazon, 'ar', [], { split: 'ar en fr', fetch: [arabic] });
  }
  const story = stories[key];
  const element = ELEMENTS.find((e) => key.startsWith(e.key));
  if (story && element) return elementPage(element, story.url);
  throw new Error(`unknown case ${key}`);
}

/** Source maps of dist/cdn, loaded once per file. */
const maps = new Map();
function mapOf(url) {
  const path = new URL(url).pathname;
  if (!maps.has(path)) {
    const file = join(ROOT, path + '.map');
    maps.set(path, path.startsWith('/dist/') && existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
  }
  return maps.get(path);
}

/** "src/timeline/layout.ts:42 placeEvents" for a profile node's call frame. */
function placeOf(frame) {
  if (!frame.url) return { fn: frame.functionName || '(native)', file: frame.functionName || '(native)' };
  const map = mapOf(frame.url);
  if (!map) return { fn: `${frame.functionName || '(anonymous)'} ${frame.url}`, file: new URL(frame.url).pathname };
  const pos = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  const file = (pos.source ?? '?').replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
  return { fn: `${file}:${pos.line} ${pos.name ?? frame.functionName ?? ''}`.trim(), file };
}

/** Adds the profile's self time (ms) per function and per file into `byFn` and `byFile`. */
function accumulate(profile, byFn, byFile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  for (const [id, ms] of self) {
    const { fn, file } = placeOf(nodes.get(id).callFrame);
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'v8',
  'v8.execute',
];

/**
 * Adds one trace's main-thread self time per event name (ms) into `work`,
 * and the style and layout passes a script forced (those with a JS stack)
 * into `forced`, by the src function that forced them.
 */
function accumulateTrace(events, work, forced) {
  // a trace can hold several renderers (a prerendered or a blank page's): the page's is the busiest
  const busy = new Map();
  for (const e of events)
    if (e.ph === 'X') busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const [main] = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .sort((a, b) => (busy.get(`${b.pid}:${b.tid}`) ?? 0) - (busy.get(`${a.pid}:${a.tid}`) ?? 0));
  const slices = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && !e.name.startsWith('V8.GC_'))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // self time: a slice's duration less its children's (slices nest on one thread)
  const open = [];
  const self = new Map();
  for (const e of slices) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop();
    const parent = open.at(-1);
    if (parent) self.set(parent, (self.get(parent) ?? parent.dur) - e.dur);
    self.set(e, e.dur ?? 0);
    open.push(e);
    const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace;
    if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && stack?.length) {
      const top = stack[0];
      const frame = { ...top, lineNumber: top.lineNumber - 1, columnNumber: top.columnNumber - 1 };
      const key = `${e.name} forced by ${placeOf(frame).fn}`;
      const f = forced.get(key) ?? { count: 0, ms: 0 };
      forced.set(key, { count: f.count + 1, ms: f.ms + (e.dur ?? 0) / 1000 });
    }
  }
  for (const [e, us] of self) work.set(e.name, (work.get(e.name) ?? 0) + us / 1000);
}

const data = await prepareData();
const server = await startServer(ROOT, data.virtual);
const { browser, close } = await launchBrowser();
const url = server.origin + pageOf(name, data.stories);
const runs = Math.max(1, Number(values.runs) || 3);
const byFn = new Map();
const byFile = new Map();
/** @type {Map<string, { count: number, ms: number }>} */
const forced = new Map();
let last;
try {
  for (let run = 0; run <= runs; run++) {
    const bp = await openPage(browser);
    await bp.cdp.send('Profiler.enable');
    await bp.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const record = values.trace
      ? () => bp.page.tracing.start({ categories: TRACE_CATEGORIES })
      : () => bp.cdp.send('Profiler.start');
    if (!values.interact) await record();
    await bp.page.goto(url, { waitUntil: 'domcontentloaded' });
    const summary = await bp.page.evaluate(() => window.__bench.finished);
    if (values.interact) {
      await record();
      await panZoomTimeline(bp.page);
    }
    if (values.trace) {
      const { traceEvents } = JSON.parse(Buffer.from((await bp.page.tracing.stop()) ?? []).toString('utf8'));
      await bp.close();
      if (run === 0) continue;
      accumulateTrace(traceEvents, byFn, forced);
      last = { traceEvents };
    } else {
      const { profile } = await bp.cdp.send('Profiler.stop');
      await bp.close();
      if (run === 0) continue; // warm-up, as the bench does
      accumulate(profile, byFn, byFile);
      last = profile;
    }
    console.error(
      `run ${run}/${runs}: ready ${summary?.ready?.toFixed?.(0)} ms, painted ${summary?.painted?.toFixed?.(0)} ms`,
    );
  }
} finally {
  await close();
  await server.close();
}
await mkdir(TMP, { recursive: true });
await writeFile(join(TMP, `${name}.${values.trace ? 'trace.json' : 'cpuprofile'}`), JSON.stringify(last));

const top = Number(values.top) || 30;
const table = (title, m) => {
  console.log(`\n${title} (ms of self time, mean of ${runs} run(s))`);
  [...m]
    .filter(([k]) => k !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([k, ms]) => console.log(`${(ms / runs).toFixed(1).padStart(8)}  ${k}`));
};
console.log(`${name}: ${url}`);
if (values.trace) {
  table('main thread, per kind of work', byFn);
  console.log(`\nstyle and layout passes forced by scripts (count and ms, mean of ${runs} run(s))`);
  [...forced]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, top)
    .forEach(([k, f]) => console.log(`${(f.ms / runs).toFixed(1).padStart(8)}  ×${(f.count / runs).toFixed(1)}  ${k}`));
} else {
  const total = [...byFn].reduce((sum, [k, ms]) => (k === '(idle)' ? sum : sum + ms), 0);
  console.log(
    `\nbusy ${(total / runs).toFixed(0)} ms, idle ${((byFn.get('(idle)') ?? 0) / runs).toFixed(0)} ms (mean per run)`,
  );
  table('per function', byFn);
  table('per file', byFile);
}
