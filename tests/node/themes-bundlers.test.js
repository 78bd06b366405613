// The preset themes (themes/*.css) as a site gets them, through three routes:
// - an ordinary Vite app (default settings: Vite 8 minifies CSS with
//   lightningcss, which rewrites light-dark() into var(--lightningcss-light, …)
//   pairs that only work where the same file declares color-scheme);
// - an ordinary webpack app in production mode (webpack's Node API, the
//   files through css-loader, extracted by mini-css-extract-plugin as most
//   production setups do): css-loader resolves url() and @import but hands
//   the values on as written, and production mode honours package.json's
//   `sideEffects`, which must list the themes or the imports are dropped;
// - the files linked as they are, with <link>.
// Each page shows a chart under each preset, light and dark (a data-theme
// ancestor, and an element's own theme attribute), and Chromium reads the
// computed colours inside the elements: they must be the preset's own
// colours, the same through every route.
//
// webpack with a CSS minifier (css-minimizer-webpack-plugin, cssnano or
// lightningcss) is not built: the plugin brings some 70 more packages, and a
// minifier is the Vite case (lightningcss, above); plain colours survive
// every minifier, and the presets hold no light-dark() for any to rewrite.
//
// The apps live in the system's temp folder, outside the repository, and
// import the kit's built files (dist/, after `npm run build`) by path.
/* global document, getComputedStyle -- in the page, through puppeteer's evaluate */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import webpack from 'webpack';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.js';

const ROOT = resolve('.');
const PRESETS = ['broadsheet', 'arabic-daily', 'high-contrast'];
const SCHEMES = ['light', 'dark'];

