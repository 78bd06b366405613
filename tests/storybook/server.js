// The built Storybook (storybook-static/, from `npm run build-storybook`)
// served on a free port of 127.0.0.1, and Debian's Chromium to load it: what
// every test in this folder starts with.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.js';

export const ROOT = 'storybook-static';

/** axe-core, served beside the Storybook: `page.addScriptTag({ url: origin + AXE_PATH })` puts it in a page. */
export const AXE_PATH = '/__axe.js';
const AXE_FILE = 'node_modules/axe-core/axe.min.js';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** The entries of the built Storybook's index.json (none before it is built; the tests then say so). */
export async function storybookEntries() {
  if (!existsSync(join(ROOT, 'index.json'))) return [];
  return Object.values(JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8')).entries);
}

/** Serves storybook-static/ and launches Chromium; `close()` stops both. */
export async function openStorybook() {
  if (!existsSync(join(ROOT, 'index.json'))) throw new Error('run `npm run build-storybook` first');
  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function respond(req, res) {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const file = path === AXE_PATH ? AXE_FILE : join(ROOT, path.endsWith('/') ? `${path}index.html` : path);
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[/** @type {keyof typeof TYPES} */ (extname(path))] ?? 'application/octet-stream',
        // nothing changes while the tests run: each page after the first takes the scripts from the
        // browser's cache, compiled (V8 keeps the code of a cached script), not from the server anew
        'cache-control': 'max-age=3600',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  }
  const server = createServer((req, res) => void respond(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    origin: `http://127.0.0.1:${address.port}`,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
