// Headless Chromium for the benchmark, driven by puppeteer-core: Debian's
// /usr/bin/chromium, a fresh profile in a temp dir, a fixed viewport and no
// CPU or network throttling. Every measured page load gets a fresh browser
// context (empty HTTP cache, no V8 code cache from a previous load), and
// any request that would leave localhost fails (and is counted).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS as TOOL_ARGS } from '../scripts/chromium.js';

/**
 * Chromium's flags for the bench: the tools' own, and every host name but
 * localhost resolved to nothing, so that a request that would leave the
 * machine (TimelineJS's Google Fonts) fails inside the browser at once.
 * Blocking it with puppeteer's request interception instead held every
 * request, the page's own included, for a round trip through this Node
 * process (measured: about 90 ms added to a 10,000-event load, 49 ms
 * before the story's request left), which is not what a reader's browser does.
 */
export const CHROMIUM_ARGS = [
  ...TOOL_ARGS,
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export { CHROMIUM };

export const VIEWPORT = { width: 1200, height: 800, deviceScaleFactor: 1 };

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, version: string, close: () => Promise<void> }>}
 */
export async function launchBrowser() {
  const userDataDir = await mkdtemp(join(tmpdir(), 'fine-kit-bench-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir,
    args: CHROMIUM_ARGS,
    defaultViewport: VIEWPORT,
    protocolTimeout: 120_000,
    // Puppeteer's own network tracking makes DevTools keep a copy of every
    // response body, decoded in the page's main thread: measured, a task of
    // 150–200 ms after the 3.9 MB 10,000-event story arrived, which the
    // element's next task waited behind. A reader's browser has no DevTools
    // open; openPage watches failed requests itself, keeping no bodies.
    networkEnabled: false,
  });
  const version = await browser.version();
  return {
    browser,
    version,
    close: async () => {
      await browser.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * @typedef {object} BenchPage
 * @property {import('puppeteer-core').Page} page
 * @property {import('puppeteer-core').CDPSession} cdp
 * @property {{ blocked: string[] }} net the requests that were blocked (what the page fetched is in its resource timing: probe.js)
 * @property {() => Promise<void>} close
 */

/**
 * A fresh page in a fresh browser context, its non-localhost requests failing and counted.
 * @param {import('puppeteer-core').Browser} browser
 * @returns {Promise<BenchPage>}
 */
export async function openPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  const net = { blocked: /** @type {string[]} */ ([]) };
  const cdp = await page.createCDPSession();
  // only watched, never held: the host resolver rule above makes them fail. No body
  // is kept (buffers of 0 bytes), so the watching costs the page nothing.
  await cdp.send('Network.enable', { maxTotalBufferSize: 0, maxResourceBufferSize: 0, maxPostDataSize: 0 });
  /** @type {Map<string, string>} */
  const urls = new Map();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFailed', (e) => {
    const href = urls.get(e.requestId);
    if (!href) return;
    const url = new URL(href);
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && !LOCAL_HOSTS.has(url.hostname)) net.blocked.push(href);
  });
  return { page, cdp, net, close: () => context.close().catch(() => {}) };
}

/**
 * Used JS heap of the page after a full garbage collection (twice: the first
 * pass can leave objects that only the second finds unreachable).
 * @param {import('puppeteer-core').CDPSession} cdp
 * @returns {Promise<number>} bytes
 */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Waits `ms` milliseconds. */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