/** `#abc` or `#aabbcc` → `rgb(170, 187, 204)`, as getComputedStyle writes it. */
function rgb(hex) {
  const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** A preset's colour for a scheme: `--fine-color-x-dark` in dark when the preset gives it, else `--fine-color-x`. */
async function presetColour(preset, name, scheme) {
  const css = await readFile(join(ROOT, 'themes', `${preset}.css`), 'utf8');
  const value = (n) => css.match(new RegExp(`^\\s*${n}:\\s*(#[0-9a-f]+);`, 'im'))?.[1];
  const found = (scheme === 'dark' && value(`${name}-dark`)) || value(name);
  assert.ok(found, `${preset} gives no ${name}`);
  return rgb(found);
}

/** Every preset × scheme, twice: the scheme from a data-theme ancestor, and from the element's own attribute. */
const SECTIONS = PRESETS.flatMap((preset) =>
  SCHEMES.flatMap((scheme) => [
    `<section data-fine-theme="${preset}" data-theme="${scheme}" data-case="${preset} ${scheme} ancestor"><fine-comparison limit="3"></fine-comparison><fine-quote quote="lqdn-historic-fine"></fine-quote></section>`,
    // the page is the other scheme: only the element's attribute says this one
    `<section data-fine-theme="${preset}" data-theme="${scheme === 'dark' ? 'light' : 'dark'}" data-case="${preset} ${scheme} attribute"><fine-comparison limit="3" theme="${scheme}"></fine-comparison><fine-quote quote="lqdn-historic-fine" theme="${scheme}"></fine-quote></section>`,
  ]),
).join('\n');

/** Gives every chart the story, then marks the page ready once each has drawn. */
const SETUP = `
const charts = [...document.querySelectorAll('fine-comparison, fine-quote')];
const story = await (await fetch(STORY)).json();
for (const chart of charts) chart.story = story;
await Promise.all(charts.map((c) => c.updateComplete));
// the chart draws its bars once it knows its width (the next frames)
const drawn = () => document.querySelectorAll('fine-comparison').length === [...document.querySelectorAll('fine-comparison')].filter((c) => c.shadowRoot.querySelector('[part~="bar"]')).length;
while (!drawn()) await new Promise((r) => requestAnimationFrame(r));
document.body.dataset.ready = 'yes';
`;

const page = (head, script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>themes</title><link rel="icon" href="data:,">${head}</head>
<body>${SECTIONS}<script type="module">${script}</script></body></html>`;

/** Builds `entry` with webpack in production mode: CSS through css-loader into one extracted `main.css`. */
async function buildWebpack(entry, outDir) {
  await mkdir(outDir, { recursive: true });
  const compiler = webpack({
    mode: 'production',
    context: ROOT,
    entry,
    output: { path: outDir, filename: 'main.js' },
    module: { rules: [{ test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] }] },
    plugins: [new MiniCssExtractPlugin({ filename: 'main.css' })],
    // the loaders are this repository's, the app is in the temp folder
    resolveLoader: { modules: [join(ROOT, 'node_modules')] },
    performance: { hints: false },
  });
  const stats = await new Promise((done, fail) => compiler.run((e, s) => (e ? fail(e) : done(s))));
  await new Promise((done) => compiler.close(() => done(undefined)));
  assert.ok(stats && !stats.hasErrors() && !stats.hasWarnings(), stats?.toString('errors-warnings'));
}

let work = '';
let server;
let browser;
let origin = '';

before(async () => {
  for (const file of ['dist/index.js', 'dist/cdn/fine-kit.js']) {
    assert.ok(existsSync(file), `${file} is missing: run \`npm run build\` first`);
  }
  work = await mkdtemp(join(tmpdir(), 'fine-kit-themes-'));
  // the Vite app: the presets imported as a bundler user imports them
  const imports = PRESETS.map((p) => `import ${JSON.stringify(join(ROOT, 'themes', `${p}.css`))};`).join('\n');
  await writeFile(
    join(work, 'main.js'),
    `${imports}\nimport ${JSON.stringify(join(ROOT, 'dist/index.js'))};\nconst STORY = '/repo/data/amazon-cnpd-2021.story.json';\n${SETUP}`,
  );
  await writeFile(
    join(work, 'index.html'),
    page('', '').replace('<script type="module"></script>', '<script type="module" src="./main.js"></script>'),
  );
  // the same page with the files linked as they are, the kit from its CDN build
  const links = PRESETS.map((p) => `<link rel="stylesheet" href="/repo/themes/${p}.css">`).join('');
  await writeFile(
    join(work, 'link.html'),
    page(
      `${links}<script type="module" src="/repo/dist/cdn/fine-kit.js"></script>`,
      `const STORY = '/repo/data/amazon-cnpd-2021.story.json';\nawait customElements.whenDefined('fine-quote');${SETUP}`,
    ),
  );
  const { build } = await import('vite');
  await build({ root: work, configFile: false, logLevel: 'error', build: { outDir: 'dist', emptyOutDir: true } });
  await writeFile(join(work, 'dist', 'link.html'), await readFile(join(work, 'link.html')));
  // the webpack app: the same imports, built into dist/webpack/ beside the Vite app
  await writeFile(join(work, 'webpack.js'), await readFile(join(work, 'main.js')));
  await buildWebpack(join(work, 'webpack.js'), join(work, 'dist', 'webpack'));
  await writeFile(
    join(work, 'dist', 'webpack', 'index.html'),
    page('<link rel="stylesheet" href="main.css">', '').replace(
      '<script type="module"></script>',
      '<script src="main.js"></script>',
    ),
  );

  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  const serve = async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // /repo/… is the repository's shipped files (themes, the CDN build, the story); the rest is the built app
    const [base, rel] = path.startsWith('/repo/') ? [ROOT, path.slice(6)] : [join(work, 'dist'), path.slice(1)];
    const file = resolve(base, rel || 'index.html');
    if (!file.startsWith(base + sep) || (base === ROOT && !/^(themes|dist|data)\//.test(rel)))
      return res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[/** @type {keyof typeof types} */ (extname(file))] ?? '' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  };
  server = createServer((req, res) => void serve(req, res));
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** The colours each case shows: the chart's surface, text and bars, the quote card's background and rule. */
async function coloursOf(path) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (e) => problems.push(String(e)));
  tab.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  try {
    await tab.goto(origin + path, { waitUntil: 'load' });
    await tab.waitForFunction(() => document.body.dataset['ready'], { timeout: 30000 });
    const seen = await tab.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('section')].map((section) => {
          const chart = /** @type {ShadowRoot} */ (section.querySelector('fine-comparison')?.shadowRoot);
          const quote = /** @type {ShadowRoot} */ (section.querySelector('fine-quote')?.shadowRoot);
          const base = getComputedStyle(/** @type {Element} */ (chart.querySelector('[part~="base"]')));
          const card = getComputedStyle(/** @type {Element} */ (quote.querySelector('figure')));
          const bars = [...chart.querySelectorAll('[part~="bar"]')].map((f) => getComputedStyle(f).backgroundColor);
          return [
            section.dataset['case'],
            {
              surface: base.backgroundColor,
              text: base.color,
              card: card.backgroundColor,
              rule: card.borderInlineStartColor,
              bars,
            },
          ];
        }),
      ),
    );
    assert.deepEqual(problems, []);
    return seen;
  } finally {
    await tab.close();
  }
}

