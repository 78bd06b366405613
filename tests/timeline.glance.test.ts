import { expect, fixture, html } from '@open-wc/testing';
import '../src/timeline/index.js';
import type { FineTimeline } from '../src/timeline/index.js';
import type { Story } from '../src/story/types.js';
import { tokenize } from '../src/timeline/words.js';
import { describeFineStatus } from '../src/i18n/fine-status.js';
import { languageReady } from '../src/i18n/index.js';
import { vocabulary } from '../src/i18n/vocabulary.js';

/**
 * The timeline as a reader sees it, measured in the page: the Amazon story at
 * a glance in Arabic and English, at the widths of an article (672 px), a
 * laptop (1000) and a wide screen (1400); on a phone, a list in the page.
 */
const STORY_URL = '/data/amazon-cnpd-2021.story.json';
let amazon: Story;

const root = (el: FineTimeline) => el.shadowRoot!;
const all = <E extends Element = HTMLElement>(el: FineTimeline, selector: string) => [
  ...root(el).querySelectorAll<E>(selector),
];
/** Text as read: without bidi isolates, and the no-break spaces that keep a date or an amount whole as spaces. */
const strip = (s: string) =>
  s
    .replace(/[\u2068\u2069]/g, '')
    .replaceAll('\u00A0', ' ')
    .trim();
const title = (id: string, lang: string) => {
  const t = amazon.events.find((e) => e.id === id)!.title;
  return typeof t === 'string' ? t : t[lang]!;
};

async function mount(lang: string, width: number, attrs = ''): Promise<FineTimeline> {
  const wrap = await fixture<HTMLElement>(
    html`<article lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="width:${width}px"></article>`,
  );
  wrap.innerHTML = `<fine-timeline ${attrs}></fine-timeline><p>next paragraph</p>`;
  const el = wrap.firstElementChild as FineTimeline;
  el.story = amazon;
  await el.updateComplete;
  return el;
}

type Box = { id: string; r: DOMRect };
const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** Every marker and every visible label (events, clusters, era names), with what it belongs to. */
function boxes(el: FineTimeline): Box[] {
  const out: Box[] = [];
  for (const b of all(el, '.pin [part~="event"], .pin [part~="cluster"]')) {
    const id = b.dataset['id'] ?? `cluster ${b.dataset['i']}`;
    out.push({ id: `${id} marker`, r: b.querySelector('.dot')!.getBoundingClientRect() });
    const label = b.querySelector('.label');
    if (label) out.push({ id: `${id} label`, r: label.getBoundingClientRect() });
  }
  for (const e of all(el, '[part~="era-label"]'))
    out.push({ id: `era ${e.textContent}`, r: e.getBoundingClientRect() });
  return out;
}

