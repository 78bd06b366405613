import { expect } from '@open-wc/testing';
import {
  buildGraph,
  labelRoom,
  layoutGraph,
  linkShape,
  mapHeight,
  nearest,
  neighbours,
  placeLinkLabels,
  plan,
  shapePath,
  type LinkLabel,
  type Point,
} from '../src/actor-map/layout.js';
import { ACTOR_KINDS } from '../src/story/schema.js';
import { parseStory } from '../src/story/parse.js';
import type { Relation, Story } from '../src/story/types.js';
import { syntheticNetworkStory } from './fixtures/actor-map-synthetic.js';

const STORY = '/data/amazon-cnpd-2021.story.json';
let amazon: Story;

before(async () => {
  amazon = (await (await fetch(STORY)).json()) as Story;
});

const rel = (id: string, from: string, to: string, kind: Relation['kind'] = 'fined'): Relation => ({
  id,
  from,
  to,
  kind,
  sources: ['s'],
});
const actors = (...ids: string[]) => ids.map((id) => ({ id, kind: 'company' as const }));

function inBox(pos: Map<string, Point>, width: number, height: number): void {
  for (const [id, p] of pos) {
    expect(Number.isFinite(p.x) && Number.isFinite(p.y), id).to.equal(true);
    expect(p.x, `${id} x`).to.be.within(0, width);
    expect(p.y, `${id} y`).to.be.within(0, height);
  }
}

