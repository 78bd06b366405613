// The public API against its committed snapshot (api/public-api.json): an
// element, attribute, property, event, slot, CSS part or custom property,
// an exported name or an `exports` entry that disappears or changes fails
// here, named, before a user finds out. Needs `npm run analyze` and
// `npm run build` (which `npm test` runs first). After an intentional change:
// `npm run api:update`, and a line in CHANGELOG.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { publicApiSnapshot, SNAPSHOT } from '../../scripts/api-snapshot.js';

/**
 * Every difference between two JSON values, as paths: what the new one lacks
 * or changed (breaking for a user) and what it adds (not breaking). A list of
 * names compares as a set.
 * @param {unknown} before @param {unknown} after @param {string} path
 * @returns {{ removed: string[], changed: string[], added: string[] }}
 */
export function compare(before, after, path = '') {
  const out = {
    removed: /** @type {string[]} */ ([]),
    changed: /** @type {string[]} */ ([]),
    added: /** @type {string[]} */ ([]),
  };
  const isObject = (/** @type {unknown} */ v) => v !== null && typeof v === 'object';
  if (Array.isArray(before) && Array.isArray(after)) {
    for (const item of before) if (!after.includes(item)) out.removed.push(`${path}: ${item}`);
    for (const item of after) if (!before.includes(item)) out.added.push(`${path}: ${item}`);
    return out;
  }
  if (isObject(before) && isObject(after) && !Array.isArray(before) && !Array.isArray(after)) {
    const a = /** @type {Record<string, unknown>} */ (before);
    const b = /** @type {Record<string, unknown>} */ (after);
    /** `elements.fine-x.attributes`, `modules["./story"]` */
    const pathTo = (/** @type {string} */ key) =>
      /^[\w-]+$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
    for (const key of Object.keys(a)) {
      const at = pathTo(key);
      if (!(key in b)) out.removed.push(at);
      else {
        const inner = compare(a[key], b[key], at);
        out.removed.push(...inner.removed);
        out.changed.push(...inner.changed);
        out.added.push(...inner.added);
      }
    }
    for (const key of Object.keys(b)) if (!(key in a)) out.added.push(pathTo(key));
    return out;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    out.changed.push(`${path}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
  }
  return out;
}

test('the public API matches api/public-api.json', () => {
  const committed = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
  const { $comment: _, ...before } = committed;
  const { $comment: __, ...now } = publicApiSnapshot();
  const { removed, changed, added } = compare(before, now);
  const report = [
    ...removed.map((p) => `  removed (breaking): ${p}`),
    ...changed.map((p) => `  changed (breaking): ${p}`),
    ...added.map((p) => `  added: ${p}`),
  ];
  assert.ok(
    report.length === 0,
    `The public API differs from ${SNAPSHOT}:\n${report.join('\n')}\n` +
      'If this is intended, run `npm run api:update` and add a line to CHANGELOG.md under Unreleased ' +
      '(a removal or change is breaking: a major version, or a minor one while the version is 0.x).',
  );
});

test('the comparison tells a breaking change from an addition', () => {
  const before = { elements: { 'fine-x': { attributes: { a: { type: 'string' } }, events: ['fine-ready'] } } };
  const after = {
    elements: { 'fine-x': { attributes: { a: { type: 'number' }, b: {} }, events: ['fine-select'] } },
  };
  assert.deepEqual(compare(before, after), {
    removed: ['elements.fine-x.events: fine-ready'],
    changed: ['elements.fine-x.attributes.a.type: "string" → "number"'],
    added: ['elements.fine-x.attributes.b', 'elements.fine-x.events: fine-select'],
  });
});

test('the snapshot covers every element, entry point and kind of API', () => {
  const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
  assert.deepEqual(Object.keys(snapshot.elements), [
    'fine-actor-map',
    'fine-comparison',
    'fine-quote',
    'fine-story',
    'fine-timeline',
  ]);
  const timeline = snapshot.elements['fine-timeline'];
  for (const kind of ['attributes', 'properties', 'events', 'cssParts', 'cssProperties']) {
    assert.ok(Object.keys(timeline[kind]).length > 0, `no ${kind} for fine-timeline`);
  }
  assert.deepEqual(snapshot.elements['fine-quote'].slots, ['', 'translation', 'avatar']);
  for (const entry of ['.', './timeline', './story', './core']) {
    assert.ok(Object.keys(snapshot.modules[entry] ?? {}).length > 0, `no exports for ${entry}`);
  }
  assert.equal(snapshot.modules['.'].FineTimeline, 'class');
  assert.equal(snapshot.modules['./story'].parseStory, 'function');
});
