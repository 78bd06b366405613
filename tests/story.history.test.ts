import {
  checkStory,
  changesNewestFirst,
  fineState,
  isStanding,
  lastUpdated,
  lintStory,
  parseStory,
  standingFines,
  type Fine,
  type Story,
  type StoryCheck,
  type StoryError,
} from '../src/story/index.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { describeError, errorMessages, errorWords, languageReady } from '../src/i18n/index.js';
import { describeCheck } from '../src/i18n/lint.js';
import '../src/timeline/index.js';
import { vocabulary } from '../src/i18n/vocabulary.js';
import { describeFineStatus, describeFineSteps } from '../src/i18n/fine-status.js';
import { miniStory } from './fixtures/mini-story.js';
import type { Mutable } from './fixtures/story-errors.js';

/** The mini story with a court, a fine that went through appeal, and two change notes. */
function appealed(): Story {
  const story = miniStory();
  story.actors.push({ id: 'court', kind: 'court', name: { ar: 'المحكمة', en: 'High Court', fr: 'La Cour' } });
  story.fines[0]!.status = 'annulled';
  story.fines[0]!.history = [
    { status: 'under-appeal', date: '2021-10', by: 'court', sources: ['s1'] },
    {
      status: 'reduced',
      date: '2023-05-02',
      by: 'court',
      amount: { value: 500000000, currency: 'EUR' },
      sources: ['s1'],
    },
    { status: 'annulled', date: '2026-03-12', by: 'court', sources: ['s1'] },
  ];
  story.updated = '2026-11-30';
  story.changes = [
    {
      date: '2026-03-13',
      kind: 'update',
      text: { ar: 'تحديث', en: 'The annulment', fr: 'L’annulation' },
      sources: ['s1'],
    },
    {
      date: '2026-11-30',
      kind: 'correction',
      text: { ar: 'تصحيح', en: 'A figure', fr: 'Un chiffre' },
      sources: ['s1'],
    },
  ];
  return story;
}

function errorsOf(mutate: (s: Mutable) => void): StoryError[] {
  const story = appealed() as unknown as Mutable;
  mutate(story);
  const result = parseStory(story);
  expect(result.ok, 'the story should be refused').to.equal(false);
  return result.ok ? [] : result.errors;
}

/** What `checkStory` finds in a broken copy, which `parseStory` still accepts (an element shows it). */
function checksOf(mutate: (s: Mutable) => void): StoryCheck[] {
  const story = appealed() as unknown as Mutable;
  mutate(story);
  const result = parseStory(story);
  expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
  return result.ok ? checkStory(result.story) : [];
}

function expectError(errors: (StoryError | StoryCheck)[], path: string, code: StoryError['code'] | StoryCheck['code']) {
  const found = errors.find((e) => e.path === path && e.code === code);
  expect(found, `expected ${code} at ${path}, got ${JSON.stringify(errors)}`).to.exist;
}

before(() => Promise.all(['ar', 'fr'].map((lang) => languageReady(lang, [vocabulary, errorWords]))));
before(() => languageReady('en', [errorWords]));

