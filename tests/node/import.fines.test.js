// A newsroom's own table of fines to a story for <fine-comparison>: a messy,
// real-world-like table (tests/fixtures/import/fines-messy.csv), amounts and
// dates as people type them, and every unreadable row listed by its cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromFinesTable, parseAmount, parseDate, formatIssue, guessFinesMap } from '../../dist/import/index.js';
import { en, must, storyOf } from './import-read.js';
import { parseStory } from '../../dist/story/index.js';

const messy = readFileSync('tests/fixtures/import/fines-messy.csv', 'utf8');
const story = JSON.parse(readFileSync('data/amazon-cnpd-2021.story.json', 'utf8'));
const place = (i) => `${i.where.file}:${i.where.row}:${i.where.column}`;
/**
 * A parse result read whichever way it went: `money` or `iso` when the text was read, `code` when not.
 * @param {import('../../dist/import/index.js').AmountResult | import('../../dist/import/index.js').DateResult} result
 */
const outcome = (result) => /** @type {{ money?: unknown, iso?: string, code?: string }} */ (result);

test('amounts as tables write them', () => {
  /** @type {[string, number, string][]} */
  const cases = [
    ['746000000', 746000000, 'EUR'],
    ['€746,000,000', 746000000, 'EUR'],
    ['746 000 000 €', 746000000, 'EUR'],
    ['746\u00a0000\u00a0000\u00a0€', 746000000, 'EUR'],
    ['746\u202f000\u202f000 €', 746000000, 'EUR'],
    ['746M', 746000000, 'EUR'],
    ['٧٤٦٠٠٠٠٠٠', 746000000, 'EUR'],
    ['٧٤٦ مليون يورو', 746000000, 'EUR'],
    ['€1.2bn', 1200000000, 'EUR'],
    ['1,2 Mrd €', 1200000000, 'EUR'],
    ['35.258.707,95 €', 35258707.95, 'EUR'],
    ['35,258,707.95', 35258707.95, 'EUR'],
    ["1'000'000 CHF", 1000000, 'CHF'],
    ['£20m', 20000000, 'GBP'],
    ['NOK 65 000 000', 65000000, 'NOK'],
    ['$886 million', 886000000, 'USD'],
    ['20 millions d’euros', 20000000, 'EUR'],
    ['1,500', 1500, 'EUR'],
    ['1.5', 1.5, 'EUR'],
  ];
  for (const [text, value, currency] of cases) {
    assert.deepEqual(outcome(parseAmount(text, 'EUR')).money, { value, currency }, text);
  }
  for (const [text, code] of [
    ['about 79 million', 'amount-unreadable'],
    ['5-10M', 'amount-unreadable'],
    ['-5', 'amount-negative'],
    ['12,34,567', 'amount-unreadable'],
    ['₿ 5', 'currency-unknown'],
  ]) {
    assert.equal(outcome(parseAmount(text, 'EUR')).code, code, text);
  }
  // a dollar sign is the dollar the default currency names
  assert.deepEqual(outcome(parseAmount('$5,000', 'CAD')).money, { value: 5000, currency: 'CAD' });
});

test('dates in a named format or ISO; one that reads two ways is an error', () => {
  /** @type {[string, string | undefined, string][]} */
  const cases = [
    ['2021-07-16', undefined, '2021-07-16'],
    ['2021', undefined, '2021'],
    ['2021-07', undefined, '2021-07'],
    ['2021-07-16T10:00:00Z', undefined, '2021-07-16'],
    ['16/07/2021', undefined, '2021-07-16'],
    ['07/16/2021', undefined, '2021-07-16'],
    ['03/04/2021', 'DD/MM/YYYY', '2021-04-03'],
    ['03/04/2021', 'MM/DD/YYYY', '2021-03-04'],
    ['16.07.2021', 'DD.MM.YYYY', '2021-07-16'],
    ['July 16, 2021', undefined, '2021-07-16'],
    ['16 July 2021', undefined, '2021-07-16'],
    ['Sept. 3, 2021', undefined, '2021-09-03'],
    ['1er juillet 2021', undefined, '2021-07-01'],
    ['16 de julio de 2021', undefined, '2021-07-16'],
    ['Jul 2021', undefined, '2021-07'],
    ['16 يوليو 2021', undefined, '2021-07-16'],
    ['١٦ يوليو ٢٠٢١', undefined, '2021-07-16'],
    ['16 كانون الثاني 2021', undefined, '2021-01-16'],
    ['12/2021', 'MM/YYYY', '2021-12'],
  ];
  for (const [text, format, iso] of cases) assert.equal(outcome(parseDate(text, format)).iso, iso, text);
  assert.equal(outcome(parseDate('03/04/2021')).code, 'date-ambiguous');
  assert.equal(outcome(parseDate('2021-02-30')).code, 'bad-date');
  assert.equal(outcome(parseDate('30 février 2021')).code, 'bad-date');
  assert.equal(outcome(parseDate('yesterday')).code, 'date-unreadable');
  assert.equal(outcome(parseDate('26 August')).code, 'date-unreadable');
});

