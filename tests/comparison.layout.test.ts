import { expect } from '@open-wc/testing';
import {
  annotate,
  checkFines,
  DEFAULT_LIMIT,
  layoutComparison,
  makeScale,
  MAX_BARS,
  moveIndex,
  tickStep,
  tickStride,
} from '../src/comparison/layout.js';
import { moneyText } from '../src/comparison/amounts.js';
import { parseStory } from '../src/story/parse.js';
import { validate } from '../src/story/schema-kit.js';
import { schemas } from '../src/story/index.js';
import type { Fine, Story } from '../src/story/types.js';
import { syntheticComparisonStory, syntheticFines } from './fixtures/comparison-synthetic.js';
import { callInWorker } from './fixtures/in-worker.js';

const STORY = '/data/amazon-cnpd-2021.story.json';
let amazon: Story;

/** A valid fine with the given id and amount (EUR unless said). */
const fine = (id: string, value: number, extra: Partial<Fine> = {}): Fine => ({
  id,
  company: `Company ${id}`,
  authority: 'Authority',
  amount: { value, currency: 'EUR' },
  date: '2021-07-16',
  reason: 'Reason',
  law: 'gdpr',
  sources: ['s1'],
  ...extra,
});
const ids = (bars: { fine: Fine }[]) => bars.map((b) => b.fine.id);
/** Bars of the fines' own amounts (all standing), the first one highlighted. */
const barsOf = (fines: Fine[]) =>
  fines.map((f, i) => ({ fine: f, value: f.amount.value, now: f.amount.value, standing: true, highlight: i === 0 }));
/** Strips the bidi isolates around an island. */
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

before(async () => {
  amazon = (await (await fetch(STORY)).json()) as Story;
});

