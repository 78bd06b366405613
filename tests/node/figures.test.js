// The story stays true to its own figures. Every percentage, multiple and
// distance in time written in its texts, in every language, is found here and
// either computed from the story's own data (its fines, its dated events, its
// sourced `figures`) or listed as not computable from the data, with why. A new
// number in a text fails this test until someone checks it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseStory, lintStory } from '../../dist/story/index.js';

const result = parseStory(readFileSync('data/amazon-cnpd-2021.story.json', 'utf8'));
assert.ok(result.ok, 'the story must parse');
const story = result.story;

const byId = (list, id) => {
  const item = list.find((x) => x.id === id);
  assert.ok(item, `no item "${id}"`);
  return item;
};
const fine = (id) => byId(story.fines, id);
const figure = (id) => byId(story.figures ?? [], id);
const event = (id) => byId(story.events, id);
const DAY = 86_400_000;
const days = (from, to) => (Date.parse(to) - Date.parse(from)) / DAY;

/** `part` as a percentage of `whole`, both money in the same currency (the story records no exchange rate). */
function percent(part, whole) {
  const p = 'amount' in part ? part.amount : part;
  assert.equal(p.currency, whole.currency, 'a share needs one currency');
  return (100 * p.value) / whole.value;
}

/** Number words, by language: "three" → 3. */
const counting = (words) =>
  Object.fromEntries(
    words
      .split(' ')
      .map((w, i) => [w, i + 1])
      .filter(([w]) => w !== '-'),
  );
const NUMBER_WORDS = {
  ...counting('one two three four five six seven eight nine ten eleven twelve'),
  ...counting('un deux trois quatre cinq six sept huit neuf dix'),
  ...counting('واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة'),
  ...counting('- - ثلاث أربع خمس ست سبع ثماني تسع عشر'),
  une: 1,
};
/** Words for a unit of time, by unit; Arabic duals ("عامين", two years) among them. */
const UNITS = Object.fromEntries(
  [
    ['days', 'day days jour jours أيام يومين'],
    ['weeks', 'week weeks semaines أسابيع أسبوعين'],
    ['months', 'month months mois أشهر شهرين'],
    ['years', 'year years ans années سنوات عامًا عامين سنتين'],
  ].flatMap(([unit, words]) => words.split(' ').map((w) => [w, unit])),
);
/** "third anniversary", "الذكرى الثالثة": a number of years. */
const ORDINALS = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  الأولى: 1,
  الثانية: 2,
  الثالثة: 3,
  الرابعة: 4,
  الخامسة: 5,
};
const WORDS = Object.keys(NUMBER_WORDS).join('|');
/** What the scan looks for, by language: [kind, regex with the number (or word) in group 1, the unit in group 2]. */
const SCANS = {
  en: [
    ['percent', /(\d+(?:\.\d+)?)\s?%/g],
    ['multiple', /\b(double|twice|half|\d+(?:\.\d+)?\s?×)/gi],
    ['duration', new RegExp(`\\b(${WORDS}|\\d+)[ -](days?|weeks?|months?|years?)\\b`, 'gi')],
    ['duration', /\b(first|second|third|fourth|fifth) (anniversary)/gi],
  ],
  fr: [
    ['percent', /(\d+(?:,\d+)?)\s?%/g],
    ['multiple', /\b(double|moitié|\d+(?:,\d+)?\s?×)/gi],
    ['duration', new RegExp(`\\b(${WORDS}|\\d+) (jours?|semaines|mois|ans|années)\\b`, 'gi')],
  ],
  ar: [
    ['percent', /(\d+(?:\.\d+)?)\s?[%٪]/g],
    ['multiple', /(ضعف|نصف|\d+(?:\.\d+)?\s?×)/g],
    ['duration', new RegExp(`(${WORDS}|\\d+) (أيام|أسابيع|أشهر|سنوات|عامًا)`, 'g')],
    // the dual: "two years", "two months"
    ['duration', /()(عامين|سنتين|شهرين|يومين|أسبوعين)/g],
    ['duration', /(بعد) (أيام)/g],
    ['duration', /(الذكرى) (الأولى|الثانية|الثالثة|الرابعة|الخامسة)/g],
  ],
};

const MULTIPLES = { double: 2, twice: 2, ضعف: 2, half: 0.5, moitié: 0.5, نصف: 0.5 };

/**
 * Every reader-facing text with a path of ids ("events/cnpd-decision/body"): not the quotes' own words, not the sources' headlines.
 * @param {object | string} [node] the story or a part of it
 * @param {(string | number)[]} [path]
 * @returns {Generator<{ path: string, lang: string, text: string }>}
 */
