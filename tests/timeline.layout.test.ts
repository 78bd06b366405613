import { expect } from '@open-wc/testing';
import {
  centerView,
  clampView,
  DAY,
  domainOf,
  eraSpan,
  fitZoom,
  packLanes,
  placeEvents,
  tickStep,
  timeScale,
  timeTicks,
  visibleRange,
  zoomView,
  type PackOptions,
  type Scale,
  type Placed,
  type Unit,
} from '../src/timeline/layout.js';
import type { Story, StoryEvent } from '../src/story/types.js';
import { pickText } from '../src/story/text.js';
import { LANES, MARKER, axisOf, filterEvents, frameOf, prepare, type Labels, type Say } from '../src/timeline/model.js';
import { bidiRuns, fitTokens, measureTokens, oneLine, shortened, tokenize, twoLines } from '../src/timeline/words.js';
import { erasOf } from '../src/timeline/edges.js';
import { syntheticTimelineStory } from './fixtures/timeline-synthetic.js';
import { callInWorker } from './fixtures/in-worker.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const ev = (id: string, date: string, end?: string): StoryEvent => ({ id, date, end, title: id, sources: ['s'] });
const OPTIONS: PackOptions = { lanes: 5, marker: 20, gap: 2, bin: 52, cluster: 28, offset: 0 };

/** Every pair of boxes that must not overlap: markers and labels of singles, cluster columns. */
function assertNoOverlap(units: Unit[], o: PackOptions): void {
  const box = (u: Unit): [number, number] =>
    u.n > 1 ? [u.pos - o.cluster / 2, u.pos + o.cluster / 2] : [u.pos - o.marker / 2, u.pos + o.marker / 2 + u.label];
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i]!;
      const b = units[j]!;
      if (a.lane >= 0 && b.lane >= 0 && a.lane !== b.lane) continue; // different rows
      const [a0, a1] = box(a);
      const [b0, b1] = box(b);
      expect(a1 <= b0 || b1 <= a0, `units ${i} and ${j} overlap: [${a0}, ${a1}] [${b0}, ${b1}]`).to.equal(true);
    }
  }
}

