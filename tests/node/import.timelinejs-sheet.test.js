// TimelineJS's Google Sheets template saved as CSV: the same story as from
// its JSON, and every report naming the spreadsheet's row and column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromTimelineJs, fromTimelineJsSheet, formatIssue, TIMELINEJS_COLUMNS } from '../../dist/import/index.js';
import { en, must, storyOf } from './import-read.js';

const SOURCE = 'https://www.laquadrature.net/fr/depot_plainte_gafam';
const csv = readFileSync('tests/fixtures/import/amazon-timelinejs-sheet.csv', 'utf8');
const json = readFileSync('tests/fixtures/import/amazon-timelinejs.json', 'utf8');
const cell = (i) => `${i.where.row}:${i.where.column}`;
const HEADER = TIMELINEJS_COLUMNS.join(',');

test('the template, in its order and spelling', () => {
  assert.equal(
    HEADER,
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
  );
  assert.equal(csv.split('\n')[0], HEADER);
});

test('the sheet gives the story its JSON twin gives: dates, spans, eras, title, texts', () => {
  const fromSheet = fromTimelineJsSheet(csv, { file: 'sheet.csv', lang: 'en', source: SOURCE });
  const fromJson = fromTimelineJs(json, { lang: 'en', source: SOURCE });
  assert.equal(fromSheet.valid, true, fromSheet.issues.map((i) => formatIssue(i, 'en')).join('\n'));
  const pick = (s) => s.events.map((e) => [e.date, e.end, en(e.title)]);
  assert.deepEqual(pick(fromSheet.story), pick(fromJson.story));
  assert.deepEqual(
    must(storyOf(fromSheet).eras).map((e) => [e.start, e.end, en(e.title)]),
    must(storyOf(fromJson).eras).map((e) => [e.start, e.end, en(e.title)]),
  );
  assert.equal(en(storyOf(fromSheet).title), 'Amazon and the record GDPR fine');
  assert.equal(
    en(storyOf(fromSheet).summary),
    'How Luxembourg’s data protection authority came to fine Amazon €746 million.',
  );
  // a quoted cell over two lines keeps its paragraphs
  assert.match(must(en(storyOf(fromSheet).events[1].body)), /LinkedIn\.\n\nSee the complaints\.$/);
});

test('warnings and errors name the spreadsheet row and column', () => {
  const r = fromTimelineJsSheet(csv, { file: 'sheet.csv', lang: 'en' });
  const of = (code) => r.issues.filter((i) => i.code === code).map(cell);
  // row 1 is the header, row 2 the title row, 3–4 the eras, 5 blank; the two-line cell is one row (7)
  assert.deepEqual(of('background'), ['2:Background']);
  assert.deepEqual(of('group'), ['6:Group', '7:Group']);
  assert.deepEqual(of('display-date'), ['8:Display Date']);
  assert.deepEqual(of('media-extra'), ['12:Media Thumbnail']);
  assert.deepEqual(of('no-headline'), ['13:Headline']);
  assert.deepEqual(of('no-source'), ['3:undefined', '4:undefined']);
  assert.equal(
    formatIssue(must(r.issues.find((i) => i.code === 'display-date')), 'en').replace(/[\u2068\u2069]/g, ''),
    'sheet.csv:8:I (Display Date)  warning: The display date "Some time in 2018" is not kept: the story shows each date at its own precision.',
  );
  // a year with a thousands separator, as a spreadsheet may show it
  assert.equal(storyOf(r).events.at(-1)?.date, '2025-03-18');
});

test('times, a second title row, an unknown type, a bad date: each reported in its cell', () => {
  const rows = [
    HEADER,
    ',,,,,,,,,Apollo 11,,,,,,title,,',
    '1969,7,20,8:17 PM,,,,,,Apollo 11 lands on the Moon,https://en.wikipedia.org/wiki/Apollo_11,,,,,,,',
    '1969,7,21,02:56:15,,,,,,Armstrong steps onto the Moon,https://en.wikipedia.org/wiki/Apollo_11,,,,,,,',
    ',,,,,,,,,A second title,,,,,,title,,',
    '1969,7,24,,,,,,,Splashdown,https://en.wikipedia.org/wiki/Apollo_11,,,,,milestone,,',
    '1969,2,30,,,,,,,No such day,https://en.wikipedia.org/wiki/Apollo_11,,,,,,,',
  ].join('\r\n');
  const r = fromTimelineJsSheet(rows, { file: 'apollo.csv', lang: 'en' });
  const list = r.issues.map((i) => [i.code, cell(i), i.params.time ?? i.params.type ?? i.params.received]);
  assert.deepEqual(list, [
    ['time-dropped', '3:Time', '20:17'],
    ['time-dropped', '4:Time', '02:56:15'],
    ['title-extra', '5:Type', undefined],
    ['no-date', '5:Year', undefined],
    ['type-unknown', '6:Type', 'milestone'],
    ['bad-date', '7:Year', '1969-2-30'],
  ]);
  assert.equal(en(storyOf(r).title), 'Apollo 11');
  assert.deepEqual(
    storyOf(r).events.map((e) => e.date),
    ['1969-07-20', '1969-07-21', '1969-07-24'],
  );
  // the second title row is an event without a date: left out, and said so
  assert.equal(storyOf(r).events.length, 3);
});

test('a sheet that is not the template: one error naming the columns expected', () => {
  const r = fromTimelineJsSheet('Date,Event\n2021-07-15,Fine\n', { file: 'other.csv' });
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.where.file, i.where.row]),
    [['not-timelinejs-sheet', 'other.csv', 1]],
  );
  assert.equal(r.story, undefined);
});
