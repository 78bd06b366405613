// TimelineJS 3 JSON to a story (dist/import, as `fine-kit import timelinejs`
// and the playground run it): files written from TimelineJS's published
// format documentation, in tests/fixtures/import/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromTimelineJs, formatIssue } from '../../dist/import/index.js';
import { en, must, storyOf } from './import-read.js';
import { parseStory } from '../../dist/story/index.js';

const fixture = (name) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const amazon = fixture('amazon-timelinejs.json');
const SOURCE = 'https://www.laquadrature.net/fr/depot_plainte_gafam';
const codes = (result, level) => result.issues.filter((i) => !level || i.level === level).map((i) => i.code);
const at = (result, code) => result.issues.filter((i) => i.code === code).map((i) => i.where.path);
/** Every text of a story, for checks that must hold in all of them. */
const texts = (story) =>
  [
    story.title,
    story.summary,
    ...story.events.flatMap((e) => [e.title, e.body]),
    ...(story.eras ?? []).map((e) => e.title),
  ]
    .filter(Boolean)
    .flatMap((t) => Object.values(t));

test('title slide, eras, spans and precisions become a valid story', () => {
  const r = fromTimelineJs(amazon, { file: 'amazon-timelinejs.json', lang: 'en', source: SOURCE });
  assert.equal(r.valid, true, r.issues.map((i) => formatIssue(i, 'en')).join('\n'));
  assert.ok(parseStory(r.story).ok);
  assert.deepEqual(codes(r, 'error'), []);
  const s = storyOf(r);
  assert.equal(en(s.title), 'Amazon and the record GDPR fine');
  assert.equal(
    en(s.summary),
    'How Luxembourg’s data protection authority came to fine Amazon €746\u00a0million.\n\nSources: the CNPD’s announcement.',
  );
  assert.equal(s.id, 'amazon-and-the-record-gdpr-fine');
  assert.deepEqual(
    s.events.map((e) => [e.date, e.end]),
    [
      ['2016-04-27', undefined],
      ['2018-05-28', undefined],
      ['2018', undefined],
      ['2021-03-24', '2021-04-03'],
      ['2021-06', undefined],
      ['2021-07-15', undefined],
      ['2021-10-15', undefined],
      ['2025-03-18', undefined],
    ],
  );
  assert.deepEqual(
    must(s.eras).map((e) => [e.start, e.end, en(e.title)]),
    [
      ['2018-05-28', '2021-07-15', 'CNPD investigation'],
      ['2021-10-15', '2025-03-18', 'Appeal before the Tribunal administratif'],
    ],
  );
  // eras link to nothing: they cite the source given for the whole timeline
  assert.deepEqual(
    must(s.eras)[0].sources.map((id) => s.sources.find((x) => x.id === id)?.url),
    [SOURCE],
  );
});

test('HTML becomes plain text: no markup, entities decoded, paragraphs kept', () => {
  const story = storyOf(fromTimelineJs(amazon, { lang: 'en', source: SOURCE }));
  for (const text of texts(story)) assert.doesNotMatch(text, /<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i, text);
  const lqdn = must(story.events.find((e) => e.id === 'lqdn-complaints'));
  assert.equal(
    en(lqdn.body),
    'The French association sends the CNIL five collective complaints, against Facebook, Google, Apple, Amazon and LinkedIn.\n\nSee the complaints and the one against Amazon.',
  );
  assert.equal(en(story.events[3].title), 'The “bottles” row between Amazon and Rep. Mark Pocan');
});

test('links in the text and media addresses become sources, cited by their event', () => {
  const story = storyOf(fromTimelineJs(amazon, { lang: 'en', source: SOURCE }));
  const url = (id) => story.sources.find((s) => s.id === id)?.url;
  const lqdn = must(story.events.find((e) => e.id === 'lqdn-complaints'));
  assert.deepEqual(lqdn.sources.map(url), [
    'https://www.laquadrature.net/fr/depot_plainte_gafam',
    'https://gafam.laquadrature.net/wp-content/uploads/sites/9/2018/05/amazon.pdf',
  ]);
  // a bare address in the text (TimelineJS autolinks it)
  assert.match(must(url(story.events[2].sources[0])), /^https:\/\/cnil\.fr\/fr\/lautorite/);
  // media: its address, titled by its caption, published by its credit (HTML stripped)
  const adopted = must(story.sources.find((s) => s.url.endsWith('/451423')));
  assert.deepEqual([en(adopted.title), adopted.publisher], ['Decision no. 451423', 'Conseil d’État']);
  assert.deepEqual(story.events[0].sources, [adopted.id]);
  // one source per address, however often it is cited
  assert.equal(new Set(story.sources.map((s) => s.url)).size, story.sources.length);
});