describe('timeline layout', () => {
  describe('placing events in time', () => {
    it('puts a year-only event mid-year, covering the whole year (never 1 January)', () => {
      const [p] = placeEvents([ev('a', '2018')]);
      expect(p!.start).to.equal(utc(2018));
      expect(p!.end).to.equal(utc(2019));
      expect(p!.t).to.equal((utc(2018) + utc(2019)) / 2);
      expect(new Date(p!.t).getUTCMonth()).to.equal(6);
    });

    it('covers a month and a day at their precision, and a span to the end of its end date', () => {
      const [d, m, s] = placeEvents([ev('m', '2021-07'), ev('d', '2021-07-16'), ev('s', '2021-03-24', '2021-04')]).sort(
        (a, b) => a.event.id.localeCompare(b.event.id),
      );
      expect([d!.start, d!.end]).to.deep.equal([utc(2021, 7, 16), utc(2021, 7, 17)]);
      expect(m!.t).to.be.within(utc(2021, 7, 16), utc(2021, 7, 17));
      expect([s!.start, s!.end]).to.deep.equal([utc(2021, 3, 24), utc(2021, 5, 1)]);
    });

    it('sorts by marker time', () => {
      const placed = placeEvents([ev('late', '2025'), ev('early', '2016-04-27'), ev('mid', '2021-07-15')]);
      expect(placed.map((p) => p.event.id)).to.deep.equal(['early', 'mid', 'late']);
    });

    it('runs an era without end to now, and pads the domain around everything', () => {
      const now = utc(2026, 1, 10);
      expect(eraSpan({ id: 'e', start: '2025', title: 'x', sources: ['s'] }, now)).to.deep.equal([utc(2025), now]);
      const [d0, d1] = domainOf(placeEvents([ev('a', '2018'), ev('b', '2020')]), [], now);
      expect(d0).to.be.below(utc(2018));
      expect(d1).to.be.above(utc(2021));
      const [e0, e1] = domainOf([], [], now);
      expect(e1 - e0).to.be.above(300 * DAY); // an empty story still has an axis
    });
  });

  describe('mapping time to pixels', () => {
    const domain: [number, number] = [utc(2010), utc(2020)];

    it('maps the domain onto the width left to right, and right to left in RTL', () => {
      const ltr = timeScale(domain, 1000, { k: 1, x: 0 }, false);
      const rtl = timeScale(domain, 1000, { k: 1, x: 0 }, true);
      expect(ltr.x(domain[0])).to.equal(0);
      expect(ltr.x(domain[1])).to.equal(1000);
      expect(rtl.x(domain[0])).to.equal(1000);
      expect(rtl.x(domain[1])).to.equal(0);
      const t = utc(2013, 5, 5);
      expect(rtl.x(t)).to.be.closeTo(1000 - ltr.x(t), 1e-6);
      // the reading position is the same in both directions
      expect(rtl.pos(t)).to.be.closeTo(ltr.pos(t), 1e-6);
      expect(ltr.window).to.deep.equal(domain);
      expect(rtl.window[0]).to.be.closeTo(domain[0], 1);
      expect(rtl.window[1]).to.be.closeTo(domain[1], 1);
    });

    it('zooms and pans: k = 2 panned by half a width shows the middle half', () => {
      const s = timeScale(domain, 800, { k: 2, x: -0.5 }, false);
      const quarter = (domain[1] - domain[0]) / 4;
      expect(s.window[0]).to.be.closeTo(domain[0] + quarter, 1);
      expect(s.window[1]).to.be.closeTo(domain[1] - quarter, 1);
    });

    it('zooms around a fixed point and keeps the view inside the domain', () => {
      const v = zoomView({ k: 1, x: 0 }, 4, 0.25, 100);
      const before = timeScale(domain, 1000, { k: 1, x: 0 }, false);
      const after = timeScale(domain, 1000, v, false);
      const t = domain[0] + (domain[1] - domain[0]) / 4;
      expect(after.x(t)).to.be.closeTo(before.x(t), 1e-6);
      expect(zoomView({ k: 1, x: 0 }, 0.5, 0.5, 100)).to.deep.equal({ k: 1, x: 0 });
      expect(zoomView({ k: 50, x: -10 }, 10, 0.5, 100).k).to.equal(100);
      expect(clampView({ k: 3, x: 1 }, 10)).to.deep.equal({ k: 3, x: 0 });
      expect(clampView({ k: 3, x: -5 }, 10)).to.deep.equal({ k: 3, x: -2 });
    });

    it('centres a time, and finds the zoom that spreads a cluster', () => {
      const t = utc(2015, 6, 1);
      const v = centerView(domain, 10, t, 100);
      expect(timeScale(domain, 600, v, false).x(t)).to.be.closeTo(300, 1e-6);
      expect(fitZoom(domain, utc(2015), utc(2016))).to.be.closeTo(6, 0.1);
    });
  });

  describe('ticks', () => {
    it('steps like d3-array’s tickStep', () => {
      expect(tickStep(10, 5)).to.equal(2);
      expect(tickStep(100, 3)).to.equal(50);
      expect(tickStep(1, 10)).to.be.closeTo(0.1, 1e-12);
      expect(tickStep(36, 8)).to.equal(5);
    });

    describe('every loop ends, whatever the numbers', () => {
      const LAYOUT = new URL('../src/timeline/layout.ts', import.meta.url);
      // In a worker: before the fix, some of these never returned and froze the page.
      const cases: [string, number, number, number][] = [
        ['a day at 1e300 ms, where i + 1 === i', 1e300, 1e300 + 1, 8],
        ['an infinite window', Infinity, Infinity, 8],
        ['a window from -Infinity', -Infinity, utc(2021), 8],
        ['NaN', NaN, NaN, 8],
        ['the whole Date range with a million ticks asked', -8.64e15, 8.64e15, 1e6],
        ['the smallest double as the window', 0, 5e-324, 8],
        ['an empty window', utc(2021), utc(2021), 8],
        ['a reversed window', utc(2022), utc(2021), 8],
        ['a count of NaN', utc(2015), utc(2025), NaN],
      ];
      for (const [what, t0, t1, count] of cases) {
        it(`timeTicks: ${what}`, async () => {
          const ticks = (await callInWorker(LAYOUT, 'timeTicks', [t0, t1, count], { ms: 10_000 })) as { t: number }[];
          expect(ticks.length).to.be.at.most(1000);
          for (const tick of ticks) expect(tick.t).to.be.within(t0, t1);
        });
      }

      it('tickStep is 0, never NaN or Infinity, when no step fits in a double', () => {
        for (const [span, count] of [
          [5e-324, 4],
          [Number.MAX_VALUE, 1],
          [0, 4],
          [NaN, 4],
          [Infinity, 4],
        ]) {
          expect(tickStep(span!, count!), `tickStep(${span}, ${count})`).to.equal(0);
        }
      });
    });

    it('ticks years on 1 January (UTC) for a decade', () => {
      const ticks = timeTicks(utc(2015, 3), utc(2025, 6), 8);
      expect(ticks.every((t) => t.unit === 'year')).to.equal(true);
      expect(ticks.map((t) => new Date(t.t).getUTCFullYear())).to.deep.equal([
        2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
      ]);
      expect(ticks.every((t) => new Date(t.t).getUTCMonth() === 0 && new Date(t.t).getUTCDate() === 1)).to.equal(true);
    });

    it('ticks every few years over a long span, on round years', () => {
      const ticks = timeTicks(utc(1990), utc(2026), 7);
      expect(ticks[0]!.unit).to.equal('year');
      expect(ticks.map((t) => new Date(t.t).getUTCFullYear() % 5)).to.satisfy((r: number[]) => r.every((x) => x === 0));
    });

    it('ticks months, in steps that divide a year, for a year or two', () => {
      const ticks = timeTicks(utc(2021, 1, 10), utc(2022, 10), 8);
      expect(ticks[0]!.unit).to.equal('month');
      const months = ticks.map((t) => new Date(t.t).getUTCMonth());
      const step = (months[1]! - months[0]! + 12) % 12;
      expect([1, 2, 3, 6]).to.include(step);
      expect(ticks.every((t) => new Date(t.t).getUTCDate() === 1)).to.equal(true);
    });

    it('ticks days for a few weeks', () => {
      const ticks = timeTicks(utc(2021, 7, 1), utc(2021, 7, 22), 8);
      expect(ticks[0]!.unit).to.equal('day');
      expect(ticks.length).to.be.within(4, 22);
      expect(ticks.every((t) => t.t % DAY === 0)).to.equal(true);
    });
  });

  describe('the visible window', () => {
    it('bisects the sorted events, ends included', () => {
      const items = placeEvents(
        ['2016-01-01', '2018-01-01', '2018-01-01', '2020-01-01', '2022-01-01'].map((d, i) => ev(`e${i}`, d)),
      );
      const t = (i: number) => items[i]!.t;
      expect(visibleRange(items, t(1), t(3))).to.deep.equal([1, 4]);
      expect(visibleRange(items, t(0) - 1, t(0) - 1)).to.deep.equal([0, 0]);
      expect(visibleRange(items, t(1) + 1, t(3) - 1)).to.deep.equal([3, 3]);
    });
  });

  describe('lanes and clusters', () => {
    const pack = (items: Placed[], width: number, o = OPTIONS) => {
      const domain = domainOf(items, [], 0);
      const s = timeScale(domain, width, { k: 1, x: 0 }, false);
      return packLanes(
        items,
        items.map((_, i) => i),
        s.pos,
        o,
      );
    };

    it('gives sparse events their own place with a label, and no clusters', () => {
      const items = placeEvents(['2010', '2013', '2016', '2019'].map((d, i) => ev(`e${i}`, d)));
      items.forEach((p) => (p.label = 120));
      const units = pack(items, 1000);
      expect(units.map((u) => u.n)).to.deep.equal([1, 1, 1, 1]);
      expect(units.every((u) => u.label > 0)).to.equal(true);
      assertNoOverlap(units, OPTIONS);
    });

    it('stacks events of the same day in lanes instead of overlapping them', () => {
      const items = placeEvents(
        ['2021-07-30', '2021-07-30', '2021-07-30', '2010', '2025'].map((d, i) => ev(`e${i}`, d)),
      );
      items.forEach((p) => (p.label = 80));
      const units = pack(items, 900);
      const sameDay = units.filter((u) => items[u.first]!.event.date === '2021-07-30');
      expect(sameDay.map((u) => u.lane).sort()).to.deep.equal([0, 1, 2]);
      assertNoOverlap(units, OPTIONS);
    });

    it('clusters dense events, counting every one of them, and never overlaps', () => {
      const story = syntheticTimelineStory(2000, 7);
      const items = placeEvents(story.events);
      items.forEach((p, i) => (p.label = 40 + (i % 7) * 20));
      const units = pack(items, 800);
      expect(units.some((u) => u.n > 1)).to.equal(true);
      expect(units.length).to.be.below(200);
      expect(units.reduce((sum, u) => sum + u.n, 0)).to.equal(items.length);
      assertNoOverlap(units, OPTIONS);
    });

    it('never overlaps at any zoom or pan, in either direction', () => {
      const story = syntheticTimelineStory(600, 3);
      const items = placeEvents(story.events);
      items.forEach((p, i) => (p.label = 30 + (i % 5) * 40));
      const domain = domainOf(items, [], 0);
      for (const [k, x] of [
        [1, 0],
        [4, -1.3],
        [20, -9.7],
        [200, -120.4],
      ] as const) {
        for (const rtl of [false, true]) {
          const s = timeScale(domain, 700, { k, x }, rtl);
          const [lo, hi] = visibleRange(items, s.window[0], s.window[1]);
          const idx = Array.from({ length: hi - lo }, (_, i) => lo + i);
          const units = packLanes(items, idx, s.pos, { ...OPTIONS, offset: x * 700 });
          assertNoOverlap(units, OPTIONS);
          expect(units.reduce((sum, u) => sum + u.n, 0)).to.equal(idx.length);
        }
      }
    });

    it('keeps clusters in place while panning (bins are fixed in time)', () => {
      const story = syntheticTimelineStory(1500, 5);
      const items = placeEvents(story.events);
      const domain = domainOf(items, [], 0);
      const clusters = (x: number) => {
        const s = timeScale(domain, 800, { k: 3, x }, false);
        return packLanes(
          items,
          items.map((_, i) => i),
          s.pos,
          { ...OPTIONS, offset: x * 800 },
        )
          .filter((u) => u.n > 1)
          .map((u) => `${u.first}-${u.last}`);
      };
      expect(clusters(-1)).to.deep.equal(clusters(-1.2));
    });
  });
});

