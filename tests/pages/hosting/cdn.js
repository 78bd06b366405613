// @ts-check
// A second origin for tests/hosting.test.ts: the kit's folder (dist/cdn/) and
// the stories (data/) on http://127.0.0.1:<free port>, while the test pages
// come from web-test-runner's own origin (localhost), as a CMS article loads
// the kit from a CDN. The first segment of a path chooses the headers:
//   /open/…       Access-Control-Allow-Origin: * on every file (the README's recipe)
//   /closed/…     no CORS header: the browser blocks the module and the story
//   /kit-only/…   the header on the kit's files but not on its lang/ word modules
// e.g. /open/fine-kit/fine-kit.js, /closed/stories/amazon-cnpd-2021.story.json.
// The article page, tests/pages/hosting/article.html?kit=open&story=closed&lang=ar,
// is served from web-test-runner's origin with those URLs written into it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const FOLDERS = { 'fine-kit': 'dist/cdn', stories: 'data' };
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const POLICIES = ['open', 'closed', 'kit-only'];

/** @param {string} pathname */
async function cdnResponse(pathname) {
  const [, policy = '', folder = '', ...rest] = pathname.split('/');
  const root = FOLDERS[/** @type {keyof typeof FOLDERS} */ (folder)];
  const file = normalize(rest.join('/'));
  if (!POLICIES.includes(policy) || !root || file.startsWith('..')) return { status: 404, headers: {}, body: '' };
  /** @type {Record<string, string>} */
  const headers = { 'content-type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'text/plain' };
  if (policy === 'open' || (policy === 'kit-only' && !file.startsWith('lang/'))) {
    headers['access-control-allow-origin'] = '*';
  }
  try {
    return { status: 200, headers, body: await readFile(join(root, file)) };
  } catch {
    return { status: 404, headers, body: 'not found' };
  }
}

/** The web-test-runner plugin: starts the second origin and serves the article page. */
export function crossOriginCdn() {
  /** @type {import('node:http').Server | undefined} */
  let server;
  let origin = '';
  return {
    name: 'fine-kit-cross-origin-cdn',
    async serverStart() {
      server = createServer((req, res) => {
        void cdnResponse(new URL(req.url ?? '/', 'http://x').pathname).then(({ status, headers, body }) =>
          res.writeHead(status, headers).end(body),
        );
      });
      await new Promise((resolve) => server?.listen(0, '127.0.0.1', () => resolve(undefined)));
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      origin = `http://127.0.0.1:${address.port}`;
    },
    async serverStop() {
      await new Promise((resolve) => (server ? server.close(() => resolve(undefined)) : resolve(undefined)));
    },
    /** @param {{ path: string, url: string }} context */
    async serve(context) {
      if (context.path !== '/tests/pages/hosting/article.html') return undefined;
      const query = new URL(context.url, 'http://x').searchParams;
      const pick = (/** @type {string} */ name) =>
        POLICIES.includes(query.get(name) ?? '') ? query.get(name) : 'open';
      const lang = /^[a-z]{2}$/.test(query.get('lang') ?? '') ? query.get('lang') : 'en';
      const page = (await readFile('tests/pages/hosting/article.html', 'utf8'))
        .replace('<html lang="en">', `<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`)
        .replaceAll('%KIT%', `${origin}/${pick('kit')}/fine-kit`)
        .replaceAll('%STORY%', `${origin}/${pick('story')}/stories`)
        .replace('%DELAY%', query.get('delay') === 'default' ? '' : 'short-delay');
      return { body: page, type: 'html' };
    },
  };
}
