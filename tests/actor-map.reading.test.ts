import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/actor-map/index.js';
import type { FineActorMap } from '../src/actor-map/index.js';
import { actorMapMessages } from '../src/actor-map/messages.js';
import { vocabulary } from '../src/i18n/vocabulary.js';
import { fill, languageReady, packMessages } from '../src/i18n/index.js';
import { describeFineStatus } from '../src/i18n/fine-status.js';
import { formatNumber, formatStoryDate } from '../src/core/format.js';
import { ACTOR_MAP_MAX_DRAWN, ACTOR_MAP_MAX_DRAWN_RELATIONS } from '../src/story/limits.js';
import type { Story } from '../src/story/types.js';
import { syntheticNetworkStory } from './fixtures/actor-map-synthetic.js';

/**
 * The actor map as a reader sees it: words that never cover one another, an
 * actor or a link; their size and contrast; the height it takes and the
 * holes it leaves; a phone's overview and list, touch words and targets; a
 * fine's dated status in the relation sentences; Latin names isolated in
 * Arabic; a network too large to draw.
 */
const STORY = '/data/amazon-cnpd-2021.story.json';
let amazon: Story;

before(async () => {
  amazon = (await (await fetch(STORY)).json()) as Story;
  await Promise.all(['ar', 'fr'].map((lang) => languageReady(lang, [actorMapMessages, vocabulary])));
  await document.fonts.ready;
});

interface Options {
  lang?: string;
  width?: number;
  focus?: string;
  theme?: 'light' | 'dark';
  style?: string;
}

async function mount(story: unknown, o: Options = {}): Promise<FineActorMap> {
  const { lang = 'en', width = 672, theme = 'light', style = '' } = o;
  const wrap = await fixture<HTMLElement>(
    html`<div lang=${lang} style="inline-size:${width}px">
      <fine-actor-map .story=${story} theme=${theme} style=${style}></fine-actor-map>
    </div>`,
  );
  const el = wrap.querySelector('fine-actor-map')!;
  if (o.focus) el.focusActor = o.focus;
  await el.updateComplete;
  return el;
}

