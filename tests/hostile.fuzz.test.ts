/**
 * The promise, tried with the fuzz corpus (tests/fuzz/hostile-stories.ts)
 * in every element: each case inline and by `src` (or, for a value no JSON
 * text can make, as the `story` property), in each element alone and in all
 * four inside a `<fine-story>`, in en, ar or fr by seed. For every element:
 *
 * - it reaches `fine-ready` with content, or `fine-error` with a visible
 *   `role="alert"` view; a story the validator refuses always gives
 *   `fine-error`, whose view and message name the path and the problem in the
 *   reader's language;
 * - nothing is thrown to the page (no uncaught exception, no unhandled
 *   rejection), no script of the story's runs (a canary), no shadow root holds
 *   a link that is not http(s), a script or an inline event handler; the same
 *   once each element is stepped into its other states (a selected event,
 *   fine and actor, the tables, the original of a quote).
 *
 * Time is measured, not asserted: from being put in the page to
 * `fine-ready`/`fine-error` (the promise: 2 s) and the longest main-thread
 * task meanwhile (the promise: 200 ms; Chromium's long tasks, Firefox's
 * longest gap between timer ticks). On a machine shared by several jobs a
 * 40 ms task can take 250 ms, so a bound asserted here would fail on load,
 * not on the kit. What is asserted is what load cannot change: every element
 * reaches a state (a freeze, like a scale loop that never ends, never does:
 * `HANG_MS` tells one from slowness). The times are printed at the end, with
 * the machine's load, and every case past 2 s or 200 ms is named. On a quiet
 * machine, `FUZZ_STRICT=1` makes each of those a failure of its case.
 *
 *   FUZZ_SEED=17 TEST_FILES=tests/hostile.fuzz.test.ts npx web-test-runner    one case
 *   FUZZ_STRICT=1 TEST_FILES=tests/hostile.fuzz.test.ts npx web-test-runner    the times asserted too
 *   FUZZ_ELEMENTS=120 TEST_FILES=tests/hostile.fuzz.test.ts npx web-test-runner    more cases (default 60)
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { parseStory, type ParseResult } from '../src/story/index.js';
import {
  coreMessages,
  describeError,
  describePath,
  errorMessages,
  errorWords,
  languageReady,
} from '../src/i18n/index.js';
import type { Story } from '../src/story/types.js';
import { CLASSES, hostileStory, type HostileCase } from './fuzz/hostile-stories.js';
import { miniStory } from './fixtures/mini-story.js';
import { LIMIT_SEEDS, limitStory } from './fuzz/limit-stories.js';
import {
  TAGS,
  UNITS,
  build,
  linkCount,
  mainThreadHeld,
  outcomes,
  shownProblems,
  unsafeThings,
  type Mode,
  type Outcome,
} from './fuzz/elements.js';

/** Past this, an element is taken to be frozen rather than slow: ten times the promise. */
const HANG_MS = 20_000;
const PROMISE_MS = 2_000;
const PROMISE_TASK_MS = 200;
const LANGS = ['en', 'ar', 'fr'];

const config = await executeServerCommand<{ seed: number; count: number; strict: boolean }, undefined>('fuzz-config');
const caseOf = (seed: number) => (LIMIT_SEEDS.includes(seed) ? limitStory(seed) : hostileStory(seed));
/** The seeded cases, then the limit stories (built when their test runs: each is megabytes). */
const SEEDS = config.seed
  ? [config.seed]
  : [...Array.from({ length: config.count || 60 }, (_, i) => i + 1), ...LIMIT_SEEDS];
/** A seed's class, as `hostileStory` picks it, without making the story. */
const kindOf = (seed: number) => Object.keys(CLASSES)[seed % Object.keys(CLASSES).length]!;

const reproducer = (c: HostileCase) =>
  `seed ${c.seed} (${c.kind}): ${c.what.slice(0, 200)}\n` +
  `    reproduce: FUZZ_SEED=${c.seed} TEST_FILES=tests/hostile.fuzz.test.ts npx web-test-runner`;

/** One row per unit (an element alone, or a `<fine-story>` and its four) per mode: the closing report. */
interface UnitTiming {
  seed: number;
  kind: string;
  mode: Mode;
  unit: string;
  /** The last of its elements to reach a state, and when (ms from being put in the page). */
  slowest: string;
  ms: number;
  /** The longest main-thread task from being put in the page until every element had reached a state. */
  task: number;
}
const units: UnitTiming[] = [];
/** Every element's time to a state, for the distribution. */
const times: number[] = [];
const states = { ready: 0, error: 0, none: 0 };
/** Wall time of each case (building it included), for the slowest few in the report. */
const caseTimes: { seed: number; ms: number }[] = [];
let measuredBy = '';
let links = 0;

