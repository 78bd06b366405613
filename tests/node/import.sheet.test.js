// The kit's own spreadsheet: story → sheet → story is lossless on the whole
// Amazon story, the shipped template is that story exported, and an edited
// sheet's mistakes are reported in their cells.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fromSheet, toSheet, sheetTemplate, sheetFiles, formatIssue, detectInput } from '../../dist/import/index.js';
import { en, storyOf } from './import-read.js';
import { codecOf, flatten, columnsOf, columnName } from '../../dist/import/sheet-codec.js';
import { decode, treeOf } from '../../dist/import/sheet-decode.js';
import { parse } from 'csv-parse/sync';

const STORY = 'data/amazon-cnpd-2021.story.json';
const story = JSON.parse(readFileSync(STORY, 'utf8'));
const folder = (dir) => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(`${dir}/${f}`, 'utf8')]));
const rows = (text) => parse(text, { bom: true });
const plain = (s) => s.replace(/[\u2068\u2069]/g, '');

test('story → sheet → story is lossless on the whole Amazon story', () => {
  const back = fromSheet(toSheet(story), { dir: 'amazon' });
  assert.deepEqual(back.issues, []);
  assert.equal(back.valid, true);
  assert.deepEqual(back.story, story);
});

test('one CSV per list, a column per language, texts in every language of the story', () => {
  const files = toSheet(story);
  assert.deepEqual(Object.keys(files).sort(), [
    'actors.csv',
    'changes.csv',
    'eras.csv',
    'events.csv',
    'figures.csv',
    'fines.csv',
    'quotes.csv',
    'relations.csv',
    'sources.csv',
    'story.csv',
  ]);
  const [header, first] = rows(files['events.csv']);
  assert.deepEqual(header.slice(0, 9), [
    'id',
    'date',
    'end',
    'dateNote.ar',
    'dateNote.en',
    'dateNote.fr',
    'title.ar',
    'title.en',
    'title.fr',
  ]);
  assert.equal(first[header.indexOf('title.en')], en(story.events[0].title));
  assert.equal(first[header.indexOf('sources')], story.events[0].sources.join(', '));
  const [fineHeader] = rows(files['fines.csv']);
  assert.ok(fineHeader.includes('amount.value') && fineHeader.includes('amount.currency'));
  const [quoteHeader] = rows(files['quotes.csv']);
  assert.ok(quoteHeader.includes('translations.fr') && quoteHeader.includes('translations.fr.source'));
  // a byte-order mark, so spreadsheets open Arabic as UTF-8
  assert.equal(files['story.csv'].charCodeAt(0), 0xfeff);
});

test('the shipped template: the Amazon story exported, and an empty sheet with ar, en and fr columns', () => {
  // when the format or the story changes, `npm run templates` writes them again
  assert.deepEqual(
    folder('templates/sheet/example'),
    toSheet(story),
    'templates/sheet/example is stale: npm run templates',
  );
  assert.deepEqual(
    folder('templates/sheet/blank'),
    sheetTemplate(['ar', 'en', 'fr']),
    'templates/sheet/blank is stale: npm run templates',
  );
  assert.deepEqual(Object.keys(folder('templates/sheet/blank')).sort(), [...sheetFiles()].sort());
  const example = fromSheet(folder('templates/sheet/example'));
  assert.deepEqual(example.story, story);
  const blank = fromSheet(folder('templates/sheet/blank'), { dir: 'blank' });
  // empty: a story.csv without its row is the one thing reported
  assert.deepEqual(
    blank.issues.filter((i) => i.code !== 'invalid').map((i) => i.code),
    ['story-rows'],
  );
});

