import { expect } from '@open-wc/testing';
import { forceCollide, forceManyBody, type Force, type SimulationNodeDatum } from 'd3-force';
import { collideForce, manyBodyForce } from '../src/actor-map/quad-forces.js';
import { buildGraph, simulate } from '../src/actor-map/layout.js';
import { random } from '../src/core/random.js';
import type { Story } from '../src/story/types.js';
import { syntheticNetworkStory } from './fixtures/actor-map-synthetic.js';

type Node = SimulationNodeDatum;

// what d3-force's forceManyBody and forceCollide placed, before the flat forces
const AMAZON_EUROPE = { x: -92.5, y: 89.12 };
const AMAZON_CNPD = { x: -62.77, y: 152.92 };
const SYNTHETIC_1 = { x: 93.57, y: 5.61 };
const SYNTHETIC_150 = { x: -1.83, y: 221.64 };

/** Ticks `forces` over a copy of `start` as the map's simulation does; the nodes, and the random source's next number. */
function run(start: readonly Node[], forces: Force<Node, undefined>[], ticks: number, seed = 7) {
  const nodes = start.map((n, i) => ({ x: n.x, y: n.y, vx: 0, vy: 0, index: i }));
  const rnd = random(seed);
  for (const f of forces) f.initialize?.(nodes, rnd);
  let alpha = 1;
  for (let t = 0; t < ticks; t++) {
    alpha -= alpha * 0.1;
    for (const f of forces) f(alpha);
    for (const n of nodes) {
      n.x! += n.vx *= 0.6;
      n.y! += n.vy *= 0.6;
    }
  }
  return { nodes, next: rnd() };
}

/** d3's forces and ours, from the same start: every number the same. */
function same(start: readonly Node[], strength: number, theta: number, radius: number, ticks = 30): void {
  const d3 = run(start, [forceManyBody<Node>().strength(strength).theta(theta), forceCollide<Node>(radius)], ticks);
  const ours = run(start, [manyBodyForce(strength, theta), collideForce(radius)], ticks);
  expect(ours.nodes).to.deep.equal(d3.nodes);
  // the same jiggles: the random source was called as often
  expect(ours.next).to.equal(d3.next);
}

describe('actor-map quadtree forces', () => {
  it('repel and collide exactly as d3-force does, on a spread of points', () => {
    const rnd = random(3);
    const start = Array.from({ length: 200 }, () => ({ x: rnd() * 400 - 200, y: rnd() * 300 - 150 }));
    same(start, -150, 1.5, 19.2);
    same(start, -275, 0.9, 35.2);
  });

  it('do what d3 does with points at the same place, on a line, or at no distance in x or y', () => {
    // coincident points share a leaf (d3 chains them), and exact zeros take d3's random jiggle
    const start = [
      { x: 0, y: 0 },
      { x: 0, y: 0 },
      { x: 0, y: 0 },
      { x: 5, y: 0 },
      { x: 0, y: 5 },
      { x: 5, y: 5 },
      { x: 5, y: 5 },
      { x: -3.5, y: 2.25 },
      { x: 1e-9, y: -1e-9 },
      { x: 100, y: 100 },
    ];
    same(start, -30, 0.9, 8, 40);
    same(start, -150, 1.5, 20, 40);
    // one point alone, and none
    same([{ x: 1.5, y: -2 }], -30, 0.9, 8, 3);
    same([], -30, 0.9, 8, 3);
  });

  it('leave out a point with no position, as d3 does', () => {
    same(
      [
        { x: 1, y: 2 },
        { x: Number.NaN, y: 3 },
        { x: 4, y: 5 },
      ],
      -30,
      0.9,
      8,
      5,
    );
  });

  it('keep the positions the map gave before them, so baked layouts stay valid', async () => {
    const amazon = (await (await fetch('/data/amazon-cnpd-2021.story.json')).json()) as Story;
    const a = simulate(buildGraph(amazon.actors, amazon.relations, amazon.mainActor));
    expect(a.get('amazon-europe-core')).to.deep.equal(AMAZON_EUROPE);
    expect(a.get('cnpd')).to.deep.equal(AMAZON_CNPD);
    const story = syntheticNetworkStory(300, 1000, 1);
    const s = simulate(buildGraph(story.actors, story.relations, story.mainActor));
    expect(s.get('actor-1')).to.deep.equal(SYNTHETIC_1);
    expect(s.get('actor-150')).to.deep.equal(SYNTHETIC_150);
  });
});
