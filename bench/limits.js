// The measurements behind the story limits (src/story/limits.ts, README
// "Limits"): each element with stories at and around the limits, from the
// built dist/cdn modules, in headless Chromium. Per case: time from
// navigation to fine-ready or fine-error (ms), the longest main-thread task
// (ms, PerformanceObserver 'longtask') until then, the story's JSON size, and
// what parseStory alone costs for it in the page (dist/story, first call).
//
//   npm run build && node bench/limits.js            every case, 3 loads each
//   LIMITS_RUNS=1 LIMITS_ONLY=actor-map node bench/limits.js
//
// Timings move with the machine's load: the 1-minute load average is printed.
import { launchBrowser, openPage } from './browser.js';
import { importTs, ROOT } from './data.js';
import { startServer } from './server.js';
import { withTimeout } from './scenarios/loads.js';
import { loadAverage } from './machine.js';
import { median } from './stats.js';

const RUNS = Number(process.env.LIMITS_RUNS) || 3;
const ONLY = process.env.LIMITS_ONLY?.split(',');

const network = await importTs('tests/fixtures/actor-map-synthetic.ts');
const timeline = await importTs('tests/fixtures/timeline-synthetic.ts');
const comparison = await importTs('tests/fixtures/comparison-synthetic.ts');
const { parseStory } = await importTs('src/story/parse.ts');

/** `n` eras over 2000–2025, all overlapping the middle years, some still going on. */
function withEras(story, n) {
  story.eras = Array.from({ length: n }, (_, i) => ({
    id: `era-${i + 1}`,
    start: `${2000 + (i % 10)}`,
    ...(i % 3 ? { end: `${2015 + (i % 10)}` } : {}),
    title: { en: `Era ${i + 1}`, fr: `Époque ${i + 1}`, ar: `حقبة ${i + 1}` },
    sources: [story.sources[0].id],
  }));
  return story;
}

/** `n` quotes by the story's first actor, the last one shown. */
function withQuotes(story, n) {
  story.quotes = Array.from({ length: n }, (_, i) => ({
    id: `quote-${i + 1}`,
    speaker: story.actors[0].id,
    lang: 'en',
    text: `Words number ${i + 1}, ` + 'and more words '.repeat(20),
    translations: { fr: `Paroles numéro ${i + 1}`, ar: `كلمات رقم ${i + 1}` },
    verbatim: true,
    sources: [story.sources[0].id],
  }));
  return story;
}

/** Every event's title and body at the longest the limits allow in three languages, until the story is `chars` long. */
function withLongTexts(story, chars) {
  const per = Math.floor(chars / story.events.length / 3) - 120;
  for (const e of story.events) {
    const body = 'x '.repeat(Math.max(0, Math.min(per, 20_000) / 2));
    e.body = { en: body, fr: body, ar: body };
  }
  return story;
}

/** @type {{ element: string, tag: string, label: string, make: () => object, attrs?: Record<string, string> }[]} */
const CASES = [
  ...[50, 100, 300, 1000, 2000].map((n) => ({
    element: 'actor-map',
    tag: 'fine-actor-map',
    label: `${n} actors, ${Math.round(n * 2.5)} relations`,
    make: () => network.syntheticNetworkStory(n, Math.round(n * 2.5), 1),
  })),
  {
    element: 'actor-map',
    tag: 'fine-actor-map',
    label: '300 actors, 2,500 relations',
    make: () => network.syntheticNetworkStory(300, 2500, 1),
  },
  ...[10, 100, 1000].map((n) => ({
    element: 'timeline',
    tag: 'fine-timeline',
    label: `1,000 events, ${n} overlapping eras`,
    make: () => withEras(timeline.syntheticTimelineStory(1000, 1), n),
  })),
  ...[5000, 10000, 20000].map((n) => ({
    element: 'timeline',
    tag: 'fine-timeline',
    label: `${n.toLocaleString('en')} events, 100 eras`,
    make: () => withEras(timeline.syntheticTimelineStory(n, 1), 100),
  })),
  {
    element: 'timeline',
    tag: 'fine-timeline',
    label: '10,000 events, long bodies, ~4.9 MB',
    make: () => withLongTexts(timeline.syntheticTimelineStory(10000, 1), 4_900_000),
  },
  ...[2000, 5000, 20000].map((n) => ({
    element: 'comparison',
    tag: 'fine-comparison',
    label: `${n.toLocaleString('en')} fines`,
    make: () => comparison.syntheticComparisonStory(n, 1),
  })),
  ...[2000, 20000].map((n) => ({
    element: 'quote',
    tag: 'fine-quote',
    label: `${n.toLocaleString('en')} quotes, the last one shown`,
    make: () => withQuotes(network.syntheticNetworkStory(10, 10, 1), n),
    attrs: { quote: `quote-${n}` },
  })),
];

