import { expect } from '@open-wc/testing';
import {
  bakeLayout,
  bakedPositions,
  bidiRuns,
  buildGraph,
  edgeDistance,
  fineLookup,
  fitLayout,
  isolateLatin,
  layoutKey,
  linkShape,
  mapHeight,
  nameCandidates,
  nameLines,
  nearest,
  neighbours,
  outerRadius,
  placeLabels,
  plan,
  pointAlong,
  relationFine,
  segmentCrosses,
  shapePath,
  simulate,
  textDir,
  unlinkedShown,
  withoutGloss,
  type LinkLabel,
  type Mark,
  type NameLabel,
  type Point,
  type Rect,
  type Scene,
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

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The Amazon story drawn at a width, as the element draws it. */
function drawn(width: number, height: number, rtl = false) {
  const g = buildGraph(amazon.actors, amazon.relations, amazon.mainActor);
  const p = plan(g.nodes.length, g.links.length);
  const layout = fitLayout(simulate(g), { width, height, rtl });
  const marks = new Map<string, Mark>(
    g.nodes.map((n) => [n.id, { ...layout.pos.get(n.id)!, kind: n.kind, r: n.main ? p.r * 1.35 : p.r }]),
  );
  const shapes = g.links.map((l) => linkShape(marks.get(l.from)!, marks.get(l.to)!, l.both, l.loop));
  return { g, p, layout, marks, shapes };
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

  describe('plan and the actors drawn', () => {
    it('draws every label for a story-sized network, fewer and coarser ticks and no names at 300 actors', () => {
      expect(plan(17, 23)).to.include({ linkLabels: true, nodeLabels: true, ticks: 300 });
      const big = plan(300, 1000);
      expect(big.linkLabels).to.equal(false);
      expect(big.nodeLabels).to.equal(false);
      expect(big.ticks).to.be.below(300);
      expect(big.theta).to.be.above(plan(17, 23).theta);
      expect(big.r).to.be.below(plan(17, 23).r);
    });

    it('sets apart only the unlinked actors the story names elsewhere', () => {
      const story = {
        mainActor: 'main',
        events: [{ actors: ['in-event'] }],
        quotes: [{ speaker: 'speaker' }],
        fines: [{ actor: 'fined', history: [{ by: 'court' }] }],
      } as unknown as Story;
      const ids = ['a', 'b', 'main', 'in-event', 'speaker', 'fined', 'court', 'nobody'];
      const g = buildGraph(actors(...ids), [rel('r', 'a', 'b')], 'main');
      expect(unlinkedShown(g, story)).to.deep.equal(['main', 'in-event', 'speaker', 'fined', 'court']);
      // the corrected Amazon story links every actor
      const amazonGraph = buildGraph(amazon.actors, amazon.relations, amazon.mainActor);
      expect(unlinkedShown(amazonGraph, amazon)).to.deep.equal([]);
    });
  });

  describe('simulate and baked layouts', () => {
    it('is deterministic and independent of any box: the same graph gives the same positions', () => {
      const a = simulate(buildGraph(amazon.actors, amazon.relations, amazon.mainActor));
      const b = simulate(buildGraph(amazon.actors, amazon.relations, amazon.mainActor));
      expect([...a]).to.deep.equal([...b]);
      expect(a.size).to.equal(amazon.actors.length);
      // kept to two decimals, so a baked copy is exact
      for (const p of a.values()) expect(Math.round(p.x * 100) / 100).to.equal(p.x);
    });

    it('keys a graph by what the simulation reads', () => {
      const g = buildGraph(amazon.actors, amazon.relations, amazon.mainActor);
      const key = layoutKey(g);
      expect(key).to.match(/^v\d+-[0-9a-f]{8}$/);
      expect(layoutKey(buildGraph(amazon.actors, amazon.relations, amazon.mainActor))).to.equal(key);
      expect(layoutKey(buildGraph(amazon.actors, amazon.relations))).not.to.equal(key);
      expect(layoutKey(buildGraph(amazon.actors, amazon.relations.slice(1), amazon.mainActor))).not.to.equal(key);
      expect(layoutKey(buildGraph([...amazon.actors].reverse(), amazon.relations, amazon.mainActor))).not.to.equal(key);
    });

    it('bakes exactly what it simulates, and the map uses a bake only for its own graph', () => {
      const g = buildGraph(amazon.actors, amazon.relations, amazon.mainActor);
      const baked = bakeLayout(g);
      expect(baked.positions).to.have.length(2 * g.nodes.length);
      expect([...bakedPositions(g, baked)!]).to.deep.equal([...simulate(g)]);
      // through JSON, as a story file carries it
      expect([...bakedPositions(g, JSON.parse(JSON.stringify(baked)))!]).to.deep.equal([...simulate(g)]);
      const other = buildGraph(amazon.actors, amazon.relations.slice(2), amazon.mainActor);
      expect(bakedPositions(other, baked)).to.equal(undefined);
      expect(bakedPositions(g, { ...baked, positions: baked.positions.slice(2) })).to.equal(undefined);
      expect(bakedPositions(g, { ...baked, positions: baked.positions.map((v, i) => (i ? v : 1e9)) })).to.equal(
        undefined,
      );
      expect(bakedPositions(g, undefined)).to.equal(undefined);
    });

    it('bakes 300 actors and 1,000 relations identical to the simulation', () => {
      const story = syntheticNetworkStory(300, 1000, 1);
      const g = buildGraph(story.actors, story.relations, story.mainActor);
      expect([...bakedPositions(g, bakeLayout(g))!]).to.deep.equal([...simulate(g)]);
    });
  });

  describe('fitLayout', () => {
    it('fits the simulation inside the box, the same picture every time', () => {
      const { layout } = drawn(800, 500);
      expect([...layout.pos]).to.deep.equal([...drawn(800, 500).layout.pos]);
      inBox(layout.pos, 800, 500);
      expect(layout.pos.size).to.equal(amazon.actors.length);
    });

    it('spreads the actors: no two on top of each other', () => {
      const list = [...drawn(800, 500).layout.pos.values()];
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          expect(Math.hypot(list[i]!.x - list[j]!.x, list[i]!.y - list[j]!.y)).to.be.above(30);
        }
      }
    });

    it('keeps a phone’s actors 44 px apart, so each is a whole touch target', () => {
      const list = [...drawn(343, 470).layout.pos.values()];
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          expect(Math.hypot(list[i]!.x - list[j]!.x, list[i]!.y - list[j]!.y)).to.be.at.least(44);
        }
      }
    });

    it('mirrors in RTL: x becomes width − x', () => {
      const ltr = drawn(700, 480).layout;
      const rtl = drawn(700, 480, true).layout;
      for (const [id, p] of ltr.pos) {
        expect(rtl.pos.get(id)!.x).to.be.closeTo(700 - p.x, 1e-9);
        expect(rtl.pos.get(id)!.y).to.equal(p.y);
      }
    });

    it('puts the unlinked actors in a row below the network, in reading order', () => {
      const g = buildGraph([...amazon.actors, ...actors('x', 'y', 'z')], amazon.relations);
      const sim = simulate(g);
      const { pos, rowTop } = fitLayout(sim, { width: 700, height: 480, row: g.isolated });
      const [a, b, c] = g.isolated.map((id) => pos.get(id)!);
      expect(a!.y).to.be.above(rowTop);
      expect(a!.y).to.equal(c!.y);
      expect(a!.x).to.be.below(b!.x);
      for (const n of g.nodes.filter((n) => !n.isolated)) expect(pos.get(n.id)!.y).to.be.below(rowTop);
      const rtl = fitLayout(sim, { width: 700, height: 480, rtl: true, row: g.isolated }).pos;
      expect(rtl.get(g.isolated[0]!)!.x).to.be.above(rtl.get(g.isolated[1]!)!.x);
      // no row, no room taken
      expect(fitLayout(sim, { width: 700, height: 480 }).rowTop).to.equal(480);
    });

    it('wraps many unlinked actors into several rows', () => {
      const ids = Array.from({ length: 30 }, (_, i) => `a${i}`);
      const g = buildGraph(actors(...ids), []);
      const { pos, rowTop } = fitLayout(simulate(g), { width: 400, height: 600, row: g.isolated });
      expect(new Set([...pos.values()].map((p) => p.y)).size).to.be.above(1);
      inBox(pos, 400, 600);
      expect(rowTop).to.be.at.least(400);
    });

    it('spreads a wide box across most of its width, not only a square in the middle', () => {
      const { layout } = drawn(900, 480);
      const xs = [...layout.pos.values()].map((p) => p.x);
      expect(Math.max(...xs) - Math.min(...xs)).to.be.above(0.75 * (900 - 2 * 48));
    });

    it('resizes without reshuffling: the same picture, scaled', () => {
      const a = drawn(600, 372).layout.pos;
      const b = drawn(900, 558).layout.pos;
      inBox(b, 900, 558);
      const ids = [...a.keys()];
      const o = (m: Map<string, Point>, id: string) => ({
        x: m.get(id)!.x - m.get('cnpd')!.x,
        y: m.get(id)!.y - m.get('cnpd')!.y,
      });
      const far = (axis: 'x' | 'y') =>
        ids.reduce((f, id) => (Math.abs(o(a, id)[axis]) > Math.abs(o(a, f)[axis]) ? id : f));
      const kx = o(b, far('x')).x / o(a, far('x')).x;
      const ky = o(b, far('y')).y / o(a, far('y')).y;
      expect(kx).to.be.above(1.2);
      expect(ky).to.be.above(1.2);
      for (const id of ids) {
        expect(o(b, id).x, id).to.be.closeTo(o(a, id).x * kx, 0.01);
        expect(o(b, id).y, id).to.be.closeTo(o(a, id).y * ky, 0.01);
      }
    });

    it('lays out 300 actors and 1,000 relations inside the box', () => {
      const story = syntheticNetworkStory(300, 1000, 7);
      const g = buildGraph(story.actors, story.relations, story.mainActor);
      const h = mapHeight(1000, 300);
      const { pos } = fitLayout(simulate(g), { width: 1000, height: h, row: unlinkedShown(g, story) });
      inBox(pos, 1000, h);
    });

    it('takes a height from the width when the page reserves none', () => {
      expect(mapHeight(360, 17)).to.be.above(360);
      expect(mapHeight(1000, 17)).to.be.below(1000);
      expect(mapHeight(1000, 300)).to.be.at.least(560);
      for (let width = 240; width < 2000; width += 8) expect(mapHeight(width, 17), `${width} px`).to.be.at.most(480);
    });
  });

  describe('shapes', () => {
    it('gives each actor kind its own shape', () => {
      const shapes = ACTOR_KINDS.map((k) => shapePath(k, 10));
      expect(new Set(shapes).size).to.equal(ACTOR_KINDS.length);
    });

    it('draws a shape the same when it remembers it, each radius its own', () => {
      // shapes are remembered by kind and radius: asked again, the same path; another radius, another path
      expect(shapePath('court', 8)).to.equal('M9.6,0L0,9.6L-9.6,0L0,-9.6Z');
      expect(shapePath('court', 8)).to.equal('M9.6,0L0,9.6L-9.6,0L0,-9.6Z');
      expect(shapePath('court', 10)).to.equal('M12,0L0,12L-12,0L0,-12Z');
      expect(shapePath('regulator', 6)).to.equal('M-6,0a6,6 0 1,0 12,0a6,6 0 1,0 -12,0Z');
    });

    it('knows where each outline is: a circle’s radius, a square’s side, a diamond’s corner', () => {
      expect(edgeDistance('regulator', 10, 1, 1)).to.be.closeTo(10, 1e-9);
      // a company is an upright square of half-side 1.15 r cos 45°
      expect(edgeDistance('company', 10, 1, 0)).to.be.closeTo(11.5 * Math.SQRT1_2, 1e-9);
      expect(edgeDistance('company', 10, 1, 1)).to.be.closeTo(11.5, 1e-9);
      // a court is a diamond: its corners point along the axes
      expect(edgeDistance('court', 10, 0, 1)).to.be.closeTo(12, 1e-9);
      for (const kind of ACTOR_KINDS) {
        for (let a = 0; a < 2 * Math.PI; a += 0.3) {
          const d = edgeDistance(kind, 10, Math.cos(a), Math.sin(a));
          expect(d, kind).to.be.at.most(outerRadius(kind, 10) + 1e-9);
          expect(d, kind).to.be.above(outerRadius(kind, 10) * 0.45);
        }
      }
    });

    it('starts a link at its source’s outline and puts the arrowhead’s tip on the target’s, never inside', () => {
      for (const kind of ACTOR_KINDS) {
        const a: Mark = { x: 0, y: 0, kind, r: 10 };
        const b: Mark = { x: 100, y: 60, kind, r: 10 };
        const s = linkShape(a, b);
        const start = s.course[0]!;
        const tip = s.course[s.course.length - 1]!;
        const u = { x: 100 / Math.hypot(100, 60), y: 60 / Math.hypot(100, 60) };
        expect(Math.hypot(start.x, start.y), kind).to.be.closeTo(edgeDistance(kind, 10, u.x, u.y) + 1, 0.01);
        expect(Math.hypot(tip.x - 100, tip.y - 60), kind).to.be.closeTo(edgeDistance(kind, 10, -u.x, -u.y) + 2, 0.01);
        expect(s.arrow.startsWith(`M${Math.round(tip.x * 10) / 10},${Math.round(tip.y * 10) / 10}L`)).to.equal(true);
      }
    });

    it('stops a link’s line where its arrowhead begins, straight or curved', () => {
      const numbers = (path: string) => (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      const a: Mark = { x: 10, y: 20, kind: 'court', r: 8 };
      const b: Mark = { x: 130, y: -45, kind: 'ngo', r: 8 };
      for (const curve of [false, true]) {
        const s = linkShape(a, b, curve);
        const [tx, ty, ax, ay, cx, cy] = numbers(s.arrow) as [number, number, number, number, number, number];
        const line = numbers(s.d);
        const [sx, sy] = line;
        const [nx, ny] = line.slice(-2);
        // the line leaves from the course's start; its end is 0.8 of the way from the tip to the arrowhead's base
        expect(sx).to.be.closeTo(s.course[0]!.x, 0.051);
        expect(sy).to.be.closeTo(s.course[0]!.y, 0.051);
        expect(nx).to.be.closeTo(tx + 0.8 * ((ax + cx) / 2 - tx), 0.2);
        expect(ny).to.be.closeTo(ty + 0.8 * ((ay + cy) / 2 - ty), 0.2);
        // the arrowhead's box holds its three corners
        for (const [x, y] of [
          [tx, ty],
          [ax, ay],
          [cx, cy],
        ] as const) {
          expect(x).to.be.within(s.head.x - 0.051, s.head.x + s.head.w + 0.051);
          expect(y).to.be.within(s.head.y - 0.051, s.head.y + s.head.h + 0.051);
        }
      }
    });

    it('bends the two links of a pair to opposite sides, and draws a self-loop above its actor', () => {
      const a: Mark = { x: 0, y: 0, kind: 'company', r: 10 };
      const b: Mark = { x: 100, y: 0, kind: 'company', r: 10 };
      const ab = linkShape(a, b, true);
      const ba = linkShape(b, a, true);
      expect(ab.d).to.contain('Q');
      const mid = (s: typeof ab) => pointAlong(s.course, 0.5);
      expect(Math.sign(mid(ab).y)).to.equal(-Math.sign(mid(ba).y));
      expect(mid(ab).y).not.to.equal(0);
      const loop = linkShape(a, a, false, true);
      expect(loop.d).to.contain('C');
      expect(pointAlong(loop.course, 0.5).y).to.be.below(-10);
    });
  });

  describe('label placement', () => {
    // (pointAlong and segmentCrosses are the geometry the placement rests on)
    const bounds = { x: 0, y: 0, w: 400, h: 300 };
    const name = (x: number, y: number, w = 60, h = 16): NameLabel => ({ kind: 'name', at: { x, y }, reach: 10, w, h });

    it('tells whether a segment passes through a box', () => {
      const box = { x: 10, y: 10, w: 20, h: 10 };
      expect(segmentCrosses({ x: 0, y: 15 }, { x: 40, y: 15 }, box)).to.equal(true);
      expect(segmentCrosses({ x: 0, y: 0 }, { x: 40, y: 0 }, box)).to.equal(false);
      expect(segmentCrosses({ x: 0, y: 0 }, { x: 9, y: 30 }, box)).to.equal(false);
      expect(segmentCrosses({ x: 15, y: 12 }, { x: 16, y: 13 }, box)).to.equal(true);
      expect(segmentCrosses({ x: 20, y: 0 }, { x: 20, y: 40 }, box)).to.equal(true);
    });

    it('finds points along a polyline by length', () => {
      const line = [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
        { x: 100, y: 100 },
      ];
      expect(pointAlong(line, 0)).to.deep.equal({ x: 0, y: 0 });
      expect(pointAlong(line, 0.25)).to.deep.equal({ x: 50, y: 0 });
      expect(pointAlong(line, 0.75)).to.deep.equal({ x: 100, y: 50 });
      expect(pointAlong(line, 1)).to.deep.equal({ x: 100, y: 100 });
    });

    it('tries a name below its actor, then above, then after it in the reading direction', () => {
      const [below, above, after] = nameCandidates(name(200, 100), bounds);
      expect(below).to.include({ x: 170, y: 113 });
      expect(above).to.include({ x: 170, y: 100 - 13 - 16 });
      expect(after!.x).to.equal(213);
      const rtlAfter = nameCandidates(name(200, 100), bounds, true)[2]!;
      expect(rtlAfter.x + rtlAfter.w).to.equal(187);
      // at the map's edge a name below its actor slides inside
      expect(nameCandidates(name(5, 100), bounds)[0]!.x).to.equal(0);
    });

    it('never puts a word over an actor, another word or a link; hides a relation label with no room', () => {
      const scene: Scene = {
        bounds,
        marks: [
          { x: 200, y: 100, r: 12 },
          { x: 200, y: 140, r: 12 },
        ],
        lines: [
          [
            { x: 0, y: 125 },
            { x: 400, y: 125 },
          ],
        ],
      };
      const [a, b] = placeLabels(scene, [name(200, 100), name(200, 140)]);
      // below the first actor is the line and the second actor: above it; the second goes below
      expect(a).to.include({ y: 100 - 13 - 16, over: false });
      expect(b).to.include({ y: 153, over: false });
      const link: LinkLabel = { kind: 'link', line: 0, w: 500, h: 14 };
      expect(placeLabels(scene, [link])).to.deep.equal([null]);
      // a label sits on its own link, which it interrupts
      const short: LinkLabel = { kind: 'link', line: 0, w: 60, h: 14 };
      const [c] = placeLabels(scene, [short]);
      expect(c!.y + c!.h / 2).to.equal(125);
      expect(overlap(c!, a!) || overlap(c!, b!)).to.equal(false);
    });

    it('lets a name with no clear place go over the fewest links, never over an arrowhead', () => {
      // an actor with links leaving in all four directions and along the diagonals: every place is crossed
      const at = { x: 200, y: 150 };
      const rays = Array.from({ length: 16 }, (_, i) => {
        const a = (i * Math.PI) / 8;
        return [at, { x: at.x + Math.cos(a) * 140, y: at.y + Math.sin(a) * 140 }];
      });
      const scene: Scene = { bounds, marks: [{ ...at, r: 12 }], lines: rays };
      const [p] = placeLabels(scene, [name(200, 150)]);
      expect(p!.over).to.equal(true);
      // the same links arriving at the actor: their arrowheads are by it, and nothing may cover them
      const inward = rays.map(([a, b]) => [b!, { x: a!.x + (b!.x - a!.x) * 0.12, y: a!.y + (b!.y - a!.y) * 0.12 }]);
      const heads = inward.map(([, tip]) => ({ x: tip!.x - 4, y: tip!.y - 4, w: 8, h: 8 }));
      const [q] = placeLabels({ ...scene, lines: inward, heads }, [name(200, 150)]);
      expect(q!.over).to.equal(true);
      for (const h of heads) expect(overlap(q!, h)).to.equal(false);
      // beyond the ring of arrowheads: further out than the nearest places
      const nx = Math.min(Math.max(200, q!.x), q!.x + q!.w);
      const ny = Math.min(Math.max(150, q!.y), q!.y + q!.h);
      expect(Math.hypot(nx - 200, ny - 150)).to.be.at.least(20);
      // lines away from the selected actor are faint: words may cover them
      const [r] = placeLabels({ ...scene, faint: new Set(rays.map((_, i) => i)) }, [name(200, 150)]);
      expect(r).to.include({ over: false, y: 150 + 13 });
    });

    for (const [width, height] of [
      [343, 470],
      [640, 560],
      [1000, 560],
    ] as const) {
      it(`keeps every word of the Amazon story clear at ${width} px: no overlaps, no link through a relation label`, () => {
        for (const rtl of [false, true]) {
          const { g, marks, shapes } = drawn(width, height, rtl);
          // names of about 8 px a character, on one or two lines; relation labels of their words
          const names: NameLabel[] = g.nodes.map((n) => {
            const text = amazon.actors.find((a) => a.id === n.id)!;
            const short = (text.shortName ?? text.name) as Record<string, string>;
            const lines = nameLines(short['en']!);
            const m = marks.get(n.id)!;
            return {
              kind: 'name',
              at: m,
              reach: outerRadius(m.kind, m.r),
              w: 8 * Math.max(...lines.map((l) => l.length)) + 4,
              h: 20 * lines.length + 4,
            };
          });
          const links: LinkLabel[] = g.links.map((l, i) => ({
            kind: 'link',
            line: i,
            w: 8 * (l.kinds.join(' / ').length + 6),
            h: 22,
          }));
          const scene: Scene = {
            bounds: { x: 0, y: 0, w: width, h: height },
            marks: [...marks.values()].map((m) => ({ x: m.x, y: m.y, r: outerRadius(m.kind, m.r) + 2 })),
            lines: shapes.map((s) => s.course),
            rtl,
          };
          const places = placeLabels(scene, [...names, ...links]);
          const shown = places.filter((p) => p !== null);
          for (let i = 0; i < shown.length; i++) {
            for (let j = i + 1; j < shown.length; j++) expect(overlap(shown[i]!, shown[j]!)).to.equal(false);
            for (const m of scene.marks) {
              const nx = Math.min(Math.max(m.x, shown[i]!.x), shown[i]!.x + shown[i]!.w);
              const ny = Math.min(Math.max(m.y, shown[i]!.y), shown[i]!.y + shown[i]!.h);
              expect(Math.hypot(m.x - nx, m.y - ny)).to.be.at.least(m.r);
            }
          }
          places.slice(names.length).forEach((p, i) => {
            if (!p) return;
            scene.lines.forEach((line, j) => {
              if (j !== i) expect(line.some((q, k) => k > 0 && segmentCrosses(line[k - 1]!, q, p))).to.equal(false);
            });
          });
          // names: most shown; the main actor's always
          const shownNames = places.slice(0, names.length).filter((p) => p !== null).length;
          expect(shownNames, `${width} px`).to.be.at.least(Math.ceil(names.length * 0.75));
          const main = g.nodes.findIndex((n) => n.main);
          expect(places[main]).not.to.equal(null);
        }
      });
    }
  });

  describe('words', () => {
    it('reads a label’s direction from its first letter', () => {
      expect(textDir('أمازون (Amazon.com, Inc.)')).to.equal('rtl');
      expect(textDir('Amazon.com, Inc.')).to.equal('ltr');
      expect(textDir('(CNPD)')).to.equal('ltr');
    });

    it('isolates each Latin name and number inside Arabic, and leaves Latin text alone', () => {
      expect(bidiRuns('أمازون (Amazon.com, Inc.)')).to.deep.equal([
        { text: 'أمازون (', latin: false },
        { text: 'Amazon.com, Inc.', latin: true },
        { text: ')', latin: false },
      ]);
      expect(bidiRuns('طعن أمام، 2021')).to.deep.equal([
        { text: 'طعن أمام، ', latin: false },
        { text: '2021', latin: true },
      ]);
      expect(bidiRuns('Amazon (2021)')).to.deep.equal([{ text: 'Amazon (2021)', latin: false }]);
      expect(isolateLatin('أُلغيت في 12 مارس 2026 (Cour administrative)')).to.equal(
        'أُلغيت في \u206612\u2069 مارس \u20662026\u2069 (\u2066Cour administrative\u2069)',
      );
    });

    it('leaves a bracketed gloss out of a tight label', () => {
      expect(withoutGloss('أمازون فرانس لوجستيك (Amazon France Logistique)')).to.equal('أمازون فرانس لوجستيك');
      expect(withoutGloss('Conseil d’État (France)')).to.equal('Conseil d’État');
      expect(withoutGloss('(CNPD)')).to.equal('(CNPD)');
      expect(withoutGloss('Amazon (EU) Sàrl')).to.equal('Amazon (EU) Sàrl');
    });

    it('puts a long name on two lines, broken near its middle but outside brackets', () => {
      expect(nameLines('CNPD')).to.deep.equal(['CNPD']);
      expect(nameLines('Amazon France Logistique')).to.deep.equal(['Amazon France', 'Logistique']);
      expect(nameLines('أمازون فرانس لوجستيك (Amazon France Logistique)')).to.deep.equal([
        'أمازون فرانس لوجستيك',
        '(Amazon France Logistique)',
      ]);
    });

    it('breaks names past 12 characters on a phone, where a narrower name fits beside an actor at the edge', () => {
      expect(nameLines('المحكمة الإدارية')).to.deep.equal(['المحكمة الإدارية']);
      expect(nameLines('المحكمة الإدارية', true)).to.deep.equal(['المحكمة', 'الإدارية']);
      expect(nameLines('Arthur Messaud', true)).to.deep.equal(['Arthur', 'Messaud']);
      expect(nameLines('مجلس الدولة', true)).to.deep.equal(['مجلس الدولة']);
      expect(nameLines('Mark Pocan', true)).to.deep.equal(['Mark Pocan']);
    });
  });

  describe('relations about fines', () => {
    const byId = (id: string) => amazon.relations.find((r) => r.id === id)!;

    it('finds the fine a "fined" relation imposed, and the judgment a ruling was', () => {
      const fined = relationFine(byId('cnpd-fined-amazon'), amazon.fines)!;
      expect(fined.fine.id).to.equal('amazon-cnpd-2021');
      expect(fined.step).to.equal(undefined);
      const annulled = relationFine(byId('cour-ruled-on-aec'), amazon.fines)!;
      expect(annulled.fine.id).to.equal('amazon-cnpd-2021');
      expect(annulled.step).to.include({ status: 'annulled', date: '2026-03-12' });
      expect(relationFine(byId('tribunal-ruled-on-aec'), amazon.fines)!.step).to.include({ status: 'upheld' });
      const reduced = relationFine(byId('conseil-etat-ruled-on-afl'), amazon.fines)!;
      expect(reduced.step).to.include({ status: 'reduced', date: '2025-12-23' });
      // the stay order ruled on the CNPD's injunctions, not on a fine's status
      expect(relationFine(byId('tribunal-ruled-on-cnpd-stay'), amazon.fines)).to.equal(undefined);
      expect(relationFine(byId('lqdn-complained-to-cnil'), amazon.fines)).to.equal(undefined);
      // the index gives the same answers
      const lookup = fineLookup(amazon.fines);
      for (const r of amazon.relations) expect(lookup(r)).to.deep.equal(relationFine(r, amazon.fines));
    });

    it('matches nothing when two fines would fit', () => {
      const r = byId('cnpd-fined-amazon');
      const fine = amazon.fines.find((f) => f.id === 'amazon-cnpd-2021')!;
      expect(relationFine(r, [fine, { ...fine, id: 'twin' }])).to.equal(undefined);
      expect(relationFine({ ...r, date: undefined }, [fine])!.fine.id).to.equal(fine.id);
    });
  });

  describe('keyboard geometry', () => {
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