test('the messy table: each readable row a fine, each unreadable one listed by file, row and column', () => {
  const r = fromFinesTable(messy, { file: 'fines-messy.csv', dateFormat: 'DD/MM/YYYY', title: 'GDPR fines' });
  assert.equal(r.valid, true);
  assert.ok(parseStory(r.story).ok);
  const got = storyOf(r).fines.map((f) => [en(f.company), f.amount.value, f.amount.currency, f.date, f.country]);
  assert.deepEqual(got, [
    ['Amazon Europe Core', 746000000, 'EUR', '2021-07-15', 'LU'],
    ['Meta Platforms Ireland (Facebook)', 1200000000, 'EUR', '2023-05-12', 'IE'],
    ['TikTok Technology Ltd', 530000000, 'EUR', '2025-05-02', 'IE'],
    ['Meta Platforms Ireland (Instagram)', 405000000, 'EUR', '2022-09-02', 'IE'],
    ['Google LLC', 50000000, 'EUR', '2019-01-21', 'FR'],
    ['H&M Hennes & Mauritz Online Shop A.B. & Co KG', 35258707.95, 'EUR', '2020-10-01', 'DE'],
    ['British Airways', 20000000, 'GBP', '2020-10-16', 'GB'],
  ]);
  // the figures are the Amazon story's own (data/, where each is sourced)
  for (const f of storyOf(r).fines.slice(0, 6)) {
    const known = story.fines.find((k) => k.amount.value === f.amount.value && k.date === f.date);
    assert.ok(known, `${en(f.company)} ${f.amount.value} ${f.date} is in data/`);
  }
  assert.deepEqual(
    r.issues.filter((i) => i.level === 'error').map((i) => [i.code, place(i)]),
    [
      ['cell-required', 'fines-messy.csv:11:Source'],
      ['amount-unreadable', 'fines-messy.csv:12:Fine'],
      ['date-unreadable', 'fines-messy.csv:13:Date of decision'],
    ],
  );
  assert.equal(
    formatIssue(must(r.issues.find((i) => i.code === 'amount-unreadable')), 'en').replace(/[\u2068\u2069]/g, ''),
    'fines-messy.csv:12:D (Fine)  error: Cannot read about 79 million as an amount (such as 746000000, €746,000,000, 746 000 000 € or 746M).',
  );
  // a quoted cell with commas and a line break stays whole
  assert.equal(
    en(storyOf(r).fines[0].reason),
    'Targeted advertising without free consent;\nbreaches of Art. 6(1), 11, 12–17 and 21 GDPR',
  );
  // two addresses in one cell: two sources
  const ba = storyOf(r).fines[6];
  assert.deepEqual(
    ba.sources.map((id) => storyOf(r).sources.find((s) => s.id === id)?.url),
    [
      'https://www.bbc.com/news/technology-54568784',
      'https://www.birketts.co.uk/insights/legal-updates/ico-fines-british-airways-20m-for-data-breach',
    ],
  );
  assert.equal(en(ba.note), 'Reduced from the £183.39m first announced in July 2019');
  // no law column: every fine is a GDPR fine, and the report says so once
  assert.deepEqual(new Set(storyOf(r).fines.map((f) => f.law)), new Set(['gdpr']));
  assert.equal(r.issues.filter((i) => i.code === 'law-assumed').length, 1);
  assert.deepEqual(r.issues.filter((i) => i.code === 'currency-assumed').map(place), ['fines-messy.csv:6:Fine']);
});