const thrown: string[] = [];
const onError = (e: ErrorEvent) => thrown.push(`uncaught: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => thrown.push(`unhandled rejection: ${String(e.reason)}`);
const canary = () => (window as unknown as { __pwned?: unknown }).__pwned;

/**
 * What `fine-error` must say: its first error, in the reader's words; and
 * for a story the validator refused, the element's view says it too, at its
 * path. (A valid story an element cannot show, such as a chart with no fines,
 * may get the element's own view.)
 */
function errorProblems(o: Outcome, lang: string, refused: boolean): string[] {
  const first = o.error?.errors[0];
  if (!first) return [`${o.name}: fine-error without errors`];
  const m = errorMessages(lang);
  const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ');
  const sentence = plain(describeError(m, first));
  const out: string[] = [];
  if (plain(o.error!.message) !== plain(`${describePath(m, first.path)}: ${describeError(m, first)}`)) {
    out.push(`${o.name}: fine-error's message is not the first error in ${lang}: ${o.error!.message}`);
  }
  if (o.el.localName === 'fine-story' || !refused) return out;
  const view = plain(o.el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '');
  if (!view.includes(plain(coreMessages(lang).errorTitle)))
    out.push(`${o.name}: the error view's title is not in ${lang}`);
  if (!view.includes(sentence)) out.push(`${o.name}: the error view does not say "${sentence.slice(0, 100)}"`);
  if (first.path && !view.includes(first.path)) out.push(`${o.name}: the error view does not name ${first.path}`);
  return out;
}

/** Each element with content, stepped into its other states: what it shows there is checked too. */
async function stepThrough(elements: HTMLElement[], story: Story): Promise<void> {
  const set = (el: HTMLElement, props: Record<string, unknown>) => Object.assign(el, props);
  for (const el of elements) {
    if (el.localName === 'fine-timeline') set(el, { selected: story.events[0]?.id });
    if (el.localName === 'fine-comparison') set(el, { selected: story.fines[0]?.id, view: 'table' });
    if (el.localName === 'fine-actor-map') set(el, { focusActor: story.actors[0]?.id, view: 'table' });
    if (el.localName === 'fine-quote') set(el, { showOriginal: true });
  }
  for (const el of elements) await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

/**
 * Text inline and by `src`; a value as the property. A limit story (megabytes
 * of valid text) inline only: by `src` it is the same parse after a fetch,
 * and the seeded cases try the loader; this keeps the run within CI's time.
 */
const modesOf = (c: HostileCase): Mode[] =>
  typeof c.input !== 'string' ? ['property'] : c.kind === 'at-the-limits' ? ['inline'] : ['inline', 'src'];

/** Puts `c` through every unit in `mode`; returns what is wrong. */
async function tryMode(c: HostileCase, mode: Mode, parsed: ParseResult): Promise<string[]> {
  const lang = LANGS[c.seed % LANGS.length]!;
  const url = `/__fuzz/story.json?id=${c.seed}`;
  const problems: string[] = [];
  for (const unit of UNITS) {
    const { root, elements } = build(unit, mode, c.input, lang, url);
    const { result, longest, how } = await mainThreadHeld(() =>
      outcomes(elements, () => document.body.append(root), HANG_MS),
    );
    measuredBy = how;
    const slowest = result.reduce((a, b) => (b.ms > a.ms ? b : a));
    units.push({ seed: c.seed, kind: c.kind, mode, unit, slowest: slowest.name, ms: slowest.ms, task: longest });
    if (config.strict && (slowest.ms > PROMISE_MS || longest > PROMISE_TASK_MS)) {
      problems.push(
        `${mode}: ${unit}: ${slowest.name} after ${slowest.ms.toFixed(0)} ms, a task of ${longest.toFixed(0)} ms`,
      );
    }
    try {
      for (const o of result) {
        times.push(o.ms);
        states[o.state]++;
        problems.push(...shownProblems(o).map((p) => `${mode}: ${p}`));
        if (!parsed.ok && o.state !== 'error') problems.push(`${mode}: ${o.name} showed a story the validator refused`);
        if (o.state === 'error') problems.push(...errorProblems(o, lang, !parsed.ok).map((p) => `${mode}: ${p}`));
        // contained by the base (an error view, not an exception), but a bug in the element all the same
        const failed = o.error?.errors.find((e) => e.code === 'render-failed');
        if (failed) problems.push(`${mode}: ${o.name} failed: ${failed.params['detail']}`);
      }
      problems.push(...unsafeThings(root).map((p) => `${mode}: ${p}`));
      if (parsed.ok) {
        await stepThrough(elements, parsed.story);
        problems.push(...unsafeThings(root).map((p) => `${mode}, stepped through: ${p}`));
      }
      links += linkCount(root);
    } finally {
      root.remove();
    }
  }
  return problems;
}

/** The closing report: how the elements went, and every unit past the promise. */
function report(load: { load: number; cores: number }): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(0);
  const slowestCases = [...caseTimes]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 8)
    .map((t) => `seed ${t.seed} ${(t.ms / 1000).toFixed(1)} s`)
    .join(', ');
  const seededMax = units
    .filter((u) => !LIMIT_SEEDS.includes(u.seed))
    .reduce((a, u) => ({ ms: Math.max(a.ms, u.ms), task: Math.max(a.task, u.task) }), { ms: 0, task: 0 });
  const over = units.filter((u) => u.ms > PROMISE_MS || u.task > PROMISE_TASK_MS).sort((a, b) => b.task - a.task);
  return [
    `fuzz in the elements: ${SEEDS.length} cases, ${times.length} element loads, ${links} links checked`,
    `  load average ${load.load.toFixed(1)} on ${load.cores} cores; main thread measured by ${measuredBy}`,
    `  fine-ready ${states.ready}, fine-error ${states.error}, neither ${states.none}`,
    `  slowest cases: ${slowestCases}`,
    `  to a state: median ${at(0.5)} ms, 95th percentile ${at(0.95)} ms, max ${at(1)} ms`,
    `  the seeded cases alone: max ${seededMax.ms.toFixed(0)} ms to a state, longest task ${seededMax.task.toFixed(0)} ms`,
    `  ${over.length} of ${units.length} units past ${PROMISE_MS} ms or with a task over ${PROMISE_TASK_MS} ms:`,
    ...over.map(
      (u) =>
        `    seed ${u.seed} (${u.kind}), ${u.mode}, ${u.unit === 'fine-story' ? 'fine-story and its four' : u.unit}:` +
        ` longest task ${u.task.toFixed(0)} ms, all shown after ${u.ms.toFixed(0)} ms (last: ${u.slowest})`,
    ),
  ].join('\n');
}

