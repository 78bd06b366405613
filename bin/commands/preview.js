// fine-kit preview INPUT [--port N] [--lang ar|en|fr]
// Serves a page with every element reading INPUT (a story, a TimelineJS file
// or sheet, a table of fines, or a sheet folder), the errors with their JSON
// paths or cells, ar/en/fr and LTR/RTL switches; the page reloads on save.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadImport } from '../import-report.js';
import { startPreview } from '../preview/server.js';

export const usage = `  fine-kit preview FILE|DIR [--port N] [--host 127.0.0.1] [--lang ar|en|fr]
      A local page with every element showing the story and its errors; it reloads when the file is saved.`;

export const options = { port: { type: 'string' }, host: { type: 'string' } };

/** @param {{ values: Record<string, any>, files: string[] }} args */
export async function run({ values, files }) {
  if (files.length !== 1) return 2;
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return 2;
  if (!existsSync(files[0])) {
    console.error(`fine-kit: ${files[0]}: no such file or folder`);
    return 1;
  }
  if (!existsSync(fileURLToPath(new URL('../../dist/cdn/fine-kit.js', import.meta.url)))) {
    console.error('fine-kit: the package is not built. Run `npm run build` first.');
    return 2;
  }
  const { kit, im } = await loadImport();
  const preview = await startPreview({ kit, im, input: files[0], port, host: values.host, lang: values.lang });
  console.log(`fine-kit preview: ${preview.url}`);
  const stop = () => void preview.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // the server keeps the process alive until it is stopped
  return new Promise(() => {});
}
