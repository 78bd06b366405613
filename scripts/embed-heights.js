#!/usr/bin/env node
// The README's iframe Heights table, from the built kit (`npm run build`
// first): for each row, the height `npx fine-kit embed` starts the frame at
// (a 672 and a 1000 px column, a 375 px phone) and the height the frame's
// content really takes in Debian's Chromium (dist/cdn/embed.html at that
// width, the story served from this folder), in ar, en and fr.
//
//   node scripts/embed-heights.js [--story data/amazon-cnpd-2021.story.json] [--langs ar,en,fr]
//
// The content's height is the one the frame reports to its host (the page's
// <html>, rounded up): its 4 px of padding included.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';
import { loadKit, readStory } from '../bin/kit.js';

const { values } = parseArgs({
  options: {
    story: { type: 'string', default: 'data/amazon-cnpd-2021.story.json' },
    langs: { type: 'string', default: 'ar,en,fr' },
  },
});

/** The README's rows: an element and the attributes its row names. */
/** @type {{ name: string, element: 'timeline' | 'actor-map' | 'comparison' | 'quote', params: Record<string, string> }[]} */
const ROWS = [
  { name: 'timeline', element: 'timeline', params: {} },
  { name: 'actor-map', element: 'actor-map', params: {} },
  { name: 'comparison limit=10', element: 'comparison', params: { limit: '10' } },
  { name: 'comparison (every fine)', element: 'comparison', params: {} },
  { name: 'quote lqdn-historic-fine', element: 'quote', params: { quote: 'lqdn-historic-fine' } },
];
const COLUMNS = [672, 1000];
const PHONE = 375;

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const root = process.cwd();
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  readFile(join(root, path)).then(
    (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body),
    () => res.writeHead(404).end(),
  );
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const kit = await loadKit();
kit.addShippedLanguages();
/** @type {typeof import('../dist/embed/index.js')} */
const embed = await import('../dist/embed/index.js');
const story = await readStory(kit, values.story, 'en');

const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });

/** The frame's content height for `element` at `width`, in `lang`. */
async function measure(element, params, lang, width) {
  const page = await browser.newPage();
  try {
    // tall enough that the page never scrolls: no scrollbar takes from the width
    await page.setViewport({ width, height: 4000 });
    const query = new URLSearchParams({ story: `/${values.story}`, element, lang, ...params });
    // every element says when it shows the story (fine-ready) or cannot (fine-error)
    await page.evaluateOnNewDocument(() => {
      /** @type {string[]} */
      const said = [];
      /** @type {any} */ (window).fineSaid = said;
      for (const type of ['fine-ready', 'fine-error'])
        document.addEventListener(type, (e) =>
          said.push(`${type} ${/** @type {Element} */ (e.composedPath()[0]).localName}`),
        );
    });
    await page.goto(`${origin}/dist/cdn/embed.html?${query}`);
    await page.waitForFunction(() => /** @type {any} */ (window).fineSaid.some((s) => s.includes('fine-ready fine-')), {
      timeout: 20000,
    });
    const errors = await page.evaluate(() =>
      /** @type {any} */ (window).fineSaid.filter((s) => s.startsWith('fine-error')),
    );
    if (errors.length) throw new Error(`${element} ${lang} ${width}: ${errors.join(', ')}`);
    await settled(page);
    return page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  } finally {
    await page.close();
  }
}

/** Fonts loaded, two frames, and the height unchanged for 300 ms. */
async function settled(page) {
  await page.evaluate(() => document.fonts.ready);
  let last = -1;
  for (let stable = 0; stable < 3;) {
    await new Promise((r) => setTimeout(r, 100));
    const h = await page.evaluate(
      () =>
        new Promise((r) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => r(document.documentElement.getBoundingClientRect().height)),
          ),
        ),
    );
    stable = h === last ? stable + 1 : 0;
    last = h;
  }
}

const range = (/** @type {number[]} */ ns) => {
  const lo = Math.min(...ns);
  const hi = Math.max(...ns);
  return lo === hi ? `${lo}` : `${lo}–${hi}`;
};

try {
  const langs = values.langs.split(',').filter(Boolean);
  console.log('row | estimate: column 672, 1000 | phone 375 | measured in Chromium: column 672, 1000 | phone 375');
  for (const row of ROWS) {
    /** @type {Record<'672' | '1000' | 'phone', number[]>} */
    const estimate = { 672: [], 1000: [], phone: [] };
    /** @type {Record<'672' | '1000' | 'phone', number[]>} */
    const measured = { 672: [], 1000: [], phone: [] };
    const lines = [];
    for (const lang of langs) {
      const options = { base: '/', storyUrl: values.story, story, element: row.element, lang, params: row.params };
      const at = COLUMNS.map((width) => embed.snippetHeights({ ...options, width }));
      const got = [];
      for (const width of [...COLUMNS, PHONE]) got.push(await measure(row.element, row.params, lang, width));
      estimate[672].push(at[0].column);
      estimate[1000].push(at[1].column);
      estimate.phone.push(at[0].phone);
      measured[672].push(got[0]);
      measured[1000].push(got[1]);
      measured.phone.push(got[2]);
      lines.push(
        `  ${lang}: estimate ${at[0].column}, ${at[1].column} | ${at[0].phone}; measured ${got[0]}, ${got[1]} | ${got[2]}`,
      );
    }
    console.log(
      `${row.name} | ${range(estimate[672])}, ${range(estimate[1000])} | ${range(estimate.phone)} | ` +
        `${range(measured[672])}, ${range(measured[1000])} | ${range(measured.phone)}`,
    );
    for (const line of lines) console.log(line);
  }
} finally {
  await browser.close();
  server.close();
}