function* texts(node = story, path = []) {
  if (typeof node === 'string') return;
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* texts(item, [...path, item?.id ?? i]);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    const at = [...path, key];
    if (['sources', 'url', 'id', '$schema'].includes(key) && path.length === 0) continue;
    if (path[0] === 'quotes' && (key === 'text' || key === 'translations')) continue;
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).every((k) => k in SCANS)) {
      for (const [lang, text] of Object.entries(value)) yield { path: at.join('/'), lang, text };
    } else if (value && typeof value === 'object') yield* texts(value, at);
  }
}

/** Each claim found: where, in which language, what kind, its number and unit. */
function claims() {
  const found = [];
  for (const { path, lang, text } of texts()) {
    for (const [kind, regex] of SCANS[lang]) {
      for (const m of text.matchAll(regex)) {
        const [raw, unit] = [m[1].toLowerCase(), m[2]?.toLowerCase()];
        const ordinal = ORDINALS[raw] ?? ORDINALS[unit];
        let value;
        if (kind === 'percent') value = Number(raw.replace(',', '.'));
        else if (kind === 'multiple') value = MULTIPLES[raw] ?? Number(raw.replace(',', '.').replace('×', ''));
        else value = ordinal ?? NUMBER_WORDS[raw] ?? (raw === 'بعد' ? 'some' : raw === '' ? 2 : Number(raw));
        const years = ordinal !== undefined;
        found.push({
          path,
          lang,
          kind,
          value,
          unit: kind === 'duration' ? (years ? 'years' : UNITS[unit]) : undefined,
          text: m[0],
        });
      }
    }
  }
  return found;
}

/**
 * The claims computed from the data: where, what, and how. The computed value
 * must round to the written one at the written decimals, or, for a word like
 * "about four months" or "roughly double", lie `within` a relative tolerance.
 * `wrong`: the error a correction note withdraws, which must indeed be wrong.
 */
const ratioOfDraft = () => fine('amazon-cnpd-2021').amount.value / figure('draft-fine-2021').value;
const shareOfEurope = () => percent(fine('amazon-cnpd-2021'), figure('amazon-europe-revenue-2020'));
const shareOfWorld = () => percent(figure('cnpd-fine-in-usd'), figure('amazon-net-sales-2020'));
const jassyToDecision = () => days(event('jassy-succeeds-bezos').date, event('cnpd-decision').date);
const apologyToDisclosure = () =>
  days(event('amazon-apologises-pocan').date, event('amazon-discloses-fine').date) / 30.44;
const complaintsToRelease = () => days(event('lqdn-complaints').date, event('lqdn-hails-fine').date) / 365.25;
const gdprToPost = () => days(event('gdpr-applies').date, event('lqdn-cnil-complicit').date) / 365.25;
const COMPUTED = [
  { path: 'events/cnpd-decision/body', kind: 'percent', value: 1.7, compute: shareOfEurope },
  { path: 'events/cnpd-decision/body', kind: 'percent', value: 0.23, compute: shareOfWorld },
  { path: 'changes/1/text', kind: 'percent', value: 0.23, compute: shareOfWorld },
  { path: 'changes/1/text', kind: 'percent', value: 1.7, compute: shareOfEurope },
  // the figure the correction withdraws: it must really be wrong
  { path: 'changes/1/text', kind: 'percent', value: 0.3, compute: shareOfWorld, wrong: true },
  { path: 'events/draft-decision-reported/body', kind: 'multiple', value: 2, compute: ratioOfDraft, within: 0.15 },
  { path: 'events/jassy-succeeds-bezos/body', kind: 'duration', unit: 'days', value: 10, compute: jassyToDecision },
  { path: 'actors/andy-jassy/role', kind: 'duration', unit: 'days', value: 10, compute: jassyToDecision },
  {
    path: 'events/amazon-apologises-pocan/body',
    kind: 'duration',
    unit: 'months',
    value: 4,
    compute: apologyToDisclosure,
    within: 0.15,
  },
  {
    path: 'events/lqdn-hails-fine/body',
    kind: 'duration',
    unit: 'years',
    value: 3,
    compute: complaintsToRelease,
    within: 0.1,
  },
  {
    path: 'relations/lqdn-criticised-irish-dpc/note',
    kind: 'duration',
    unit: 'years',
    value: 3,
    compute: complaintsToRelease,
    within: 0.1,
  },
  // "on the GDPR's third anniversary": from the day it applied to La Quadrature du Net's post
  { path: 'events/lqdn-cnil-complicit/body', kind: 'duration', unit: 'years', value: 3, compute: gdprToPost },
];

