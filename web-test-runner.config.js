// @ts-check
// Browser tests: the same suite in Debian's Chromium and Firefox ESR (from
// /usr/bin; nothing is downloaded). BROWSERS=chromium|firefox picks one.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { build } from 'esbuild';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.js';
import { crossOriginCdn } from './tests/pages/hosting/cdn.js';
import { readFile } from 'node:fs/promises';
import { embedFrameRoutes } from './tests/pages/embed-frame/routes.js';
import { fuzzCommands, fuzzRoutes } from './tests/fuzz/server.js';
import { Readable } from 'node:stream';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// the shared flags, and hinting off so text measures the same run to run
const chromiumArgs = [...CHROMIUM_ARGS, '--font-render-hinting=none'];

const browsers = {
  chromium: chromeLauncher({
    launchOptions: { executablePath: CHROMIUM, headless: true, args: chromiumArgs },
  }),
  // Firefox over WebDriver BiDi, driven by the puppeteer-core that
  // @web/test-runner-chrome already depends on (no `puppeteer` download).
  firefox: chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: { 'intl.accept_languages': 'en-US' },
    },
  }),
};

/** Bytes each streamed body (`/__test/stream.json?id=…`) has handed to the socket so far, by id. */
const streamed = new Map();

/**
 * A body of `total` bytes (a JSON string, so it is valid as far as it goes)
 * that counts what it sends, 64 kB a millisecond at most (a fast network, 50
 * MB in a second or more): sent as fast as the socket takes it, a browser
 * slow to act on the abort let 31.7 MB of 50 out (Chromium, a slow machine),
 * which says how busy the machine was, not whether the loader stopped.
 */
function countedBody(id, total) {
  const block = Buffer.alloc(64 * 1024, 'x');
  let sent = 0;
  streamed.set(id, 0);
  return new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      setTimeout(() => {
        const size = Math.min(block.length, total - sent);
        this.push(sent === 0 ? Buffer.concat([Buffer.from('"'), block.subarray(1, size)]) : block.subarray(0, size));
        sent += size;
        streamed.set(id, sent);
      }, 1);
    },
  });
}

/**
 * Test-only routes for the loading paths a static file cannot show:
 * a server that never answers in time, an oversized body, an HTML error page,
 * a body of 50 MB that counts the bytes it sends (`/__test/stream.json?id=x`,
 * `&declared` to send its Content-Length; `/__test/streamed?id=x` says how
 * many bytes went out), a connection cut before any answer, a story with a
 * UTF-8 BOM, a story another origin serves with and without CORS, and the
 * kit's sources without the actor map's simulation.
 * @param {import('koa').Context} ctx
 * @param {import('koa').Next} next
 */
function hostileRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  // the kit's sources under /__no-simulation/src/: the same modules, but the actor map's simulation is missing
  // (a file absent beside the kit's), for the one test page that imports the elements from there
  if (url.pathname.startsWith('/__no-simulation/')) {
    if (/\/actor-map\/simulation\.(js|ts)$/.test(url.pathname)) {
      ctx.status = 404;
      return undefined;
    }
    ctx.url = ctx.url.slice('/__no-simulation'.length);
  }
  if (url.pathname === '/__test/stream.json') {
    const total = 50_000_000;
    ctx.type = 'application/json';
    ctx.body = countedBody(url.searchParams.get('id'), total);
    if (url.searchParams.has('declared')) ctx.length = total;
    return undefined;
  }
  if (url.pathname === '/__test/streamed') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(streamed.get(url.searchParams.get('id')) ?? null);
    return undefined;
  }
  if (url.pathname === '/__test/reset.json') {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return undefined;
  }
  if (url.pathname === '/__test/bom.json' || url.pathname === '/__test/cors.json') {
    return readFile('data/amazon-cnpd-2021.story.json', 'utf8').then((text) => {
      ctx.type = 'application/json';
      ctx.body = url.pathname === '/__test/bom.json' ? '\uFEFF' + text : text;
      // ?allow: the server lets any origin read it; without, a page on another origin cannot
      if (url.searchParams.has('allow')) ctx.set('Access-Control-Allow-Origin', '*');
    });
  }
  if (url.pathname === '/__test/slow.json') {
    // Answers once the page has given up (or after ?ms=, else a minute), not
    // after a fixed short delay: on a machine busy enough to hold a page's
    // 200 ms timer for seconds, a 3 s answer arrived first and the story
    // loaded mid-test.
    const wait = Math.min(Number(url.searchParams.get('ms')) || 60_000, 60_000);
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, wait);
      ctx.res.on('close', () => {
        clearTimeout(timer);
        resolve(undefined);
      });
    }).then(() => {
      ctx.type = 'application/json';
      ctx.body = '{}';
    });
  }
  if (url.pathname === '/__test/huge.json') {
    ctx.type = 'application/json';
    ctx.body = '"' + 'x'.repeat(6_000_000) + '"';
    return undefined;
  }
  if (url.pathname === '/__test/html.json') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not found</title><h1>Oops</h1>';
    return undefined;
  }
  if (url.pathname === '/__test/500.json') {
    ctx.status = 500;
    ctx.body = 'Internal error';
    return undefined;
  }
  return next();
}

/**
 * The embed test pages (tests/pages/embed/): a strict Content-Security-Policy
 * on every one of them (no inline script or style, no eval, nothing from
 * another origin), the real story served slowly (`?delay=ms`) so a test can
 * watch the page while it loads, and the React app bundled on request.
 */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

