// `npx fine-kit preview`: started on a free port, fetched, the file changed
// the way an editor saves it, the change seen; then the page itself in
// Chromium (every element, the language and direction switches, axe, the
// reload on save).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.js';

const dir = mkdtempSync(join(tmpdir(), 'fine-kit-preview-'));
const original = readFileSync('data/amazon-cnpd-2021.story.json', 'utf8');
const children = [];

/** Starts `fine-kit preview` and resolves with its address once it listens. */
function preview(...args) {
  const child = spawn(process.execPath, ['bin/fine-kit.js', 'preview', ...args, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const url = out.match(/http:\/\/\S+/)?.[0];
      if (url) resolve(url);
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`preview exited ${code}: ${out}`)));
  });
}

/** Saves like an editor: a new file renamed over the old one. */
function save(file, text) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/**
 * Opens the page's event stream and resolves once the server has greeted it
 * (so a save from then on is announced to it) with `changed`, which resolves
 * with the stream's next `change` event.
 */
async function listen(url) {
  const res = await fetch(new URL('/events', url));
  assert.ok(res.body, 'the event stream has a body');
  const reader = res.body.getReader();
  let text = '';
  const changed = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('event stream closed');
      text += new TextDecoder().decode(value);
      if (text.includes('event: change')) return reader.cancel();
    }
  })();
  // the stream is open once its greeting has arrived
  while (!text.includes('event: hello')) await new Promise((r) => setTimeout(r, 20));
  return { changed };
}

after(() => {
  for (const child of children) child.kill();
});

test('serves the page, the kit, the story and its report; a save is announced and seen', async () => {
  const file = join(dir, 'story.json');
  save(file, original);
  const url = await preview(file);
  const page = await (await fetch(url)).text();
  for (const tag of ['fine-story', 'fine-timeline', 'fine-comparison', 'fine-actor-map'])
    assert.match(page, new RegExp(`<${tag}`));
  assert.match(page, /<html lang="ar" dir="rtl">/);
  assert.match(page, /<option value="fr" lang="fr">Français<\/option>/);
  const kit = await fetch(new URL('/kit/fine-kit.js', url));
  assert.equal(kit.status, 200);
  assert.match(kit.headers.get('content-type') ?? '', /javascript/);
  assert.equal((await fetch(new URL('/kit/lang/ar.js', url))).status, 200);
  assert.equal((await fetch(new URL('/kit/../../package.json', url))).status, 404);
  assert.equal((await fetch(new URL('/preview/server.js', url))).status, 404);
  assert.deepEqual(await (await fetch(new URL('/story.json', url))).json(), JSON.parse(original));
  const report = await (await fetch(new URL('/report.json?lang=fr', url))).json();
  assert.deepEqual([report.valid, report.items], [true, []]);

  const { changed } = await listen(url);
  const edited = JSON.parse(original);
  edited.title.en = 'Edited while the preview ran';
  edited.events[3].date = '2021-02-30';
  save(file, JSON.stringify(edited, null, 2));
  await changed;
  assert.equal((await (await fetch(new URL('/story.json', url))).json()).title.en, 'Edited while the preview ran');
  const ar = await (await fetch(new URL('/report.json?lang=ar', url))).json();
  assert.equal(ar.valid, false);
  assert.deepEqual(
    ar.items.map((i) => [i.level, i.location, i.path]),
    [['error', 'story.json /events/3/date', '/events/3/date']],
  );
  assert.match(ar.items[0].message, /هذا التاريخ غير موجود/);
});

test('a sheet folder: converted on each request, errors at file:row:column', async () => {
  const sheet = join(dir, 'sheet');
  const exported = spawn(process.execPath, [
    'bin/fine-kit.js',
    'export',
    'sheet',
    'data/amazon-cnpd-2021.story.json',
    sheet,
  ]);
  await new Promise((r) => exported.on('exit', r));
  const url = await preview(sheet);
  assert.deepEqual(await (await fetch(new URL('/story.json', url))).json(), JSON.parse(original));
  const { changed } = await listen(url);
  const events = readFileSync(join(sheet, 'events.csv'), 'utf8').replace('\ngdpr-adopted,', '\nGDPR Adopted,');
  save(join(sheet, 'events.csv'), events);
  await changed;
  const report = await (await fetch(new URL('/report.json?lang=en', url))).json();
  assert.deepEqual(
    report.items.map((i) => [i.location, i.message]),
    [['sheet/events.csv:2:A (id)', 'Expected an id of lowercase letters, digits and hyphens, found "GDPR Adopted".']],
  );
});

test('the page in Chromium: every element, ar/en/fr and LTR/RTL, axe clean, reloaded on save', async () => {
  const file = join(dir, 'browser.json');
  save(file, original);
  const url = await preview(file, '--lang', 'en');
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(/** @type {Error} */ (e).message));
    await page.goto(url);
    await page.waitForSelector('body[data-ready]');
    const ready = () =>
      page.evaluate(() =>
        Promise.all(
          [...document.querySelectorAll('fine-timeline, fine-comparison, fine-quote, fine-actor-map')].map(
            (el) => /** @type {import('lit').LitElement} */ (el).updateComplete,
          ),
        ).then(() => document.querySelectorAll('fine-quote').length),
      );
    assert.equal(await ready(), JSON.parse(original).quotes.length);
    const rendered = await page.evaluate(() =>
      ['fine-timeline', 'fine-comparison', 'fine-actor-map'].map((tag) =>
        Boolean(document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]')),
      ),
    );
    assert.deepEqual(rendered, [true, true, true]);

    await page.select('#lang', 'ar');
    await page.waitForFunction(() => document.querySelector('#report-summary')?.textContent.includes('صالحة'));
    assert.deepEqual(
      await page.evaluate(() => [
        document.dir,
        document.querySelector('fine-timeline')?.getAttribute('dir'),
        location.search,
      ]),
      ['rtl', 'rtl', '?lang=ar&dir=auto'],
    );
    await page.select('#dir', 'ltr');
    assert.equal(await page.evaluate(() => document.querySelector('fine-comparison')?.getAttribute('dir')), 'ltr');
    await page.select('#dir', 'auto');
    await ready();

    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const violations = await page.evaluate(async () =>
      (await /** @type {any} */ (window).axe.run(document)).violations.map((v) => v.id),
    );
    assert.deepEqual(violations, []);

    // an editor saves a broken story: the page reloads by itself, in the same language, with the error
    const reloaded = page.waitForNavigation();
    const broken = JSON.parse(original);
    broken.relations[0].to = 'nobody';
    save(file, JSON.stringify(broken));
    await reloaded;
    await page.waitForSelector('body[data-ready]');
    const item = await page.$eval('#report-list li.error', (li) => li.textContent);
    assert.match(item, /browser\.json \/relations\/0\/to/);
    assert.match(item, /nobody/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