describe('fine-timeline at a glance', () => {
  before(async () => {
    amazon = (await (await fetch(STORY_URL)).json()) as Story;
    await Promise.all(['ar', 'en'].map((lang) => languageReady(lang, [vocabulary])));
  });

  for (const lang of ['en', 'ar']) {
    for (const width of [900, 1000, 1400]) {
      it(`${lang}, ${width} px: every event its own marker, no cluster`, async () => {
        const el = await mount(lang, width);
        expect(all(el, '[part~="cluster"]').length).to.equal(0);
        expect(all(el, '[part~="event"]').map((b) => b.dataset['id'])).to.have.members(amazon.events.map((e) => e.id));
      });
    }

    for (const width of [672, 1000, 1400]) {
      it(`${lang}, ${width} px: key titles whole on two lines at most; no label over a marker or a label`, async () => {
        const el = await mount(lang, width);
        const plot = root(el).querySelector('[part~="plot"]')!.getBoundingClientRect();
        for (const e of amazon.events.filter((e) => e.importance === 1)) {
          const label = root(el).querySelector<HTMLElement>(`[data-id="${e.id}"] .label`)!;
          expect(label, e.id).to.exist;
          expect(strip(label.textContent), e.id).to.equal(title(e.id, lang));
          // not clipped, no wider than its box, not over the plot's edges, and at most two lines
          expect(getComputedStyle(label).overflow, e.id).to.equal('visible');
          expect(label.scrollWidth, e.id).to.be.at.most(label.clientWidth + 1);
          const r = label.getBoundingClientRect();
          expect(r.left >= plot.left - 0.5 && r.right <= plot.right + 0.5, e.id).to.equal(true);
          // two lines, not three (a Latin name in an Arabic line makes that line a little taller)
          expect(r.height, e.id).to.be.below(2.5 * parseFloat(getComputedStyle(label).lineHeight));
        }
        const b = boxes(el);
        for (let i = 0; i < b.length; i++) {
          for (let j = i + 1; j < b.length; j++) {
            expect(overlap(b[i]!.r, b[j]!.r), `${b[i]!.id} over ${b[j]!.id}`).to.equal(false);
          }
        }
      });
    }

    it(`${lang}, 672 px: a shortened label keeps its numbers and names whole, its ellipsis at its end`, async () => {
      const el = await mount(lang, 672);
      const short = all(el, '.pin [part~="event"] .label[aria-hidden="true"]');
      expect(short.length).to.be.above(0);
      for (const label of short) {
        const id = label.closest<HTMLElement>('[data-id]')!.dataset['id']!;
        const text = strip(label.textContent);
        expect(text.endsWith('…'), text).to.equal(true);
        const kept = tokenize(text.slice(0, -1));
        expect(kept, id).to.deep.equal(tokenize(title(id, lang)).slice(0, kept.length));
        // the whole title is still there for screen readers
        expect(label.parentElement!.textContent, id).to.contain(title(id, lang));
        // the ellipsis ends the line in the reading direction: the right in English, the left in Arabic
        const range = document.createRange();
        const last = [...label.querySelectorAll('*'), label]
          .flatMap((n) => [...n.childNodes])
          .filter((n) => n.nodeType === 3 && n.textContent!.includes('…'))[0]!;
        range.setStart(last, last.textContent!.indexOf('…'));
        range.setEnd(last, last.textContent!.indexOf('…') + 1);
        const dots = range.getBoundingClientRect();
        const box = label.getBoundingClientRect();
        if (lang === 'ar') expect(dots.left - box.left, id).to.be.below(8);
        else expect(box.right - dots.right, id).to.be.below(8);
      }
    });

    it(`${lang}, 672 px: a cluster with no room for its words shows them when focused`, async () => {
      const el = await mount(lang, 672);
      const clusters = all(el, '.pin [part~="cluster"]').filter((c) => !c.querySelector('.label'));
      expect(clusters.length, 'a cluster with no label at 672 px').to.be.above(0);
      for (const c of clusters) {
        const tip = c.querySelector<HTMLElement>('.tip')!;
        expect(tip, 'its tip').to.exist;
        expect(getComputedStyle(tip).display).to.equal('none');
        // the words screen readers hear, less the action: how many events, and their months
        const words = strip(tip.textContent);
        expect(strip(c.querySelector('.visually-hidden')!.textContent)).to.contain(words);
        expect(words).to.match(lang === 'en' ? /^\d+ events, \w{3}.* \d{4}$/ : /^أحداث عددها/);
        c.focus({ focusVisible: true } as FocusOptions);
        expect(getComputedStyle(tip).display).to.equal('block');
        const r = tip.getBoundingClientRect();
        expect(r.width, 'on one line or a few, never squeezed').to.be.above(60);
      }
      // focused, its count and words on screen are in its name (speech input: axe's label-content-name-mismatch)
      clusters[0]!.focus({ focusVisible: true } as FocusOptions);
      await expect(el).to.be.accessible();
    });

    it(`${lang}, 672 px: a marker's or a cluster's tip is drawn over the labels and markers around it`, async () => {
      const el = await mount(lang, 672);
      const root = el.shadowRoot!;
      const plot = root.querySelector('[part~="plot"]')!.getBoundingClientRect();
      const tipped = all(el, '.pin button').filter((b) => b.querySelector('.tip'));
      expect(tipped.length, 'markers and clusters with a tip at 672 px').to.be.above(2);
      for (const b of tipped) {
        b.focus({ focusVisible: true } as FocusOptions);
        const tip = b.querySelector<HTMLElement>('.tip')!;
        const r = tip.getBoundingClientRect();
        // its middle and four points inside its corners, where they lie in the plot
        const points = [
          [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
          [r.left + 4, r.top + 4],
          [r.right - 4, r.top + 4],
          [r.left + 4, r.bottom - 4],
          [r.right - 4, r.bottom - 4],
        ].filter(([x, y]) => x! > plot.left && x! < plot.right && y! > plot.top && y! < plot.bottom);
        for (const [x, y] of points) {
          const hit = root.elementFromPoint(x!, y!);
          expect(tip.contains(hit), `${strip(tip.textContent)} at ${x},${y}: ${hit?.className}`).to.equal(true);
        }
      }
    });

    it(`${lang}: Latin names and numbers in Arabic labels are isolated`, async () => {
      const el = await mount(lang, 1000);
      for (const label of all(el, '.pin .label, [part~="era-label"]')) {
        for (const node of [...label.querySelectorAll('*'), label].flatMap((n) => [...n.childNodes])) {
          if (node.nodeType !== 3 || !/[\u0600-\u06FF]/.test(node.textContent!)) continue;
          // an Arabic run never holds a Latin letter or a digit: those are in their own <bdi>
          expect(node.textContent, node.textContent!).not.to.match(/[A-Za-z0-9]/);
        }
      }
    });
  }

  describe('the details', () => {
    it('puts the language’s separator between the date and the “disputed” badge', async () => {
      for (const [lang, sep] of [
        ['en', ', '],
        ['ar', '، '],
      ] as const) {
        const el = await mount(lang, 1000, 'selected="cnpd-decision"');
        const line = root(el).querySelector('[part~="details"] time')!.parentElement!;
        const date = line.querySelector('time')!.textContent;
        const badge = line.querySelector('.disputed')!.textContent;
        expect(line.textContent.trim()).to.equal(`${date}${sep}${badge}`);
      }
    });

    it('says where the fine an event concerns stands, dated', async () => {
      for (const lang of ['en', 'ar']) {
        const el = await mount(lang, 1000, 'selected="cnpd-decision"');
        const fine = amazon.fines.find((f) => f.id === 'amazon-cnpd-2021')!;
        const status = describeFineStatus(fine, amazon, lang)!;
        expect(strip(status)).to.match(lang === 'en' ? /^Annulled on March 12, 2026/ : /2026/);
        const lines = all(el, '[part~="details"] dd.status').map((d) => d.textContent);
        expect(lines.length).to.equal(1);
        expect(lines[0]).to.contain(status);
      }
    });

    it('names a source’s publisher once: not after a title that starts with it', async () => {
      for (const lang of ['en', 'ar']) {
        // every source of the decision starts "Publisher: …" ("RTL: …" from RTL Lëtzebuerg); the disclosure's
        // sisap.work copy ("Amazon: …") and AFP story (no prefix) keep their publisher in brackets
        const decision = await mount(lang, 1000, 'selected="cnpd-decision"');
        const links = all(decision, '[part~="details"] li');
        expect(links.length, lang).to.be.above(10);
        for (const li of links) expect(li.querySelector('.publisher')?.textContent, li.textContent).to.equal(undefined);
        expect(
          links.some((li) => li.textContent.trim().startsWith('CNIL:')),
          lang,
        ).to.equal(true);
        const disclosure = await mount(lang, 1000, 'selected="amazon-discloses-fine"');
        const publishers = all(disclosure, '[part~="details"] .publisher').map((p) => p.textContent);
        expect(publishers, lang).to.include.members(['(sisap.work)', '(Le Journal de Montréal (AFP))']);
      }
      // a title that begins with the whole name, then a bracket: "Conseil d’État (France), decision no. 430810, …";
      // in Arabic the title names it in Arabic (مجلس الدولة), and the Latin name in brackets stays
      for (const [lang, named] of [
        ['en', false],
        ['ar', true],
      ] as const) {
        const google = await mount(lang, 1000, 'selected="cnil-fines-google-2019"');
        const publishers = all(google, '[part~="details"] .publisher').map((p) => p.textContent);
        expect(publishers.includes('(Conseil d’État)'), lang).to.equal(named);
        expect(publishers, lang).to.include('(Vie-publique.fr)');
      }
    });

    it('lists no status for an event tied to no fine', async () => {
      const el = await mount('en', 1000, 'selected="jassy-succeeds-bezos"');
      expect(all(el, '[part~="details"] dd.status').length).to.equal(0);
    });
  });

  describe('on a phone', () => {
    for (const lang of ['en', 'ar']) {
      it(`${lang}, 360 px: a list in the page, each title whole, markers whole, details opening under their event`, async () => {
        const el = await mount(lang, 360);
        const list = root(el).querySelector<HTMLElement>('[part~="list"]')!;
        // no box that scrolls inside the page
        expect(list.scrollHeight).to.be.at.most(list.clientHeight + 1);
        expect(getComputedStyle(list).maxBlockSize).to.equal('none');
        const host = el.getBoundingClientRect();
        for (const b of all(el, '[part~="event"]')) {
          const label = b.querySelector<HTMLElement>('.label')!;
          expect(strip(label.textContent)).to.equal(title(b.dataset['id']!, lang));
          expect(label.scrollWidth).to.be.at.most(label.clientWidth + 1);
          const dot = b.querySelector('.dot')!.getBoundingClientRect();
          expect(dot.left >= host.left - 0.5 && dot.right <= host.right + 0.5, 'marker inside').to.equal(true);
          expect(b.getBoundingClientRect().height).to.be.at.least(44);
        }
        const row = all(el, '[part~="event"]')[2]!;
        row.click();
        await el.updateComplete;
        const details = root(el).querySelector('[part~="details"]')!;
        expect(row.nextElementSibling).to.equal(details);
        expect(details.getBoundingClientRect().top - row.getBoundingClientRect().bottom).to.be.within(-1, 24);
      });
    }
  });

  describe('its height', () => {
    for (const [what, width, attrs] of [
      ['the plot', 1000, ''],
      ['a short list', 360, 'filter="cour administrative"'],
    ] as const) {
      it(`leaves no hole under ${what} once drawn`, async () => {
        const el = await mount('en', width, attrs);
        const host = el.getBoundingClientRect();
        const base = root(el).querySelector('[part~="base"]')!;
        const content = [...base.children].filter((c) => !c.classList.contains('visually-hidden'));
        const bottom = Math.max(...content.map((c) => c.getBoundingClientRect().bottom));
        expect(host.bottom - bottom).to.be.within(0, 24);
      });
    }
  });
});