async function embedPages(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname === '/__test/story.json') {
    const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 5000);
    await new Promise((resolve) => setTimeout(resolve, delay));
    ctx.type = 'application/json';
    ctx.body = await readFile('data/amazon-cnpd-2021.story.json', 'utf8');
    return undefined;
  }
  // The article page in the language and direction of its query, written
  // into <html> as a real page would be: set later by a script, the switch
  // to RTL after the first paint would itself move the page's text.
  // ?selfhosted: a copy of fine-kit.js without the lang/ folder beside it
  // (/__selfhosted/fine-kit.js, whose word modules 404).
  if (url.pathname === '/tests/pages/embed/article.html') {
    const lang = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(url.searchParams.get('lang') ?? '')
      ? url.searchParams.get('lang')
      : 'en';
    const dir = url.searchParams.get('dir') === 'rtl' ? 'rtl' : 'ltr';
    let page = (await readFile('tests/pages/embed/article.html', 'utf8')).replace(
      '<html lang="en">',
      `<html lang="${lang}" dir="${dir}">`,
    );
    if (url.searchParams.has('selfhosted')) page = page.replace('/dist/cdn/fine-kit.js', '/__selfhosted/fine-kit.js');
    ctx.type = 'text/html';
    ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.body = page;
    return undefined;
  }
  if (url.pathname.startsWith('/__selfhosted/')) {
    if (url.pathname === '/__selfhosted/fine-kit.js') {
      ctx.type = 'application/javascript';
      ctx.body = await readFile('dist/cdn/fine-kit.js', 'utf8');
    } else {
      ctx.status = 404;
    }
    return undefined;
  }
  if (url.pathname === '/__bundle/react-app.js') {
    const result = await build({
      entryPoints: ['tests/pages/embed/react-app.jsx'],
      bundle: true,
      write: false,
      format: 'esm',
      jsx: 'automatic',
      // the kit as npm users get it: the built package, not the sources
      alias: { 'fine-kit': './dist/index.js' },
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    ctx.type = 'application/javascript';
    ctx.body = result.outputFiles[0].text;
    return undefined;
  }
  await next();
  if (url.pathname.startsWith('/tests/pages/embed/') && url.pathname.endsWith('.html')) {
    ctx.set('Content-Security-Policy', STRICT_CSP);
  }
  return undefined;
}

/** One DevTools session per page, for the commands below. */
const cdpSessions = new WeakMap();

/**
 * `executeServerCommand('emulate-media-features', [{ name, value }])`: any
 * media feature Chromium can emulate (`forced-colors`, `prefers-contrast`),
 * which @web/test-runner-commands' `emulateMedia` does not pass on; and
 * `executeServerCommand('emulate-touch', true|false)`: a touch screen.
 * Chromium only (Firefox over WebDriver BiDi cannot emulate them).
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const mediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features' && command !== 'emulate-touch') return undefined;
    const page = /** @type {any} */ (session.browser).getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    const cdp = cdpSessions.get(page);
    // Puppeteer's own emulateMediaFeatures accepts prefers-* only: the protocol takes the rest
    if (command === 'emulate-media-features') await cdp.send('Emulation.setEmulatedMedia', { features: payload });
    // a touch screen: (pointer: coarse) and (hover: none) match, as on a phone
    else await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: Boolean(payload), maxTouchPoints: 1 });
    return true;
  },
};

const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');

/**
 * Every test page: the repository's fonts (tests/fixtures/fonts.css, from
 * @fontsource in node_modules) as the page's text and the presets' families,
 * loaded before the test framework starts, so what a test measures or
 * screenshots never depends on the fonts the machine has installed.
 * @param {string} testFramework
 */
const testRunnerHtml = (testFramework) => `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <link rel="stylesheet" href="/tests/fixtures/fonts.css" />
  </head>
  <body>
    <script type="module">
      // the page loads hundreds of modules from the dev server: past the default 250 entries the browser
      // stops recording resources, and tests that count the story files or words a page fetched see none
      performance.setResourceTimingBufferSize(100000);
      import { testFontsReady } from '/tests/fixtures/fonts.ts';
      await testFontsReady();
      await import('${testFramework}');
    </script>
  </body>
</html>`;

export default {
  files: process.env.TEST_FILES ?? 'tests/**/*.test.ts',
  nodeResolve: true,
  middleware: [hostileRoutes, embedPages, embedFrameRoutes, fuzzRoutes],
  testRunnerHtml,
  // one page per browser (axe tests timed out with two pages of one browser on two cores), Chromium's
  // and Firefox's side by side: the suite took 364 s instead of 530 s here, every test passing
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  // GREP='pattern' runs only the tests whose full title matches (with TEST_FILES, one file's)
  testFramework: { config: { timeout: 15000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } },
  plugins: [
    // a second origin for the hosting tests (tests/hosting.test.ts)
    crossOriginCdn(),
    // the hostile-input tests: the heap, the machine's load, fuzz progress (tests/fuzz/server.js)
    fuzzCommands(),
    mediaFeatures,
    // target 'auto': a fixed target would also rewrite dist/ and hide a broken build
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }),
    // visualDiff baselines (Chromium only): tests/screenshots/baseline/<browser>/<name>.png;
    // a failing run writes the new image and its diff to tests/screenshots/failed/ (gitignored).
    // UPDATE_VISUAL=1 (or --update-visual-baseline) rewrites the baselines.
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline') || process.env.UPDATE_VISUAL === '1',
      baseDir: 'tests/screenshots',
      getBaselineName: ({ browser, name }) => `baseline/${browser}/${name}`,
      getDiffName: ({ browser, name }) => `failed/${browser}/${name}-diff`,
      getFailedName: ({ browser, name }) => `failed/${browser}/${name}`,
      // what the repository's fonts cannot pin (rasterization between Chromium
      // builds, fontconfig's antialiasing settings): see tests/themes.visual.test.ts
      failureThreshold: 0.1,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: wanted.map((b) => browsers[/** @type {'chromium'|'firefox'} */ (b)]),
};
