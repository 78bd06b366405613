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

// A fine's dated history and the story's change notes: what an editor gets wrong.
const dated = structuredClone(story);
const amazonFine = dated.fines.find((f) => f.id === 'amazon-cnpd-2021');
const fineIndex = dated.fines.indexOf(amazonFine);
amazonFine.history[1].status = 'overturned';
const datedFile = join(dir, 'dated.story.json');
writeFileSync(datedFile, JSON.stringify(dated));
const meaning = structuredClone(story);
const meaningFine = meaning.fines[fineIndex];
[meaningFine.history[1].date, meaningFine.history[0].date] = [meaningFine.history[0].date, meaningFine.history[1].date];
meaningFine.status = 'upheld';
meaning.changes.push({ date: '2027-01-05', kind: 'correction', text: 'Too late', sources: ['hitek-2021-08-01'] });
const meaningFile = join(dir, 'meaning.story.json');
writeFileSync(meaningFile, JSON.stringify(meaning));
const unsourced = structuredClone(story);
unsourced.changes[0].sources = [];
const unsourcedFile = join(dir, 'unsourced.story.json');
writeFileSync(unsourcedFile, JSON.stringify(unsourced));

test('an unknown status and a change without a source: the path, in each language', () => {
  const r = run('validate', datedFile);
  assert.equal(r.status, 1);
  assert.match(
    r.stdout,
    new RegExp(`/fines/${fineIndex}/history/1/status\\s+Expected one of "final" \\| "under-appeal"`),
  );
  const u = run('validate', unsourcedFile);
  assert.equal(u.status, 1);
  assert.match(u.stdout, /\/changes\/0\/sources\s+Cite at least one source\./);
  assert.match(
    run('validate', unsourcedFile, '--lang', 'fr').stdout,
    /\/changes\/0\/sources\s+Citez au moins une source\./,
  );
  assert.match(
    run('validate', unsourcedFile, '--lang', 'ar').stdout,
    /\/changes\/0\/sources\s+يجب ذكر مصدر واحد على الأقل/,
  );
});

test('a history out of order, a status that is not its last step, a change after "updated"', () => {
  const r = run('validate', meaningFile);
  assert.equal(r.status, 1);
  assert.match(r.stdout, new RegExp(`/fines/${fineIndex}/history/1/date\\s+Steps go oldest first: 2021-10-15`));
  assert.match(r.stdout, new RegExp(`/fines/${fineIndex}/status\\s+The status "upheld" is not that of the last step`));
  assert.match(
    r.stdout,
    /\/changes\/3\/date\s+This change \(2027-01-05\) is dated after the story’s "updated" date \(2026-11-30\)/,
  );
  const fr = run('validate', meaningFile, '--lang', 'fr');
  assert.match(fr.stdout, /Les étapes vont de la plus ancienne à la plus récente/);
  assert.match(fr.stdout, /postérieure à la date « updated » du récit/);
  const ar = run('validate', meaningFile, '--lang', 'ar');
  assert.match(ar.stdout, /تُرتَّب المراحل من الأقدم إلى الأحدث/);
  assert.match(ar.stdout, /لاحق لتاريخ تحديث القصة/);
});

test('--json gives a valid story’s "updated" date and its count of notes', () => {
  const [report] = JSON.parse(run('validate', 'data/amazon-cnpd-2021.story.json', '--json').stdout);
  assert.deepEqual(
    { updated: report.updated, updates: report.updates, corrections: report.corrections },
    { updated: story.updated, updates: 1, corrections: 2 },
  );
});
