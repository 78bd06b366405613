// `npm run test:unit`: the pure tests (no DOM: story parsing, layouts,
// formats) in Node, the same files web-test-runner runs in the browsers.
// Loaded with `node --import tsx --import ./tests/unit/register.js --test`:
// - mocha's globals (describe, it, before, after, beforeEach, afterEach) are
//   node:test's, which take the same arguments;
// - `@open-wc/testing`, which needs a DOM, resolves to tests/unit/open-wc-testing.js
//   (chai's `expect`, all these tests import from it);
// - fetch('/data/…') reads the file from the repository, as the test server
//   (which serves the repository's root) answers it in the browsers;
// - tests/fixtures/in-worker.ts, which starts a web Worker, resolves to
//   tests/unit/in-worker.js (a worker thread).
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';

Object.assign(globalThis, { describe, it, before, after, beforeEach, afterEach });

const ROOT = new URL('../../', import.meta.url);
const networkFetch = globalThis.fetch;
/** @type {typeof fetch} */
globalThis.fetch = async (input, init) => {
  if (typeof input !== 'string' || !input.startsWith('/')) return networkFetch(input, init);
  const file = new URL(`.${new URL(input, 'http://x').pathname}`, ROOT);
  const type = file.pathname.endsWith('.json') ? 'application/json' : 'text/plain';
  return new Response(await readFile(file), { headers: { 'content-type': type } });
};

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      const shim = ${JSON.stringify(new URL('./open-wc-testing.js', import.meta.url).href)};
      const inWorker = ${JSON.stringify(new URL('./in-worker.js', import.meta.url).href)};
      export async function resolve(specifier, context, next) {
        if (specifier === '@open-wc/testing') return { url: shim, shortCircuit: true };
        if (specifier.endsWith('/fixtures/in-worker.js')) return { url: inWorker, shortCircuit: true };
        return next(specifier, context);
      }
    `),
);
