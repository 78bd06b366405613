// callInWorker (tests/fixtures/in-worker.ts) in Node, where there is no web
// Worker: the same call in a worker thread (node:worker_threads), ended after
// `ms` like the browser's, so a loop that never ends fails its test rather
// than hanging the run. register.js resolves the fixture here.
import { Worker } from 'node:worker_threads';

/**
 * @param {URL} module
 * @param {string} name
 * @param {unknown[]} args
 * @param {{ pick?: string, ms?: number }} [options]
 * @returns {Promise<unknown>}
 */
export async function callInWorker(module, name, args, { pick, ms = 2000 } = {}) {
  const worker = new Worker(new URL('./call-worker.js', import.meta.url));
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${name}(${args.map(String).join(', ')}) ran for more than ${ms} ms`)),
        ms,
      );
      worker.once('message', (/** @type {{ ok: boolean, value?: unknown, error?: string }} */ data) => {
        clearTimeout(timer);
        if (data.ok) resolve(data.value);
        else reject(new Error(data.error));
      });
      worker.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      worker.postMessage({ url: module.href, name, args, pick });
    });
  } finally {
    await worker.terminate();
  }
}
