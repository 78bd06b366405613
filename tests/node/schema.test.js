// The JSON Schema and the TypeScript/Valibot schema must not drift, and every
// story in data/ must pass both (Ajv is an independent JSON Schema validator).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import { storyJsonSchema } from '../../scripts/story-json-schema.js';
import { parseStory } from '../../dist/story/index.js';
import { VERSION } from '../../dist/core/version.js';

const committed = JSON.parse(readFileSync('data/story.schema.json', 'utf8'));
const stories = readdirSync('data').filter((f) => f.endsWith('.story.json'));

test('data/story.schema.json is what src/story/schema.ts generates (run `npm run schema`)', () => {
  assert.deepEqual(committed, storyJsonSchema());
});

test('there is at least one story in data/', () => {
  assert.ok(stories.length >= 1);
});

for (const file of stories) {
  test(`${file} passes the JSON Schema and parseStory`, () => {
    const json = JSON.parse(readFileSync(`data/${file}`, 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(committed);
    assert.ok(validate(json), JSON.stringify(validate.errors, null, 2));
    const result = parseStory(json);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors, null, 2));
  });
}

test('the JSON Schema refuses what parseStory refuses, for the shape errors both can see', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(committed);
  const base = JSON.parse(readFileSync(`data/${stories[0]}`, 'utf8'));
  const breakages = [
    (s) => (s.events[0].date = '2021-13-01'),
    (s) => (s.fines[0].amount.currency = 'eur'),
    (s) => (s.fines[0].law = 'ccpa'),
    (s) => (s.sources[0].url = 'javascript:alert(1)'),
    (s) => (s.title = {}),
    (s) => (s.unknown = 1),
    (s) => (s.events[0].sources = []),
    (s) => (s.fines[0].history[0].status = 'overturned'),
    (s) => (s.fines[0].history[0].amount = { value: -1, currency: 'EUR' }),
    (s) => (s.changes[0].sources = []),
    (s) => (s.changes[0].kind = 'retraction'),
    (s) => (s.changes[0].date = '2026-11'),
    (s) => (s.updated = '2026'),
    (s) => (s.figures[0].currency = 'dollars'),
  ];
  for (const breakIt of breakages) {
    const copy = structuredClone(base);
    breakIt(copy);
    assert.equal(validate(copy), false, `schema accepted: ${String(breakIt)}`);
    assert.equal(parseStory(copy).ok, false, `parseStory accepted: ${String(breakIt)}`);
  }
});

test('the version in the code is the package version', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(VERSION, pkg.version);
});
