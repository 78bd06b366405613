// `npx fine-kit import`, `export`: what an editor types, reads and gets back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sheetFiles } from '../../dist/import/index.js';

const run = (...args) =>
  spawnSync(process.execPath, ['bin/fine-kit.js', ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
const dir = mkdtempSync(join(tmpdir(), 'fine-kit-import-'));
const F = 'tests/fixtures/import';
const SOURCE = 'https://www.laquadrature.net/fr/depot_plainte_gafam';
const plain = (s) => s.replace(/[\u2068\u2069]/g, '');

test('import timelinejs -o: a valid story, the warnings on stderr, exit 0', () => {
  const out = join(dir, 'tl.json');
  const r = run(
    'import',
    'timelinejs',
    `${F}/amazon-timelinejs.json`,
    '-o',
    out,
    '--lang',
    'en',
    '--source',
    SOURCE,
    '--id',
    'my-story',
  );
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  const story = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(story.id, 'my-story');
  assert.match(
    r.stderr,
    /amazon-timelinejs\.json \/events\/2\/display_date {2}warning: The display date "Some time in 2018" is not kept/,
  );
  assert.match(r.stderr, /✓ .*tl\.json: events 8, eras 2, fines 0, quotes 0, sources 11; errors 0, warnings 12\./);
  assert.equal(run('validate', out).status, 0);
});

test('exit 1 when the story would be invalid; written anyway for the editor to finish', () => {
  // into a folder not made yet, as in a fresh checkout: it is made (it failed with ENOENT)
  const out = join(dir, 'public', 'stories', 'invalid.json');
  const r = run('import', 'timelinejs', `${F}/amazon-timelinejs.json`, '-o', out, '--lang', 'en');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\/eras\/0 {2}error: This item links to nothing/);
  assert.match(r.stderr, /is not a valid story yet/);
  assert.ok(existsSync(out));
  assert.equal(run('validate', out).status, 1);
});

test('exit 1 when something was left out, even if what is left is valid', () => {
  const r = run('import', 'timelinejs', `${F}/history-bce-times.json`, '--lang', 'en');
  assert.equal(r.status, 1);
  assert.equal(JSON.parse(r.stdout).events.length, 4);
  assert.match(r.stderr, /\/events\/0\/start_date {2}error: The year 753 BCE cannot be held/);
});

test('reports in Arabic and French: --lang for the story written in it, --message-lang to choose', () => {
  const ar = run('import', 'fines', `${F}/fines-messy.csv`, '--lang', 'ar', '--date-format', 'DD/MM/YYYY');
  assert.match(plain(ar.stderr), /fines-messy\.csv:12:D \(Fine\) {2}خطأ: تعذّرت قراءة about 79 million مبلغًا/);
  assert.equal(JSON.parse(ar.stdout).lang, 'ar');
  const fr = run('import', 'fines', `${F}/fines-messy.csv`, '--message-lang', 'fr', '--date-format', 'DD/MM/YYYY');
  assert.match(
    plain(fr.stderr),
    /fines-messy\.csv:11:G \(Source\) {2}erreur: Vide, alors que chaque amende a besoin de son champ source/,
  );
  assert.equal(JSON.parse(fr.stdout).lang, 'en');
});

test('import fines: --map, --currency, --law; an unknown field in --map is an error', () => {
  const csv = join(dir, 'own.tsv');
  writeFileSync(
    csv,
    'Entreprise\tRégulateur\tMontant\tDate\tMotif\tLien\n' +
      'Google\tCNIL\t100 000 000\t07/12/2020\tCookies\thttps://www.debevoisedatablog.com/2020/12/22/french-cnil-hits-google-amazon-with-e135-million-fines/\n',
  );
  const r = run(
    'import',
    'fines',
    csv,
    '--map',
    'company=Entreprise,authority=Régulateur,amount=C,date=Date,reason=Motif,source=Lien',
    '--currency',
    'eur',
    '--date-format',
    'DD/MM/YYYY',
    '--law',
    'eprivacy',
    '--lang',
    'fr',
    '--title',
    'Amendes cookies',
  );
  assert.equal(r.status, 0, r.stderr);
  const story = JSON.parse(r.stdout);
  assert.deepEqual(
    [story.title, story.fines[0].amount, story.fines[0].date, story.fines[0].law],
    [{ fr: 'Amendes cookies' }, { value: 100000000, currency: 'EUR' }, '2020-12-07', 'eprivacy'],
  );
  const bad = run('import', 'fines', csv, '--map', 'company=Entreprise,penalty=C');
  assert.equal(bad.status, 1);
  assert.match(plain(bad.stderr), /--map names a field that does not exist: "penalty"/);
});

test('--json: the report as data, with locations and messages', () => {
  const r = run('import', 'timelinejs-sheet', `${F}/amazon-timelinejs-sheet.csv`, '--json', '--lang', 'en');
  const report = JSON.parse(r.stdout);
  assert.equal(report.valid, false);
  const display = report.issues.find((i) => i.code === 'display-date');
  assert.equal(display.location, 'amazon-timelinejs-sheet.csv:8:I (Display Date)');
  assert.equal(
    display.message,
    'The display date "Some time in 2018" is not kept: the story shows each date at its own precision.',
  );
  assert.equal(report.story.events.length, 8);
});

test('export sheet, edit, import sheet: the round trip through files', () => {
  const sheet = join(dir, 'sheet');
  const e = run('export', 'sheet', 'data/amazon-cnpd-2021.story.json', sheet);
  assert.equal(e.status, 0, e.stderr);
  // a file for every list of the story, none for one it does not have (conversions)
  assert.deepEqual(
    readdirSync(sheet).sort(),
    sheetFiles()
      .filter((f) => f !== 'conversions.csv')
      .sort(),
  );
  const out = join(dir, 'back.json');
  const i = run('import', 'sheet', sheet, '-o', out);
  assert.equal(i.status, 0, i.stderr);
  assert.deepEqual(
    JSON.parse(readFileSync(out, 'utf8')),
    JSON.parse(readFileSync('data/amazon-cnpd-2021.story.json', 'utf8')),
  );
  // a story without eras exported over the same folder removes the stale eras.csv
  const noEras = JSON.parse(readFileSync('data/amazon-cnpd-2021.story.json', 'utf8'));
  delete noEras.eras;
  const file = join(dir, 'no-eras.json');
  writeFileSync(file, JSON.stringify(noEras));
  assert.equal(run('export', 'sheet', file, sheet).status, 0);
  assert.ok(!readdirSync(sheet).includes('eras.csv'));
  const t = run('export', 'template', join(dir, 'blank'), '--languages', 'en,fr');
  assert.equal(t.status, 0);
  assert.match(
    readFileSync(join(dir, 'blank', 'events.csv'), 'utf8'),
    /^\ufeffid,date,end,dateNote\.en,dateNote\.fr,title\.en,title\.fr,/,
  );
});

test('usage: wrong arguments exit 2; a missing file exits 1', () => {
  assert.equal(run('import').status, 2);
  assert.equal(run('import', 'excel', 'x.xlsx').status, 2);
  assert.equal(run('import', 'fines', 'x.csv', '--law', 'ccpa').status, 2);
  assert.equal(run('export', 'sheet').status, 2);
  assert.equal(run('import', 'timelinejs', join(dir, 'nope.json')).status, 1);
  assert.match(run('--help').stdout, /fine-kit import timelinejs FILE\.json/);
});