/** Text widths as the layout tests measure them: a little wider than Noto Sans at 14 px (6.8 px a Latin character, 6.4 an Arabic one). */
const measure = (text: string) => [...text].reduce((w, c) => w + (/[\u0600-\u06FF]/.test(c) ? 6.5 : 7), 0);
const LABELS: Labels = { measure, key: 'test', size: 14 };
const SAY: Say = {
  cluster: (list, a, b) => `${b - a + 1} events, ${list[a]!.event.date} – ${list[b]!.event.date}`,
  tick: (t) => String(new Date(t.t).getUTCFullYear()),
  ongoing: (title) => `${title} (ongoing)`,
};
const NOW = Date.UTC(2026, 5, 1);

/** The Amazon story's default view at `width` in `lang`: its axis, and the units the plot draws. */
async function amazonView(lang: string, width: number) {
  const story = (await (await fetch('/data/amazon-cnpd-2021.story.json')).json()) as Story;
  const prep = prepare(story, lang, 7, NOW);
  const listed = filterEvents(prep, '');
  const axis = axisOf(prep, listed, width, LABELS, SAY);
  const frame = frameOf(prep, listed, axis, width, { k: 1, x: 0 }, lang === 'ar', LABELS, SAY);
  return { story, prep, list: listed.list, axis, frame };
}

