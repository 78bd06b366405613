#!/usr/bin/env node
// Review screenshots: the demo article in each language, at the widths a
// reader has (a phone, the article column, a laptop, a wide screen), light and
// dark, whole page and each element on its own, so a change can be looked at
// as an editor would before it is called done.
//
//   node scripts/screenshots.js [--help] [--out DIR] [--langs ar,en,fr] [--widths 375,672,1000,1400]
//                               [--schemes light,dark] [--elements] [--tags fine-comparison,…] [--scale 2] [--page PATH]
//                               [--touch]
//
// Writes DIR/<lang>-<width>-<scheme>.png (the whole page) and, with
// --elements, DIR/<lang>-<width>-<scheme>-<tag>-<n>.png (each fine-* element,
// or only those --tags names). --scale renders at that device pixel ratio, to
// read small text (the Arabic order of a label's runs) closely.
// --page serves any other page of the repository instead of the demo (its
// path from the repository root, e.g. tests/pages/embed/article.html).
// --touch emulates a phone's touch screen (`pointer: coarse`, no hover): the
// elements then show their touch words and targets, as on a reader's phone;
// file names get "-touch".
// Uses the Vite dev server (as `npm start` does) on a free port, and Debian's
// Chromium.
import { mkdir, readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'scratch/screenshots' },
    langs: { type: 'string', default: 'ar,en' },
    widths: { type: 'string', default: '375,672,1000,1400' },
    schemes: { type: 'string', default: 'light,dark' },
    elements: { type: 'boolean', default: false },
    tags: { type: 'string', default: 'fine-timeline,fine-comparison,fine-quote,fine-actor-map' },
    page: { type: 'string' },
    scale: { type: 'string', default: '1' },
    touch: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  // the comment at the top of this file is the usage
  const source = await readFile(new URL(import.meta.url), 'utf8');
  const lines = source.split('\n').slice(1);
  const usage = lines.slice(
    0,
    lines.findIndex((line) => !line.startsWith('//')),
  );
  console.log(usage.map((line) => line.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}

/** The demo page of each language. */
const DEMO = { ar: '/demo/index.html', en: '/demo/en.html', fr: '/demo/fr.html' };
const list = (/** @type {string} */ s) => s.split(',').filter(Boolean);
const langs = list(values.langs);
const widths = list(values.widths).map(Number);
const schemes = list(values.schemes);

await mkdir(values.out, { recursive: true });
const server = await createServer({ logLevel: 'error', server: { port: 0, strictPort: false, open: false } });
await server.listen();
const address = server.httpServer?.address();
const origin = `http://localhost:${typeof address === 'object' && address ? address.port : 5173}`;

const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
let shots = 0;
try {
  for (const lang of langs) {
    const path = values.page ?? DEMO[/** @type {keyof typeof DEMO} */ (lang)];
    if (!path) throw new Error(`no demo page for "${lang}"`);
    for (const scheme of schemes) {
      for (const width of widths) {
        const page = await browser.newPage();
        const viewport = {
          width,
          height: 900,
          deviceScaleFactor: Number(values.scale),
          ...(values.touch && { hasTouch: true, isMobile: true }),
        };
        await page.setViewport(viewport);
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(origin + path, { waitUntil: 'networkidle0' });
        // the demo's own switch follows the OS scheme; a page without one gets data-theme
        await page.evaluate((dark) => {
          document.documentElement.dataset['theme'] = dark ? 'dark' : 'light';
        }, scheme === 'dark');
        await page.evaluate(async () => {
          await document.fonts.ready;
          const elements = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('fine-'));
          await Promise.all(elements.map((e) => /** @type {any} */ (e).updateComplete));
          const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          // each element seen once, as a reader scrolling down would (the comparison's bars grow on sight)
          for (const e of elements) {
            e.scrollIntoView();
            await frames();
          }
          window.scrollTo(0, 0);
          await frames();
        });
        // the comparison's bars grow by a transition: let it end
        await new Promise((resolve) => setTimeout(resolve, 800));
        const name = `${values.out}/${lang}-${width}-${scheme}${values.touch ? '-touch' : ''}`;
        // the whole page in a viewport as tall as it: Chromium's own full-page capture (captureBeyondViewport)
        // drew the timeline of a 1000 px page as its narrow list, though the page had it wide before and after
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewport({ ...viewport, height });
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        await page.screenshot({ path: `${name}.png` });
        shots++;
        if (values.elements) {
          const handles = await page.$$(values.tags);
          const seen = new Map();
          for (const handle of handles) {
            const tag = await handle.evaluate((e) => e.localName);
            const n = (seen.get(tag) ?? 0) + 1;
            seen.set(tag, n);
            await handle.screenshot({ path: `${name}-${tag}-${n}.png` });
            shots++;
          }
        }
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${shots} screenshots in ${values.out}/`);
