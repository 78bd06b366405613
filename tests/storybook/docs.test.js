// The docs pages of the built Storybook say only what a page may rely on.
// Every Properties table lists the element's public API from the manifest
// (scripts/public-api.js) and nothing else; no page names a member the
// manifest marks private or protected, or one named like an internal (`_x`,
// `#x`, `--_x`); defaults are values, never source code; CSS parts, custom
// properties, events and slots have no control; every story has a short
// description; the Introduction shows the four elements live and links to
// every page a developer needs. Run by `npm run test:storybook`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { apiNames, elementDeclarations, publicApi } from '../../scripts/public-api.js';
import { openStorybook, storybookEntries } from './server.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const { internal } = apiNames(manifest);
const apis = new Map(elementDeclarations(manifest).map((d) => [String(d.tagName), publicApi(d)]));
const entries = await storybookEntries();
const docs = entries.filter((e) => e.type === 'docs');

/** @type {Awaited<ReturnType<typeof openStorybook>>} */
let storybook;

before(async () => {
  storybook = await openStorybook();
});

after(async () => {
  await storybook?.close();
});

/**
 * What a docs page shows: its text, its inline code, its code blocks, the
 * rows of its Properties table and its stories' descriptions.
 * @param {string} id
 */
async function readDocsPage(id) {
  const page = await storybook.browser.newPage();
  try {
    await page.goto(`${storybook.origin}/iframe.html?id=${id}&viewMode=docs`, { waitUntil: 'load', timeout: 30000 });
    await page.waitForFunction(() => document.querySelector('#storybook-docs h1'), { timeout: 15000 });
    if (id.startsWith('elements-')) {
      await page.waitForFunction(() => document.querySelector('#storybook-docs .docblock-argstable tbody tr'), {
        timeout: 15000,
      });
    }
    // code blocks are highlighted after the page renders (an MDX block is an empty <pre> until its
    // highlighter has loaded, with no .docblock-source yet); the live elements load their story
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('#storybook-docs .docblock-source')].every((block) =>
          block.querySelector('pre')?.textContent?.trim(),
        ) &&
        [...document.querySelectorAll('#storybook-docs pre')].every((pre) => pre.textContent?.trim()) &&
        [
          ...document.querySelectorAll(
            '#storybook-docs :is(fine-timeline, fine-comparison, fine-quote, fine-actor-map)',
          ),
        ].every((el) => el.shadowRoot?.querySelector('[part~="base"] > *')),
      { timeout: 15000 },
    );
    return await page.evaluate(() => {
      const root = /** @type {HTMLElement} */ (document.querySelector('#storybook-docs'));
      const rows = [];
      let category = '';
      for (const tr of root.querySelectorAll('.docblock-argstable tbody tr')) {
        const section = /^(Hide|Show) (.+) items$/.exec(tr.getAttribute('title') ?? '');
        if (section) {
          category = section[2] ?? '';
          continue;
        }
        const cells = [...tr.querySelectorAll(':scope > td')].map((td) => /** @type {HTMLElement} */ (td));
        if (cells.length < 3) continue;
        rows.push({
          category,
          name: (cells[0]?.innerText ?? '').replace(/\*$/, '').trim(),
          defaultValue: (cells[2]?.innerText ?? '').trim(),
          control: Boolean(cells[3]?.querySelector('input, select, textarea, button')),
        });
      }
      const storySections = [...root.querySelectorAll('.sb-anchor[id^="anchor--"]:not([id^="anchor--primary--"])')];
      return {
        text: root.innerText,
        inlineCode: [...root.querySelectorAll('code')]
          .filter((c) => !c.closest('pre, .docblock-argstable'))
          .map((c) => (c.textContent ?? '').trim()),
        blocks: [...root.querySelectorAll('pre')].map((p) => /** @type {HTMLElement} */ (p).innerText),
        rows,
        stories: storySections.map((s) => ({
          id: s.id.replace(/^anchor--/, ''),
          description: (s.querySelector(':scope > p')?.textContent ?? '').trim(),
        })),
        links: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
        live: [...root.querySelectorAll('fine-timeline, fine-comparison, fine-quote, fine-actor-map')]
          .filter((el) => el.shadowRoot?.querySelector('[part~="base"] > *'))
          .map((el) => el.localName),
      };
    });
  } finally {
    await page.close();
  }
}

/** A default a page can set or see: a literal, or nothing. */
const LITERAL = /^(-|'[^']*'|"[^"]*"|-?\d+(\.\d+)?|true|false|null)$/;
/** Categories a page documents but never sets from a control. */
const TEXT_ONLY = new Set(['events', 'slots', 'css shadow parts', 'css custom properties']);

