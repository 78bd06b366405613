/**
 * d3-force's two quadtree forces, repulsion (`forceManyBody`) and collision
 * (`forceCollide`), on a quadtree kept in flat arrays reused from tick to
 * tick. They compute exactly what d3's do, number for number: the same tree
 * as d3-quadtree builds, visited in the same order, the same arithmetic in
 * the same order, the same calls to the random source; so the picture and
 * the layouts baked by `fine-kit layout` do not change (the tests compare
 * them with d3's). Why: d3 allocates objects for every quadrant at every
 * build and every visit, and at 300 actors and 1,000 relations those two
 * forces and their garbage were most of the map's first render (a profile:
 * about 75 ms of quadtree and force code, and 30 ms of garbage collection).
 * Only what the map uses is here: one strength and one radius for every
 * actor, no `distanceMax`, one collision iteration.
 */
import type { Force, SimulationNodeDatum } from 'd3-force';
import { EMPTY, FlatQuadtree, room } from './flat-quadtree.js';

/** What d3-force nudges coincident points by. */
const jiggle = (random: () => number) => (random() - 0.5) * 1e-6;

/**
 * `forceManyBody().strength(strength).theta(theta)`: every actor pushes every
 * other away, the far ones grouped by quadrant (Barnes–Hut), with d3's
 * `distanceMin` of 1 and no `distanceMax`.
 */
export function manyBodyForce(strength: number, theta: number): Force<SimulationNodeDatum, undefined> {
  const tree = new FlatQuadtree();
  const theta2 = theta * theta;
  let nodes: SimulationNodeDatum[] = [];
  let random = Math.random;
  let xs = EMPTY;
  let ys = EMPTY;
  // each quadrant's summed strength and the centre of its strength: the inner quadrants, then the leaves from `base`
  let qv = EMPTY;
  let qx = EMPTY;
  let qy = EMPTY;
  let base = 0;
  let alpha = 0;
  let self: SimulationNodeDatum = {};
  let selfIndex = 0;

  /** Where a quadrant's sums are (read inline, not through a function: a double returned is a number boxed). */
  const slot = (ref: number) => (ref > 0 ? ref - 1 : base - ref - 1);

  /** d3's `accumulate`, children before their parent. */
  function accumulate(ref: number): void {
    const at = slot(ref);
    if (ref < 0) {
      let v = 0;
      for (let k = -ref - 1; k >= 0; k = tree.next[k]!) v += strength;
      qv[at] = v;
      qx[at] = xs[tree.point[-ref - 1]!]!;
      qy[at] = ys[tree.point[-ref - 1]!]!;
      return;
    }
    let v = 0;
    let weight = 0;
    let x = 0;
    let y = 0;
    for (let i = 0; i < 4; i++) {
      const kid = tree.kids[4 * at + i]!;
      if (!kid) continue;
      accumulate(kid);
      const k = slot(kid);
      const c = Math.abs(qv[k]!);
      if (!c) continue;
      v += qv[k]!;
      weight += c;
      x += c * qx[k]!;
      y += c * qy[k]!;
    }
    qx[at] = x / weight;
    qy[at] = y / weight;
    qv[at] = v;
  }

  /** d3's `apply` for the actor `self` and one quadrant: true when its children need no visit. */
  function apply(ref: number, at: number): boolean {
    const k = slot(ref);
    const v = qv[k]!;
    if (!v) return true;
    let x = qx[k]! - self.x!;
    let y = qy[k]! - self.y!;
    let l = x * x + y * y;
    const w = tree.sx1[at]! - tree.sx0[at]!;
    if ((w * w) / theta2 < l) {
      // far enough: the whole quadrant as one body (d3's distanceMax is infinite)
      if (l < Infinity) {
        // as d3: an exact zero gets a random nudge, and a distance under 1 (distanceMin) counts as 1
        if (x === 0) l += (x = jiggle(random)) * x;
        if (y === 0) l += (y = jiggle(random)) * y;
        if (l < 1) l = Math.sqrt(l);
        self.vx! += (x * v * alpha) / l;
        self.vy! += (y * v * alpha) / l;
      }
      return true;
    }
    if (ref > 0 || l >= Infinity) return false;
    let leaf = -ref - 1;
    if (tree.point[leaf] !== selfIndex || tree.next[leaf]! >= 0) {
      if (x === 0) l += (x = jiggle(random)) * x;
      if (y === 0) l += (y = jiggle(random)) * y;
      if (l < 1) l = Math.sqrt(l);
    }
    for (; leaf >= 0; leaf = tree.next[leaf]!) {
      if (tree.point[leaf] === selfIndex) continue;
      const s = (strength * alpha) / l;
      self.vx! += x * s;
      self.vy! += y * s;
    }
    return true;
  }

  const force = (a: number) => {
    const n = nodes.length;
    xs = room(xs, n);
    ys = room(ys, n);
    for (let i = 0; i < n; i++) {
      xs[i] = nodes[i]!.x!;
      ys[i] = nodes[i]!.y!;
    }
    tree.build(xs, ys, n);
    if (!tree.root) return;
    base = tree.inner;
    qv = room(qv, base + n);
    qx = room(qx, base + n);
    qy = room(qy, base + n);
    accumulate(tree.root);
    alpha = a;
    // the walk is written out here and in collideForce rather than shared as a visit callback:
    // measured, each loop with its own `apply` is optimized sooner (a shared one sees two callbacks)
    for (selfIndex = 0; selfIndex < n; selfIndex++) {
      self = nodes[selfIndex]!;
      for (let top = tree.start(); top;) {
        const at = --top;
        const ref = tree.stack[at]!;
        if (!apply(ref, at) && ref > 0) top = tree.expand(ref, at, top);
      }
    }
  };
  force.initialize = (all: SimulationNodeDatum[], rnd: () => number) => {
    nodes = all;
    random = rnd;
  };
  return force;
}