describe('actor-map layout', () => {
  describe('buildGraph', () => {
    it('draws the Amazon story: one node per actor, one link per ordered pair', () => {
      const g = buildGraph(amazon.actors, amazon.relations, amazon.mainActor);
      expect(g.nodes.map((n) => n.id)).to.deep.equal(amazon.actors.map((a) => a.id));
      const pairs = new Set(amazon.relations.map((r) => `${r.from}>${r.to}`));
      expect(g.links.length).to.equal(pairs.size);
      expect(g.links.reduce((n, l) => n + l.relations.length, 0)).to.equal(amazon.relations.length);
      expect(g.nodes.find((n) => n.id === 'amazon-europe-core')!.main).to.equal(true);
      // every actor of the story takes part in a sourced relation: none floats
      expect(g.isolated).to.deep.equal([]);
      expect(g.dropped).to.deep.equal([]);
      // CNIL referred the case to, and cooperated with, the CNPD: one link, two kinds
      const cnil = g.links.find((l) => l.from === 'cnil' && l.to === 'cnpd')!;
      expect(cnil.kinds).to.deep.equal(['referred-to', 'cooperated-with']);
      // Pocan criticised Amazon, Amazon apologised to Pocan: both curved
      expect(g.links.find((l) => l.from === 'mark-pocan')!.both).to.equal(true);
      expect(g.links.find((l) => l.to === 'mark-pocan')!.both).to.equal(true);
      expect(cnil.both).to.equal(false);
    });

    it('merges duplicates, keeps self-loops, counts degrees, sets isolated actors apart', () => {
      const g = buildGraph(actors('a', 'b', 'c', 'd'), [
        rel('r1', 'a', 'b'),
        rel('r2', 'a', 'b'),
        rel('r3', 'c', 'c', 'criticised'),
      ]);
      expect(g.links).to.have.length(2);
      const ab = g.links[0]!;
      expect(ab.relations.map((r) => r.id)).to.deep.equal(['r1', 'r2']);
      expect(ab.kinds).to.deep.equal(['fined']);
      const loop = g.links[1]!;
      expect(loop.loop).to.equal(true);
      expect(loop.both).to.equal(false);
      expect(g.nodes.map((n) => n.degree)).to.deep.equal([2, 2, 1, 0]);
      // an actor related only to itself is not linked to another
      expect(g.isolated).to.deep.equal(['c', 'd']);
    });

    it('drops relations to actors that are not there (where a story was not validated)', () => {
      const g = buildGraph(actors('a', 'b'), [rel('r1', 'a', 'b'), rel('r2', 'a', 'ghost'), rel('r3', 'ghost', 'b')]);
      expect(g.links).to.have.length(1);
      expect(g.dropped.map((r) => r.id)).to.deep.equal(['r2', 'r3']);
      expect(g.nodes.map((n) => n.degree)).to.deep.equal([1, 1]);
    });

    it('lists neighbours in both directions', () => {
      const g = buildGraph(amazon.actors, amazon.relations);
      const n = neighbours(g.links, 'lqdn');
      expect([...n].sort()).to.deep.equal(['amazon-europe-core', 'arthur-messaud', 'cnil', 'irish-dpc', 'lqdn']);
    });
  });

  describe('plan and size', () => {
    it('draws every label for a story-sized network, fewer ticks and no labels at 300 actors', () => {
      expect(plan(17, 23)).to.include({ linkLabels: true, nodeLabels: true, ticks: 300 });
      const big = plan(300, 1000);
      expect(big.linkLabels).to.equal(false);
      expect(big.nodeLabels).to.equal(false);
      expect(big.ticks).to.be.below(300);
      expect(big.r).to.be.below(plan(17, 23).r);
    });

    it('is taller than wide on a phone and wider than tall on a page', () => {
      expect(mapHeight(360, 17)).to.be.above(360);
      expect(mapHeight(1000, 17)).to.be.below(1000);
      expect(mapHeight(1000, 300)).to.be.at.least(560);
    });

    it('stays within 480 px at any width, so the element fits its reserved height', () => {
      for (let width = 240; width < 2000; width += 8) expect(mapHeight(width, 17), `${width} px`).to.be.at.most(480);
    });
  });

  describe('layoutGraph', () => {
    it('is deterministic: the same story in the same box gives the same picture', () => {
      const g = buildGraph(amazon.actors, amazon.relations, amazon.mainActor);
      const a = layoutGraph(g, { width: 800, height: 500 });
      const b = layoutGraph(buildGraph(amazon.actors, amazon.relations, amazon.mainActor), { width: 800, height: 500 });
      expect([...a.pos]).to.deep.equal([...b.pos]);
      inBox(a.pos, 800, 500);
      expect(a.pos.size).to.equal(amazon.actors.length);
    });

    it('spreads the actors: no two linked actors on top of each other', () => {
      const { pos } = layoutGraph(buildGraph(amazon.actors, amazon.relations), { width: 800, height: 500 });
      const list = [...pos.values()];
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          expect(Math.hypot(list[i]!.x - list[j]!.x, list[i]!.y - list[j]!.y)).to.be.above(15);
        }
      }
    });

    it('mirrors in RTL: x becomes width − x', () => {
      const g = buildGraph(amazon.actors, amazon.relations);
      const ltr = layoutGraph(g, { width: 700, height: 480 });
      const rtl = layoutGraph(g, { width: 700, height: 480, rtl: true });
      for (const [id, p] of ltr.pos) {
        expect(rtl.pos.get(id)!.x).to.be.closeTo(700 - p.x, 1e-9);
        expect(rtl.pos.get(id)!.y).to.equal(p.y);
      }
    });

    it('puts isolated actors in a row below the network, in reading order', () => {
      const g = buildGraph([...amazon.actors, ...actors('x', 'y', 'z')], amazon.relations);
      const { pos, rowTop } = layoutGraph(g, { width: 700, height: 480 });
      const [a, b, c] = g.isolated.map((id) => pos.get(id)!);
      expect(a!.y).to.be.above(rowTop);
      expect(a!.y).to.equal(c!.y);
      expect(a!.x).to.be.below(b!.x);
      for (const n of g.nodes.filter((n) => !n.isolated)) expect(pos.get(n.id)!.y).to.be.below(rowTop);
      const rtl = layoutGraph(g, { width: 700, height: 480, rtl: true }).pos;
      expect(rtl.get(g.isolated[0]!)!.x).to.be.above(rtl.get(g.isolated[1]!)!.x);
    });

    it('wraps many isolated actors into several rows', () => {
      const ids = Array.from({ length: 30 }, (_, i) => `a${i}`);
      const { pos, rowTop } = layoutGraph(buildGraph(actors(...ids), []), { width: 400, height: 600 });
      expect(new Set([...pos.values()].map((p) => p.y)).size).to.be.above(1);
      inBox(pos, 400, 600);
      expect(rowTop).to.be.below(600 - 64);
    });

    it('spreads a wide box across most of its width, not only a square in the middle', () => {
      const g = buildGraph(amazon.actors, amazon.relations, amazon.mainActor);
      const { pos } = layoutGraph(g, { width: 900, height: 480 });
      const xs = g.nodes.filter((n) => !n.isolated).map((n) => pos.get(n.id)!.x);
      // the drawable width is 900 − 2 × 48
      expect(Math.max(...xs) - Math.min(...xs)).to.be.above(0.8 * 804);
    });

    it('re-lays out on resize from the previous positions: same shape, same picture scaled', () => {
      const g = buildGraph(amazon.actors, amazon.relations);
      const a = layoutGraph(g, { width: 600, height: 372 });
      const b = layoutGraph(g, { width: 900, height: 558, previous: a });
      inBox(b.pos, 900, 558);
      expect([...b.sim]).to.deep.equal([...a.sim]);
      // the picture is the same, scaled: every offset from one actor grows by one factor
      // along each axis (the fit may stretch one axis a little more than the other)
      const linked = g.nodes.filter((n) => !n.isolated);
      const o = (m: Map<string, Point>, id: string) => ({
        x: m.get(id)!.x - m.get('cnpd')!.x,
        y: m.get(id)!.y - m.get('cnpd')!.y,
      });
      const far = (axis: 'x' | 'y') =>
        linked.reduce((f, n) => (Math.abs(o(a.pos, n.id)[axis]) > Math.abs(o(a.pos, f.id)[axis]) ? n : f)).id;
      const kx = o(b.pos, far('x')).x / o(a.pos, far('x')).x;
      const ky = o(b.pos, far('y')).y / o(a.pos, far('y')).y;
      expect(kx).to.be.above(1.2);
      expect(ky).to.be.above(1.2);
      for (const n of linked) {
        expect(o(b.pos, n.id).x, n.id).to.be.closeTo(o(a.pos, n.id).x * kx, 0.01);
        expect(o(b.pos, n.id).y, n.id).to.be.closeTo(o(a.pos, n.id).y * ky, 0.01);
      }
    });

    it('re-lays out for a new shape without reshuffling: neighbours stay neighbours', () => {
      const g = buildGraph(amazon.actors, amazon.relations);
      const wide = layoutGraph(g, { width: 1000, height: 500 });
      const tall = layoutGraph(g, { width: 400, height: 600, previous: wide });
      inBox(tall.pos, 400, 600);
      expect([...tall.sim]).not.to.deep.equal([...wide.sim]);
      // the order from left to right mostly survives
      const order = (m: Map<string, Point>) =>
        [...m]
          .filter(([id]) => wide.sim.has(id))
          .sort((p, q) => p[1].x - q[1].x)
          .map(([id]) => id);
      const before = order(wide.sim);
      const after = order(tall.sim);
      const moved = before.filter((id, i) => Math.abs(after.indexOf(id) - i) > 3);
      expect(moved.length).to.be.below(before.length / 3);
    });

    it('lays out 300 actors and 1,000 relations inside the box', () => {
      const story = syntheticNetworkStory(300, 1000, 7);
      const g = buildGraph(story.actors, story.relations, story.mainActor);
      const h = mapHeight(1000, 300);
      const { pos } = layoutGraph(g, { width: 1000, height: h });
      expect(pos.size).to.equal(300);
      inBox(pos, 1000, h);
    });
  });

  describe('linkShape', () => {
    it('stops a straight link at the target’s edge, with an arrowhead there', () => {
      const s = linkShape({ x: 0, y: 0 }, { x: 100, y: 0 }, 10);
      expect(s.d).to.equal('M10,0L88,0');
      expect(s.arrow.startsWith('M88,0L')).to.equal(true);
      expect(s.label).to.deep.equal({ x: 50, y: 0 });
    });

    it('bends the two links of a pair to opposite sides', () => {
      const a = { x: 0, y: 0 };
      const b = { x: 100, y: 0 };
      const ab = linkShape(a, b, 10, true);
      const ba = linkShape(b, a, 10, true);
      expect(ab.d).to.contain('Q');
      expect(Math.sign(ab.label.y)).to.equal(-Math.sign(ba.label.y));
      expect(ab.label.y).not.to.equal(0);
    });

    it('draws a self-loop above its node', () => {
      const s = linkShape({ x: 50, y: 50 }, { x: 50, y: 50 }, 10, false, true);
      expect(s.d).to.contain('C');
      expect(s.label.y).to.be.below(50 - 10);
      expect(s.arrow).to.match(/^M[\d.]+,[\d.]+L/);
    });
  });

  describe('placeLinkLabels and labelRoom', () => {
    // two horizontal links, one above the other, whose middle labels collide
    const label = (y: number, extra: Partial<LinkLabel> = {}): LinkLabel => ({
      box: { x: 100, y, w: 80, h: 14 },
      dir: { x: 1, y: 0 },
      room: 90,
      ...extra,
    });

    it('leaves a label that covers nothing in the middle', () => {
      expect(placeLinkLabels([label(0)], [])).to.deep.equal([{ x: 0, y: 0 }]);
    });

    it('slides a label along its link, out of the way of one placed before it', () => {
      const [first, second] = placeLinkLabels([label(0), label(6)], []);
      expect(first).to.deep.equal({ x: 0, y: 0 });
      // it tries thirds of its 90 px room: 30 and 60 px either way still overlap the 80 px wide first label
      expect(second!.x).to.equal(90);
      expect(second!.y).to.equal(0);
    });

    it('keeps clear of obstacles (actors, names)', () => {
      const [d] = placeLinkLabels([label(0)], [{ x: 120, y: 0, w: 10, h: 10 }]);
      const box = { x: 100 + d!.x, w: 80 };
      expect(box.x + box.w <= 120 || box.x >= 130).to.equal(true);
    });

    it('hides a label with no free place, unless it is kept', () => {
      const crowd = [label(0, { room: 0 }), label(4, { room: 0 }), label(8, { room: 0, keep: true })];
      expect(placeLinkLabels(crowd, [])).to.deep.equal([{ x: 0, y: 0 }, null, { x: 0, y: 0 }]);
    });

    it('gives a label room between the two actors, none on a short link or a loop', () => {
      const box = { x: 0, y: 0, w: 60, h: 12 };
      const long = labelRoom({ x: 0, y: 0 }, { x: 300, y: 0 }, 10, box);
      expect(long.dir).to.deep.equal({ x: 1, y: 0 });
      // half the link, less an actor and a half, less half the label
      expect(long.room).to.equal(150 - 15 - 30);
      expect(labelRoom({ x: 0, y: 0 }, { x: 60, y: 0 }, 10, box).room).to.equal(0);
      expect(labelRoom({ x: 5, y: 5 }, { x: 5, y: 5 }, 10, box).room).to.equal(0);
      // along a vertical link the label's height is what must fit
      expect(labelRoom({ x: 0, y: 0 }, { x: 0, y: 300 }, 10, box).room).to.equal(150 - 15 - 6);
    });
  });

  describe('shapes and keyboard geometry', () => {
    it('gives each actor kind its own shape', () => {
      const shapes = ACTOR_KINDS.map((k) => shapePath(k, 10));
      expect(new Set(shapes).size).to.equal(ACTOR_KINDS.length);
    });

    it('finds the nearest node in an arrow’s direction, preferring straight ahead', () => {
      const pos = new Map<string, Point>([
        ['o', { x: 100, y: 100 }],
        ['e', { x: 200, y: 110 }],
        ['ne', { x: 140, y: 20 }],
        ['w', { x: 0, y: 100 }],
        ['s', { x: 95, y: 200 }],
      ]);
      expect(nearest(pos, 'o', 'right')).to.equal('e');
      expect(nearest(pos, 'o', 'left')).to.equal('w');
      expect(nearest(pos, 'o', 'up')).to.equal('ne');
      expect(nearest(pos, 'o', 'down')).to.equal('s');
      expect(nearest(pos, 'w', 'left')).to.equal(undefined);
      expect(nearest(pos, 'missing', 'left')).to.equal(undefined);
    });
  });

  describe('syntheticNetworkStory', () => {
    it('is a valid story, the same for the same seed', () => {
      const story = syntheticNetworkStory(300, 1000, 3);
      expect(story.actors).to.have.length(300);
      expect(story.relations).to.have.length(1000);
      const parsed = parseStory(story);
      expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors.slice(0, 3))).to.equal(true);
      expect(syntheticNetworkStory(300, 1000, 3)).to.deep.equal(story);
      expect(syntheticNetworkStory(300, 1000, 4)).not.to.deep.equal(story);
      expect(story.relations.every((r) => r.from !== r.to)).to.equal(true);
    });
  });
});
