// The fuzz corpus through parseStory in Node: seeded hostile stories
// (tests/fuzz/hostile-stories.ts) must never make it throw, must get the
// documented result shape, the answer their class expects, and errors that
// read as sentences in en, ar and fr. Times are measured and reported, not
// asserted (the machine is shared; `npm run bench` is where speed is judged).
//
//   FUZZ_COUNT=1000 node --test tests/node/fuzz.test.js   more cases (default 400)
//   FUZZ_SEED=123 node --test tests/node/fuzz.test.js     one case, its input and its result printed
//
// The TypeScript sources are bundled for Node with esbuild (no build needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';

const ROOT = new URL('../..', import.meta.url).pathname;

async function loadKit() {
  const contents = `
    export { hostileStories, hostileStory, CLASSES } from './tests/fuzz/hostile-stories.ts';
    export { resultProblems, reproducer } from './tests/fuzz/check-result.ts';
    export { parseStory } from './src/story/index.ts';
    export { addShippedLanguages } from './src/i18n/all.ts';
  `;
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'fuzz-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const dir = await mkdtemp(join(tmpdir(), 'fine-kit-fuzz-'));
  const file = join(dir, 'kit.mjs');
  await writeFile(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const kit = await loadKit();
kit.addShippedLanguages();
const MB = 1_000_000;

/** What a throw threw: its stack when it has one (an Error), else the value as text. */
const errorText = (/** @type {unknown} */ e) => String(/** @type {{ stack?: unknown } | null} */ (e)?.stack ?? e);

/** Characters of the case's JSON, or undefined when it has none (cycles, BigInt, getters that throw). */
function sizeOf(input) {
  if (typeof input === 'string') return input.length;
  try {
    return JSON.stringify(input)?.length;
  } catch {
    return undefined;
  }
}

const only = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const cases =
  only !== undefined ? [kit.hostileStory(only)] : kit.hostileStories(Number(process.env.FUZZ_COUNT) || 400, 1);

test(`${cases.length} hostile stories through parseStory: no throw, the documented shape, the expected answer`, (t) => {
  const failures = [];
  const timings = [];
  for (const c of cases) {
    let result;
    const started = performance.now();
    try {
      result = kit.parseStory(c.input);
    } catch (e) {
      failures.push(`${kit.reproducer(c)}\n    threw: ${errorText(e)}`);
      continue;
    }
    timings.push({ c, ms: performance.now() - started, size: sizeOf(c.input) });
    const found = kit.resultProblems(c, result);
    if (found.length) failures.push(`${kit.reproducer(c)}\n    ${found.join('\n    ')}`);
    if (only !== undefined) {
      const size = sizeOf(c.input);
      t.diagnostic(`input (${typeof c.input}, ${size ?? 'no JSON'} characters): ${describeInput(c.input)}`);
      t.diagnostic(`result: ${JSON.stringify(result, null, 2).slice(0, 4000)}`);
    }
  }
  report(t, timings);
  assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
});

test('the generator covers every class and is the same for the same seed', () => {
  const kinds = new Set(kit.hostileStories(Object.keys(kit.CLASSES).length).map((c) => c.kind));
  assert.deepEqual([...kinds].sort(), Object.keys(kit.CLASSES).sort());
  for (const seed of [1, 2, 57, 301]) {
    const [a, b] = [kit.hostileStory(seed), kit.hostileStory(seed)];
    assert.equal(a.what, b.what);
    if (typeof a.input === 'string') assert.equal(a.input, b.input);
  }
});

function describeInput(input) {
  if (typeof input === 'string') return JSON.stringify(input.slice(0, 2000));
  try {
    return (JSON.stringify(input) ?? String(typeof input)).slice(0, 2000);
  } catch (e) {
    return `a value JSON cannot write (${/** @type {Error} */ (e).message})`;
  }
}

/** Times per case, as diagnostics: median, 95th percentile and slowest, under 1 MB and over. */
function report(t, timings) {
  const line = (label, list) => {
    if (!list.length) return;
    const ms = list.map((x) => x.ms).sort((a, b) => a - b);
    const q = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))].toFixed(1);
    const slowest = list.reduce((a, b) => (b.ms > a.ms ? b : a));
    t.diagnostic(
      `${label}: ${list.length} cases, median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${slowest.ms.toFixed(1)} ms ` +
        `(seed ${slowest.c.seed}, ${slowest.c.kind}, ${slowest.size ?? '?'} characters)`,
    );
  };
  const small = timings.filter((x) => x.size === undefined || x.size < MB);
  line('under 1 MB', small);
  line(
    '1 MB and over',
    timings.filter((x) => x.size >= MB),
  );
  const slow = small.filter((x) => x.ms > 50);
  t.diagnostic(
    `under 1 MB and over 50 ms: ${slow.length}${slow.length ? ' (' + slow.map((x) => `seed ${x.c.seed} ${x.ms.toFixed(0)} ms`).join(', ') + ')' : ''}`,
  );
}