test('without --date-format, a date that reads two ways leaves its row out', () => {
  const r = fromFinesTable(messy, { file: 'fines-messy.csv' });
  const ambiguous = r.issues.filter((i) => i.code === 'date-ambiguous');
  assert.deepEqual(ambiguous.map(place), ['fines-messy.csv:8:Date of decision']);
  assert.equal(storyOf(r).fines.length, 6);
});

test('semicolons, tabs, no byte-order mark, a currency column: the delimiter is found, the cells the same', () => {
  const semicolon =
    'Company;Authority;Country;Amount;Currency;Date;Reason;Source\n' +
    'Amazon Europe Core;CNPD;LU;"746 000 000";eur;15/07/2021;"Targeted advertising; no free consent";https://cnpd.public.lu/en/actualites/international/2021/08/decision-amazon-2.html\n' +
    'British Airways;ICO;UK;20000000;£;16/10/2020;Security failure;https://www.bbc.com/news/technology-54568784\n';
  const s = fromFinesTable(semicolon);
  assert.deepEqual(
    s.issues.filter((i) => i.level === 'error'),
    [],
  );
  assert.deepEqual(
    storyOf(s).fines.map((f) => [f.amount, f.date, f.country, en(f.reason)]),
    [
      [{ value: 746000000, currency: 'EUR' }, '2021-07-15', 'LU', 'Targeted advertising; no free consent'],
      [{ value: 20000000, currency: 'GBP' }, '2020-10-16', 'GB', 'Security failure'],
    ],
  );
  const tsv = semicolon.replace(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, '\t');
  assert.deepEqual(storyOf(fromFinesTable(tsv)).fines, storyOf(s).fines);
  const base = storyOf(fromFinesTable(messy, { dateFormat: 'DD/MM/YYYY' })).fines;
  assert.deepEqual(storyOf(fromFinesTable(messy.replace(/^\ufeff/, ''), { dateFormat: 'DD/MM/YYYY' })).fines, base);
});

test('--map names columns by header or letter; a missing or wrong column is an error before any row', () => {
  const byLetter = fromFinesTable(messy, {
    map: { company: 'A', authority: 'b', amount: 'Fine', date: '5', reason: 'F', source: 'Source' },
    dateFormat: 'DD/MM/YYYY',
  });
  assert.equal(storyOf(byLetter).fines.length, 7);
  const wrong = fromFinesTable(messy, { map: { amount: 'Penalty' } });
  assert.deepEqual(
    wrong.issues.map((i) => [i.code, i.params.field]),
    [['map-column', 'amount']],
  );
  assert.equal(wrong.story, undefined);
  const missing = fromFinesTable('Name,Amount\nAmazon,746M\n', { file: 'short.csv' });
  assert.deepEqual(
    missing.issues.map((i) => i.params.field),
    ['date', 'authority', 'reason', 'source'],
  );
  assert.deepEqual(
    guessFinesMap([
      'ETid',
      'Country',
      'Date of Decision',
      'Fine [€]',
      'Controller/Processor',
      'Sector',
      'Quoted Art.',
      'Type',
      'Source',
      'Authority',
    ]),
    {
      company: 'Controller/Processor',
      amount: 'Fine [€]',
      date: 'Date of Decision',
      authority: 'Authority',
      reason: 'Quoted Art.',
      source: 'Source',
      country: 'Country',
    },
  );
});

test('a row whose quote never closes: listed, and the rows before it imported', () => {
  const text =
    'company,authority,amount,date,reason,source\n' +
    'Google LLC,CNIL,50000000,2019-01-21,Transparency,http://www.ficime.com/violation-rgpd-google/\n' +
    'Criteo,CNIL,40000000,2023-06-15,"Consent,https://gdprhub.eu/index.php?oldid=33734\n' +
    'Amazon,CNPD,746M,2021-07-15,Ads,https://cnpd.public.lu/\n';
  const r = fromFinesTable(text, { file: 'cut.csv' });
  assert.deepEqual(
    r.issues.filter((i) => i.level === 'error').map((i) => [i.code, i.where.row]),
    [['csv-quote', 3]],
  );
  assert.deepEqual(
    storyOf(r).fines.map((f) => en(f.company)),
    ['Google LLC'],
  );
});