/** Numbers that are not a comparison of the story's data: terms set by a decision or a law, or another party's claim. */
const NOT_COMPUTABLE = [
  { path: 'events/cnpd-decision/body', unit: 'months', value: 6, why: 'the compliance deadline the decision set' },
  { path: 'fines/amazon-cnpd-2021/note', unit: 'months', value: 6, why: 'the compliance deadline the decision set' },
  {
    path: 'events/cnpd-confirms/body',
    unit: 'months',
    value: 3,
    why: 'the legal time limit for an appeal, as the CNPD states it',
  },
  { path: 'fines/meta-dpc-2023-transfers/note', unit: 'months', value: 5, why: 'a deadline the DPC’s decision set' },
  {
    path: 'fines/amazon-cnil-2020-cookies/note',
    unit: 'months',
    value: 3,
    why: 'the compliance deadline the CNIL set',
  },
  {
    path: 'fines/uber-ap-2024/reason',
    unit: 'years',
    value: 2,
    why: 'the DPA’s finding on a period the story does not date',
  },
  {
    path: 'events/lqdn-complaints/body',
    unit: 'weeks',
    value: 6,
    why: 'La Quadrature du Net’s account of its own campaign',
  },
  { path: 'events/bottles-row/body', unit: 'days', value: 'some', why: 'an unquantified "days later"', langs: ['ar'] },
  {
    path: 'fines/instagram-dpc-2022-children/reason',
    unit: 'years',
    value: 17,
    why: 'an age (13 to 17), not a distance in time',
    langs: ['ar', 'en', 'fr'],
  },
];

/** @typedef {{ path: string, kind?: string, unit?: string, value: number | string, langs?: string[] }} Checked */

const key = (c) => `${c.path} ${c.kind ?? 'duration'} ${c.value}${c.unit ? ' ' + c.unit : ''}`;

test('every percentage, multiple and distance in time in the story’s texts is checked or explained', () => {
  const known = new Set([...COMPUTED.map(key), ...NOT_COMPUTABLE.map((c) => key({ ...c, kind: 'duration' }))]);
  const unchecked = claims().filter((c) => !known.has(key(c)));
  assert.deepEqual(
    unchecked.map((c) => `${c.path} (${c.lang}): “${c.text}”`),
    [],
    'add each to COMPUTED with how the data gives it, or to NOT_COMPUTABLE with why',
  );
});

test('each checked number is found in every language of its text', () => {
  const found = claims();
  /** @type {Checked[]} */
  const checked = [...COMPUTED, ...NOT_COMPUTABLE.map((n) => ({ ...n, kind: 'duration' }))];
  for (const c of checked) {
    const langs = found.filter((f) => key(f) === key(c)).map((f) => f.lang);
    // `langs`: where the other languages word it so that the scan cannot see it ("days later", "13–17-year-olds")
    const expected = c.langs ?? ['ar', 'en', 'fr'];
    assert.deepEqual([...new Set(langs)].sort(), expected, `${key(c)} found in ${langs.join(', ') || 'no language'}`);
  }
});

for (const c of COMPUTED) {
  test(`${c.path}: ${c.value}${c.kind === 'percent' ? '%' : c.unit ? ' ' + c.unit : '×'} ${c.wrong ? 'is the corrected error' : 'matches the data'}`, () => {
    const actual = c.compute();
    const decimals = String(c.value).split('.')[1]?.length ?? 0;
    const matches = c.within
      ? Math.abs(actual - c.value) / c.value <= c.within
      : Number(actual.toFixed(decimals)) === c.value;
    assert.equal(matches, !c.wrong, `written ${c.value}, computed ${actual}`);
  });
}

const MONEY = String.raw`(?:€\s?\d+(?:[.,]\d+)?\s?M|\d+(?:[.,]\d+)?\s?M€)`;
const millions = (token) => Number(token.replace(/[^\d.,]/g, '').replace(',', '.')) * 1e6;

test('amounts added with "+" in a fine’s note sum to that fine, or to the total the note names', () => {
  let sums = 0;
  for (const f of story.fines) {
    for (const lang of ['en', 'fr']) {
      const note = f.note?.[lang] ?? '';
      const named = [...note.matchAll(new RegExp(MONEY, 'g'))].map((m) => millions(m[0]));
      for (const chain of note.matchAll(new RegExp(`${MONEY}(?:[^€+;]*\\+\\s*${MONEY})+`, 'g'))) {
        const total = [...chain[0].matchAll(new RegExp(MONEY, 'g'))].reduce((sum, m) => sum + millions(m[0]), 0);
        assert.ok(total === f.amount.value || named.includes(total), `${f.id} (${lang}): ${chain[0]} = ${total}`);
        sums++;
      }
    }
  }
  assert.ok(sums >= 8, `only ${sums} sums found: is the pattern still right?`);
});

test('the figures a text relies on are dated, sourced and in a known currency', () => {
  assert.ok(story.figures, 'the story has figures');
  for (const f of story.figures) {
    assert.ok(f.sources.length && f.date, f.id);
    assert.match(f.currency ?? 'EUR', /^[A-Z]{3}$/);
  }
});

test('the story has no warnings: every text in every language, no source published before the fact it supports', () => {
  assert.deepEqual(lintStory(story), []);
});