describe('fine histories and change notes', () => {
  describe('valid', () => {
    it('accepts a fine with a dated history ending on its status, and dated notes', () => {
      const result = parseStory(appealed());
      expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
      if (result.ok) expect(lintStory(result.story)).to.deep.equal([]);
    });

    it('accepts a year-precision step after a day-precision one in the same year', () => {
      const story = appealed();
      story.fines[0]!.history!.splice(1, 0, { status: 'under-appeal', date: '2021', sources: ['s1'] });
      story.fines[0]!.history![0]!.date = '2021-08-01';
      expect(parseStory(story).ok).to.equal(true);
    });
  });

  describe('bad input: the path and what was expected', () => {
    it('an unknown status', () =>
      expectError(
        errorsOf((s) => (s.fines[0].history[1].status = 'overturned')),
        '/fines/0/history/1/status',
        'enum',
      ));
    it('a history out of date order', () =>
      expectError(
        checksOf((s) => (s.fines[0].history[2].date = '2022-12-31')),
        '/fines/0/history/2/date',
        'history-order',
      ));
    it('a step before the fine itself', () =>
      expectError(
        checksOf((s) => (s.fines[0].history[0].date = '2020')),
        '/fines/0/history/0/date',
        'history-before-fine',
      ));
    it('a status that is not that of the last step', () =>
      expectError(
        checksOf((s) => (s.fines[0].status = 'upheld')),
        '/fines/0/status',
        'status-mismatch',
      ));
    it('a reduction without its amount', () =>
      expectError(
        checksOf((s) => delete s.fines[0].history[1].amount),
        '/fines/0/history/1/amount',
        'reduced-amount',
      ));
    it('a "reduction" to a higher amount, or in another currency', () => {
      expectError(
        checksOf((s) => (s.fines[0].history[1].amount.value = 900000000)),
        '/fines/0/history/1/amount',
        'not-lower',
      );
      expectError(
        checksOf((s) => (s.fines[0].history[1].amount.currency = 'USD')),
        '/fines/0/history/1/amount',
        'not-lower',
      );
    });
    it('an amount on a step that is not a reduction', () =>
      expectError(
        checksOf((s) => (s.fines[0].history[2].amount = { value: 1, currency: 'EUR' })),
        '/fines/0/history/2/amount',
        'amount-not-reduced',
      ));
    it('a step by an unknown court, citing an unknown source', () => {
      const errors = errorsOf((s) => {
        s.fines[0].history[0].by = 'nobody';
        s.fines[0].history[0].sources = ['s9'];
      });
      expectError(errors, '/fines/0/history/0/by', 'unknown-ref');
      expectError(errors, '/fines/0/history/0/sources/0', 'unknown-ref');
    });
    it('a change without a source', () =>
      expectError(
        errorsOf((s) => (s.changes[0].sources = [])),
        '/changes/0/sources',
        'sources',
      ));
    it('a change of an unknown kind', () =>
      expectError(
        errorsOf((s) => (s.changes[0].kind = 'retraction')),
        '/changes/0/kind',
        'enum',
      ));
    it('a change dated after "updated"', () =>
      expectError(
        checksOf((s) => (s.updated = '2026-11-29')),
        '/changes/1/date',
        'change-after-updated',
      ));
    it('changes out of date order', () =>
      expectError(
        checksOf((s) => (s.changes[0].date = '2026-12-01')),
        '/changes/1/date',
        'changes-order',
      ));
    it('changes without "updated"', () =>
      expectError(
        checksOf((s) => delete s.updated),
        '/updated',
        'updated-missing',
      ));
    it('an "updated" or change date that is not a whole day', () => {
      expectError(
        errorsOf((s) => (s.updated = '2026-11')),
        '/updated',
        'date-day',
      );
      expectError(
        errorsOf((s) => (s.changes[0].date = '2026-02-30')),
        '/changes/0/date',
        'date',
      );
    });
    it('a figure citing no source', () =>
      expectError(
        errorsOf((s) => (s.figures = [{ id: 'f', label: 'Revenue', value: 1, date: '2020', sources: [] }])),
        '/figures/0/sources',
        'sources',
      ));

    it('says each new error in en, ar and fr, placeholders filled', () => {
      const checks = [
        ...checksOf((s) => (s.fines[0].history[2].date = '2022-12-31')),
        ...checksOf((s) => (s.fines[0].history[0].date = '2020')),
        ...checksOf((s) => (s.fines[0].status = 'upheld')),
        ...checksOf((s) => delete s.fines[0].history[1].amount),
        ...checksOf((s) => (s.fines[0].history[2].amount = { value: 1, currency: 'EUR' })),
        ...checksOf((s) => (s.updated = '2026-11-29')),
        ...checksOf((s) => (s.changes[0].date = '2026-12-01')),
        ...checksOf((s) => delete s.updated),
        ...checksOf((s) => (s.fines[0].history[1].amount.value = 900000000)),
      ];
      expect(new Set(checks.map((c) => c.code)).size).to.equal(9);
      const day = errorsOf((s) => (s.updated = '2026-11'));
      for (const lang of ['en', 'ar', 'fr']) {
        const texts = [
          ...checks.map((c) => describeCheck(lang, c)),
          ...day.map((e) => describeError(errorMessages(lang), e)),
        ];
        for (const text of texts) {
          expect(text, lang).to.not.match(/\{\w+\}|undefined/);
          expect(text.length).to.be.above(10);
        }
      }
      expect(describeCheck('en', checks[0]!)).to.contain('2022-12-31').and.to.contain('2023-05-02');
      expect(describeCheck('fr', checks[0]!)).to.contain('de la plus ancienne à la plus récente');
    });

    it('an element still shows a story that would fail these checks', async () => {
      const story = appealed();
      story.fines[0]!.history!.reverse();
      story.changes!.reverse();
      expect(checkStory(story).length).to.be.above(2);
      const el = await fixture<HTMLElement>(html`<fine-timeline lang="en" .story=${story}></fine-timeline>`);
      if (!el.shadowRoot?.querySelector('[part~="event"]')) await oneEvent(el, 'fine-ready');
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).to.equal(story.events.length);
    });

    it('warns when a source was published before the fact it is cited for', () => {
      const story = appealed();
      story.sources[0]!.date = '2024';
      const result = parseStory(story);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      const found = lintStory(result.story).map((w) => `${w.path} ${w.code}`);
      expect(found).to.include('/fines/0/history/2/sources/0 source-before-fact');
      expect(found).to.not.include('/fines/0/history/1/sources/0 source-before-fact');
    });
  });

  describe('where a fine stands', () => {
    const fine = (): Fine => appealed().fines[0]!;

    it('follows the history to a date, at the date’s precision', () => {
      const imposed = fineState(fine(), '2021-07-20')!;
      expect(imposed.status).to.equal(undefined);
      expect(imposed.standing).to.equal(true);
      expect(imposed.amount.value).to.equal(746000000);
      // appealed "in October 2021": certainly by the end of October, not by 15 October
      expect(fineState(fine(), '2021-10-15')!.status).to.equal(undefined);
      expect(fineState(fine(), '2021-10')!.status).to.equal('under-appeal');
      const reduced = fineState(fine(), '2024')!;
      expect(reduced).to.deep.include({ status: 'reduced', since: '2023-05-02', standing: true });
      expect(reduced.amount.value).to.equal(500000000);
      expect(fineState(fine())).to.deep.include({ status: 'annulled', since: '2026-03-12', standing: false });
    });

    it('does not exist before it was imposed', () => {
      expect(fineState(fine(), '2021-07-01')).to.equal(undefined);
      expect(isStanding(fine(), '2021-07-01')).to.equal(false);
      // "by the end of 2021" it had been imposed
      expect(isStanding(fine(), '2021')).to.equal(true);
    });

    it('tells which fines still stand', () => {
      const story = appealed();
      story.fines.push({ ...story.fines[0]!, id: 'f2', status: undefined, history: undefined });
      expect(standingFines(story.fines).map((f) => f.id)).to.deep.equal(['f2']);
      expect(standingFines(story.fines, '2025').map((f) => f.id)).to.deep.equal(['f1', 'f2']);
    });

    it('gives an undated status for now only', () => {
      const undated: Fine = { ...fine(), history: undefined, status: 'upheld' };
      expect(fineState(undated)).to.deep.include({ status: 'upheld', standing: true });
      expect(fineState(undated)!.since).to.equal(undefined);
      expect(fineState(undated, '2030')!.status).to.equal(undefined);
    });
  });

  describe('the story’s last change', () => {
    it('is "updated", else the newest note; notes newest first', () => {
      const story = appealed();
      expect(lastUpdated(story)).to.equal('2026-11-30');
      expect(changesNewestFirst(story).map((c) => c.kind)).to.deep.equal(['correction', 'update']);
      expect(changesNewestFirst(story, 'update').length).to.equal(1);
      delete story.updated;
      story.changes!.push({ date: '2026-11-30', kind: 'update', text: 'Same day', sources: ['s1'] });
      expect(lastUpdated(story)).to.equal('2026-11-30');
      // same-day notes keep their order
      expect(changesNewestFirst(story).map((c) => c.kind)).to.deep.equal(['correction', 'update', 'update']);
      expect(lastUpdated({ changes: [] })).to.equal(undefined);
    });
  });

  describe('a fine’s status in words', () => {
    // without the bidi isolates, and with Intl's narrow no-break spaces as spaces
    const plain = (s: string | undefined) => s?.replace(/[\u2068\u2069]/g, '').replace(/\s/g, ' ');

    it('says what happened, when and who decided, in en, fr and ar', () => {
      const story = appealed();
      const f = story.fines[0]!;
      // English dates follow the runtime's `en` (US) format: only their wording is checked
      expect(plain(describeFineStatus(f, story, 'en'))).to.match(/^Annulled on \S.* 2026 \(High Court\)$/);
      expect(plain(describeFineStatus(f, story, 'fr'))).to.equal('Annulée le 12 mars 2026 (La Cour)');
      expect(plain(describeFineStatus(f, story, 'ar'))).to.match(/^أُلغيت في .+ \(المحكمة\)$/);
      expect(plain(describeFineStatus(f, story, 'fr', '2024'))).to.equal(
        'Ramenée à 500 000 000 € le 2 mai 2023 (La Cour)',
      );
      expect(describeFineStatus(f, story, 'en', '2021-08')).to.equal(undefined);
    });

    it('puts a month or a year after "in", and lists every step', () => {
      const story = appealed();
      const steps = describeFineSteps(story.fines[0]!, story, 'fr').map(plain);
      expect(steps).to.deep.equal([
        'En appel depuis octobre 2021 (La Cour)',
        'Ramenée à 500 000 000 € le 2 mai 2023 (La Cour)',
        'Annulée le 12 mars 2026 (La Cour)',
      ]);
      const en = describeFineSteps(story.fines[0]!, story, 'en').map(plain);
      expect(en[0]).to.equal('Under appeal since October 2021 (High Court)');
    });

    it('names the status alone when the story gives no date', () => {
      const story = appealed();
      const undated: Fine = { ...story.fines[0]!, history: undefined, status: 'upheld' };
      expect(describeFineStatus(undated, story, 'en')).to.equal('Upheld on appeal');
    });
  });
});
