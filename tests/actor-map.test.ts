import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/actor-map/index.js';
import type { FineActorMap } from '../src/actor-map/index.js';
import { actorMapMessages } from '../src/actor-map/messages.js';
import { vocabulary } from '../src/i18n/vocabulary.js';
import { describeError, errorMessages, errorWords, languageReady, packMessages } from '../src/i18n/index.js';
import { formatStoryDate } from '../src/core/format.js';
import type { FineErrorDetail, FineReadyDetail, FineSelectDetail } from '../src/events.js';
import type { Story } from '../src/story/types.js';
import { miniStory } from './fixtures/mini-story.js';
import { syntheticNetworkStory } from './fixtures/actor-map-synthetic.js';

const STORY = '/data/amazon-cnpd-2021.story.json';
let amazon: Story;

// The words these assertions compare with. Elements load a pack on demand; tests/languages.test.ts covers that path.
before(() => Promise.all(['ar', 'fr'].map((lang) => languageReady(lang, [actorMapMessages, vocabulary]))));
before(() => languageReady('en', [errorWords]));

before(async () => {
  amazon = (await (await fetch(STORY)).json()) as Story;
});

interface Options {
  lang?: string;
  width?: number;
  attrs?: Record<string, string>;
  theme?: 'light' | 'dark' | 'auto';
}

/** A map of `story` in a box `width` px wide, read in `lang`. */
async function mount(
  story: unknown,
  { lang = 'en', width = 800, attrs = {}, theme = 'auto' }: Options = {},
): Promise<FineActorMap> {
  const wrap = await fixture<HTMLElement>(
    html`<div lang=${lang} style="inline-size:${width}px">
      <fine-actor-map .story=${story} theme=${theme}></fine-actor-map>
    </div>`,
  );
  const el = wrap.querySelector('fine-actor-map')!;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await el.updateComplete;
  return el;
}

