#!/usr/bin/env node
// fine-kit benchmark: `npm run bench`.
//
// Builds the kit (npm run build), serves the repository on 127.0.0.1, and in
// headless Chromium measures, for every element that exists (skipping, and
// saying so, those that do not yet):
//   size      gzip/brotli bytes of dist/cdn/*.js against size-budgets.json, and TimelineJS's JS + CSS
//   ready     time to fine-ready with the Amazon story, and TimelineJS with the same story
//   timeline  <fine-timeline> with 1,000 and 10,000 events: first render, frames during pan and zoom; TimelineJS with 1,000
//   scale     <fine-comparison> with 2,000 fines, <fine-actor-map> with 300 actors and 1,000 relations
//   layout    the pure layout functions, timed in the page
//   memory    JS heap after render and after 50 mount/unmount cycles
// Prints the tables, writes bench/results.json (every sample) and
// bench/README-section.md (the README's Performance section).
//
// Environment: BENCH_RUNS (measured loads per case, default 10), BENCH_SESSIONS
// (pan/zoom sessions per case, default 2), BENCH_CYCLES (mount/unmount cycles,
// default 50), BENCH_SKIP_BUILD=1, BENCH_ONLY=ready,timeline (writes
// bench/.tmp/results.json instead), CHROME_PATH (default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, VIEWPORT, launchBrowser } from './browser.js';
import { ROOT, TMP, prepareData } from './data.js';
import { describeMachine, loadAverage } from './machine.js';
import { toMarkdown, toText } from './report.js';
import { startServer } from './server.js';
import { layoutScenario } from './scenarios/layout.js';
import { memoryScenario } from './scenarios/memory.js';
import { readyScenario } from './scenarios/ready.js';
import { scaleScenario } from './scenarios/scale.js';
import { sizeScenario } from './scenarios/size.js';
import { timelineScaleScenario } from './scenarios/timeline-scale.js';

const env = process.env;
const positive = (v, d) => (Number.isInteger(Number(v)) && Number(v) > 0 ? Number(v) : d);
const runs = positive(env.BENCH_RUNS, 10);
const sessions = positive(env.BENCH_SESSIONS, 2);
const cycles = Math.max(2, positive(env.BENCH_CYCLES, 50));
const ALL = ['size', 'ready', 'timeline', 'scale', 'layout', 'memory'];
const only = env.BENCH_ONLY ? env.BENCH_ONLY.split(',').map((s) => s.trim()) : ALL;
const unknown = only.filter((s) => !ALL.includes(s));
if (unknown.length) {
  console.error(`BENCH_ONLY: unknown scenario(s) ${unknown.join(', ')}; known: ${ALL.join(', ')}`);
  process.exit(2);
}
const partial = only.length < ALL.length;
const log = (msg) => console.error(`[bench] ${msg}`);
const started = Date.now();
// before the build and the browser add their own load: what else is running
const loadBefore = loadAverage();

if (env.BENCH_SKIP_BUILD !== '1') {
  log('npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (build.status !== 0) {
    process.stderr.write(build.stdout + build.stderr);
    log('the build failed: nothing measured (BENCH_SKIP_BUILD=1 measures the dist/ that is there)');
    process.exit(1);
  }
}

log('preparing stories');
const data = await prepareData();
const server = await startServer(ROOT, data.virtual);
const { browser, version, close } = await launchBrowser();
const results = {
  date: new Date().toISOString(),
  machine: { ...describeMachine(version), loadAverageBefore: loadBefore },
  config: {
    runs,
    sessions,
    cycles,
    viewport: VIEWPORT,
    throttling: 'none',
    headless: true,
    chromium: CHROMIUM,
    chromiumArgs: CHROMIUM_ARGS,
    scenarios: only,
  },
  stories: Object.fromEntries(
    Object.entries(data.stories).map(([k, s]) => [
      k,
      { url: s.url, timelinejs: s.tlUrl, origin: s.origin, bytes: s.bytes, timelinejsBytes: s.tlBytes },
    ]),
  ),
  notes: [...data.notes],
};
const ctx = { browser, origin: server.origin, stories: data.stories, runs, sessions, cycles, log };

try {
  if (only.includes('size')) results.size = sizeScenario();
  if (only.includes('ready')) results.ready = await readyScenario(ctx);
  if (only.includes('timeline')) results.timeline = await timelineScaleScenario(ctx);
  if (only.includes('scale')) results.scale = await scaleScenario(ctx);
  if (only.includes('layout')) {
    log('layout functions');
    results.layout = await layoutScenario(ctx);
  }
  if (only.includes('memory')) {
    log(`memory: ${cycles} mount/unmount cycles per element`);
    results.memory = await memoryScenario(ctx);
  }
} finally {
  await close();
  await server.close();
}

// every request that would have left localhost, whichever page made it
const blocked = new Set();
const collect = (measured) => Object.values(measured ?? {}).forEach((r) => r.blocked?.forEach((u) => blocked.add(u)));
collect(results.ready?.measured);
collect(results.timeline?.loads);
collect(results.scale?.measured);
results.blocked = [...blocked];
Object.assign(results.machine, { loadAverageAtEnd: loadAverage() });
results.durationSeconds = Math.round((Date.now() - started) / 1000);
// the bench itself keeps about one core busy; more than that before it started is someone else
if (loadBefore[0] > 0.5 * results.machine.cpus) {
  results.notes.push(
    `The machine was busy before the bench started (1-minute load average ${loadBefore[0]} on ${results.machine.cpus} CPUs): timings are noisy; bytes are exact.`,
  );
}

const text = toText(results);
console.log(text);
const dir = partial ? TMP : join(ROOT, 'bench');
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
if (!partial) await writeFile(join(ROOT, 'bench/README-section.md'), toMarkdown(results));
log(
  `done in ${results.durationSeconds} s; wrote ${join(dir, 'results.json').replace(ROOT + '/', '')}${partial ? '' : ' and bench/README-section.md'}`,
);