test('ids: unique_id kept when valid, otherwise made from the headline, stable and unique', () => {
  const a = fromTimelineJs(amazon, { lang: 'en', source: SOURCE });
  const b = fromTimelineJs(amazon, { lang: 'en', source: SOURCE });
  assert.deepEqual(a.story, b.story);
  const ids = storyOf(a).events.map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z0-9][a-z0-9-]*$/);
  assert.equal(ids[1], 'lqdn-complaints');
  assert.equal(ids[5], 'cnpd-decision');
  assert.equal(ids[0], 'the-eu-adopts-the-general-data-protection-regulation');
  // the second "cnpd-decision" is renamed, and the renaming reported where it was written
  assert.notEqual(ids[6], 'cnpd-decision');
  assert.deepEqual(at(a, 'id-changed'), ['/events/1/unique_id', '/events/6/unique_id']);
});

test('what the story cannot hold is a warning at its JSON path, never dropped silently', () => {
  const r = fromTimelineJs(amazon, { file: 'amazon-timelinejs.json', lang: 'en', source: SOURCE });
  assert.deepEqual(at(r, 'display-date'), ['/events/2/display_date']);
  assert.deepEqual(at(r, 'group'), ['/events/0/group', '/events/1/group']);
  assert.deepEqual(at(r, 'background'), ['/title/background', '/events/5/background']);
  assert.deepEqual(at(r, 'media-extra'), ['/events/5/media/thumbnail']);
  assert.deepEqual(at(r, 'media-source'), ['/title/media/url', '/events/0/media/url', '/events/5/media/url']);
  assert.equal(
    formatIssue(must(r.issues.find((i) => i.code === 'group')), 'en'),
    'amazon-timelinejs.json /events/0/group  warning: The group "\u2068Law\u2069" is not kept: a story has no groups.',
  );
});

test('an event without a headline is titled from its text', () => {
  const r = fromTimelineJs(amazon, { lang: 'en', source: SOURCE });
  assert.equal(en(storyOf(r).events[6].title), 'Amazon Europe Core lodges an appeal against the CNPD decision with…');
  assert.deepEqual(at(r, 'no-headline'), ['/events/6/text/headline']);
  const dateOnly = fromTimelineJs({ events: [{ start_date: { year: 2020 } }] }, { lang: 'en', source: SOURCE });
  assert.equal(dateOnly.valid, true);
  assert.equal(en(storyOf(dateOnly).events[0].title), '2020');
});

test('items that link to nothing: an error each, and an invalid story, unless --source is given', () => {
  const r = fromTimelineJs(amazon, { file: 'amazon-timelinejs.json', lang: 'en' });
  assert.equal(r.valid, false);
  assert.deepEqual(at(r, 'no-source'), ['/eras/0', '/eras/1']);
  // the validator's own error on the same field is not repeated
  assert.deepEqual(codes(r, 'error'), ['no-source', 'no-source']);
});

test('BCE years are errors that leave the item out; years 1 to 999 and times of day work', () => {
  const r = fromTimelineJs(fixture('history-bce-times.json'), { file: 'history.json', lang: 'en' });
  assert.deepEqual(at(r, 'bc-date'), ['/events/0/start_date', '/events/1/start_date', '/eras/0/start_date']);
  assert.deepEqual(
    r.issues.filter((i) => i.code === 'bc-date').map((i) => i.params.year),
    [753, 44, 27],
  );
  assert.equal(r.valid, true);
  assert.deepEqual(
    storyOf(r).events.map((e) => e.date),
    ['0014-08-19', '0079', '1969-07-20', '1969-07-21'],
  );
  assert.deepEqual(
    r.issues.filter((i) => i.code === 'time-dropped').map((i) => [i.where.path, i.params.time]),
    [
      ['/events/4/start_date/hour', '20:17'],
      ['/events/5/start_date/hour', '02:56:15'],
    ],
  );
  assert.equal(storyOf(r).eras, undefined);
});

test('HTML-heavy text: scripts, styles, tables, lists, entities, embeds', () => {
  const r = fromTimelineJs(fixture('html-heavy.json'), { file: 'html-heavy.json', lang: 'en' });
  assert.equal(r.valid, true, r.issues.map((i) => formatIssue(i, 'en')).join('\n'));
  assert.equal(en(storyOf(r).title), 'A heavily marked-up timeline');
  assert.equal(en(storyOf(r).summary), 'Text & markup, as pasted from a CMS.');
  const [event] = storyOf(r).events;
  assert.equal(en(event.title), 'La Quadrature du Net hails a “historic”\u00a0fine');
  assert.equal(
    en(event.body),
    [
      'In a press release, the association writes:',
      '',
      "“This historic fine hits straight to the heart of Big Tech's predatory system, and should be celebrated as such.”",
      '',
      '• Amount: €746\u202f000\u202f000',
      '• Authority: CNPD',
      'Luxembourg',
      '• Complaint:',
      '• filed in May 2018',
      '• by 10\u00a0000 people',
      '',
      'Year Event',
      '2018 Complaint',
      '',
      'Contact: press · more · click',
      '',
      '<not a tag> © 2021 — café العربية',
    ].join('\n'),
  );
  // web links only: no mailto:, javascript: or relative address becomes a source
  assert.deepEqual(
    storyOf(r).sources.map((s) => s.url),
    [
      'https://www.laquadrature.net/en/2021/07/30/amazon-fined-746-million-euros-following-our-collective-legal-action/',
      'https://www.laquadrature.net/2021/07/30/amende-de-746-millions-deuros-contre-amazon-suite-a-nos-plaintes-collectives/',
    ],
  );
  assert.deepEqual(at(r, 'embedded-dropped'), ['/events/0/text/text']);
  assert.equal(r.issues.find((i) => i.code === 'embedded-dropped')?.params.tags, 'iframe, img');
  assert.deepEqual(at(r, 'media-not-url'), ['/events/0/media/url']);
});