const root = (el: FineActorMap) => el.shadowRoot!;
const part = (el: FineActorMap, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const strip = (s: string) =>
  s
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const box = (e: Element): Box => e.getBoundingClientRect();
/** An SVG element's geometry box (without its stroke, which Firefox counts in its client box), in the page's coordinates. */
const geo = (e: Element): Box => {
  const g = e as SVGGraphicsElement;
  const b = g.getBBox();
  const m = g.getScreenCTM()!;
  const xs = [b.x, b.x + b.width].flatMap((x) => [b.y, b.y + b.height].map((y) => m.a * x + m.c * y + m.e));
  const ys = [b.x, b.x + b.width].flatMap((x) => [b.y, b.y + b.height].map((y) => m.b * x + m.d * y + m.f));
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
};
const meet = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
/** Whether the circle inside a shape's box reaches into a word's box. */
const covers = (shape: Box, b: Box) => {
  const [cx, cy, r] = [(shape.left + shape.right) / 2, (shape.top + shape.bottom) / 2, (shape.right - shape.left) / 2];
  const nx = Math.min(Math.max(cx, b.left), b.right);
  const ny = Math.min(Math.max(cy, b.top), b.bottom);
  return Math.hypot(cx - nx, cy - ny) < r - 0.5;
};
const inside = (p: { x: number; y: number }, b: Box) =>
  p.x > b.left + 0.5 && p.x < b.right - 0.5 && p.y > b.top + 0.5 && p.y < b.bottom - 0.5;

/** The words the map shows: names and relation labels, with the box behind each, if any. */
function shownWords(el: FineActorMap) {
  const shown = (g: SVGGElement) => g.querySelector('text')!.getAttribute('visibility') !== 'hidden';
  const words = (sel: string) =>
    [...root(el).querySelectorAll<SVGGElement>(sel)].filter(shown).map((g) => {
      const rect = g.querySelector('rect')!;
      const backed = rect.getAttribute('visibility') !== 'hidden' && rect.hasAttribute('width');
      return {
        g,
        text: strip(g.textContent),
        glyphs: geo(g.querySelector('text')!),
        backed: backed ? geo(rect) : null,
      };
    });
  return { names: words('g.label'), rels: words('g.rel') };
}

/** Points every few px along a path, in the page's coordinates. */
function pointsOf(path: SVGPathElement, step = 3): { x: number; y: number }[] {
  const m = path.getScreenCTM()!;
  const length = path.getTotalLength();
  const out = [];
  for (let d = 0; d <= length; d += step) {
    const p = path.getPointAtLength(d);
    out.push({ x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f });
  }
  return out;
}

/** WCAG's contrast ratio of two computed colours (`rgb(…)`, `color(srgb …)`). */
function contrast(a: string, b: string): number {
  const rgb = (c: string) => {
    const n = c.match(/[\d.]+/g)!.map(Number);
    return c.startsWith('color(') ? n.slice(0, 3).map((v) => v * 255) : n.slice(0, 3);
  };
  const lum = (c: string) => {
    const [r, g, b] = rgb(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** Replaces `matchMedia('(pointer: coarse)')` for the elements made inside `fn`: a finger. */
async function withFinger<T>(fn: () => Promise<T>): Promise<T> {
  const real = window.matchMedia;
  window.matchMedia = (q: string) =>
    q === '(pointer: coarse)'
      ? ({ matches: true, media: q, addEventListener() {}, removeEventListener() {} } as unknown as MediaQueryList)
      : real.call(window, q);
  try {
    return await fn();
  } finally {
    window.matchMedia = real;
  }
}

describe('fine-actor-map: reading', () => {
  describe('words', () => {
    for (const width of [360, 672, 1000, 1400]) {
      for (const lang of ['en', 'ar']) {
        it(`never puts a word over an actor, another word or a link at ${width} px in ${lang}`, async () => {
          const el = await mount(amazon, { lang, width });
          const map = box(part(el, 'map')!);
          const { names, rels } = shownWords(el);
          const words = [...names, ...rels];
          // most actors are named; the main one always
          expect(names.length, 'names shown').to.be.at.least(Math.ceil(amazon.actors.length * 0.6));
          expect(names.map((n) => n.g.dataset['id'])).to.include(amazon.mainActor);
          const shapes = [...root(el).querySelectorAll('[part~="node"] .shape')].map(geo);
          const heads = [...root(el).querySelectorAll<SVGPathElement>('.head')].map(geo);
          words.forEach((w, i) => {
            const where = `${lang} ${width} px: “${w.text}”`;
            expect(w.glyphs.left, where).to.be.at.least(map.left - 1);
            expect(w.glyphs.right, where).to.be.at.most(map.right + 1);
            for (const other of words.slice(i + 1))
              expect(meet(w.glyphs, other.glyphs), `${where} / “${other.text}”`).to.equal(false);
            for (const s of shapes) expect(covers(s, w.glyphs), `${where} over an actor`).to.equal(false);
            for (const h of heads) {
              expect(meet(w.glyphs, h) || (!!w.backed && meet(w.backed, h)), `${where} over an arrowhead`).to.equal(
                false,
              );
            }
          });
          // links: never through a relation label (it sits on its own), and behind a name only where it has a background
          const linkEls = [...root(el).querySelectorAll<SVGGElement>('[part~="link"]')];
          linkEls.forEach((link, i) => {
            const points = pointsOf(link.querySelector<SVGPathElement>('.line')!);
            for (const r of rels) {
              if (r.g.dataset['link'] === String(i)) continue;
              expect(
                points.some((p) => inside(p, r.glyphs)),
                `${lang} ${width} px: a link through “${r.text}”`,
              ).to.equal(false);
            }
            for (const n of names) {
              if (n.backed) continue;
              expect(
                points.some((p) => inside(p, n.glyphs)),
                `${lang} ${width} px: a link through “${n.text}”`,
              ).to.equal(false);
            }
          });
        });
      }
    }

    it('names every actor of the story’s key events beside its own shape, at 672, 1000 and 1400 px in Arabic and English', async () => {
      // the court that annulled the fine had no name at 672 px in Arabic, or one set off beside Amazon's square
      const key = new Set(amazon.events.flatMap((e) => (e.importance === 1 ? (e.actors ?? []) : [])));
      expect(key.has('cour-administrative')).to.equal(true);
      /** How far a box is from a shape's edge (the shape taken as the circle in its box). */
      const gap = (p: Box, b: Box) =>
        Math.hypot(
          (p.left + p.right) / 2 - Math.min(Math.max((p.left + p.right) / 2, b.left), b.right),
          (p.top + p.bottom) / 2 - Math.min(Math.max((p.top + p.bottom) / 2, b.top), b.bottom),
        ) -
        (p.right - p.left) / 2;
      for (const width of [672, 1000, 1400]) {
        for (const lang of ['en', 'ar']) {
          const el = await mount(amazon, { lang, width });
          const named = new Map(shownWords(el).names.map((n) => [n.g.dataset['id']!, n.glyphs]));
          const shapes = new Map(
            [...root(el).querySelectorAll<SVGGElement>('[part~="node"]')].map((g) => [
              g.dataset['id']!,
              geo(g.querySelector('.shape')!),
            ]),
          );
          for (const id of key) {
            const glyphs = named.get(id);
            expect(glyphs, `${lang} ${width} px: ${id} named`).to.not.equal(undefined);
            const mine = gap(shapes.get(id)!, glyphs!);
            for (const [other, shape] of shapes) {
              if (other !== id)
                expect(gap(shape, glyphs!), `${lang} ${width} px: ${id}’s name by ${other}`).to.be.above(mine);
            }
          }
        }
      }
    });

    it('sets relation labels and names at the article’s body size, in colours of AA contrast, light and dark', async () => {
      for (const theme of ['light', 'dark'] as const) {
        const el = await mount(amazon, { width: 1000, theme });
        const body = parseFloat(getComputedStyle(part(el, 'base')!).fontSize);
        const { names, rels } = shownWords(el);
        expect(rels.length).to.be.above(0);
        for (const w of [...names, ...rels]) {
          const text = w.g.querySelector('text')!;
          expect(parseFloat(getComputedStyle(text).fontSize), w.text).to.equal(body);
          const behind = getComputedStyle(w.g.querySelector('rect')!).fill;
          expect(contrast(getComputedStyle(text).fill, behind), `${theme}: “${w.text}”`).to.be.at.least(4.5);
        }
      }
    });

    it('shows the selected actor’s relation labels, and no others', async () => {
      const el = await mount(amazon, { width: 1000, focus: 'cnpd' });
      const { rels } = shownWords(el);
      expect(rels.length).to.be.above(1);
      const links = [...root(el).querySelectorAll<SVGGElement>('[part~="link"]')];
      for (const r of rels) {
        const link = links[Number(r.g.dataset['link'])]!;
        expect([link.dataset['from'], link.dataset['to']]).to.include('cnpd');
      }
    });

    it('isolates each Latin name and number inside Arabic words, in the drawing and the panel', async () => {
      const el = await mount(amazon, { lang: 'ar', width: 1000, focus: 'amazon-france-logistique' });
      // the drawing's label leaves the Latin gloss out; the actor's accessible name keeps it
      const afl = root(el).querySelector('.label[data-id="amazon-france-logistique"] text')!;
      expect(afl.textContent).to.equal('أمازون فرانسلوجستيك');
      expect(
        root(el).querySelector('[part~="node"][data-id="amazon-france-logistique"]')!.getAttribute('aria-label'),
      ).to.contain('(أمازون فرانس لوجستيك (Amazon France Logistique))');
      const rel = [...root(el).querySelectorAll('.rel text')].map((t) => t.textContent).find((t) => /\d/.test(t))!;
      expect(rel).to.match(/\u2066\d{4}\u2069$/);
      // in the panel's heading the Latin name follows the Arabic one: to its left
      const h3 = part(el, 'details')!.querySelector('h3')!;
      const latin = h3.querySelector('bdi')!;
      expect(latin.textContent).to.equal('Amazon France Logistique');
      const walker = document.createTreeWalker(h3, NodeFilter.SHOW_TEXT);
      let first = walker.nextNode();
      while (first && !/[\u0600-\u06ff]/.test(first.textContent!)) first = walker.nextNode();
      const arabic = document.createRange();
      arabic.selectNodeContents(first!);
      expect(box(latin).right).to.be.at.most(arabic.getBoundingClientRect().left + 1);
    });
  });

  describe('sources', () => {
    it('tells apart the links of one publisher in a list: by their own dates, else by number', async () => {
      for (const lang of ['en', 'ar']) {
        const el = await mount(amazon, { lang, width: 1000, focus: 'lqdn' });
        const lists = [...part(el, 'details')!.querySelectorAll('.sources')];
        expect(lists.length).to.be.above(0);
        for (const p of lists) {
          const names = [...p.querySelectorAll('a')].map((a) => a.textContent.trim());
          expect(new Set(names).size, `${lang}: ${names.join(' | ')}`).to.equal(names.length);
        }
        // the complaint's four sources from La Quadrature du Net: one bare, three with their dates
        const complaint = amazon.relations.find((r) => r.id === 'lqdn-complained-to-cnil')!;
        const names = [...lists[0]!.querySelectorAll('a')].map((a) => a.textContent.trim());
        expect(names.length).to.equal(complaint.sources.length);
        expect(names[0]).to.equal('La Quadrature du Net');
        expect(names[1]).to.equal(`La Quadrature du Net (${formatStoryDate('2018-05-28', lang, 'short')})`);
      }
    });
  });

  describe('a fine’s dated status in the relations', () => {
    it('says a court annulled the fine, and where the fine a regulator imposed stands now', async () => {
      for (const lang of ['en', 'ar', 'fr']) {
        const el = await mount(amazon, { lang, focus: 'amazon-europe-core' });
        const items = [...part(el, 'details')!.querySelectorAll('li')];
        const m = packMessages(actorMapMessages, lang);
        const fined = items.find((li) =>
          li.querySelector('.sentence')!.textContent.includes(packMessages(vocabulary, lang).relationKinds.fined),
        )!;
        const fine = amazon.fines.find((f) => f.id === 'amazon-cnpd-2021')!;
        expect(strip(fined.querySelector('.status')!.textContent), lang).to.equal(
          strip(describeFineStatus(fine, amazon, lang)!),
        );
        const annulled = items.find((li) => li.querySelector('.sentence')!.textContent.includes(m.rulings.annulled))!;
        expect(strip(annulled.querySelector('.sentence')!.textContent), lang).to.contain(
          formatStoryDate('2026-03-12', lang),
        );
      }
      const en = await mount(amazon, { focus: 'amazon-europe-core' });
      const texts = [...part(en, 'details')!.querySelectorAll('li')].map((li) => strip(li.textContent));
      expect(texts.find((t) => t.startsWith('CNPD → fined → Amazon Europe Core'))).to.contain(
        'Annulled on March 12, 2026 (Cour administrative)',
      );
      expect(
        texts.some((t) =>
          t.startsWith('Cour administrative → annulled the fine on → Amazon Europe Core, March 12, 2026'),
        ),
      ).to.equal(true);
      expect(
        texts.some((t) =>
          t.startsWith('Tribunal administratif → upheld the fine on → Amazon Europe Core, March 18, 2025'),
        ),
      ).to.equal(true);
    });

    it('says it in the table too', async () => {
      const el = await mount(amazon);
      el.view = 'table';
      await el.updateComplete;
      const row = part(el, 'table')!.querySelector('tr[data-id="cnpd-fined-amazon"]')!;
      const cell = row.children[1]!;
      expect(strip(cell.textContent.replace(cell.querySelector('.status')!.textContent, ''))).to.equal('fined');
      expect(strip(row.children[1]!.querySelector('.status')!.textContent)).to.equal(
        'Annulled on March 12, 2026 (Cour administrative)',
      );
      const ruling = part(el, 'table')!.querySelector('tr[data-id="conseil-etat-ruled-on-afl"]')!;
      expect(strip(ruling.children[1]!.textContent)).to.equal('reduced the fine on');
    });
  });

  describe('height', () => {
    /** The blank under the element's content: the host's bottom less its last shown child's. */
    const hole = (el: FineActorMap) => {
      const base = part(el, 'base')!;
      const kids = [...base.children].filter((c) => getComputedStyle(c).position !== 'absolute');
      return (
        box(el).bottom - Math.max(...kids.map((k) => box(k).bottom + parseFloat(getComputedStyle(k).marginBlockEnd)))
      );
    };

    for (const width of [360, 672, 1000, 1400]) {
      it(`leaves no hole over 24 px under the map at ${width} px, in Arabic and English`, async () => {
        await setViewport({ width: Math.max(width + 40, 400), height: 900 });
        try {
          for (const lang of ['en', 'ar']) {
            const el = await mount(amazon, { lang, width });
            const gap = hole(el);
            expect(gap, `${lang} at ${width} px`).to.be.within(-0.5, 24);
            // and it fills its reservation, never more: nothing below moves when the story arrives
            // (a phone's Arabic map took 18 px more than 44rem with these fonts: phones reserve 51rem)
            const reserved = parseFloat(getComputedStyle(el).minBlockSize);
            expect(box(el).bottom - box(el).top, `${lang} at ${width} px`).to.be.within(reserved - 24, reserved + 1);
          }
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }

    it('fits its reservation again on a phone when the page hides the caption, credit and "Updated" line', async () => {
      await setViewport({ width: 400, height: 900 });
      try {
        const el = await mount(amazon, { width: 360 });
        const drawn = Number(part(el, 'map')!.getAttribute('height'));
        for (const name of ['no-caption', 'no-credit', 'no-updated']) el.toggleAttribute(name, true);
        await el.updateComplete;
        expect(hole(el)).to.be.within(-0.5, 24);
        expect(box(el).bottom - box(el).top).to.be.closeTo(parseFloat(getComputedStyle(el).minBlockSize), 24);
        // the room the chrome gave back goes to the drawing first (up to the height its width gives), then the list
        expect(Number(part(el, 'map')!.getAttribute('height'))).to.be.at.least(drawn);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('reserves the same box before the kit has run (themes/reserve.css) as once defined: 51rem on a phone, 44rem wide', async () => {
      for (const [width, rem] of [
        [360, 51],
        [1000, 44],
      ] as const) {
        // the element's own reservation follows the viewport, as reserve.css's does
        await setViewport({ width: width + 40, height: 900 });
        try {
          const el = await mount(amazon, { width });
          expect(parseFloat(getComputedStyle(el).minBlockSize), `defined, ${width} px`).to.equal(rem * 16);
          // a page whose script has not run: the tag is not defined in a frame of the same width
          const frame = document.createElement('iframe');
          frame.style.cssText = `inline-size: ${width}px; block-size: 1200px; border: 0`;
          const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
          frame.srcdoc =
            '<link rel="stylesheet" href="/themes/reserve.css"><body style="margin:0"><fine-actor-map></fine-actor-map>';
          document.body.append(frame);
          await loaded;
          const waiting = frame.contentDocument!.querySelector('fine-actor-map')!;
          expect(waiting.getBoundingClientRect().height, `before the kit, ${width} px`).to.equal(rem * 16);
          frame.remove();
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      }
    });

    it('takes its height from its width when the page reserves none', async () => {
      const el = await mount(amazon, { width: 672, style: '--fine-actor-map-min-height: 0' });
      expect(Number(part(el, 'map')!.getAttribute('height'))).to.equal(Math.round(Math.min(480, 672 * 0.62)));
    });

    it('shows a selected actor’s relations in a capped panel whose list scrolls, not a page-long list', async () => {
      const el = await mount(amazon, { focus: 'amazon-europe-core' });
      const scroller = part(el, 'details')!.querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollHeight).to.be.above(scroller.clientHeight);
      expect(scroller.tabIndex).to.equal(0);
      expect(scroller.getAttribute('role')).to.equal('region');
      const reserved = parseFloat(getComputedStyle(el).minBlockSize);
      expect(box(el).bottom - box(el).top).to.be.below(reserved + 24 * 16);
      await expect(el).to.be.accessible();
    });
  });

  describe('a phone', () => {
    /** The list's relations the reader sees: rendered, not hidden. */
    const shownItems = (panel: HTMLElement) =>
      [...panel.querySelectorAll<HTMLElement>('li')].filter((li) => getComputedStyle(li).display !== 'none');

    it('draws an overview and lists the relations under it in the page: whole sentences to its height, and a button for all', async () => {
      await setViewport({ width: 375, height: 740 });
      try {
        for (const lang of ['en', 'ar']) {
          const el = await mount(amazon, { lang, width: 343 });
          expect(root(el).querySelectorAll('.rel').length, 'no relation labels on the overview').to.equal(0);
          const list = part(el, 'relations')!;
          expect(list.querySelector('h3')!.textContent).to.equal(packMessages(actorMapMessages, lang).caption);
          // every relation is there; those that fit show whole, inside the panel; nothing scrolls inside the page
          expect(list.querySelectorAll('li').length).to.equal(amazon.relations.length);
          const shown = shownItems(list);
          expect(shown.length).to.be.within(1, amazon.relations.length - 1);
          for (const li of shown) expect(box(li).bottom, lang).to.be.at.most(box(list).bottom);
          for (const node of list.querySelectorAll<HTMLElement>('*')) {
            expect(getComputedStyle(node).overflowY, `${lang}: ${node.className} scrolls`).to.be.oneOf([
              'visible',
              'clip',
              'hidden',
            ]);
          }
          const button = list.querySelector<HTMLButtonElement>('button.show')!;
          expect(button.textContent.trim()).to.equal(
            fill(packMessages(actorMapMessages, lang).showAll, { n: formatNumber(amazon.relations.length, lang) }),
          );
          expect(button.getAttribute('aria-expanded')).to.equal('false');
          const before = box(el);
          const cnil = root(el).querySelector<SVGGElement>('[part~="node"][data-id="cnil"]')!;
          setTimeout(() => cnil.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
          await oneEvent(el, 'fine-select');
          await el.updateComplete;
          expect(part(el, 'relations')).to.equal(null);
          expect(part(el, 'details')!.querySelectorAll('li').length).to.equal(
            amazon.relations.filter((r) => r.from === 'cnil' || r.to === 'cnil').length,
          );
          // the same height: nothing under the map moves
          expect(box(el).bottom - box(el).top).to.be.closeTo(before.bottom - before.top, 1);
          await expect(el).to.be.accessible();
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('names more actors on a phone by putting names past 12 characters on two lines', async () => {
      await setViewport({ width: 375, height: 740 });
      try {
        for (const lang of ['ar', 'en']) {
          for (const width of [320, 343, 382]) {
            const el = await mount(amazon, { lang, width });
            await new Promise((r) => requestAnimationFrame(r));
            const names = [...root(el).querySelectorAll<SVGGElement>('g.label')];
            for (const g of names) {
              const lines = [...g.querySelectorAll('tspan')].map((t) => t.textContent.replace(/[\u2066-\u2069]/g, ''));
              expect(lines.length, `${lang} ${width} px: ${lines.join(' ')}`).to.equal(
                lines.join(' ').length > 12 ? 2 : 1,
              );
            }
            const shown = names.filter((g) => g.querySelector('text')!.getAttribute('visibility') !== 'hidden');
            // measured with the test fonts: "Arthur Messaud" on one line found no place beside him at 320 and 343 px
            if (lang === 'en' && width < 382) expect(shown.map((g) => g.dataset['id'])).to.include('arthur-messaud');
          }
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('opens the whole list by its button, keyboard included, with each relation’s wording and sources; a new selection cuts it again', async () => {
      await setViewport({ width: 375, height: 740 });
      try {
        const el = await mount(amazon, { width: 343 });
        const reserved = box(el).bottom - box(el).top;
        expect(part(el, 'relations')!.querySelector('.sources'), 'sentences only while cut').to.equal(null);
        const button = part(el, 'relations')!.querySelector<HTMLButtonElement>('button.show')!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        const list = part(el, 'relations')!;
        expect(shownItems(list).length).to.equal(amazon.relations.length);
        expect(list.querySelector('button.show')).to.equal(null);
        expect(list.querySelectorAll('.sources').length).to.be.above(0);
        // the keyboard stays in the list, where the reader reads on
        expect(root(el).activeElement).to.equal(list.querySelector('.clip'));
        expect(box(el).bottom - box(el).top).to.be.above(reserved + 500);
        await expect(el).to.be.accessible();
        el.focusActor = 'cnpd';
        await el.updateComplete;
        const details = part(el, 'details')!;
        expect(details.querySelector('button.show'), 'cut again').not.to.equal(null);
        expect(box(el).bottom - box(el).top).to.be.closeTo(reserved, 1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('speaks to a finger: touch words, 44 px targets', async () => {
      const el = await withFinger(() => mount(amazon, { width: 360, focus: 'cnil' }));
      expect(root(el).querySelector('.hint')!.textContent).to.equal(actorMapMessages.en.hintTouch);
      expect(root(el).querySelector('.hint')!.textContent).not.to.contain('Tab to');
      for (const b of root(el).querySelectorAll('button')) {
        const r = box(b);
        expect(Math.min(r.right - r.left, r.bottom - r.top), b.textContent).to.be.at.least(44);
      }
      for (const hit of root(el).querySelectorAll('.hit')) {
        const r = box(hit);
        expect(r.right - r.left).to.be.at.least(44);
      }
      const mouse = await mount(amazon, { width: 360 });
      expect(root(mouse).querySelector('.hint')!.textContent).to.equal(actorMapMessages.en.hint);
    });
  });

  describe('a network too large to draw', () => {
    it(`shows its table, and says why, above ${ACTOR_MAP_MAX_DRAWN} actors or ${ACTOR_MAP_MAX_DRAWN_RELATIONS} relations`, async () => {
      for (const [actors, relations] of [
        [ACTOR_MAP_MAX_DRAWN + 1, 400],
        [200, ACTOR_MAP_MAX_DRAWN_RELATIONS + 1],
      ] as const) {
        const story = syntheticNetworkStory(actors, relations, 2);
        const wrap = await fixture<HTMLElement>(html`<div lang="en"></div>`);
        const el = document.createElement('fine-actor-map');
        el.story = story;
        setTimeout(() => wrap.append(el));
        await oneEvent(el, 'fine-ready');
        await el.updateComplete;
        expect(part(el, 'map')).to.equal(null);
        expect(part(el, 'toggle')).to.equal(null);
        expect(part(el, 'note')!.textContent).to.contain(new Intl.NumberFormat('en').format(actors));
        // a few hundred rows at a time: no single task renders thousands
        expect(part(el, 'table')!.querySelectorAll('tbody tr').length).to.equal(250);
        const more = part(el, 'more') as HTMLButtonElement;
        expect(more.textContent.replace(/[\u2068\u2069]/g, '').trim()).to.equal(
          `Show more relations (250 of ${new Intl.NumberFormat('en').format(relations)} shown)`,
        );
        more.click();
        await el.updateComplete;
        expect(part(el, 'table')!.querySelectorAll('tbody tr').length).to.equal(Math.min(relations, 750));
      }
    });

    it('reaches fine-ready with the largest story validate accepts (1,000 actors, 2,500 relations)', async () => {
      const story = syntheticNetworkStory(1000, 2500, 3);
      // the long tasks, for the record (Chromium has them): the bench measures them against the 200 ms promise
      const tasks: number[] = [];
      const observer =
        PerformanceObserver.supportedEntryTypes.includes('longtask') &&
        new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => Math.round(e.duration))));
      if (observer) observer.observe({ type: 'longtask' });
      const wrap = await fixture<HTMLElement>(html`<div lang="ar"></div>`);
      const el = document.createElement('fine-actor-map');
      el.story = story;
      setTimeout(() => wrap.append(el));
      await oneEvent(el, 'fine-ready');
      await el.updateComplete;
      if (observer) observer.disconnect();
      expect(part(el, 'error')).to.equal(null);
      while (part(el, 'more')) {
        part(el, 'more')!.click();
        await el.updateComplete;
      }
      expect(part(el, 'table')!.querySelectorAll('tbody tr').length).to.equal(2500);
      if (tasks.length) console.info(`long tasks while a 1,000/2,500 map got ready: ${tasks.join(', ')} ms`);
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'ar']) {
      it(`passes axe drawn and with an actor selected (dark) in ${lang}`, async () => {
        await expect(await mount(amazon, { lang })).to.be.accessible();
        await expect(await mount(amazon, { lang, focus: 'cnpd', theme: 'dark' })).to.be.accessible();
      });

      it(`passes axe as a table and as a phone’s list in ${lang}`, async () => {
        const table = await mount(amazon, { lang });
        table.view = 'table';
        await table.updateComplete;
        await expect(table).to.be.accessible();
        await expect(await mount(amazon, { lang, width: 360 })).to.be.accessible();
      });
    }
  });
});
