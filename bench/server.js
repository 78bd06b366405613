// A small static HTTP server for the benchmark: it serves the repository root
// (dist/cdn, data, node_modules/@knight-lab/timelinejs, bench/pages, bench/.tmp)
// and in-memory files (the synthetic stories and their TimelineJS
// conversions) on 127.0.0.1, on a free port. No compression and no caching
// (`Cache-Control: no-store`): every page load fetches every file again, the
// same way for fine-kit and for TimelineJS.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts the server.
 * @param {string} root absolute path of the directory to serve
 * @param {Map<string, string | Buffer>} virtual URL path → content, served before the disk
 * @returns {Promise<{ origin: string, close: () => Promise<void>, served: { requests: number, bytes: number } }>}
 */
export async function startServer(root, virtual = new Map()) {
  const served = { requests: 0, bytes: 0 };
  // encoded once: a 10,000-event story is 3.6 M characters, 6.5 ms to encode per request
  const bytes = new Map([...virtual].map(([path, body]) => [path, Buffer.isBuffer(body) ? body : Buffer.from(body)]));
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  const respond = async (req, res) => {
    /**
     * @param {number} status
     * @param {Buffer} body
     * @param {string} type
     */
    const send = (status, body, type) => {
      served.requests++;
      served.bytes += body.length;
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const known = bytes.get(path);
      if (known) return send(200, known, MIME[extname(path)] ?? 'application/octet-stream');
      // refuse anything that would leave the root (`..`, encoded or not)
      const file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) return send(403, Buffer.from('forbidden'), MIME['.txt']);
      const info = await stat(file).catch(() => null);
      const target = info?.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      send(200, body, MIME[extname(target)] ?? 'application/octet-stream');
    } catch {
      send(404, Buffer.from('not found'), MIME['.txt']);
    }
  };
  // respond() answers every error itself (404)
  const server = createServer((req, res) => void respond(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