const virtual = new Map();
const cases = CASES.filter((c) => !ONLY || ONLY.includes(c.element)).map((c, i) => {
  const story = c.make();
  const json = JSON.stringify(story);
  const url = `/bench-data/limits-${i}.story.json`;
  virtual.set(url, json);
  const parsed = parseStory(json);
  return { ...c, url, bytes: Buffer.byteLength(json), valid: parsed.ok ? 'valid' : parsed.errors[0].code };
});

/**
 * One load of the element page: ms to fine-ready or fine-error (whichever
 * comes first, recorded by a listener added before the page's own code),
 * the longest task until then, and what happened.
 */
async function loadCase(browser, url) {
  const bp = await openPage(browser);
  try {
    await bp.page.evaluateOnNewDocument(() => {
      const w = /** @type {any} */ (window);
      w.__done = new Promise((resolve) => {
        for (const type of ['fine-ready', 'fine-error']) {
          document.addEventListener(
            type,
            (e) => resolve({ type, at: performance.now(), detail: /** @type {CustomEvent} */ (e).detail?.message }),
            { capture: true, once: true },
          );
        }
      });
    });
    await bp.page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const done = await withTimeout(
      bp.page.evaluate(() => /** @type {any} */ (window).__done),
      30_000,
      () => ({ type: 'timeout', at: NaN }),
    );
    const tasks = await bp.page.evaluate(
      (until) => /** @type {any} */ (window).__bench.longTasks.filter((t) => t.start < until).map((t) => t.duration),
      Number.isFinite(done.at) ? done.at + 1 : 1e9,
    );
    return { ...done, longest: Math.max(0, ...tasks), count: tasks.length };
  } finally {
    await bp.close();
  }
}

/** parseStory on the story's text in a page, first call (as an element pays it), ms. */
async function parseCost(browser, origin, storyUrl) {
  const bp = await openPage(browser);
  try {
    await bp.page.goto(`${origin}/bench/pages/layout.html`, { waitUntil: 'domcontentloaded' });
    // the module's address is the page's (the bench server's /dist/), passed in as a value
    return await bp.page.evaluate(
      async (src, storyModule) => {
        const { parseStory } = await import(storyModule);
        const text = await (await fetch(src)).text();
        const started = performance.now();
        parseStory(text);
        return performance.now() - started;
      },
      storyUrl,
      '/dist/story/index.js',
    );
  } finally {
    await bp.close();
  }
}

const server = await startServer(ROOT, virtual);
const { browser, version, close } = await launchBrowser();
console.log(`${version}; load average ${loadAverage().join(' ')}; ${RUNS} load(s) per case`);
console.log(
  '| element | story | JSON | validator | parseStory (ms) | to fine-ready / fine-error (ms) | longest task (ms) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
try {
  for (const c of cases) {
    const q = new URLSearchParams({ entry: c.element, tag: c.tag, src: c.url });
    for (const [k, v] of Object.entries(c.attrs ?? {})) q.set(`attr.${k}`, v);
    const page = `${server.origin}/bench/pages/element.html?${q}`;
    const loads = [];
    for (let run = 0; run < RUNS; run++) loads.push(await loadCase(browser, page));
    const parse = await parseCost(browser, server.origin, c.url);
    const ms = loads.map((l) => l.at);
    const types = [...new Set(loads.map((l) => l.type))].join(', ');
    console.log(
      `| ${c.tag} | ${c.label} | ${(c.bytes / 1e6).toFixed(2)} MB | ${c.valid} | ${Math.round(parse)} | ` +
        `${types} ${Math.round(median(ms))} [${Math.round(Math.min(...ms))}–${Math.round(Math.max(...ms))}] | ` +
        `${Math.round(median(loads.map((l) => l.longest)))} [${Math.round(Math.min(...loads.map((l) => l.longest)))}–${Math.round(Math.max(...loads.map((l) => l.longest)))}] |`,
    );
  }
} finally {
  await close();
  await server.close();
}
console.log(`load average after: ${loadAverage().join(' ')}`);
