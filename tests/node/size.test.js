// Size budgets (size-budgets.json) for the self-contained CDN modules that
// `npm run build` writes to dist/cdn. Bytes do not vary run to run, so the
// budget is a test; timings are only ever reported by `npm run bench`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { budgets, measure } from '../../scripts/size.js';

for (const [file, limit] of Object.entries(budgets)) {
  if (file.startsWith('$')) continue;
  test(`dist/cdn/${file} is at most ${limit} bytes gzip`, () => {
    const path = `dist/cdn/${file}`;
    assert.ok(existsSync(path), `${path} was not built`);
    const { gzip } = measure(path);
    assert.ok(gzip <= limit, `${file}: ${gzip} bytes gzip, over the budget of ${limit}`);
  });
}