const root = (el: FineActorMap) => el.shadowRoot!;
const part = (el: FineActorMap, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const nodes = (el: FineActorMap) => [...root(el).querySelectorAll<SVGGElement>('[part~="node"]')];
const node = (el: FineActorMap, id: string) => root(el).querySelector<SVGGElement>(`[part~="node"][data-id="${id}"]`)!;
const links = (el: FineActorMap) => [...root(el).querySelectorAll<SVGGElement>('[part~="link"]')];
const active = (el: FineActorMap) => root(el).activeElement as SVGGElement | null;
/** A node's place as drawn: its `translate(x,y)`. */
const at = (g: SVGGElement) =>
  g
    .getAttribute('transform')!
    .match(/-?[\d.]+/g)!
    .map(Number) as [number, number];
const click = (target: Element) => target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

describe('fine-actor-map', () => {
  describe('renders the story', () => {
    it('draws every actor as a node and every pair of actors as a link', async () => {
      const el = await mount(amazon);
      expect(nodes(el).map((n) => n.dataset['id'])).to.deep.equal(amazon.actors.map((a) => a.id));
      const pairs = new Set(amazon.relations.map((r) => `${r.from}>${r.to}`));
      expect(
        links(el)
          .map((l) => `${l.dataset['from']}>${l.dataset['to']}`)
          .sort(),
      ).to.deep.equal([...pairs].sort());
      const svg = part(el, 'map')!;
      expect(svg.localName).to.equal('svg');
      expect(svg.getAttribute('role')).to.equal('group');
      expect(svg.getAttribute('aria-label')).to.equal(`Actor map (actors: 17, relations: ${amazon.relations.length})`);
      // inside the element's own box
      expect(Number(svg.getAttribute('width'))).to.equal(el.clientWidth);
      for (const n of nodes(el)) {
        const [x, y] = at(n);
        expect(x).to.be.within(0, el.clientWidth);
        expect(y).to.be.within(0, Number(svg.getAttribute('height')));
      }
    });

    it('shapes and colours the nodes by kind, with a legend of the kinds present', async () => {
      const el = await mount(amazon);
      expect(node(el, 'cnpd').classList.contains('k-regulator')).to.equal(true);
      expect(node(el, 'lqdn').classList.contains('k-ngo')).to.equal(true);
      const fill = (id: string) => getComputedStyle(node(el, id).querySelector('.shape')!).fill;
      expect(fill('cnpd')).not.to.equal(fill('lqdn'));
      expect(node(el, 'cnpd').querySelector('.shape')!.getAttribute('d')).not.to.equal(
        node(el, 'lqdn').querySelector('.shape')!.getAttribute('d'),
      );
      const legend = part(el, 'legend')!;
      expect(legend.getAttribute('aria-label')).to.equal('Kinds of actor');
      expect([...legend.querySelectorAll('li')].map((li) => li.textContent.trim())).to.deep.equal([
        'Company',
        'Regulator',
        'Court',
        'NGO',
        'Person',
        'Media',
        'Institution',
      ]);
    });

    it('labels links with the relation in the reader’s language, its year and an arrowhead', async () => {
      const el = await mount(amazon);
      const link = root(el).querySelector('[part~="link"][data-from="lqdn"][data-to="cnil"]')!;
      // LQDN complained to, then criticised, the CNIL: one link with both, and the count
      expect(link.querySelector('text')!.textContent).to.equal('complained to / criticised ×2');
      expect(link.querySelector('.head')!.getAttribute('d')).to.match(/Z$/);
      const fined = root(el).querySelector('[part~="link"][data-from="cnpd"][data-to="amazon-europe-core"]')!;
      expect(fined.querySelector('text')!.textContent).to.equal('fined, 2021');
      const fr = await mount(amazon, { lang: 'fr' });
      const frLink = root(fr).querySelector('[part~="link"][data-from="cnpd"][data-to="amazon-europe-core"] text')!;
      expect(frLink.textContent).to.equal('a sanctionné, 2021');
    });

    it('fires fine-ready once drawn', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const el = document.createElement('fine-actor-map');
      el.story = amazon;
      setTimeout(() => wrap.append(el));
      const event = await oneEvent<CustomEvent<FineReadyDetail>>(el, 'fine-ready');
      expect(event.detail.storyId).to.equal('amazon-cnpd-2021');
      expect(nodes(el).length).to.equal(amazon.actors.length);
    });

    it('draws the same picture every time', async () => {
      const a = await mount(amazon);
      const b = await mount(amazon);
      expect(nodes(a).map(at)).to.deep.equal(nodes(b).map(at));
    });

    it('loads from src', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="en"><fine-actor-map src=${STORY}></fine-actor-map></div>`,
      );
      const el = wrap.querySelector('fine-actor-map')!;
      await waitUntil(() => nodes(el).length === amazon.actors.length, 'did not load');
    });
  });

  describe('reserved height', () => {
    it('never grows past its reserved 44rem, from a phone to a wide page, in both directions', async () => {
      const reserved = 44 * parseFloat(getComputedStyle(document.documentElement).fontSize);
      for (const lang of ['en', 'ar']) {
        for (const width of [300, 360, 420, 460, 500, 540, 600, 800, 1200]) {
          const el = await mount(amazon, { lang, width });
          expect(el.getBoundingClientRect().height, `${lang} at ${width} px`).to.be.at.most(reserved + 0.5);
        }
      }
    });
  });

  describe('names at the edges', () => {
    it('keeps every name inside the map, however long, in both directions', async () => {
      for (const lang of ['en', 'ar']) {
        for (const width of [360, 640, 900]) {
          const el = await mount(amazon, { lang, width });
          const map = part(el, 'map')!.getBoundingClientRect();
          for (const name of root(el).querySelectorAll('text.name')) {
            const box = name.getBoundingClientRect();
            const where = `${lang} at ${width} px: ${name.textContent}`;
            expect(box.left, where).to.be.at.least(map.left - 0.5);
            expect(box.right, where).to.be.at.most(map.right + 0.5);
          }
        }
      }
    });
  });

  describe('link labels', () => {
    const shown = (el: FineActorMap) =>
      [...root(el).querySelectorAll<SVGTextElement>('text.rel')].filter(
        (t) => t.getAttribute('visibility') !== 'hidden',
      );
    /** A text's glyph box in the map's coordinates, moved as drawn (its actor's place, its own shift). */
    const glyphs = (t: SVGTextElement) => {
      const b = t.getBBox();
      const m = t.getCTM()!;
      return { left: b.x + m.e, top: b.y + m.f, right: b.x + b.width + m.e, bottom: b.y + b.height + m.f };
    };
    type Box = ReturnType<typeof glyphs>;
    const inter = (a: Box, b: Box) =>
      Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
      Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

    it('never cover one another or an actor’s name, in both directions and at any width', async () => {
      for (const lang of ['en', 'ar']) {
        for (const width of [360, 640, 900]) {
          const el = await mount(amazon, { lang, width });
          const labels = shown(el).map((t) => [t.textContent, glyphs(t)] as const);
          const names = [...root(el).querySelectorAll<SVGTextElement>('text.name')].map(
            (t) => [t.textContent, glyphs(t)] as const,
          );
          // a phone has room for fewer; a page shows most
          expect(labels.length, `${lang} at ${width} px: labels shown`).to.be.at.least(
            width < 600 ? 3 : links(el).length / 3,
          );
          labels.forEach(([a, ra], i) => {
            for (const [b, rb] of [...labels.slice(i + 1), ...names])
              expect(inter(ra, rb), `${lang} at ${width} px: “${a}” over “${b}”`).to.equal(0);
          });
        }
      }
    });

    it('always show the focused actor’s relations', async () => {
      const el = await mount(amazon, { lang: 'ar', width: 640, attrs: { focus: 'amazon-europe-core' } });
      const touching = [...root(el).querySelectorAll<SVGGElement>('[part~="link"].on')];
      expect(touching.length).to.be.above(5);
      for (const link of touching)
        expect(link.querySelector('text.rel')!.getAttribute('visibility'), link.dataset['to']).to.equal(null);
    });
  });

  describe('focus and details', () => {
    it('highlights the focused actor and its neighbours, dims the rest, shows its relations as sentences', async () => {
      const el = await mount(amazon, { attrs: { focus: 'lqdn' } });
      expect(el.focusActor).to.equal('lqdn');
      expect(node(el, 'lqdn').classList.contains('on')).to.equal(true);
      expect(node(el, 'lqdn').getAttribute('aria-pressed')).to.equal('true');
      for (const id of ['cnil', 'irish-dpc', 'amazon-europe-core', 'arthur-messaud']) {
        expect(node(el, id).classList.contains('dim'), id).to.equal(false);
      }
      expect(node(el, 'bloomberg').classList.contains('dim')).to.equal(true);
      await Promise.all(
        root(el)
          .getAnimations()
          .map((a) => a.finished),
      );
      expect(getComputedStyle(node(el, 'bloomberg')).opacity).to.equal('0.18');
      const lit = links(el).filter((l) => l.classList.contains('on'));
      expect(lit.every((l) => l.dataset['from'] === 'lqdn' || l.dataset['to'] === 'lqdn')).to.equal(true);
      expect(lit.length).to.equal(4);
      const panel = part(el, 'details')!;
      expect(panel.querySelector('h3')!.textContent).to.equal('La Quadrature du Net');
      expect(panel.querySelector('.kind')!.textContent).to.equal('NGO');
      const sentences = [...panel.querySelectorAll('.sentence')].map((p) => p.textContent.replace(/\s+/g, ' ').trim());
      expect(sentences[0]).to.equal(
        `La Quadrature du Net → complained to → Commission nationale de l’informatique et des libertés (France), ${formatStoryDate('2018-05-28', 'en')}`,
      );
      expect(sentences.length).to.equal(amazon.relations.filter((r) => r.from === 'lqdn' || r.to === 'lqdn').length);
      const source = panel.querySelector<HTMLAnchorElement>('li .sources a')!;
      expect(source.href).to.match(/^https:\/\//);
      expect(source.rel).to.equal('noopener noreferrer');
      await expect(el).to.be.accessible();
    });

    it('does not fire fine-select when the page sets focus, and ignores an unknown id', async () => {
      const el = await mount(amazon);
      let fired = 0;
      el.addEventListener('fine-select', () => fired++);
      el.focusActor = 'cnpd';
      await el.updateComplete;
      expect(el.getAttribute('focus')).to.equal('cnpd');
      expect(part(el, 'details')).to.exist;
      el.setAttribute('focus', 'nobody');
      await el.updateComplete;
      expect(part(el, 'details')).to.equal(null);
      expect(part(el, 'error')).to.equal(null);
      expect(nodes(el).some((n) => n.classList.contains('dim'))).to.equal(false);
      expect(fired).to.equal(0);
    });

    it('selects on click with fine-select { id }, and the close button clears with { id: null }', async () => {
      const el = await mount(amazon);
      setTimeout(() => click(node(el, 'cnil').querySelector('.shape')!));
      const event = await oneEvent<CustomEvent<FineSelectDetail>>(el, 'fine-select');
      expect(event.detail).to.deep.equal({ id: 'cnil' });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.focusActor).to.equal('cnil');
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('CNIL');
      const close = part(el, 'details')!.querySelector<HTMLButtonElement>('.close')!;
      expect(close.getAttribute('aria-label')).to.equal('Clear selection');
      setTimeout(() => close.click());
      const cleared = await oneEvent<CustomEvent<FineSelectDetail>>(el, 'fine-select');
      expect(cleared.detail).to.deep.equal({ id: null });
      await el.updateComplete;
      expect(el.hasAttribute('focus')).to.equal(false);
      expect(part(el, 'details')).to.equal(null);
    });
  });

  describe('keyboard and screen readers', () => {
    it('announces each node’s name, kind and number of relations', async () => {
      const el = await mount(amazon);
      const n = node(el, 'cnil');
      expect(n.getAttribute('role')).to.equal('button');
      const count = amazon.relations.filter((r) => r.from === 'cnil' || r.to === 'cnil').length;
      // the words it shows first (the short name), then the full name
      expect(n.getAttribute('aria-label')).to.equal(
        `CNIL (Commission nationale de l’informatique et des libertés (France)), Regulator, relations: ${count}`,
      );
      expect(node(el, 'bloomberg').getAttribute('aria-label')).to.equal('Bloomberg, Media, relations: 1');
      const ar = await mount(amazon, { lang: 'ar' });
      expect(node(ar, 'cnil').getAttribute('aria-label')).to.contain('هيئة رقابية');
      expect(node(ar, 'cnil').getAttribute('aria-label')).to.contain(new Intl.NumberFormat('ar').format(count));
    });

    it('is one Tab stop: Tab enters on the main actor and the next Tab leaves', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="en" style="inline-size:800px">
          <button id="before">before</button><fine-actor-map .story=${amazon}></fine-actor-map
          ><button id="after">after</button>
        </div>`,
      );
      const el = wrap.querySelector('fine-actor-map')!;
      await el.updateComplete;
      expect(
        nodes(el)
          .filter((n) => n.tabIndex === 0)
          .map((n) => n.dataset['id']),
      ).to.deep.equal([amazon.mainActor]);
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' }); // past the table toggle
      expect(active(el)?.dataset['id']).to.equal(amazon.mainActor);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(wrap.querySelector('#after'));
    });

    it('moves with the arrows to the nearest node on that side, as the reader sees it', async () => {
      for (const lang of ['en', 'ar']) {
        const el = await mount(amazon, { lang });
        const start = node(el, 'cnpd');
        start.focus();
        for (const [key, test] of [
          ['ArrowRight', (a: number[], b: number[]) => b[0]! > a[0]!],
          ['ArrowLeft', (a: number[], b: number[]) => b[0]! < a[0]!],
          ['ArrowDown', (a: number[], b: number[]) => b[1]! > a[1]!],
          ['ArrowUp', (a: number[], b: number[]) => b[1]! < a[1]!],
        ] as const) {
          node(el, 'cnpd').focus();
          const from = at(node(el, 'cnpd'));
          await sendKeys({ press: key });
          await el.updateComplete;
          const to = active(el)!;
          expect(to.dataset['id'], `${lang} ${key}`).not.to.equal('cnpd');
          expect(test(from, at(to)), `${lang} ${key} went to ${to.dataset['id']}`).to.equal(true);
          expect(to.tabIndex).to.equal(0);
          expect(nodes(el).filter((n) => n.tabIndex === 0).length).to.equal(1);
        }
      }
    });

    it('selects with Enter and clears with Escape, firing fine-select each time', async () => {
      const el = await mount(amazon, { lang: 'ar' });
      const seen: (string | null)[] = [];
      el.addEventListener('fine-select', (e) => seen.push(e.detail.id));
      node(el, 'cnpd').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.getAttribute('focus')).to.equal('cnpd');
      const panel = part(el, 'details')!;
      expect(panel.querySelector('h3')!.textContent).to.equal('اللجنة الوطنية لحماية البيانات في لوكسمبورغ');
      // in Arabic the sentence runs right to left, and so do its arrows
      expect(panel.querySelector('.sentence')!.textContent).to.contain(' ← ');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(part(el, 'details')).to.equal(null);
      expect(seen).to.deep.equal(['cnpd', null]);
      expect(active(el)!.dataset['id']).to.equal('cnpd');
    });

    it('shows every relation in a table, toggled by a real button', async () => {
      const el = await mount(amazon);
      const toggle = part(el, 'toggle') as HTMLButtonElement;
      expect(toggle.localName).to.equal('button');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(el.getAttribute('view')).to.equal('table');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(part(el, 'map')).to.equal(null);
      const table = part(el, 'table') as HTMLTableElement;
      expect(table.localName).to.equal('table');
      expect(table.caption!.textContent.trim()).to.equal('Who did what to whom');
      const rows = [...table.tBodies[0]!.rows];
      expect(rows.map((r) => r.dataset['id'])).to.deep.equal(amazon.relations.map((r) => r.id));
      const first = [...rows[0]!.cells].map((c) => c.textContent.trim());
      expect(first.slice(0, 4)).to.deep.equal([
        'La Quadrature du Net',
        'complained to',
        'Commission nationale de l’informatique et des libertés (France)',
        formatStoryDate('2018-05-28', 'en'),
      ]);
      expect(rows[0]!.cells[4]!.querySelectorAll('a').length).to.equal(amazon.relations[0]!.sources.length);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(part(el, 'map')).to.exist;
    });

    it('shows the table in French from the view attribute', async () => {
      const el = await mount(amazon, { lang: 'fr', attrs: { view: 'table' } });
      const cells = [...(part(el, 'table') as HTMLTableElement).tBodies[0]!.rows[0]!.cells].map((c) =>
        c.textContent.trim(),
      );
      expect(cells[1]).to.equal(packMessages(vocabulary, 'fr').relationKinds['complained-to']);
      expect(cells[3]).to.equal(formatStoryDate('2018-05-28', 'fr'));
      expect(cells[3]).to.contain('mai');
      expect(part(el, 'toggle')!.textContent).to.equal('Tableau');
    });
  });

  describe('direction', () => {
    it('mirrors the layout in RTL: x becomes width − x', async () => {
      const ltr = await mount(amazon, { lang: 'en' });
      const rtl = await mount(amazon, { lang: 'ar' });
      const w = Number(part(ltr, 'map')!.getAttribute('width'));
      expect(part(rtl, 'base')!.getAttribute('dir')).to.equal('rtl');
      for (const a of amazon.actors) {
        const [x, y] = at(node(ltr, a.id));
        const [rx, ry] = at(node(rtl, a.id));
        expect(rx, a.id).to.be.closeTo(w - x, 1);
        expect(ry).to.equal(y);
      }
    });

    it('sets Arabic labels right to left, and shapes them (joined letters are narrower than isolated ones)', async () => {
      const el = await mount(amazon, { lang: 'ar' });
      const label = node(el, 'tribunal-administratif').querySelector<SVGTextElement>('text')!;
      expect(label.textContent).to.equal('المحكمة الإدارية');
      expect(label.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(label).direction).to.equal('rtl');
      const joined = label.getComputedTextLength();
      // the same letters kept apart by zero-width non-joiners, in a copy of the label
      const copy = label.cloneNode() as SVGTextElement;
      copy.textContent = [...'المحكمة الإدارية'].join('\u200c');
      label.parentNode!.append(copy);
      const isolated = copy.getComputedTextLength();
      copy.remove();
      expect(joined).to.be.above(0);
      expect(joined).to.be.below(isolated * 0.95);
      // a Latin name inside the Arabic map keeps its own direction
      const cnpd = node(el, 'cnpd').querySelector('text')!;
      expect(cnpd.textContent).to.equal('CNPD');
      expect(getComputedStyle(cnpd).direction).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('re-lays out on resize without jumping', async () => {
      const el = await mount(amazon, { width: 600 });
      const before = new Map(nodes(el).map((n) => [n.dataset['id'], at(n)]));
      // wider, and taller in proportion (below the 480 px the map stops at)
      el.parentElement!.style.inlineSize = '760px';
      await waitUntil(() => Number(part(el, 'map')!.getAttribute('width')) === 760, 'did not re-lay out');
      const h = Number(part(el, 'map')!.getAttribute('height'));
      const o = (p: number[], c: number[]) => [p[0]! - c[0]!, p[1]! - c[1]!];
      const c0 = before.get('cnpd')!;
      const c1 = at(node(el, 'cnpd'));
      // the scale, from every node's horizontal offset (one short offset rounded to whole px is too coarse)
      const sum = (f: (n: SVGGElement) => number) => nodes(el).reduce((t, n) => t + Math.abs(f(n)), 0);
      const k = sum((n) => o(at(n), c1)[0]!) / sum((n) => o(before.get(n.dataset['id'])!, c0)[0]!);
      for (const n of nodes(el)) {
        const [x, y] = at(n);
        expect(x).to.be.within(0, 760);
        expect(y).to.be.within(0, h);
        // the same picture, scaled (rounded to whole px)
        const [dx, dy] = o([x, y], c1);
        const [ex, ey] = o(before.get(n.dataset['id'])!, c0);
        expect(dx).to.be.closeTo(ex! * k, 4);
        expect(dy).to.be.closeTo(ey! * k, 4);
      }
    });

    it('fits a phone: taller than wide', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const el = await mount(amazon, { width: 340, lang: 'ar' });
        const svg = part(el, 'map')!;
        expect(Number(svg.getAttribute('width'))).to.equal(340);
        expect(Number(svg.getAttribute('height'))).to.be.above(340);
        expect(el.scrollWidth).to.be.at.most(340);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('bad data', () => {
    it('shows the validator’s error for a relation to a missing actor', async () => {
      const story = miniStory();
      story.relations.push({ id: 'r2', from: 'acme', to: 'ghost', kind: 'criticised', sources: ['s1'] });
      const wrap = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const el = document.createElement('fine-actor-map');
      el.story = story;
      setTimeout(() => wrap.append(el));
      const event = await oneEvent<CustomEvent<FineErrorDetail>>(el, 'fine-error');
      await el.updateComplete;
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      const expected = describeError(errorMessages('en'), {
        path: '/relations/1/to',
        code: 'unknown-ref',
        params: { kind: 'actor', id: 'ghost' },
      });
      expect(error.textContent).to.contain(expected);
      expect(error.textContent).to.contain('/relations/1/to');
      expect(event.detail.errors[0]!.code).to.equal('unknown-ref');
      await expect(el).to.be.accessible();
    });

    it('draws a self-loop, merges duplicate relations with a count, lists isolated actors', async () => {
      const story = miniStory();
      story.actors.push({ id: 'loner', kind: 'person', name: { en: 'Loner', ar: 'المنعزل', fr: 'Solitaire' } });
      story.relations.push(
        { id: 'r2', from: 'watchdog', to: 'acme', kind: 'fined', date: '2022', sources: ['s1'] },
        { id: 'r3', from: 'acme', to: 'acme', kind: 'criticised', sources: ['s1'] },
      );
      const el = await mount(story);
      const loop = root(el).querySelector<SVGGElement>('[part~="link"][data-from="acme"][data-to="acme"]')!;
      expect(loop).to.exist;
      expect(loop.querySelector('.line')!.getAttribute('d')).to.contain('C');
      const merged = root(el).querySelector<SVGGElement>('[part~="link"][data-from="watchdog"][data-to="acme"]')!;
      expect(merged.dataset['count']).to.equal('2');
      expect(merged.querySelector('text')!.textContent).to.equal('fined ×2');
      expect(links(el).length).to.equal(2);
      const note = [...root(el).querySelectorAll('[part~="note"]')].map((n) => n.textContent);
      expect(note).to.deep.equal([`${actorMapMessages.en.isolated} Loner`]);
      // the loner has a place of its own, below the network
      expect(at(node(el, 'loner'))[1]).to.be.above(at(node(el, 'acme'))[1]);
      expect(node(el, 'acme').getAttribute('aria-label')).to.equal('Acme, Company, relations: 3');
      await expect(el).to.be.accessible();
    });

    it('says so when a story has no actors', async () => {
      const story = miniStory();
      story.actors = [];
      story.relations = [];
      story.quotes = [];
      story.fines[0]!.actor = undefined;
      delete story.fines[0]!.actor;
      delete story.mainActor;
      story.events[1]!.actors = [];
      const el = await mount(story, { lang: 'ar' });
      expect(part(el, 'note')!.textContent).to.equal(packMessages(actorMapMessages, 'ar').empty);
      await expect(el).to.be.accessible();
    });

    it('shows the error view for bad JSON and the placeholder while loading', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="ar">
          <fine-actor-map src="/__test/html.json"></fine-actor-map
          ><fine-actor-map src="/__test/slow.json"></fine-actor-map>
        </div>`,
      );
      const [bad, slow] = [...wrap.querySelectorAll('fine-actor-map')];
      await waitUntil(() => part(bad!, 'error'), 'no error view');
      expect(part(slow!, 'loading')).to.exist;
      await expect(bad!).to.be.accessible();
      await expect(slow!).to.be.accessible();
    });
  });

  describe('scale', () => {
    it('draws 300 actors and 1,000 relations and stays usable', async () => {
      const story = syntheticNetworkStory(300, 1000, 1);
      const el = await mount(story, { width: 1000 });
      expect(nodes(el).length).to.equal(300);
      expect(links(el).length).to.be.above(800);
      // too many for every label: only the focused actor's neighbourhood is named
      expect(root(el).querySelectorAll('.rel').length).to.equal(0);
      expect(root(el).querySelectorAll('.name').length).to.equal(1);
      expect(part(el, 'note')!.textContent).to.contain('300');
      const first = node(el, story.mainActor!);
      first.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(active(el)!.dataset['id']).not.to.equal(story.mainActor);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const id = active(el)!.dataset['id']!;
      expect(el.focusActor).to.equal(id);
      const named = root(el).querySelectorAll('.name').length;
      expect(named).to.be.above(1);
      expect(root(el).querySelectorAll('.rel').length).to.be.above(0);
    });
  });

  describe('accessibility', () => {
    it('passes axe in English, Arabic and dark', async () => {
      await expect(await mount(amazon)).to.be.accessible();
      await expect(await mount(amazon, { lang: 'ar', theme: 'dark' })).to.be.accessible();
      await expect(await mount(amazon, { lang: 'fr', theme: 'light', attrs: { focus: 'cnil' } })).to.be.accessible();
    });
  });
});
