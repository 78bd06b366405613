// `npx fine-kit validate`: what a newsroom runs before publishing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (...args) =>
  spawnSync(process.execPath, ['bin/fine-kit.js', ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });

const dir = mkdtempSync(join(tmpdir(), 'fine-kit-'));
const story = JSON.parse(readFileSync('data/amazon-cnpd-2021.story.json', 'utf8'));
const bad = structuredClone(story);
bad.events[3].date = '2021-02-30';
bad.events[5].id = 'Not An Id';
const badFile = join(dir, 'bad.story.json');
writeFileSync(badFile, JSON.stringify(bad));
// References are checked once the shape is right: a separate file.
const dangling = structuredClone(story);
dangling.relations[0].to = 'nobody';
const danglingFile = join(dir, 'dangling.story.json');
writeFileSync(danglingFile, JSON.stringify(dangling));
const notJson = join(dir, 'not.json');
writeFileSync(notJson, '<html>');

test('a valid story exits 0', () => {
  const r = run('validate', 'data/amazon-cnpd-2021.story.json');
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /✓ data\/amazon-cnpd-2021\.story\.json/);
});

test('an invalid story exits 1 and names each JSON path', () => {
  const r = run('validate', badFile);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /\/events\/3\/date\s+This date does not exist/);
  assert.match(r.stdout, /\/events\/5\/id\s+Expected an id of lowercase letters/);
  const d = run('validate', danglingFile);
  assert.equal(d.status, 1);
  assert.match(d.stdout, /\/relations\/0\/to\s+No actor has the id "nobody"/);
});

test('errors come in the chosen language', () => {
  const ar = run('validate', badFile, '--lang', 'ar');
  assert.match(ar.stdout, /هذا التاريخ غير موجود/);
  const fr = run('validate', badFile, '--lang', 'fr');
  assert.match(fr.stdout, /Cette date n’existe pas/);
});

test('several files: exits 1 if any fails, reports each', () => {
  const r = run('validate', 'data/amazon-cnpd-2021.story.json', notJson);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /✓ data\/amazon-cnpd-2021/);
  assert.match(r.stdout, /✗ .*not\.json[\s\S]*not valid JSON/);
});

test('--json gives machine-readable output', () => {
  const r = run('validate', badFile, '--json');
  const report = JSON.parse(r.stdout);
  assert.equal(report[0].ok, false);
  assert.ok(report[0].errors.some((e) => e.path === '/events/3/date' && e.code === 'date'));
});

test('a missing file and a missing command are reported', () => {
  assert.equal(run('validate', join(dir, 'nope.json')).status, 1);
  assert.equal(run().status, 2);
  assert.equal(run('frobnicate').status, 2);
});