test('fields the format gains later get columns with no change to the sheet code', () => {
  // a story shape with a nested list of objects (kept as JSON in one cell) and a new table-like map
  const schema = {
    type: 'object',
    properties: {
      id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
      history: {
        type: 'array',
        items: { type: 'object', properties: { date: { type: 'string' }, status: { enum: ['final', 'reduced'] } } },
      },
      changes: {
        anyOf: [
          { type: 'string' },
          { type: 'object', propertyNames: { pattern: '^[a-z]{2}$' }, additionalProperties: { type: 'string' } },
        ],
      },
      score: { type: 'number' },
      verified: { type: 'boolean' },
    },
  };
  const codec = codecOf(schema);
  const value = {
    id: 'x',
    history: [
      { date: '2021-07-15', status: 'final' },
      { date: '2025', status: 'reduced' },
    ],
    changes: { en: 'Corrected', ar: 'صُحّح' },
    score: 1.125,
    verified: false,
  };
  const cells = new Map();
  flatten(codec, value, [], cells);
  const columns = columnsOf(codec, [], () => ['ar', 'en'], new Set(cells.keys())).map(columnName);
  assert.deepEqual(columns, ['id', 'history', 'changes.ar', 'changes.en', 'score', 'verified']);
  const row = columns.map((c) => cells.get(c) ?? '');
  const tree = treeOf(
    columns.map((c, index) => ({ path: c.split('.'), index })),
    row,
  );
  const reported = [];
  const back = decode(codec, tree, { error: (...a) => reported.push(a), warn: (...a) => reported.push(a) });
  assert.deepEqual(back, value);
  assert.deepEqual(reported, []);
});

test('an edited sheet: each mistake named by file, row and column; the rest read', () => {
  const files = toSheet(story);
  const edit = (name, fn) => {
    const [header, ...body] = rows(files[name]);
    fn(header, body);
    files[name] = [header, ...body].map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
  };
  edit('events.csv', (h, body) => {
    body[2][h.indexOf('id')] = 'Not An Id';
    body[3][h.indexOf('date')] = '16/07/2021';
  });
  edit('fines.csv', (h, body) => {
    body[0][h.indexOf('amount.value')] = '746,000,000';
    h.push('comment');
    body[0].push('an editor note');
  });
  edit('quotes.csv', (h, body) => {
    body[0][h.indexOf('translations.fr')] = '';
  });
  edit('actors.csv', (h, body) => {
    h.push('name');
    body[0].push('Amazon');
  });
  delete files['eras.csv'];
  const r = fromSheet(files, { dir: 'edited' });
  assert.equal(r.valid, false);
  const lines = r.issues.map((i) => plain(formatIssue(i, 'en')));
  assert.deepEqual(lines, [
    'edited/actors.csv:2:O (name)  error: Both this column and its language columns are filled: write the text in the language columns only.',
    'edited/events.csv:5:B (date)  warning: Read 16/07/2021 as 2021-07-16.',
    'edited/fines.csv:1:AA (comment)  warning: The column "comment" is not one the format knows: left out.',
    // the validator's errors, in the cells they came from
    'edited/events.csv:4:A (id)  error: Expected an id of lowercase letters, digits and hyphens, found "Not An Id".',
    'edited/quotes.csv:2:L (translations.fr)  error: "text" is required.',
  ]);
  // 746,000,000 in a number cell is read as a number
  assert.equal(storyOf(r).fines[0].amount.value, 746000000);
  // no eras.csv: the story has no eras (the list is optional), and that is no error
  assert.equal(storyOf(r).eras, undefined);
});

test('a sheet without story.csv, or with a broken JSON cell', () => {
  const files = toSheet(story);
  const { ['story.csv']: _, ...rest } = files;
  const none = fromSheet(rest, { dir: 'nostory' });
  assert.deepEqual(
    none.issues.map((i) => [i.code, i.where.file]),
    [['no-story-file', 'nostory/story.csv']],
  );
  assert.equal(none.story, undefined);
  const extra = fromSheet({ ...files, 'notes.csv': 'a,b\n1,2\n' });
  assert.deepEqual(
    extra.issues.map((i) => [i.level, i.code, i.where.file]),
    [['warning', 'unknown-file', 'notes.csv']],
  );
});

test('what a file is, from its name and first line', () => {
  const files = toSheet(story);
  assert.equal(detectInput('events.csv', files['events.csv']), 'sheet');
  assert.equal(detectInput('story.csv', files['story.csv']), 'sheet');
  // a newsroom's own table that happens to be called fines.csv
  assert.equal(detectInput('fines.csv', 'ID,Company,Fine,Date\n1,Amazon,746M,2021-07-15\n'), 'fines');
  assert.equal(
    detectInput('timeline.csv', readFileSync('tests/fixtures/import/amazon-timelinejs-sheet.csv', 'utf8')),
    'timelinejs-sheet',
  );
  assert.equal(
    detectInput('timeline.json', readFileSync('tests/fixtures/import/amazon-timelinejs.json', 'utf8')),
    'timelinejs',
  );
  assert.equal(detectInput('story.json', JSON.stringify(story)), 'story');
  assert.equal(detectInput('notes.txt', 'just words'), 'unknown');
});
