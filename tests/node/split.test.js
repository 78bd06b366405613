// `npx fine-kit split`: one story per language, what a newsroom publishes
// beside the full story for <fine-story src="story.json" split>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const run = (...args) =>
  spawnSync(process.execPath, ['bin/fine-kit.js', ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });

const STORY = 'data/amazon-cnpd-2021.story.json';

test('writes story.ar.json, story.en.json and story.fr.json beside the story, valid and marked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fine-kit-split-'));
  const file = join(dir, 'story.json');
  copyFileSync(STORY, file);
  const r = run('split', file);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /<fine-story src="story\.json" split="ar en fr">/);
  const full = readFileSync(file, 'utf8');
  for (const lang of ['ar', 'en', 'fr']) {
    const out = join(dir, `story.${lang}.json`);
    assert.ok(existsSync(out), `${out} written`);
    assert.match(r.stdout, new RegExp(`story\\.${lang}\\.json \\([\\d,]+ B, [\\d,]+ B gzip\\)`));
    const split = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(split.languages, [lang]);
    assert.deepEqual(split.splitFrom, {
      file: 'story.json',
      sha256: createHash('sha256').update(full).digest('hex'),
      languages: ['ar', 'en', 'fr'],
      updated: JSON.parse(full).updated,
    });
    assert.equal(run('validate', out).status, 0, `${out} is a valid story`);
    // a reader of one language downloads well under half of the story
    assert.ok(gzipSync(readFileSync(out)).length < gzipSync(full).length * 0.55, `${lang}: under 55 % gzip`);
  }
  // --check: nothing to do, then a change to the story makes every file stale
  assert.equal(run('split', file, '--check').status, 0);
  const changed = JSON.parse(full);
  changed.title.en = 'A new headline';
  writeFileSync(file, JSON.stringify(changed, null, 2));
  const stale = run('split', file, '--check');
  assert.equal(stale.status, 1);
  assert.match(stale.stdout, /story\.en\.json is stale: run fine-kit split/);
  assert.doesNotMatch(readFileSync(join(dir, 'story.en.json'), 'utf8'), /A new headline/, '--check writes nothing');
});

test('the demo’s split stories are current (npx fine-kit split data/amazon-cnpd-2021.story.json)', () => {
  const r = run('split', STORY, '--check');
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}\nthe story changed: run npx fine-kit split ${STORY}`);
});

test('--languages writes only those; a language the story lacks, or an invalid story, exits 1 with why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fine-kit-split-'));
  const only = run('split', STORY, '--out', dir, '--languages', 'ar');
  assert.equal(only.status, 0, only.stderr);
  assert.ok(existsSync(join(dir, 'amazon-cnpd-2021.story.ar.json')));
  assert.ok(!existsSync(join(dir, 'amazon-cnpd-2021.story.en.json')));
  // an --out folder not made yet is made (it failed with ENOENT and a stack trace)
  const nested = join(dir, 'public', 'stories');
  const made = run('split', STORY, '--out', nested, '--languages', 'en');
  assert.equal(made.status, 0, made.stderr);
  assert.ok(existsSync(join(nested, 'amazon-cnpd-2021.story.en.json')));
  const missing = run('split', STORY, '--out', dir, '--languages', 'de');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /not written in de/);
  const bad = join(dir, 'bad.json');
  const story = JSON.parse(readFileSync(STORY, 'utf8'));
  story.events[2].date = '2021-02-30';
  writeFileSync(bad, JSON.stringify(story));
  const invalid = run('split', bad);
  assert.equal(invalid.status, 1);
  assert.match(invalid.stderr, /\/events\/2\/date\s+This date does not exist/);
  assert.equal(run('split').status, 2, 'no file: the usage');
});
