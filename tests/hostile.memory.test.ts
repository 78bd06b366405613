/**
 * Memory a page cannot get back: elements mounted and unmounted again and
 * again, each with a story of its own inline, must not leave their stories
 * behind. The heap is read after forced garbage collection, which only
 * Chromium lets a test do (the DevTools protocol, through the test server:
 * tests/fuzz/server.js). Firefox's WebDriver BiDi has neither a way to
 * collect garbage nor a heap size, and `performance.memory` is Chromium's
 * alone, so the heap test runs in Chromium; in both browsers, the parse
 * cache is shown to let go of a text no element shows any more.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/timeline/index.js';
import '../src/comparison/index.js';
import { baseStory } from './fuzz/hostile-stories.js';

const CYCLES = 100;
const BUDGET_PER_CYCLE = 10_000;

/** A story of some weight (40 events), different on every call: its own id and summary. */
function distinctText(n: number): string {
  const s = baseStory();
  s.id = `cycle-${n}`;
  s.summary = { en: `Cycle ${n}: ${'words '.repeat(50)}` };
  s.events = Array.from({ length: 40 }, (_, i) => ({
    id: `e${i}`,
    date: `20${10 + (i % 10)}-0${1 + (i % 9)}`,
    title: { en: `Event ${i} of cycle ${n}`, fr: `Événement ${i}`, ar: `حدث ${i}` },
    body: { en: 'Something happened. '.repeat(10) },
    sources: ['s1'],
  }));
  return JSON.stringify(s);
}

/** One element with `text` inline, mounted until it has shown the story, then removed. */
async function cycle(tag: string, text: string): Promise<void> {
  const el = document.createElement(tag);
  el.setAttribute('lang', 'en');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  el.append(script);
  const ready = oneEvent(el, 'fine-ready');
  document.body.append(el);
  await ready;
  el.remove();
}

const heap = async () => (await executeServerCommand<{ used: number | null }, undefined>('heap-usage')).used;
/** Chromium: see the comment at the top of this file. */
const canMeasure = (await heap()) !== null;

describe('memory: elements mounted and removed with distinct inline stories', () => {
  if (!canMeasure) return;
  it(`grow the heap by less than ${BUDGET_PER_CYCLE / 1000} kB per cycle over ${CYCLES} cycles`, async function () {
    this.timeout(120_000);
    const tags = ['fine-timeline', 'fine-comparison'];
    // modules, words, templates and the JIT warmed up, so what follows is what the stories leave
    for (let n = 0; n < 4; n++) await cycle(tags[n % 2]!, distinctText(-1 - n));
    const before = (await heap())!;
    for (let n = 0; n < CYCLES; n++) await cycle(tags[n % 2]!, distinctText(n));
    // a finalization callback runs in a task after the collection that found its target
    await heap();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = (await heap())!;
    const perCycle = (after - before) / CYCLES;
    console.log(
      `heap: ${(before / 1e6).toFixed(2)} MB → ${(after / 1e6).toFixed(2)} MB after ${CYCLES} cycles` +
        ` (${(perCycle / 1000).toFixed(1)} kB per cycle; the story text is ${(distinctText(0).length / 1000).toFixed(1)} kB)`,
    );
    expect(perCycle).to.be.below(BUDGET_PER_CYCLE);
  });
});
