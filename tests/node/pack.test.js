// The npm package as a newsroom developer gets it: `npm pack` (after
// `npm run build` and `npm run analyze`, which `npm test` runs first), then a
// fresh project outside this repository installs the tarball offline, imports
// `fine-kit`, `fine-kit/timeline`, `fine-kit/story` and a theme
// (tests/node/pack/app/), type-checks under strict tsc, builds with Vite and
// renders in Chromium. The project lives in the system's temp folder so that
// nothing can resolve from this repository's node_modules by accident.
//
// Offline: the project's package-lock.json is derived from this repository's
// (tests/node/pack/consumer-lock.js), so `npm ci --offline` takes the kit's
// dependencies (lit, @lit/context, d3-force…) from the npm cache that `npm ci`
// filled here, and the registry is never asked. TypeScript and Vite are this
// repository's: they are the consumer's tools, not what is under test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.js';
import { consumerLock } from './pack/consumer-lock.js';

const run = promisify(execFile);
const ROOT = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** npm's environment without what `npm test` sets for this package (its prefix, its scripts' config). */
const npmEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || /^npm_config_cache$/i.test(key)),
);

/** @param {string[]} args @param {string} cwd */
function npm(args, cwd) {
  return run('npm', args, { cwd, env: npmEnv, maxBuffer: 64 * 1024 * 1024 });
}

let work = '';
let app = '';
/** @type {{ filename: string, integrity: string, files: { path: string }[] }} */
let packed;

before(async () => {
  for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/cdn/fine-kit.js', 'custom-elements.json']) {
    assert.ok(existsSync(file), `${file} is missing: run \`npm run analyze && npm run build\` first`);
  }
  work = await mkdtemp(join(tmpdir(), 'fine-kit-pack-'));
  app = join(work, 'app');
  // --ignore-scripts: `prepack` would build again what `npm test` has just built
  const { stdout } = await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
  packed = JSON.parse(stdout)[0];
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** What the package may hold: the built modules, their types and maps, the CLI, the docs' promises. */
const ALLOWED = [
  /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json)$/,
  /^data\/(story\.schema|amazon-cnpd-2021\.story)\.json$/,
  /^themes\/[a-z-]+\.css$/,
  /^bin\/[a-z/-]+\.js$/,
  // the preview page's style sheet (npx fine-kit preview)
  /^bin\/preview\/[a-z-]+\.css$/,
  // the spreadsheet template, blank and filled in (README: Bring your own story)
  /^templates\/sheet\/(README\.md|(blank|example)\/[a-z]+\.csv)$/,
  /^dist\/[\w/.-]+\.(js|d\.ts|js\.map)$/,
  // the iframe embed's page (see README: Embed with an iframe)
  /^dist\/cdn\/embed\.html$/,
];

test('the tarball holds what the README promises and nothing else', () => {
  const files = packed.files.map((f) => f.path);
  const stray = files.filter((f) => !ALLOWED.some((pattern) => pattern.test(f)));
  assert.deepEqual(stray, [], 'files the package should not ship');
  const testish = files.filter((f) =>
    /(^|\/)(tests?|stories|fixtures?|bench|demo|scratch)\/|\.test\.|\.d\.ts\.map$/.test(f),
  );
  assert.deepEqual(testish, [], 'tests, stories or declaration maps in the package');
  for (const promised of [
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'custom-elements.json',
    'data/story.schema.json',
    'data/amazon-cnpd-2021.story.json',
    'themes/reserve.css',
    'themes/broadsheet.css',
    'themes/arabic-daily.css',
    'themes/high-contrast.css',
    'bin/fine-kit.js',
    'dist/cdn/fine-kit.js',
    'dist/cdn/lang/ar.js',
    'dist/cdn/lang/fr.js',
  ]) {
    assert.ok(files.includes(promised), `${promised} is not in the package`);
  }
  // every entry of `exports` (and bin, main, types) points at a file the package ships
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  for (const target of [...targets, pkg.main, pkg.types, ...Object.values(pkg.bin)]) {
    const pattern = new RegExp(`^${target.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace('*', '.+')}$`);
    assert.ok(
      files.some((f) => pattern.test(f)),
      `package.json points at ${target}, which is not in the package`,
    );
  }
});