describe('fine-comparison layout', () => {
  describe('the Amazon story', () => {
    it('highlights the largest fine of the main actor and sorts by amount', () => {
      const l = layoutComparison(amazon.fines, { mainActor: amazon.mainActor });
      expect(l.highlight).to.equal('amazon-cnpd-2021');
      expect(l.currency).to.equal('EUR');
      expect(l.bars).to.have.length(amazon.fines.length);
      expect(ids(l.bars).slice(0, 2)).to.deep.equal(['meta-dpc-2023-transfers', 'amazon-cnpd-2021']);
      const values = l.bars.map((b) => b.value);
      expect(values).to.deep.equal([...values].sort((a, b) => b - a));
      expect(l.bars[0]!.size).to.equal(1);
      expect(l.problems).to.deep.equal([]);
    });

    it('compares the annulled fine as imposed: 7.46× Google’s €100M with compare-to, else with the largest that stands', () => {
      const chosen = layoutComparison(amazon.fines, {
        mainActor: amazon.mainActor,
        compareTo: 'google-cnil-2020-cookies',
      });
      expect(chosen.annotation).to.deep.include({ kind: 'chosen', imposed: true, otherValue: 100e6 });
      expect(chosen.annotation!.ratio).to.be.closeTo(7.46, 1e-9);
      expect(chosen.annotation!.other.id).to.equal('google-cnil-2020-cookies');
      // the court annulled it on 12 March 2026: it is nobody's "next largest", the largest that stands is Meta's
      const largest = layoutComparison(amazon.fines, { mainActor: amazon.mainActor });
      expect(largest.annotation).to.deep.include({ kind: 'largest', imposed: true, otherValue: 1.2e9 });
      expect(largest.annotation!.other.id).to.equal('meta-dpc-2023-transfers');
      expect(largest.annotation!.ratio).to.be.closeTo(1200 / 746, 1e-9);
    });

    it('reads each fine’s status: annulled drawn at 0 standing, reduced at the reduced amount', () => {
      const l = layoutComparison(amazon.fines, { mainActor: amazon.mainActor });
      const bar = (id: string) => l.bars.find((b) => b.fine.id === id)!;
      expect(bar('amazon-cnpd-2021')).to.deep.include({ value: 746e6, now: 0, standing: false, nowSize: 0 });
      expect(bar('amazon-cnpd-2021').state).to.deep.include({ status: 'annulled', since: '2026-03-12' });
      const reduced = bar('amazon-france-logistique-cnil-2023');
      expect(reduced).to.deep.include({ value: 32e6, now: 15e6, standing: true });
      expect(reduced.nowSize).to.be.closeTo(reduced.size * (15 / 32), 1e-12);
      expect(bar('google-cnil-2019')).to.deep.include({ value: 50e6, now: 50e6, standing: true });
    });

    it('status="standing" leaves out what was annulled, names it, and highlights nothing in its place', () => {
      const l = layoutComparison(amazon.fines, { mainActor: amazon.mainActor, status: 'standing' });
      expect(ids(l.bars)).to.not.include('amazon-cnpd-2021');
      expect(l.bars).to.have.length(amazon.fines.length - 1);
      expect(l.problems).to.deep.equal([{ kind: 'annulled', ids: ['amazon-cnpd-2021'], currencies: ['EUR'] }]);
      expect(l.highlight).to.equal(undefined);
      // ordered by what stands: the reduced €15M fine sorts among the €15M, not the €32M
      const values = l.bars.map((b) => b.now);
      expect(values).to.deep.equal([...values].sort((a, b) => b - a));
      const rest = layoutComparison(amazon.fines, { status: 'standing', limit: 20 }).rest!;
      expect(rest.count).to.equal(amazon.fines.length - 1 - 20);
      expect(rest.total).to.equal(l.bars.slice(20).reduce((s, b) => s + b.now, 0));
    });

    it('the highlighted fine that leads what stands is compared with the next that stands', () => {
      const fines = [
        fine('annulled', 900, { history: [{ status: 'annulled', date: '2022-01-01', sources: ['s1'] }] }),
        fine('top', 500),
        fine('cut', 450, {
          history: [{ status: 'reduced', date: '2022', amount: { value: 100, currency: 'EUR' }, sources: ['s1'] }],
        }),
        fine('next', 200),
      ];
      const l = layoutComparison(fines, { highlight: 'top' });
      expect(l.annotation).to.deep.include({ kind: 'next', imposed: false, otherValue: 200, ratio: 2.5 });
      expect(l.annotation!.other.id).to.equal('next');
      // a reduced fine is compared by what stands
      expect(layoutComparison(fines, { highlight: 'cut' }).annotation).to.deep.include({
        kind: 'largest',
        ratio: 5,
        otherValue: 500,
      });
    });

    it('filters by law; the highlight follows the main actor’s largest fine left', () => {
      const l = layoutComparison(amazon.fines, { mainActor: amazon.mainActor, law: 'eprivacy' });
      expect(l.bars.every((b) => b.fine.law === 'eprivacy')).to.equal(true);
      expect(l.bars).to.have.length(6);
      expect(l.highlight).to.equal('amazon-cnil-2020-cookies');
      // the smallest: set against the largest that stands
      expect(l.annotation).to.deep.include({ kind: 'largest', imposed: false, otherValue: 325e6 });
      expect(l.annotation!.ratio).to.be.closeTo(325 / 35, 1e-9);
      expect(layoutComparison(amazon.fines, { law: 'gdpr' }).bars).to.have.length(19);
    });

    it('sorts by date, oldest first', () => {
      const l = layoutComparison(amazon.fines, { sort: 'date' });
      const dates = l.bars.map((b) => b.fine.date);
      expect(dates).to.deep.equal([...dates].sort());
      expect(dates[0]).to.equal('2019-01-21');
    });

    it('keeps the highlighted fine among the top N and sums the rest', () => {
      const l = layoutComparison(amazon.fines, { mainActor: amazon.mainActor, law: 'eprivacy', limit: 3 });
      expect(ids(l.bars)).to.deep.equal(['google-cnil-2025', 'google-cnil-2021-cookies', 'amazon-cnil-2020-cookies']);
      expect(l.rest).to.deep.equal({ count: 3, total: 150e6 + 100e6 + 60e6, approx: false });
    });
  });

  describe('scales', () => {
    it('linear: from zero to the largest amount, ticks on round steps', () => {
      const { size, ticks } = makeScale([1.2e9, 746e6, 100e6], 'linear');
      expect(size(1.2e9)).to.equal(1);
      expect(size(600e6)).to.equal(0.5);
      expect(ticks.map((t) => t.value)).to.deep.equal([0, 2e8, 4e8, 6e8, 8e8, 1e9, 1.2e9]);
      expect(ticks[0]!.at).to.equal(0);
      expect(ticks.at(-1)!.at).to.be.closeTo(1, 1e-12);
    });

    it('log: a €30M fine is visible beside €1.2B', () => {
      const lin = makeScale([1.2e9, 30.5e6], 'linear');
      const log = makeScale([1.2e9, 30.5e6], 'log');
      expect(lin.size(30.5e6)).to.be.below(0.03);
      expect(log.size(30.5e6)).to.be.above(0.2);
      expect(log.size(1.2e9)).to.be.closeTo(1, 1e-12);
      expect(log.ticks.map((t) => t.value)).to.deep.equal([1e7, 1e8, 1e9]);
      expect(log.ticks[0]!.at).to.equal(0);
    });

    it('log: thins the ticks beyond six decades', () => {
      const { ticks } = makeScale([5e9, 20], 'log');
      expect(ticks.map((t) => Math.round(Math.log10(t.value)))).to.deep.equal([1, 3, 5, 7, 9]);
    });

    it('survives nothing and all zeros', () => {
      expect(makeScale([], 'linear').ticks).to.deep.equal([{ value: 0, at: 0 }]);
      expect(makeScale([0, 0], 'linear').size(0)).to.equal(0);
    });

    it('tickStride keeps every label clear of its neighbour, whatever the widths', () => {
      const ats = [0, 0.25, 0.5, 0.75, 1];
      // 400 px, labels 40 px wide centred 100 px apart: all fit
      expect(tickStride(ats, [20, 40, 40, 40, 40], 400)).to.equal(1);
      // 100 px wide: neighbours overlap, every other one fits (0, 200, 400)
      expect(tickStride(ats, [20, 100, 100, 100, 100], 400)).to.equal(2);
      // the gap counts: 95 px labels leave 5 px, less than the 8 px asked by default
      expect(tickStride(ats, [20, 95, 95, 95, 95], 400)).to.equal(2);
      expect(tickStride(ats, [20, 95, 95, 95, 95], 400, 0)).to.equal(1);
      // the first label starts at zero: a wide one pushes the second away
      expect(tickStride([0, 0.2, 0.4], [150, 40, 40], 500)).to.equal(2);
      // too little room for two labels: the first alone
      expect(tickStride(ats, [50, 50, 50, 50, 50], 60)).to.equal(5);
      // one tick, no labels to compare
      expect(tickStride([0], [30], 10)).to.equal(1);
      // labels as wide as Arabic ones ("600 مليون €") on a 240 px axis: 0, 600M and 1.2B are kept
      expect(tickStride([0, 1 / 6, 2 / 6, 3 / 6, 4 / 6, 5 / 6, 1], [28, 80, 80, 80, 80, 80, 78], 240)).to.equal(3);
    });

    it('tickStep gives 1, 2 or 5 times a power of ten', () => {
      expect(tickStep(1.2e9, 4)).to.equal(2e8);
      expect(tickStep(100, 4)).to.equal(20);
      expect(tickStep(10, 10)).to.equal(1);
      expect(tickStep(7, 1)).to.equal(5);
    });
  });

  describe('numeric edges: every loop ends, every number is finite', () => {
    const LAYOUT = new URL('../src/comparison/layout.ts', import.meta.url);
    const MAX = Number.MAX_VALUE; // 1.7976931348623157e308
    const TINY = Number.MIN_VALUE; // 5e-324
    // In a worker: before the fix, these loops never ended and froze the page.
    const ticksOf = (values: number[], kind: 'linear' | 'log') =>
      callInWorker(LAYOUT, 'makeScale', [values, kind], { pick: 'ticks', ms: 10_000 }) as Promise<
        { value: number; at: number }[]
      >;
    const cases: [string, number[]][] = [
      ['the largest double', [MAX]],
      ['the largest double beside a small amount', [MAX, 1]],
      ['the smallest double', [TINY]],
      ['every amount 5e-324', [TINY, TINY, TINY]],
      ['1e-323', [1e-323, 5e-324]],
      ['all equal', [746e6, 746e6, 746e6]],
      ['zero', [0]],
      ['zero and the largest double', [0, MAX]],
      ['the smallest and the largest double', [TINY, MAX]],
    ];
    for (const [what, values] of cases) {
      for (const kind of ['linear', 'log'] as const) {
        it(`${kind}, ${what}: a few finite ticks from 0 to 1`, async () => {
          const ticks = await ticksOf(values, kind);
          expect(ticks.length).to.be.within(1, 12);
          for (const t of ticks) {
            expect(Number.isFinite(t.value), `tick value ${t.value}`).to.equal(true);
            expect(t.at, `tick at ${t.at}`).to.be.within(0, 1 + 1e-9);
          }
          const { size } = makeScale(values, kind);
          for (const v of values) expect(size(v), `size(${v})`).to.be.within(0, 1);
        });
      }
    }

    it('tickStep is 0, never NaN or Infinity, when no step fits in a double', async () => {
      for (const [span, count] of [
        [TINY, 4],
        [MAX, 1],
        [0, 4],
        [NaN, 4],
        [Infinity, 4],
        [1, 0],
      ]) {
        expect(await callInWorker(LAYOUT, 'tickStep', [span, count]), `tickStep(${span}, ${count})`).to.equal(0);
      }
      expect(tickStep(MAX, 4)).to.equal(5e307);
    });

    it('NaN and Infinity in the values are drawn at 0 and left out of the domain', () => {
      const { size, ticks } = makeScale([NaN, Infinity, 100], 'linear');
      expect(size(NaN)).to.equal(0);
      expect(size(100)).to.equal(1);
      expect(ticks.at(-1)!.value).to.equal(100);
      expect(makeScale([0, -1, 100], 'log').size(0)).to.equal(0);
    });

    it('a conversion rate of 1e308 makes a conversion problem, not an infinite bar', () => {
      const fines = [fine('a', 746e6), fine('usd', 80e6, { amount: { value: 80e6, currency: 'USD' } })];
      const rate = { from: 'USD', to: 'EUR', rate: 1e308, date: '2021-07-30', sources: ['s1'] };
      const l = layoutComparison(fines, { conversions: [rate] });
      expect(ids(l.bars)).to.deep.equal(['a']);
      expect(l.problems).to.deep.equal([{ kind: 'conversion', ids: ['usd'], currencies: ['USD'] }]);
      for (const bar of l.bars) expect(Number.isFinite(bar.size)).to.equal(true);
    });

    it('writes huge, tiny and converted amounts legibly: no "∞ €", no thirty digits, no false cents', () => {
      expect(plain(moneyText(7.46e23, 'EUR', 'en'))).to.equal('€7.5\u00a0×\u00a010²³');
      expect(plain(moneyText(7.46e23, 'EUR', 'fr'))).to.equal('7,5\u00a0×\u00a010²³\u00a0€');
      expect(plain(moneyText(5e-324, 'EUR', 'en'))).to.equal('€5\u00a0×\u00a010⁻³²⁴');
      expect(plain(moneyText(7.46e-9, 'EUR', 'ar'))).to.match(/^\u200f?7\.5\u00a0×\u00a010⁻⁹\s€$/);
      // the power of ten is one left-to-right island inside an Arabic amount
      expect(moneyText(1e20, 'EUR', 'ar')).to.contain('\u20661\u00a0×\u00a010²⁰\u2069');
      expect(moneyText(Infinity, 'EUR', 'en')).to.equal('–');
      expect(moneyText(NaN, 'EUR', 'en')).to.equal('–');
      expect(moneyText(0, 'EUR', 'en')).to.equal('€0');
      // below a thousand trillion, the words the locale has
      expect(moneyText(999e12, 'EUR', 'en')).to.equal('€999T');
      expect(moneyText(746e6, 'EUR', 'en', 'full')).to.equal('€746,000,000');
      // a total rounds, a sum across currencies says it is approximate
      expect(moneyText(1032865808.95, 'EUR', 'en', 'rounded')).to.equal('€1.03B');
      expect(moneyText(1032865808.95, 'EUR', 'en', 'approx')).to.equal('≈\u00a0€1.03B');
      expect(moneyText(1032865808.95, 'EUR', 'fr', 'approx')).to.equal('≈\u00a01,03\u00a0Md\u00a0€');
    });

    it('a rate at the schema’s limit, huge and tiny amounts, all equal amounts: finite bars and ticks', () => {
      const usd = (id: string, value: number) => fine(id, value, { amount: { value, currency: 'USD' } });
      const at = (rate: number, fines: Fine[]) =>
        layoutComparison(fines, { conversions: [{ from: 'USD', to: 'EUR', rate, date: '2021', sources: ['s1'] }] });
      for (const l of [
        at(1e9, [fine('a', 5), usd('huge', 1e15)]),
        at(1e-9, [fine('a', 1e15), usd('tiny', 0.01)]),
        layoutComparison([fine('a', 746e6), fine('b', 746e6), fine('c', 746e6)]),
        layoutComparison([fine('a', 0), fine('b', 0)]),
        layoutComparison([fine('a', 5e-324), fine('b', 1e15)], { scale: 'log' }),
      ]) {
        for (const b of l.bars) {
          for (const n of [b.value, b.now, b.size, b.nowSize])
            expect(Number.isFinite(n), `${b.fine.id}: ${n}`).to.equal(true);
        }
        for (const t of l.ticks) expect(Number.isFinite(t.value) && Number.isFinite(t.at)).to.equal(true);
      }
      const equal = layoutComparison([fine('a', 746e6), fine('b', 746e6), fine('c', 746e6)], { highlight: 'a' });
      expect(equal.bars.map((b) => b.size)).to.deep.equal([1, 1, 1]);
      expect(equal.annotation).to.equal(undefined); // nothing larger or smaller to compare with
      const huge = at(1e9, [fine('a', 5), usd('huge', 1e15)]);
      expect(huge.bars[0]!.value).to.equal(1e24);
      expect(plain(moneyText(huge.bars[0]!.value, 'EUR', 'en', 'approx'))).to.equal('≈\u00a0€1\u00a0×\u00a010²⁴');
    });

    it('gives no ratio that is Infinity', () => {
      const bars = barsOf([fine('a', 746e6), fine('tiny', TINY)]);
      expect(annotate(bars[0]!, bars)).to.equal(undefined);
    });
  });

  describe('bad data', () => {
    it('checkFines reads a hostile list without throwing: a getter that throws, a Proxy, too many fines', () => {
      const trap = () => {
        throw new Error('trap');
      };
      const hostile = fine('hostile', 5);
      Object.defineProperty(hostile, 'amount', { enumerable: true, get: trap });
      const checked = checkFines([fine('ok', 5), hostile, new Proxy({}, { ownKeys: trap })]);
      expect(ids(checked.fines.map((f) => ({ fine: f })))).to.deep.equal(['ok']);
      expect(checked.invalid.map((x) => [x.id, x.error.path, x.error.code])).to.deep.equal([
        ['hostile', '/fines/1/amount', 'unreadable'],
        ['#3', '/fines/2', 'unreadable'],
      ]);
      const revoked = Proxy.revocable([], {});
      revoked.revoke();
      expect(checkFines(revoked.proxy).invalid[0]!.error).to.include({ path: '/fines', code: 'unreadable' });
      const many = Array.from({ length: 5001 }, (_, i) => fine(`f${i}`, i));
      expect(checkFines(many).invalid[0]!.error).to.include({ path: '/fines', code: 'too-many' });
    });

    it('checkFines keeps valid fines and names the negative, missing and duplicate ones', () => {
      const noAmount = fine('no-amount', 1) as Partial<Fine>;
      delete noAmount.amount;
      const checked = checkFines([fine('ok', 5), fine('negative', -5), noAmount, fine('ok', 6), { nonsense: true }]);
      expect(ids(checked.fines.map((f) => ({ fine: f })))).to.deep.equal(['ok']);
      expect(checked.invalid.map((x) => [x.id, x.error.code, x.error.path])).to.deep.equal([
        ['negative', 'non-negative', '/fines/1/amount/value'],
        ['no-amount', 'required', '/fines/2/amount'],
        ['ok', 'duplicate-id', '/fines/3/id'],
        ['#5', 'required', '/fines/4/id'],
      ]);
      expect(checkFines('nope').invalid[0]!.error.code).to.equal('type');
    });

    it('leaves out unknown currencies', () => {
      const l = layoutComparison([fine('a', 10), fine('b', 5, { amount: { value: 5, currency: 'XQQ' } })]);
      expect(ids(l.bars)).to.deep.equal(['a']);
      expect(l.problems).to.deep.equal([{ kind: 'currency', ids: ['b'], currencies: ['XQQ'] }]);
    });

    it('never compares mixed currencies without a conversion', () => {
      const fines = [fine('a', 100), fine('b', 50), fine('usd', 80, { amount: { value: 80, currency: 'USD' } })];
      const l = layoutComparison(fines);
      expect(l.currency).to.equal('EUR');
      expect(ids(l.bars)).to.deep.equal(['a', 'b']);
      expect(l.problems).to.deep.equal([{ kind: 'conversion', ids: ['usd'], currencies: ['USD'] }]);
    });

    it('converts with the story’s conversions, either way round', () => {
      const fines = [fine('a', 100), fine('usd', 80, { amount: { value: 80, currency: 'USD' } })];
      const rate = { from: 'EUR', to: 'USD', rate: 1.25, date: '2021-07-30', sources: ['s1'] };
      const l = layoutComparison(fines, { conversions: [rate] });
      expect(l.problems).to.deep.equal([]);
      const usd = l.bars.find((b) => b.fine.id === 'usd')!;
      expect(usd.value).to.equal(64);
      expect(usd.converted).to.equal(true);
      expect(l.conversions).to.deep.equal([rate]);
    });

    it('charts in the highlighted fine’s currency', () => {
      const fines = [fine('a', 100), fine('b', 50), fine('usd', 80, { amount: { value: 80, currency: 'USD' } })];
      const l = layoutComparison(fines, { highlight: 'usd' });
      expect(l.currency).to.equal('USD');
      expect(ids(l.bars)).to.deep.equal(['usd']);
    });

    it('leaves zero amounts out of a log scale, not a linear one', () => {
      const fines = [fine('a', 100), fine('zero', 0)];
      expect(ids(layoutComparison(fines).bars)).to.deep.equal(['a', 'zero']);
      const log = layoutComparison(fines, { scale: 'log' });
      expect(ids(log.bars)).to.deep.equal(['a']);
      expect(log.problems[0]!.kind).to.equal('zero-log');
      expect(log.problems[0]!.ids).to.deep.equal(['zero']);
    });

    it('gives no ratio against a zero fine', () => {
      const bars = barsOf([fine('a', 10), fine('zero', 0)]);
      expect(annotate(bars[0]!, bars)).to.equal(undefined);
      expect(annotate(bars[0]!, bars, 'zero')).to.equal(undefined);
    });
  });

  describe('scale to thousands of fines', () => {
    it('the generator gives valid fines and a valid story, the same for the same seed', () => {
      const fines = syntheticFines(200, 7);
      for (const f of fines) expect(validate(schemas.Fine, f), f.id).to.deep.equal([]);
      expect(syntheticFines(200, 7)).to.deep.equal(fines);
      expect(syntheticFines(200, 8)).to.not.deep.equal(fines);
      const parsed = parseStory(syntheticComparisonStory(2000, 3));
      expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors.slice(0, 3))).to.equal(true);
    });

    it('draws the top bars and aggregates the rest of 2,000 fines', () => {
      const story = syntheticComparisonStory(2000, 1);
      const l = layoutComparison(story.fines, { mainActor: story.mainActor });
      expect(l.bars).to.have.length(DEFAULT_LIMIT);
      expect(l.rest!.count).to.equal(2000 - DEFAULT_LIMIT);
      const total = story.fines.reduce((s, f) => s + f.amount.value, 0);
      expect(l.rest!.total + l.bars.reduce((s, b) => s + b.value, 0)).to.be.closeTo(total, 1);
      expect(l.highlight).to.equal('fine-1');
      expect(layoutComparison(story.fines, { limit: 5000 }).bars).to.have.length(MAX_BARS);
    });
  });

  it('moveIndex: Up/Down by one, Home/End to the ends, clamped', () => {
    expect(moveIndex('ArrowDown', 0, 3)).to.equal(1);
    expect(moveIndex('ArrowDown', 2, 3)).to.equal(2);
    expect(moveIndex('ArrowUp', 0, 3)).to.equal(0);
    expect(moveIndex('End', 0, 3)).to.equal(2);
    expect(moveIndex('Home', 2, 3)).to.equal(0);
    expect(moveIndex('a', 1, 3)).to.equal(undefined);
  });
});