/** The boxes a unit covers in its lane: its marker, its label (after or before it). */
function unitBox(u: Unit, marker = MARKER): [number, number] {
  const half = marker / 2;
  return u.before ? [u.pos - half - u.label, u.pos + half] : [u.pos - half, u.pos + half + u.label];
}

describe('timeline at a glance (the Amazon story)', () => {
  for (const lang of ['en', 'ar']) {
    for (const width of [900, 1000, 1400]) {
      it(`${lang}, ${width} px: every event its own marker, no cluster`, async () => {
        const { story, frame, axis } = await amazonView(lang, width);
        expect(axis.glance!.lost).to.equal(0);
        expect(frame.units.every((u) => u.n === 1)).to.equal(true);
        expect(frame.units.length).to.equal(story.events.length);
      });
    }
    for (const width of [672, 900, 1000, 1400]) {
      it(`${lang}, ${width} px: every key title whole (one line or two), and no box over another`, async () => {
        const { list, frame } = await amazonView(lang, width);
        const key = frame.units.filter((u) => u.n === 1 && list[u.first]!.event.importance === 1);
        expect(key.length).to.equal(list.filter((it) => it.event.importance === 1).length);
        for (const u of key) {
          const m = measureTokens(list[u.first]!.title.value, measure);
          expect(u.short, list[u.first]!.event.id).to.equal(undefined);
          // the box is as wide as the title on its lines (two at most)
          expect(u.label, list[u.first]!.event.id).to.be.at.least(u.lines === 2 ? twoLines(m) : oneLine(m));
        }
        // in each lane, markers and labels never overlap; and every box is inside the plot
        for (let lane = 0; lane < LANES; lane++) {
          const boxes = frame.units
            .filter((u) => u.lane === lane)
            .map((u) => unitBox(u))
            .sort((a, b) => a[0] - b[0]);
          boxes.forEach((b, i) => i && expect(b[0], `lane ${lane}`).to.be.at.least(boxes[i - 1]![1]));
          for (const [a, b] of boxes) expect(a >= 0 && b <= width, `[${a}, ${b}] in ${width}`).to.equal(true);
        }
      });
    }
  }

  it('shortens lesser labels only between whole tokens, an ellipsis at their end', async () => {
    for (const lang of ['en', 'ar']) {
      const { list, frame } = await amazonView(lang, 672);
      expect(frame.short.size).to.be.above(0);
      for (const [i, text] of frame.short) {
        const tokens = tokenize(list[i]!.title.value);
        expect(text.endsWith('…')).to.equal(true);
        const kept = tokenize(text.slice(0, -1));
        expect(kept).to.deep.equal(tokens.slice(0, kept.length));
      }
    }
  });

  it('breaks the axis only over time in which no event happens, and marks each break', async () => {
    const { story, axis, frame } = await amazonView('en', 1000);
    const breaks = axis.axis.segments.slice(1).map((s, i) => [axis.axis.segments[i]!.t1, s.t0] as const);
    expect(breaks.length).to.be.above(0);
    expect(frame.breaks.length).to.equal(breaks.length);
    for (const [a, b] of breaks) {
      for (const p of placeEvents(story.events)) {
        expect(p.end <= a || p.start >= b, `${p.event.id} inside a break`).to.equal(true);
      }
    }
  });

  it('runs time at one rate within a segment: equal gaps there are equal time', async () => {
    const { axis } = await amazonView('en', 1000);
    const s = timeScale(axis.axis, 1000, { k: 1, x: 0 }, false);
    for (const seg of axis.axis.segments) {
      const [a, b] = [seg.t0, seg.t1];
      const step = (b - a) / 4;
      const gaps = [0, 1, 2, 3].map((i) => s.pos(a + (i + 1) * step) - s.pos(a + i * step));
      for (const g of gaps) expect(g).to.be.closeTo(gaps[0]!, 1e-6);
    }
    // and time always runs forward
    const times = placeEvents((await amazonView('en', 1000)).story.events).map((p) => s.pos(p.t));
    times.forEach((x, i) => i && expect(x).to.be.at.least(times[i - 1]!));
  });

  it('mirrors in RTL: the same reading positions, time from the right', async () => {
    const en = await amazonView('ar', 1000);
    const s = timeScale(en.axis.axis, 1000, { k: 1, x: 0 }, true);
    const t = en.list[0]!.t;
    expect(s.x(t)).to.be.closeTo(1000 - s.pos(t), 1e-6);
    expect(s.x(en.list[0]!.t)).to.be.above(s.x(en.list[en.list.length - 1]!.t));
  });

  it('clusters only what cannot fit: thousands of events, and a narrow plot of a dense story', () => {
    const story = syntheticTimelineStory(2000, 7);
    const prep = prepare(story, 'en', 7, NOW);
    const listed = filterEvents(prep, '');
    const axis = axisOf(prep, listed, 1000, LABELS, SAY);
    expect(axis.glance).to.equal(undefined);
    const frame = frameOf(prep, listed, axis, 1000, { k: 1, x: 0 }, false, LABELS, SAY);
    expect(frame.units.some((u) => u.n > 1)).to.equal(true);
    expect(frame.units.reduce((n, u) => n + u.n, 0)).to.equal(listed.list.length);
  });
});