test('a fresh project installs the tarball offline, from the npm cache', async () => {
  await cp('tests/node/pack/app', app, { recursive: true });
  const consumer = { name: 'fine-kit-consumer', tarball: `../${packed.filename}`, integrity: packed.integrity };
  const lock = consumerLock(JSON.parse(await readFile('package-lock.json', 'utf8')), pkg, consumer);
  const manifest = { name: consumer.name, private: true, type: 'module', dependencies: lock.packages[''].dependencies };
  await writeFile(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  await writeFile(join(app, 'package-lock.json'), JSON.stringify(lock, null, 2));
  try {
    await npm(['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], app);
  } catch (e) {
    const err = /** @type {{ stderr?: string }} */ (e);
    assert.fail(
      `npm ci --offline failed (run \`npm ci\` in the repository first: it fills the npm cache)\n${err.stderr}`,
    );
  }
  const installed = JSON.parse(await readFile(join(app, 'node_modules/fine-kit/package.json'), 'utf8'));
  assert.equal(installed.version, pkg.version);
  for (const dep of Object.keys(pkg.dependencies)) {
    assert.ok(existsSync(join(app, 'node_modules', dep, 'package.json')), `${dep} was not installed`);
  }
});

test('the installed source maps are self-contained and come from src/, never from tests', async () => {
  const dist = join(app, 'node_modules/fine-kit/dist');
  const maps = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.js.map'));
  assert.ok(maps.length > 0, 'no source maps');
  for (const file of maps) {
    const map = JSON.parse(await readFile(join(dist, file), 'utf8'));
    for (const source of map.sources) assert.doesNotMatch(source, /(^|\/)tests?\//, `${file} maps test code`);
    assert.equal(map.sourcesContent?.length, map.sources.length, `${file} needs src/, which is not shipped`);
  }
});

test("the package's CLI runs from the install", async () => {
  const { stdout } = await run(
    process.execPath,
    ['node_modules/.bin/fine-kit', 'validate', 'node_modules/fine-kit/data/amazon-cnpd-2021.story.json'],
    { cwd: app },
  );
  assert.match(stdout, /amazon-cnpd-2021/);
});

test('the project type-checks under strict tsc (skipLibCheck off: the shipped .d.ts files too)', async () => {
  try {
    await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(app, 'tsconfig.json')]);
  } catch (e) {
    assert.fail(`tsc: ${/** @type {{ stdout?: string }} */ (e).stdout}`);
  }
});

test('the project builds with Vite and renders in Chromium', async () => {
  const { build } = await import('vite');
  await build({ root: app, configFile: false, logLevel: 'error', build: { outDir: 'dist', emptyOutDir: true } });
  const out = join(app, 'dist');
  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function respond(req, res) {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      const body = await readFile(join(out, path === '/' ? 'index.html' : path));
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
      res.writeHead(200, { 'content-type': type[/** @type {keyof typeof type} */ (extname(path) || '.html')] ?? '' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  }
  const server = createServer((req, res) => void respond(req, res));
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    /** @type {string[]} */
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
    await page.goto(`http://127.0.0.1:${address.port}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.body.dataset['ready'], { timeout: 20000 });
    const seen = await page.evaluate(() => {
      const timeline = document.querySelector('fine-timeline');
      const chart = document.querySelector('fine-comparison');
      return {
        ready: document.body.dataset['ready'],
        events: Number(document.body.dataset['events']),
        version: document.body.dataset['version'],
        markers: timeline?.shadowRoot?.querySelectorAll('[part~="event"], [part~="cluster"]').length ?? 0,
        bars: chart?.shadowRoot?.querySelectorAll('[part~="bar"]').length ?? 0,
        font: getComputedStyle(/** @type {Element} */ (document.querySelector('article'))).getPropertyValue(
          '--fine-font-body',
        ),
      };
    });
    assert.equal(seen.ready, 'amazon-cnpd-2021');
    assert.ok(seen.events > 10, `the example story has ${seen.events} events`);
    assert.equal(seen.version, pkg.version);
    assert.ok(seen.markers > 0, 'the timeline drew no event');
    assert.ok(seen.bars >= 5, `the chart drew ${seen.bars} bars`);
    assert.match(seen.font, /Georgia/, 'the broadsheet theme did not reach the article');
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    server.close();
  }
});
