// The server behind `fine-kit preview`: a page with every element reading the
// story (from a story file, a TimelineJS file, a table of fines or a sheet
// folder, converted on each request), the report of what is wrong with it in
// the page's language, and a Server-Sent Events stream that tells the page to
// reload when the file or folder changes. It serves the built dist/cdn kit.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { watch } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plain } from '../kit.js';
import { readSheetDir } from '../import-report.js';
import { previewPage } from './page-html.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const CDN = resolve(HERE, '../../dist/cdn');
const PAGE_FILES = ['/preview/page.js', '/preview/page.css', '/preview/words.js'];
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

/**
 * The story and its report, read afresh from `input`.
 * @param {any} kit the built story and i18n modules
 * @param {any} im the built import module
 * @param {string} input
 * @param {string} lang the language of the report
 */
async function readInput(kit, im, input, lang) {
  const name = basename(input);
  if ((await stat(input)).isDirectory())
    return withWords(im.fromSheet(await readSheetDir(input), { dir: name }), 'sheet');
  const text = await readFile(input, 'utf8');
  const kind = im.detectInput(name, text);
  if (kind === 'timelinejs') return withWords(im.fromTimelineJs(text, { file: name }), kind);
  if (kind === 'timelinejs-sheet') return withWords(im.fromTimelineJsSheet(text, { file: name }), kind);
  if (kind === 'fines') return withWords(im.fromFinesTable(text, { file: name }), kind);
  // a story: the validator's errors, and the warnings `fine-kit validate` prints
  const result = kit.parseStory(text);
  const items = result.ok
    ? kit.lintStory(result.story).map((/** @type {any} */ w) => ({
        level: 'warning',
        location: `${name} ${w.path}`,
        path: w.path,
        message: plain(kit.describeWarning(lang, w)),
      }))
    : result.errors.map((/** @type {any} */ e) => ({
        level: 'error',
        location: `${name} ${e.path || '/'}`,
        path: e.path,
        message: plain(kit.describeError(kit.errorMessages(lang), e)),
      }));
  return { kind: 'story', valid: result.ok, items, json: text };

  /** @param {any} r @param {string} kind */
  function withWords(r, kind) {
    const items = r.issues.map((/** @type {any} */ i) => ({
      level: i.level,
      location: im.formatLocation(i.where),
      path: i.storyError?.path,
      message: plain(im.describeIssue(i, lang)),
    }));
    return { kind, valid: r.valid, items, json: r.story ? JSON.stringify(r.story, null, 2) : '' };
  }
}

/**
 * The story's default language when the page speaks it, else English.
 * @param {string} json
 */
function storyLang(json) {
  try {
    const lang = String(JSON.parse(json).lang).split('-')[0];
    return ['ar', 'en', 'fr'].includes(lang) ? lang : 'en';
  } catch {
    return 'en';
  }
}

/**
 * Starts the preview of `input` on `port` (0: any free port).
 * @param {{ kit: any, im: any, input: string, port?: number, host?: string, lang?: string }} options
 *   `lang`: the language the page opens in; the story's own when it is one of the page's.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startPreview({ kit, im, input, port = 0, host = '127.0.0.1', lang }) {
  const isDir = (await stat(input)).isDirectory();
  /** @type {Set<import('node:http').ServerResponse>} */
  const clients = new Set();
  let version = 0;

  // Editors save by writing a new file and renaming it over the old one, so
  // the folder is watched, not the file's inode.
  const watched = isDir ? input : dirname(input);
  let timer = /** @type {ReturnType<typeof setTimeout> | undefined} */ (undefined);
  const watcher = watch(watched, (_event, file) => {
    if (!isDir && file && file !== basename(input)) return;
    if (isDir && file && !String(file).toLowerCase().endsWith('.csv')) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      version++;
      for (const res of clients) res.write(`event: change\ndata: ${version}\n\n`);
    }, 80);
  });

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function respond(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const want = url.searchParams.get('lang') ?? lang ?? 'en';
    try {
      if (url.pathname === '/') {
        const first = lang ?? storyLang((await readInput(kit, im, input, 'en')).json);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        return res.end(previewPage(basename(input), first));
      }
      if (url.pathname === '/story.json' || url.pathname === '/report.json') {
        const read = await readInput(kit, im, input, want);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        if (url.pathname === '/story.json') return res.end(read.json);
        const { json, ...report } = read;
        return res.end(JSON.stringify({ ...report, file: basename(input), version }));
      }
      if (url.pathname === '/events') {
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        res.write(`event: hello\ndata: ${version}\n\n`);
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return undefined;
      }
      // the built kit, and the page's own three files: nothing else from disk
      const file = url.pathname.startsWith('/kit/')
        ? resolve(CDN, url.pathname.slice('/kit/'.length))
        : PAGE_FILES.includes(url.pathname)
          ? join(HERE, url.pathname.slice('/preview/'.length))
          : '';
      if (!file || (url.pathname.startsWith('/kit/') && !file.startsWith(CDN + sep))) {
        res.writeHead(404).end('not found');
        return undefined;
      }
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[/** @type {'.js'} */ (extname(file))] ?? 'text/plain' });
      return res.end(body);
    } catch (e) {
      res.writeHead(/** @type {any} */ (e).code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain' });
      return res.end(String(/** @type {Error} */ (e).message));
    }
  }
  const server = createServer((req, res) => void respond(req, res));
  await new Promise((done) => server.listen(port, host, () => done(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}/`,
    close: async () => {
      watcher.close();
      clearTimeout(timer);
      for (const res of clients) res.end();
      await new Promise((done) => server.close(() => done(undefined)));
    },
  };
}