describe('prepared events', () => {
  it('pick their title and estimate its label when first read, as picking them all up front did', () => {
    const story = syntheticTimelineStory(300, 4);
    story.events[5]!.title = 'Only in the default language';
    for (const lang of ['en', 'ar', 'fr-CA', 'de']) {
      const prep = prepare(story, lang, 7, NOW);
      expect(prep.items.length).to.equal(story.events.length);
      for (const it of prep.items) {
        const title = pickText(it.event.title, lang, story.lang);
        expect(it.title, `${lang} ${it.event.id}`).to.deep.equal(title);
        expect(it.title, 'the same object at each read').to.equal(it.title);
        expect(it.label).to.equal(Math.min(title.value.length * 7 + 8, 7 * 30));
        expect(prep.byId.get(it.event.id)).to.equal(it);
      }
    }
  });
});

describe('words of a label', () => {
  it('keeps a number with its scale and currency, and a Latin name inside Arabic, whole', () => {
    expect(tokenize('The CNPD fines Amazon €746 million, a GDPR record')).to.deep.equal([
      'The',
      'CNPD',
      'fines',
      'Amazon',
      '€746 million,',
      'a',
      'GDPR',
      'record',
    ]);
    expect(tokenize('CNIL تغرّم جوجل 50 مليون يورو')).to.deep.equal(['CNIL', 'تغرّم', 'جوجل', '50 مليون يورو']);
    expect(tokenize('La Quadrature du Net تقدّم شكاوى جماعية ضد عمالقة GAFAM')).to.deep.equal([
      'La Quadrature du Net',
      'تقدّم',
      'شكاوى',
      'جماعية',
      'ضد',
      'عمالقة',
      'GAFAM',
    ]);
  });

  it('fits a prefix of whole tokens with an ellipsis, never a lone short word', () => {
    const m = measureTokens('CNIL تغرّم جوجل 50 مليون يورو', measure);
    const full = oneLine(m);
    expect(fitTokens(m, full, 7)).to.equal(m.tokens.length);
    const k = fitTokens(m, full - 10, 7);
    expect(k).to.equal(3); // "CNIL تغرّم جوجل…": the amount goes whole or not at all
    expect(shortened(m, k)).to.equal('CNIL تغرّم جوجل…');
    expect(fitTokens(measureTokens('The EU adopts the GDPR', measure), 40, 7)).to.equal(0);
  });

  it('names every era whole when a name before it can take two lines instead of one', () => {
    // times are reading positions here; at 7 px a character the second name is 280 px on one line
    const s: Scale = { x: (t: number) => t, pos: (t: number) => t, window: [0, 672] };
    const labels: Labels = { measure, key: 'test', size: 14 };
    const eras = [
      { name: 'CNPD investigation', start: 108, end: 215 },
      { name: 'Appeal before the Tribunal administratif', start: 238, end: 557 },
      { name: 'Appeal before the Cour administrative', start: 537, end: 648 },
    ];
    const placed = erasOf(eras, s, 672, labels);
    expect(placed.map((p) => p.name?.text)).to.deep.equal(eras.map((e) => e.name));
    expect(placed.map((p) => p.name?.lines)).to.deep.equal([1, 2, 2]);
    for (let k = 1; k < placed.length; k++) {
      const [a, b] = [placed[k - 1]!.name!, placed[k]!.name!];
      expect(a.pos + a.width, `names ${k - 1} and ${k} apart`).to.be.at.most(b.pos);
    }
  });

  it('finds the narrowest two-line width between tokens', () => {
    const m = measureTokens('aaaa bbbb cccc dddd', (t) => (t === ' ' ? 5 : t.length * 10));
    expect(oneLine(m)).to.equal(175);
    expect(twoLines(m)).to.equal(85);
  });

  it('isolates Latin names, numbers and amounts in right-to-left text only', () => {
    expect(bidiRuns('Amazon fined €746 million')).to.deep.equal(['Amazon fined €746 million']);
    const runs = bidiRuns('CNIL تغرّم جوجل 50 مليون يورو، وAmazon Europe Core.');
    expect(runs.filter((_, i) => i % 2)).to.deep.equal(['CNIL', '50', 'Amazon Europe Core']);
    expect(runs.join('')).to.equal('CNIL تغرّم جوجل 50 مليون يورو، وAmazon Europe Core.');
    // an abbreviation keeps its stop (before a bracket, after "Inc"); a sentence's stop stays out (above)
    expect(bidiRuns('أمازون (Amazon.com, Inc.)').filter((_, i) => i % 2)).to.deep.equal(['Amazon.com, Inc.']);
    expect(bidiRuns('شركة Acme Inc. في لوكسمبورغ').filter((_, i) => i % 2)).to.deep.equal(['Acme Inc.']);
  });
});