/**
 * `forceCollide(radius)`: actors closer than twice the radius, looking
 * ahead by their velocities, are pushed apart, each pair once (one
 * iteration, strength 1). Every actor has the same radius, so every
 * quadrant's is it.
 */
export function collideForce(radius: number): Force<SimulationNodeDatum, undefined> {
  const tree = new FlatQuadtree();
  const inner = Math.max(0, radius);
  let nodes: SimulationNodeDatum[] = [];
  let random = Math.random;
  let xs = EMPTY;
  let ys = EMPTY;
  let self: SimulationNodeDatum = {};
  let selfIndex = 0;
  let xi = 0;
  let yi = 0;

  /** d3's collide `apply` for the actor `self` and one quadrant: true when its children are out of reach. */
  function apply(ref: number, at: number): boolean {
    let rj = ref < 0 ? radius : inner;
    let r = radius + rj;
    if (ref > 0)
      return tree.sx0[at]! > xi + r || tree.sx1[at]! < xi - r || tree.sy0[at]! > yi + r || tree.sy1[at]! < yi - r;
    // only a leaf's first point, as in d3
    const index = tree.point[-ref - 1]!;
    if (index <= selfIndex) return true;
    const data = nodes[index]!;
    let x = xi - data.x! - data.vx!;
    let y = yi - data.y! - data.vy!;
    let l = x * x + y * y;
    if (!(l < r * r)) return true;
    if (x === 0) l += (x = jiggle(random)) * x;
    if (y === 0) l += (y = jiggle(random)) * y;
    l = Math.sqrt(l);
    l = (r - l) / l;
    rj *= rj;
    r = rj / (radius * radius + rj);
    self.vx! += (x *= l) * r;
    self.vy! += (y *= l) * r;
    r = 1 - r;
    data.vx! -= x * r;
    data.vy! -= y * r;
    return true;
  }

  const force = () => {
    const n = nodes.length;
    xs = room(xs, n);
    ys = room(ys, n);
    for (let i = 0; i < n; i++) {
      xs[i] = nodes[i]!.x! + nodes[i]!.vx!;
      ys[i] = nodes[i]!.y! + nodes[i]!.vy!;
    }
    tree.build(xs, ys, n);
    for (selfIndex = 0; selfIndex < n; selfIndex++) {
      self = nodes[selfIndex]!;
      xi = self.x! + self.vx!;
      yi = self.y! + self.vy!;
      for (let top = tree.start(); top;) {
        const at = --top;
        const ref = tree.stack[at]!;
        if (!apply(ref, at) && ref > 0) top = tree.expand(ref, at, top);
      }
    }
  };
  force.initialize = (all: SimulationNodeDatum[], rnd: () => number) => {
    nodes = all;
    random = rnd;
  };
  return force;
}
