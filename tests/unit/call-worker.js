// The worker thread behind callInWorker in Node (in-worker.js), as
// tests/fixtures/call-worker.ts is in the browsers: imports a module, calls
// one of its exports and posts the result back (one property of it when
// `pick` names one: functions cannot be posted).
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);

/** @param {{ url: string, name: string, args: unknown[], pick?: string }} call */
async function answer(call) {
  try {
    // through tsx, as the tests themselves are loaded (a worker thread does not inherit --import)
    const module = await tsImport(call.url, import.meta.url);
    const result = module[call.name](...call.args);
    port.postMessage({ ok: true, value: call.pick ? result[call.pick] : result });
  } catch (e) {
    port.postMessage({ ok: false, error: String(e) });
  }
}
port.once('message', (call) => void answer(call));
