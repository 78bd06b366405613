// Loads every story of the built Storybook (storybook-static/, made by
// `npm run build-storybook`) in Debian's Chromium and checks that it renders,
// logs no console error, throws nothing, and that axe finds no violation in
// it: the same rules the a11y addon runs. Run by `npm run test:storybook`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AXE_PATH, openStorybook, storybookEntries } from './server.js';

/** Stories that show a failed load on purpose: the browser logs the failed request itself. */
const EXPECTED_NETWORK_ERRORS = /unreachable|missing|invalid|bad-json|loading/;

/** @type {Awaited<ReturnType<typeof openStorybook>>} */
let storybook;
let browser;
let origin;

before(async () => {
  storybook = await openStorybook();
  ({ browser, origin } = storybook);
});

after(async () => {
  await storybook?.close();
});

const entries = await storybookEntries();
const stories = entries.filter((e) => e.type === 'story');

test('the built Storybook has stories for every element', () => {
  const components = new Set(stories.map((s) => s.title));
  for (const tag of ['fine-timeline', 'fine-comparison', 'fine-quote', 'fine-actor-map']) {
    assert.ok(components.has(`Elements/${tag}`), `no stories for <${tag}>`);
  }
});

for (const story of stories) {
  test(`${story.title} › ${story.name}: renders, no console error, axe clean`, async () => {
    const page = await browser.newPage();
    const problems = [];
    const expectFailures = EXPECTED_NETWORK_ERRORS.test(story.id);
    page.on('console', (m) => {
      // a failed request is judged below, by its URL
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
        problems.push(`console: ${m.text()}`);
    });
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.status() >= 400 && path !== '/favicon.ico' && !expectFailures) problems.push(`HTTP ${r.status()} ${path}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    try {
      await page.setViewport({ width: 1100, height: 900 });
      // the a11y addon's own axe run off (its manual mode): the same rules run once, below, instead of twice
      await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=a11y.manual:!true`, {
        waitUntil: 'load',
        timeout: 30000,
      });
      // every element shows something: its content, its error view, or its loading view (the page's
      // 30 s, as for loading it: the large synthetic actor map took over 10 s on a shared, loaded
      // machine; how fast it renders is the bench's to measure, not this test's)
      await page.waitForFunction(
        () => {
          const els = [
            ...document.querySelectorAll(
              '#storybook-root :is(fine-timeline, fine-comparison, fine-quote, fine-actor-map)',
            ),
          ];
          return els.length > 0 && els.every((el) => el.shadowRoot?.querySelector('[part~="base"] > *'));
        },
        { timeout: 30000 },
      );
      // from the server, so the browser keeps it compiled from one page to the next (evaluated as a
      // string, its half a megabyte was parsed and compiled again for every story)
      await page.addScriptTag({ url: origin + AXE_PATH });
      const violations = await page.evaluate(async () => {
        // the addon's run is off (manual mode, above); were one still going, wait for it, then run ours
        for (let tries = 0; ; tries++) {
          try {
            const { axe } = /** @type {{ axe: typeof import('axe-core') }} */ (/** @type {unknown} */ (window));
            const result = await axe.run(/** @type {HTMLElement} */ (document.getElementById('storybook-root')), {
              resultTypes: ['violations'],
            });
            return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(' ')}`);
          } catch (e) {
            if (!String(e).includes('already running') || tries > 50) throw e;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      });
      assert.deepEqual(violations, [], 'axe violations');
      assert.deepEqual(problems, [], 'console errors');
    } finally {
      // not awaited: a page takes up to half a second to go, and the next one need not wait for it
      page.close().catch(() => {});
    }
  });
}

// the docs pages (autodocs from the manifest, Embed, Theming, Introduction) render without an error
const docs = entries.filter((e) => e.type === 'docs');

test('the built Storybook has an Embed page per element, a Theming page and autodocs', () => {
  const titles = new Set(docs.map((d) => d.title));
  for (const tag of ['fine-timeline', 'fine-comparison', 'fine-quote', 'fine-actor-map']) {
    assert.ok(titles.has(`Embed/${tag}`), `no Embed page for <${tag}>`);
    assert.ok(titles.has(`Elements/${tag}`), `no autodocs for <${tag}>`);
  }
  assert.ok(titles.has('Docs/Theming'), 'no Theming page');
});

for (const entry of docs) {
  test(`docs: ${entry.title} › ${entry.name} renders without an error`, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
        problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    try {
      await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'load', timeout: 30000 });
      await page.waitForFunction(() => document.querySelector('#storybook-docs h1'), { timeout: 15000 });
      // an autodocs page lists the element's API from the manifest
      if (entry.title.startsWith('Elements/')) {
        await page.waitForFunction(() => document.querySelector('#storybook-docs table'), { timeout: 15000 });
      }
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(problems, [], 'console errors');
    } finally {
      // not awaited: a page takes up to half a second to go, and the next one need not wait for it
      page.close().catch(() => {});
    }
  });
}