/** Every colour a preset gives for a scheme. */
async function presetColours(preset, scheme) {
  const css = await readFile(join(ROOT, 'themes', `${preset}.css`), 'utf8');
  const names = [...css.matchAll(/^\s*(--fine-[\w-]+?)(?:-dark)?:\s*#[0-9a-f]+;/gim)].map((m) => m[1]);
  return Promise.all([...new Set(names)].map((n) => presetColour(preset, n, scheme)));
}

test("Vite's built CSS keeps the presets' colours: no light-dark() and nothing rewritten from one", async () => {
  const assets = await readdir(join(work, 'dist', 'assets'));
  const css = await Promise.all(
    assets.filter((f) => f.endsWith('.css')).map((f) => readFile(join(work, 'dist', 'assets', f), 'utf8')),
  );
  assert.equal(css.length, 1, 'the app has one style sheet');
  assert.doesNotMatch(css[0], /light-dark|lightningcss/);
  for (const preset of PRESETS) assert.match(css[0], new RegExp(`data-fine-theme=["']?${preset}`));
  // and the source files hold none either (a comment may name it)
  for (const preset of PRESETS) {
    const source = (await readFile(join(ROOT, 'themes', `${preset}.css`), 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '');
    assert.doesNotMatch(source, /light-dark\(/, preset);
  }
});

test("webpack's css-loader hands the presets on as written: one style sheet with every declaration", async () => {
  const assets = await readdir(join(work, 'dist', 'webpack'));
  assert.deepEqual(
    assets.filter((f) => f.endsWith('.css')),
    ['main.css'],
    'the app has one style sheet',
  );
  const css = await readFile(join(work, 'dist', 'webpack', 'main.css'), 'utf8');
  // the presets' comments come along as written (one names light-dark())
  assert.doesNotMatch(css.replace(/\/\*[\s\S]*?\*\//g, ''), /light-dark|lightningcss/);
  for (const preset of PRESETS) assert.match(css, new RegExp(`\\[data-fine-theme=["']?${preset}`));
  for (const preset of PRESETS) {
    const source = (await readFile(join(ROOT, 'themes', `${preset}.css`), 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '');
    const declarations = [...source.matchAll(/^\s*(--fine-[\w-]+:[^;]+;)/gm)].map((m) => m[1]);
    assert.ok(declarations.length > 10, `${preset}: ${declarations.length} declarations`);
    for (const declaration of declarations) assert.ok(css.includes(declaration), `${preset}: ${declaration}`);
  }
});

for (const [route, path] of [
  ['imported through Vite (its CSS minifier)', '/'],
  ['imported through webpack (css-loader, production mode)', '/webpack/index.html'],
  ['linked with <link>', '/link.html'],
]) {
  test(`the presets ${route}: every element shows the preset's colours, light and dark`, async () => {
    const seen = await coloursOf(path);
    for (const preset of PRESETS) {
      for (const scheme of SCHEMES) {
        const want = {
          surface: await presetColour(preset, '--fine-color-paper', scheme),
          text: await presetColour(preset, '--fine-color-ink', scheme),
          card: await presetColour(preset, '--fine-color-paper-2', scheme),
          rule: await presetColour(preset, '--fine-color-brand', scheme),
        };
        const palette = await presetColours(preset, scheme);
        for (const how of ['ancestor', 'attribute']) {
          const { bars, ...colours } = seen[`${preset} ${scheme} ${how}`];
          assert.deepEqual(colours, want, `${preset}, ${scheme} (${how})`);
          // the bars are drawn in the preset's colours (an outlined bar, for an annulled fine, has no fill)
          const filled = bars.filter((b) => b !== 'rgba(0, 0, 0, 0)');
          assert.ok(filled.length >= 2, `${preset}, ${scheme} (${how}): bars ${bars.join(', ')}`);
          for (const bar of filled) assert.ok(palette.includes(bar), `${preset}, ${scheme} (${how}): a bar in ${bar}`);
        }
      }
    }
  });
}
