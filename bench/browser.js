// Headless Chromium for the benchmark, driven by puppeteer-core: Debian's
// /usr/bin/chromium, a fresh profile in a temp dir, a fixed viewport and no
// CPU or network throttling. Every measured page load gets a fresh browser
// context (empty HTTP cache, no V8 code cache from a previous load), and
// every page blocks (and counts) any request that would leave localhost.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.js';

export { CHROMIUM, CHROMIUM_ARGS };

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
 * A fresh page in a fresh browser context, with non-localhost requests blocked.
 * @param {import('puppeteer-core').Browser} browser
 * @returns {Promise<BenchPage>}
 */
export async function openPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  const net = { blocked: /** @type {string[]} */ ([]) };
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname)) {
      void req.continue();
    } else {
      net.blocked.push(req.url());
      void req.abort('blockedbyclient');
    }
  });
  const cdp = await page.createCDPSession();
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
