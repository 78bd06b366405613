// Size budgets (size-budgets.json) for the CDN modules that `npm run build`
// writes to dist/cdn, alone (`timeline.js`) and with the words they load for a
// language (`timeline.js + ar`). Bytes do not vary run to run, so the budget
// is a test; timings are only ever reported by `npm run bench`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { budgets, measureBudgetKey, wordLanguages, wordsFor } from '../../scripts/size.js';

for (const [key, limit] of Object.entries(budgets)) {
  if (key.startsWith('$')) continue;
  test(`dist/cdn/${key} is at most ${limit} bytes gzip`, () => {
    const { files, gzip } = measureBudgetKey(key);
    for (const file of files) assert.ok(existsSync(file), `${file} was not built`);
    assert.ok(gzip <= limit, `${key}: ${gzip} bytes gzip (${files.join(', ')}), over the budget of ${limit}`);
  });
}

test('every CDN module loads its words from files that were built, in every shipped language', () => {
  assert.deepEqual(wordLanguages(), ['ar', 'fr']);
  for (const lang of wordLanguages()) {
    // the whole kit: one module with every table of the language
    const words = wordsFor('dist/cdn/fine-kit.js', lang);
    assert.deepEqual(words, [`dist/cdn/lang/${lang}.js`]);
    for (const file of words) assert.ok(existsSync(file), `${file} was not built`);
    const code = readFileSync(words[0], 'utf8');
    assert.ok(!/\bimport\b/.test(code), `${words[0]} imports nothing`);
    for (const table of ['actorMap', 'comparison', 'core', 'quote', 'timeline', 'vocabulary']) {
      assert.match(code, new RegExp(`\\b${table}\\b`), `${words[0]} exports ${table}`);
    }
  }
  // an element alone loads only its own words and the core's
  assert.deepEqual(
    wordsFor('dist/cdn/timeline.js', 'ar').map((f) => f.split('/').pop()),
    ['core.js', 'timeline.js'],
  );
});

test('the Embed pages preload exactly the Arabic words each element loads', async () => {
  const { readFile } = await import('node:fs/promises');
  const docs = await readFile('stories/docs/embed.ts', 'utf8');
  const table = docs.slice(docs.indexOf('const WORDS'), docs.indexOf('};', docs.indexOf('const WORDS')));
  const listed = Object.fromEntries(
    [...table.matchAll(/'?([a-z-]+)'?: \[([^\]]*)\]/g)].map(([, name, list]) => [name, list.match(/[a-z-]+/g).sort()]),
  );
  assert.deepEqual(Object.keys(listed).sort(), ['actor-map', 'comparison', 'quote', 'timeline']);
  for (const [name, tables] of Object.entries(listed)) {
    const loaded = wordsFor(`dist/cdn/${name}.js`, 'ar').map((f) => f.split('/').pop().replace(/\.js$/, ''));
    assert.deepEqual(tables, loaded, `stories/docs/embed.ts WORDS['${name}']`);
  }
});
