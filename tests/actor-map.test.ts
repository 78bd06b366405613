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
import { bakeLayout, buildGraph } from '../src/actor-map/layout.js';

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
  /** The element's own style attribute (a reservation, a knob). */
  style?: string;
}

/** A map of `story` in a box `width` px wide, read in `lang`. */
async function mount(
  story: unknown,
  { lang = 'en', width = 800, attrs = {}, theme = 'auto', style = '' }: Options = {},
): Promise<FineActorMap> {
  const wrap = await fixture<HTMLElement>(
    html`<div lang=${lang} style="inline-size:${width}px">
      <fine-actor-map .story=${story} theme=${theme} style=${style}></fine-actor-map>
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
const linkOf = (el: FineActorMap, from: string, to: string) =>
  root(el).querySelector<SVGGElement>(`[part~="link"][data-from="${from}"][data-to="${to}"]`)!;
/** The words of a link's label (drawn, or hidden for want of room), without their bidi isolates. */
const linkText = (el: FineActorMap, from: string, to: string) => {
  const i = links(el).indexOf(linkOf(el, from, to));
  return root(el)
    .querySelector(`.rel[data-link="${i}"] text`)!
    .textContent.replace(/[\u2066-\u2069]/g, '');
};
/** An actor's name as drawn. */
const nameText = (el: FineActorMap, id: string) =>
  root(el).querySelector<SVGTextElement>(`.label[data-id="${id}"] text`)!;
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
      // LQDN complained to, then criticised, the CNIL: one link with both, and the count
      expect(linkText(el, 'lqdn', 'cnil')).to.equal('complained to / criticised ×2');
      expect(linkOf(el, 'lqdn', 'cnil').querySelector('.head')!.getAttribute('d')).to.match(/Z$/);
      expect(linkText(el, 'cnpd', 'amazon-europe-core')).to.equal('fined, 2021');
      // a court's ruling on a fine says what it did
      expect(linkText(el, 'cour-administrative', 'amazon-europe-core')).to.equal('annulled the fine on, 2026');
      const fr = await mount(amazon, { lang: 'fr' });
      expect(linkText(fr, 'cnpd', 'amazon-europe-core')).to.equal('a sanctionné, 2021');
    });

    it('uses a layout baked into the story for its own graph, and simulates the same picture without it', async () => {
      const plain = await mount(amazon);
      const graph = buildGraph(amazon.actors, amazon.relations, amazon.mainActor);
      const baked = await mount({ ...amazon, mapLayout: bakeLayout(graph) });
      expect(nodes(baked).map(at)).to.deep.equal(nodes(plain).map(at));
      // proof that it is read: the same key with every actor moved to the other side
      const layout = bakeLayout(graph);
      const flipped = { ...layout, positions: layout.positions.map((v, i) => (i % 2 ? v : -v)) };
      const mirrored = await mount({ ...amazon, mapLayout: flipped });
      const w = Number(part(plain, 'map')!.getAttribute('width'));
      nodes(mirrored).forEach((n, i) => expect(at(n)[0]).to.be.closeTo(w - at(nodes(plain)[i]!)[0], 1.5));
      // a stale bake (the story changed since) is ignored
      const stale = await mount({ ...amazon, mapLayout: { ...flipped, key: 'v0-00000000' } });
      expect(nodes(stale).map(at)).to.deep.equal(nodes(plain).map(at));
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
      expect(sentences[0]).to.equal(`LQDN → complained to → CNIL, ${formatStoryDate('2018-05-28', 'en')}`);
      expect(sentences.length).to.equal(amazon.relations.filter((r) => r.from === 'lqdn' || r.to === 'lqdn').length);
      const source = panel.querySelector<HTMLAnchorElement>('li .sources a')!;
      expect(source.href).to.match(/^https:\/\//);
      expect(source.rel).to.equal('noopener noreferrer');
      await expect(el).to.be.accessible();
    });

    it('keeps every link drawn once, its classes true to the selection, and draws a new story afresh', async () => {
      // the links are built once per drawing and their classes set in place: each selection must still show
      const el = await mount(amazon);
      const graph = buildGraph(amazon.actors, amazon.relations, amazon.mainActor);
      const check = (focused?: string) => {
        const drawn = links(el);
        expect(drawn.length).to.equal(graph.links.length);
        drawn.forEach((l, i) => {
          const { from, to, relations } = graph.links[i]!;
          expect([l.dataset['from'], l.dataset['to']]).to.deep.equal([from, to]);
          expect(l.dataset['count']).to.equal(String(relations.length));
          const touches = focused !== undefined && (from === focused || to === focused);
          expect(l.classList.contains('on'), `${from}>${to} on`).to.equal(touches);
          expect(l.classList.contains('dim'), `${from}>${to} dim`).to.equal(!!focused && !touches);
          expect([...l.children].map((c) => c.getAttribute('class'))).to.deep.equal(['line', 'head']);
          expect(l.parentElement!.getAttribute('aria-hidden')).to.equal('true');
        });
      };
      check();
      for (const id of ['cnil', 'lqdn', undefined]) {
        el.focusActor = id;
        await el.updateComplete;
        check(id);
      }
      const small = syntheticNetworkStory(12, 20, 3);
      el.story = small;
      await el.updateComplete;
      const other = buildGraph(small.actors, small.relations, small.mainActor);
      expect(links(el).map((l) => `${l.dataset['from']}>${l.dataset['to']}`)).to.deep.equal(
        other.links.filter((l) => !l.loop).map((l) => `${l.from}>${l.to}`),
      );
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
      // the next Tab leaves the map: to the chrome's "Updated" disclosure under it (its own stop, tests/core.chrome.test.ts), then out
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.closest('[part~="updated"]')?.localName).to.equal('details');
      await sendKeys({ press: 'Tab' });
      // compared by id: a failed `equal` on two elements makes the runner serialize the whole page and hang
      expect(document.activeElement?.id).to.equal('after');
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
      // no drawing, so no keyboard hint about one
      expect(root(el).querySelector('.hint')).to.equal(null);
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
      // no reservation to fill, so both maps take their height from the width alone
      const style = '--fine-actor-map-min-height: 0';
      const ltr = await mount(amazon, { lang: 'en', style });
      const rtl = await mount(amazon, { lang: 'ar', style });
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
      const label = nameText(el, 'tribunal-administratif');
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
      const cnpd = nameText(el, 'cnpd');
      expect(cnpd.textContent).to.equal('CNPD');
      expect(getComputedStyle(cnpd).direction).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('moves the same links on resize, drawn as a map of that width draws them', async () => {
      // links are built once per graph, and only their paths move when the drawing changes size
      const paths = (el: FineActorMap) => links(el).map((l) => [...l.children].map((c) => c.getAttribute('d')));
      const wide = await mount(amazon, { width: 760 });
      const expected = paths(wide);
      const el = await mount(amazon, { width: 600 });
      const drawn = links(el);
      el.parentElement!.style.inlineSize = '760px';
      await waitUntil(() => Number(part(el, 'map')!.getAttribute('width')) === 760, 'did not re-lay out');
      await el.updateComplete;
      const now = links(el);
      expect(now.length).to.equal(drawn.length);
      expect(
        now.every((l, i) => l === drawn[i]),
        'the same elements',
      ).to.equal(true);
      expect(paths(el)).to.deep.equal(expected);
    });

    it('re-lays out on resize without jumping: the same picture, scaled', async () => {
      const el = await mount(amazon, { width: 600 });
      const before = new Map(nodes(el).map((n) => [n.dataset['id']!, at(n)]));
      el.parentElement!.style.inlineSize = '760px';
      await waitUntil(() => Number(part(el, 'map')!.getAttribute('width')) === 760, 'did not re-lay out');
      await el.updateComplete;
      const h = Number(part(el, 'map')!.getAttribute('height'));
      const c0 = before.get('cnpd')!;
      const c1 = at(node(el, 'cnpd'));
      // each axis scales by one factor (the fit may stretch one a little more), from every node's offset
      const scale = (axis: 0 | 1) => {
        const sum = (f: (n: SVGGElement) => number) => nodes(el).reduce((t, n) => t + Math.abs(f(n)), 0);
        return sum((n) => at(n)[axis] - c1[axis]) / sum((n) => before.get(n.dataset['id']!)![axis] - c0[axis]);
      };
      const [kx, ky] = [scale(0), scale(1)];
      for (const n of nodes(el)) {
        const [x, y] = at(n);
        expect(x).to.be.within(0, 760);
        expect(y).to.be.within(0, h);
        const [ex, ey] = before.get(n.dataset['id']!)!;
        expect(x - c1[0]).to.be.closeTo((ex - c0[0]) * kx, 4);
        expect(y - c1[1]).to.be.closeTo((ey - c0[1]) * ky, 4);
      }
    });

    it('fits a phone: an overview about as tall as wide, its list of relations under it', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        // the drawing's own height, from its width: the chrome's share of a phone's reservation is in actor-map.reading
        const attrs = { 'no-caption': '', 'no-credit': '', 'no-updated': '' };
        const el = await mount(amazon, { width: 340, lang: 'ar', attrs });
        const svg = part(el, 'map')!;
        expect(Number(svg.getAttribute('width'))).to.equal(340);
        expect(Number(svg.getAttribute('height'))).to.equal(Math.round(340 * 0.85));
        expect(el.scrollWidth).to.be.at.most(340);
        expect(part(el, 'relations')!.getBoundingClientRect().top).to.be.above(svg.getBoundingClientRect().bottom);
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

    it('draws a self-loop, merges duplicate relations with a count, sets apart an unlinked actor the story names', async () => {
      const story = miniStory();
      story.actors.push(
        { id: 'loner', kind: 'person', name: { en: 'Loner', ar: 'المنعزل', fr: 'Solitaire' } },
        { id: 'nobody', kind: 'person', name: { en: 'Nobody', ar: 'لا أحد', fr: 'Personne' } },
      );
      story.events[0]!.actors = [...(story.events[0]!.actors ?? []), 'loner'];
      story.relations.push(
        { id: 'r2', from: 'watchdog', to: 'acme', kind: 'fined', date: '2022', sources: ['s1'] },
        { id: 'r3', from: 'acme', to: 'acme', kind: 'criticised', sources: ['s1'] },
      );
      const el = await mount(story);
      const loop = linkOf(el, 'acme', 'acme');
      expect(loop.querySelector('.line')!.getAttribute('d')).to.contain('C');
      const merged = linkOf(el, 'watchdog', 'acme');
      expect(merged.dataset['count']).to.equal('2');
      expect(linkText(el, 'watchdog', 'acme')).to.equal('fined ×2');
      expect(links(el).length).to.equal(2);
      // the loner is named by an event: drawn in a labelled row below the network; nobody is not drawn
      expect(at(node(el, 'loner'))[1]).to.be.above(at(node(el, 'acme'))[1]);
      expect(root(el).querySelector('.row-label')!.textContent).to.equal(actorMapMessages.en.isolated);
      expect(root(el).querySelector('[data-id="nobody"]')).to.equal(null);
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
      // every actor linked to another (the synthetic story names no other in an event, a quote or a fine)
      const graph = buildGraph(story.actors, story.relations, story.mainActor);
      expect(nodes(el).length).to.equal(300 - graph.isolated.length);
      expect(links(el).length).to.be.above(800);
      // too many for every label: only the keyboard's actor is named until one is selected
      expect(root(el).querySelectorAll('.rel').length).to.equal(0);
      expect(root(el).querySelectorAll('.name').length).to.equal(1);
      expect(part(el, 'table')).to.equal(null);
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
