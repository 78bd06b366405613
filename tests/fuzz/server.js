// @ts-check
// The test server's side of the hostile-input tests in browsers
// (tests/hostile*.test.ts): routes (`fuzzRoutes`) and commands (`fuzzCommands`).
//
// - `POST /__fuzz/story?id=x` keeps a body, `GET /__fuzz/story.json?id=x`
//   serves it as a static file would (application/json, Content-Length), so
//   a fuzz case reaches the elements by `src` exactly as its text;
// - `GET /__fuzz/status?code=403` answers with that status;
// - commands: `fuzz-config` (FUZZ_SEED, FUZZ_ELEMENTS and FUZZ_STRICT from
//   the environment, so a failing seed replays alone), `fuzz-progress` (the case a
//   page is on: if a case freezes its page, the server prints which one when
//   it stops), `fuzz-load` (the machine's load, printed beside timings) and
//   `heap-usage` (Chromium only: garbage collected twice through the
//   DevTools protocol, then the JavaScript heap in use, in bytes; Firefox's
//   WebDriver BiDi exposes neither, so it answers `{ used: null }`).
import { loadavg, cpus } from 'node:os';

/** Story bodies by id; the oldest are dropped past `KEPT`. */
const stories = new Map();
const KEPT = 20;

/** The last case each browser session started (`done: false`) or finished. */
const progress = new Map();

/** @param {import('node:http').IncomingMessage} req @returns {Promise<Buffer>} */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The routes, as web-test-runner middleware.
 * @param {any} ctx
 * @param {() => Promise<any>} next
 */
export async function fuzzRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const id = url.searchParams.get('id') ?? '';
  if (url.pathname === '/__fuzz/story' && ctx.method === 'POST') {
    stories.set(id, await readBody(ctx.req));
    for (const key of stories.keys()) if (stories.size > KEPT) stories.delete(key);
    ctx.status = 204;
    return undefined;
  }
  if (url.pathname === '/__fuzz/story.json') {
    const body = stories.get(id);
    ctx.status = body ? 200 : 404;
    ctx.type = 'application/json';
    ctx.body = body ?? '';
    return undefined;
  }
  if (url.pathname === '/__fuzz/status') {
    const code = Number(url.searchParams.get('code'));
    ctx.status = code >= 400 && code < 600 ? code : 400;
    ctx.type = 'text/plain';
    ctx.body = `status ${ctx.status}`;
    return undefined;
  }
  return next();
}

/**
 * The commands, as a web-test-runner plugin.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function fuzzCommands() {
  return {
    name: 'fine-kit-hostile',
    serverStop() {
      for (const [session, at] of progress) {
        if (!at.done) console.error(`\nfuzz: ${session} never finished seed ${at.seed} (${at.what}): ${at.reproduce}`);
      }
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'fuzz-config') {
        return {
          seed: Number(process.env.FUZZ_SEED) || 0,
          count: Number(process.env.FUZZ_ELEMENTS) || 0,
          strict: process.env.FUZZ_STRICT === '1',
        };
      }
      if (command === 'fuzz-progress') {
        progress.set(`${session.browser.name} ${session.testFile}`, payload);
        return true;
      }
      if (command === 'fuzz-load') return { load: loadavg()[0], cores: cpus().length };
      if (command === 'heap-usage') {
        if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) return { used: null };
        const browser = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (session.browser);
        const cdp = await browser.getPage(session.id).createCDPSession();
        try {
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          return { used: usedSize };
        } finally {
          await cdp.detach();
        }
      }
      return undefined;
    },
  };
}