test('500 events: every one kept, in order, with unique stable ids', () => {
  const events = Array.from({ length: 500 }, (_, i) => ({
    start_date: { year: 1900 + Math.floor(i / 12), month: (i % 12) + 1, ...(i % 3 ? { day: 1 + (i % 28) } : {}) },
    // headlines repeat, so ids need suffixes
    text: {
      headline: `Event <b>${i % 50}</b>`,
      text: `<p>Number ${i}, <a href="https://example.org/e/${i}">source</a>.</p>`,
    },
  }));
  const a = fromTimelineJs({ events }, { lang: 'en', title: 'Five hundred' });
  const b = fromTimelineJs(JSON.stringify({ events }), { lang: 'en', title: 'Five hundred' });
  assert.equal(a.valid, true);
  assert.equal(storyOf(a).events.length, 500);
  assert.deepEqual(a.story, b.story);
  const ids = storyOf(a).events.map((e) => e.id);
  assert.equal(new Set(ids).size, 500);
  assert.deepEqual(ids.slice(0, 2), ['event-0', 'event-1']);
  assert.equal(ids[50], 'event-0-2');
  assert.equal(ids[450], 'event-0-10');
  assert.deepEqual(
    storyOf(a).events.map((e) => en(e.body)),
    events.map((_, i) => `Number ${i}, source.`),
  );
  assert.equal(storyOf(a).sources.length, 500);
});

test('headlines in Arabic: the language is guessed, ids come from a digest', () => {
  const r = fromTimelineJs({
    title: { text: { headline: 'غرامة أمازون' } },
    events: [
      {
        start_date: { year: 2021, month: 7, day: 15 },
        text: { headline: 'اللجنة الوطنية تغرّم أمازون', text: 'https://cnpd.public.lu/' },
      },
      {
        start_date: { year: 2021, month: 10, day: 15 },
        text: { headline: 'أمازون تطعن في القرار', text: 'https://paperjam.lu/' },
      },
    ],
  });
  assert.equal(storyOf(r).lang, 'ar');
  assert.deepEqual(storyOf(r).languages, ['ar']);
  assert.deepEqual(at(r, 'lang-guessed'), [undefined]);
  for (const e of storyOf(r).events) assert.match(e.id, /^event-[a-z0-9]+$/);
  assert.notEqual(storyOf(r).events[0].id, storyOf(r).events[1].id);
  assert.equal(storyOf(r).id, 'story');
  assert.equal(r.valid, true);
});

test('not TimelineJS: an error naming the file, and no story', () => {
  const notJson = fromTimelineJs('{ "events": [', { file: 'broken.json' });
  assert.deepEqual(codes(notJson), ['json']);
  assert.equal(notJson.story, undefined);
  assert.equal(notJson.issues[0].where.file, 'broken.json');
  const noEvents = fromTimelineJs({ slides: [] }, { file: 'other.json' });
  assert.deepEqual(codes(noEvents), ['not-timelinejs']);
  const badDates = fromTimelineJs(
    {
      events: [
        { start_date: { year: 2021, month: 13 }, text: { headline: 'Month 13' } },
        { start_date: { year: 2021, month: 2, day: 30 }, text: { headline: 'Day 30' } },
        { text: { headline: 'No date' } },
        'not a slide',
        {
          start_date: { year: 2021 },
          end_date: { year: 2019 },
          text: { headline: 'Backwards', text: 'https://example.org/' },
        },
      ],
    },
    { lang: 'en' },
  );
  assert.deepEqual(
    badDates.issues.filter((i) => i.level === 'error').map((i) => [i.code, i.where.path]),
    [
      ['bad-date', '/events/0/start_date'],
      ['bad-date', '/events/1/start_date'],
      ['no-date', '/events/2/start_date'],
      ['not-object', '/events/3'],
    ],
  );
  assert.deepEqual(at(badDates, 'end-dropped'), ['/events/4/end_date']);
  assert.equal(storyOf(badDates).events.length, 1);
});
