// The README tells a newcomer what to type: every `npm run` it names exists,
// every `fine-kit/...` import it shows is an entry point of the package, and
// no two sections share a heading (a link to #performance goes to one place).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('every `npm run` script the README names is in package.json', () => {
  const named = new Set([...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]));
  assert.ok(named.size > 5);
  for (const name of named) assert.ok(name && pkg.scripts[name], `npm run ${name}`);
});

test('every fine-kit/… import the README shows is in the package exports', () => {
  const entries = new Set(
    [...readme.matchAll(/from '(fine-kit(?:\/[\w-]+)?)'|import '(fine-kit(?:\/[\w-]+)?)'/g)].map((m) => m[1] ?? m[2]),
  );
  assert.ok(entries.has('fine-kit/fallback'));
  for (const entry of entries) {
    const key = entry === 'fine-kit' ? '.' : `./${entry?.slice('fine-kit/'.length)}`;
    assert.ok(pkg.exports[key], `${entry} is not in package.json exports`);
  }
});

test('no two headings of the README are the same', () => {
  const headings = [...readme.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1]);
  const repeated = headings.filter((h, i) => headings.indexOf(h) !== i);
  assert.deepEqual(repeated, []);
});