test('the built Storybook has an Introduction and docs for every element', () => {
  assert.ok(docs.length > 0, 'run `npm run build-storybook` first');
  const titles = new Set(docs.map((d) => d.title));
  assert.ok(titles.has('Introduction'), 'no Introduction page');
  for (const tag of ['fine-timeline', 'fine-comparison', 'fine-quote', 'fine-actor-map']) {
    assert.ok(titles.has(`Elements/${tag}`), `no docs page for <${tag}>`);
  }
});

for (const entry of docs) {
  test(`docs: ${entry.title} › ${entry.name} names nothing internal`, async () => {
    const page = await readDocsPage(entry.id);
    const leaks = [
      ...page.rows.filter((r) => internal.has(r.name) || /^[_#]/.test(r.name)).map((r) => `table row ${r.name}`),
      ...page.inlineCode.filter((c) => internal.has(c)).map((c) => `\`${c}\``),
      ...page.blocks
        .flatMap((b) => [...b.matchAll(/\.(#?\w+)\b/g)].map((m) => m[1] ?? ''))
        .filter((n) => internal.has(n) || /^[_#]/.test(n)),
      ...[...page.text.matchAll(/--_[\w-]+/g)].map((m) => m[0]),
    ];
    assert.deepEqual(leaks, [], 'internal names on the page');
    for (const row of page.rows) {
      assert.match(row.defaultValue, LITERAL, `${row.name}: the default is source code, not a value`);
      if (TEXT_ONLY.has(row.category)) assert.ok(!row.control, `${row.name} (${row.category}) has a control`);
    }
  });
}

for (const [tag, api] of apis) {
  const entry = docs.find((d) => d.title === `Elements/${tag}`);
  if (!entry) continue;
  test(`docs: <${tag}>'s table lists its public API, and every story says what it shows`, async () => {
    const page = await readDocsPage(entry.id);
    const documented = new Map([
      ['attributes', [...api.attributes.map((a) => a.name)]],
      ['properties', api.properties.filter((p) => !p.attribute).map((p) => p.name)],
      ['methods', api.methods.map((m) => `${m.name}()`)],
      ['events', api.events.map((e) => e.name)],
      ['slots', api.slots.map((s) => s.name || '(default)')],
      ['css shadow parts', api.cssParts.map((p) => p.name)],
      ['css custom properties', api.cssProperties.map((p) => p.name)],
    ]);
    for (const [category, names] of documented) {
      const shown = page.rows.filter((r) => r.category === category).map((r) => r.name);
      assert.deepEqual([...shown].sort(), [...names].sort(), `${category} of <${tag}>`);
    }
    const other = page.rows.filter((r) => !documented.has(r.category) && r.category !== 'story');
    assert.deepEqual(other, [], 'rows outside the public API (a story-only arg belongs in the "story" category)');
    assert.ok(page.stories.length > 0, 'no stories on the page');
    for (const story of page.stories) {
      assert.ok(story.description.length > 0, `${story.id} has no description`);
      assert.ok(story.description.length <= 320, `${story.id}: the description is not short`);
    }
  });
}

test('the Introduction shows the four elements live and links to every page', async () => {
  const entry = docs.find((d) => d.title === 'Introduction');
  assert.ok(entry, 'no Introduction page');
  const page = await readDocsPage(entry.id);
  for (const tag of ['fine-timeline', 'fine-comparison', 'fine-quote', 'fine-actor-map']) {
    assert.ok(page.live.includes(tag), `<${tag}> is not rendered on the Introduction`);
    assert.ok(page.links.includes(`?path=/docs/elements-${tag}--docs`), `no link to the ${tag} page`);
    assert.ok(page.links.includes(`?path=/docs/embed-${tag}--docs`), `no link to the ${tag} Embed page`);
  }
  assert.ok(page.links.includes('?path=/docs/docs-theming--docs'), 'no link to Theming');
  // the link targets exist
  for (const link of page.links.filter((l) => l.startsWith('?path=/docs/'))) {
    const id = link.replace('?path=/docs/', '');
    assert.ok(
      docs.some((d) => d.id === id),
      `${link} leads nowhere`,
    );
  }
  assert.match(
    page.blocks.join('\n'),
    /<script type="module" src="[^"]+fine-kit\.js"><\/script>\s*<fine-timeline src="[^"]+"><\/fine-timeline>/,
  );
});
