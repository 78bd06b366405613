// @ts-check
// Browser tests: the same suite in Debian's Chromium and Firefox ESR (from
// /usr/bin; nothing is downloaded). BROWSERS=chromium|firefox picks one.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const chromiumArgs = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--font-render-hinting=none',
];

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

/**
 * Test-only routes for the loading paths a static file cannot show:
 * a server that never answers in time, an oversized body, an HTML error page.
 */
function hostileRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname === '/__test/slow.json') {
    return new Promise((resolve) => setTimeout(resolve, 3000)).then(() => {
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

const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');

export default {
  files: process.env.TEST_FILES ?? 'tests/**/*.test.ts',
  nodeResolve: true,
  middleware: [hostileRoutes],
  // axe tests time out with two pages at once on two cores
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 15000 } },
  plugins: [
    // target 'auto': a fixed target would also rewrite dist/ and hide a broken build
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }),
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'tests/screenshots',
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: wanted.map((b) => browsers[/** @type {'chromium'|'firefox'} */ (b)]),
};