describe(`the fuzz corpus in every element (${SEEDS.length} cases)`, () => {
  before(async function () {
    this.timeout(60_000);
    await Promise.all(['en', 'ar', 'fr'].map((lang) => languageReady(lang, [errorWords])));
    // every element's words in every language, and a first render: what a case measures is the case
    for (const lang of LANGS) {
      const { root, elements } = build('fine-story', 'property', miniStory(), lang, '');
      await outcomes(elements, () => document.body.append(root), HANG_MS);
      root.remove();
    }
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  after(async () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.log(report(await executeServerCommand('fuzz-load')));
  });

  for (const seed of SEEDS) {
    const label = LIMIT_SEEDS.includes(seed) ? 'at the limits' : kindOf(seed);
    it(`seed ${seed} (${label})`, async function () {
      const began = performance.now();
      const c = caseOf(seed);
      this.timeout(TAGS.length * 4 * HANG_MS);
      await executeServerCommand('fuzz-progress', {
        seed: c.seed,
        what: c.what,
        done: false,
        reproduce: reproducer(c),
      });
      thrown.length = 0;
      if (modesOf(c).includes('src'))
        await fetch(`/__fuzz/story?id=${c.seed}`, { method: 'POST', body: c.input as string });
      const parsed = parseStory(c.input);
      const problems: string[] = [];
      for (const mode of modesOf(c)) {
        problems.push(...(await tryMode(c, mode, parsed)));
      }
      // an image's onerror fires a task or more after it is drawn
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (canary() !== undefined) problems.push('a script from the story ran (window.__pwned is set)');
      problems.push(...thrown);
      await executeServerCommand('fuzz-progress', { seed: c.seed, what: c.what, done: true });
      caseTimes.push({ seed, ms: performance.now() - began });
      expect(problems, `${reproducer(c)}\n    ${problems.join('\n    ')}`).to.deep.equal([]);
    });
  }
});
