/**
 * A quadtree in flat arrays, for the simulation's forces (`quad-forces.ts`):
 * the very tree d3-quadtree builds, reused from tick to tick, so a tick
 * allocates nothing per quadrant.
 */

export const EMPTY: Float64Array = new Float64Array(0);
/** A flat array that holds at least `n` values (its contents are written afresh at each use). */
export const room = (a: Float64Array, n: number): Float64Array =>
  a.length >= n ? a : new Float64Array(Math.max(n, 2 * a.length));

/**
 * A quadtree of points, built as d3-quadtree's `quadtree(points)` builds it:
 * a square cover from the points' floored corner, doubled until it holds
 * them all, each point added in turn, a leaf split until its points are
 * apart, and points at the very same place chained in one leaf (the last
 * added first). A quadrant is a number: 0 none, `q + 1` the inner quadrant
 * `q`, `-(l + 1)` the leaf `l`.
 */
export class FlatQuadtree {
  x0 = 0;
  y0 = 0;
  x1 = 0;
  y1 = 0;
  root = 0;
  /** Each inner quadrant's four children, in d3's order: top-left, top-right, bottom-left, bottom-right. */
  kids = new Int32Array(64);
  inner = 0;
  /** Each leaf's point (its index in the list), and the next leaf at the same place (-1: none). */
  point = new Int32Array(16);
  next = new Int32Array(16);
  leaves = 0;
  /** The quadrants still to visit, with their extents. */
  stack = new Int32Array(16);
  sx0 = EMPTY;
  sy0 = EMPTY;
  sx1 = EMPTY;
  sy1 = EMPTY;

  /** Builds the tree of the `n` points at `xs`, `ys`; a point with a NaN coordinate is left out, as in d3. */
  build(xs: Float64Array, ys: Float64Array, n: number): void {
    this.root = this.inner = this.leaves = 0;
    if (this.point.length < n) {
      this.point = new Int32Array(n);
      this.next = new Int32Array(n);
    }
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      const y = ys[i]!;
      if (Number.isNaN(x) || Number.isNaN(y)) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    if (x0 > x1 || y0 > y1) return;
    // d3's cover: integer corners, so that doubling never moves a boundary by a rounding error
    this.x0 = Math.floor(x0);
    this.y0 = Math.floor(y0);
    let z = 1;
    while (x1 >= this.x0 + z || y1 >= this.y0 + z) z *= 2;
    this.x1 = this.x0 + z;
    this.y1 = this.y0 + z;
    for (let i = 0; i < n; i++) if (!Number.isNaN(xs[i]!) && !Number.isNaN(ys[i]!)) this.#add(i, xs, ys);
    // a visit's stack holds at most three siblings per level and one quadrant
    const depth = 3 * this.inner + 4;
    if (this.stack.length < depth) this.stack = new Int32Array(2 * depth);
    this.sx0 = room(this.sx0, depth);
    this.sy0 = room(this.sy0, depth);
    this.sx1 = room(this.sx1, depth);
    this.sy1 = room(this.sy1, depth);
  }

  /**
   * A visit of the quadrants top down, in d3's order (a quadrant, then each
   * of its children's subtrees in turn), is a loop the caller writes (so the
   * engine optimizes it as one, early: see `quad-forces.ts`):
   * `for (let top = tree.start(); top; ) { const at = --top; const ref = tree.stack[at]; …;
   * if (children wanted && ref > 0) top = tree.expand(ref, at, top); }`, a quadrant's
   * extents at `at` in `sx0`, `sy0`, `sx1`, `sy1`. `start` puts the root on the stack.
   */
  start(): number {
    if (!this.root) return 0;
    this.stack[0] = this.root;
    this.sx0[0] = this.x0;
    this.sy0[0] = this.y0;
    this.sx1[0] = this.x1;
    this.sy1[0] = this.y1;
    return 1;
  }

  /** Puts the children of the inner quadrant `ref` (its extents at `at`) on the stack above `top`, the first last; the new top. */
  expand(ref: number, at: number, top: number): number {
    const { sx0, sy0, sx1, sy1, kids, stack } = this;
    const x0 = sx0[at]!;
    const y0 = sy0[at]!;
    const x1 = sx1[at]!;
    const y1 = sy1[at]!;
    const xm = (x0 + x1) / 2;
    const ym = (y0 + y1) / 2;
    for (let i = 3; i >= 0; i--) {
      const kid = kids[4 * (ref - 1) + i]!;
      if (!kid) continue;
      stack[top] = kid;
      sx0[top] = i & 1 ? xm : x0;
      sx1[top] = i & 1 ? x1 : xm;
      sy0[top] = i & 2 ? ym : y0;
      sy1[top] = i & 2 ? y1 : ym;
      top++;
    }
    return top;
  }

  #add(i: number, xs: Float64Array, ys: Float64Array): void {
    const x = xs[i]!;
    const y = ys[i]!;
    const leaf = this.leaves++;
    this.point[leaf] = i;
    this.next[leaf] = -1;
    const ref = -(leaf + 1);
    const box = this.#box;
    box[0] = this.x0;
    box[1] = this.y0;
    box[2] = this.x1;
    box[3] = this.y1;
    let node = this.root;
    let parent = -1;
    let slot = 0;
    // down the inner quadrants to the free place or the leaf where the point falls
    while (node > 0) {
      parent = node - 1;
      slot = this.#halve(x, y);
      node = this.kids[4 * parent + slot]!;
      if (!node) {
        this.kids[4 * parent + slot] = ref;
        return;
      }
    }
    if (!node) {
      this.root = ref;
      return;
    }
    const old = -node - 1;
    const xp = xs[this.point[old]!]!;
    const yp = ys[this.point[old]!]!;
    if (x === xp && y === yp) {
      this.next[leaf] = old;
      this.#set(parent, slot, ref);
      return;
    }
    // split until the old leaf and the new one fall in different quadrants
    let j: number;
    do {
      const q = this.#newInner();
      this.#set(parent, slot, q + 1);
      parent = q;
      slot = this.#halve(x, y);
      j = (yp >= box[5]! ? 2 : 0) | (xp >= box[4]! ? 1 : 0);
    } while (slot === j);
    this.kids[4 * parent + j] = node;
    this.kids[4 * parent + slot] = ref;
  }

  /** The box being split, x0 y0 x1 y1, and its middle xm ym. */
  readonly #box = new Float64Array(6);

  /** Narrows the box to its quarter where `x`, `y` falls (d3's test: on the middle goes right or down); that quarter's slot. */
  #halve(x: number, y: number): number {
    const box = this.#box;
    const xm = (box[4] = (box[0]! + box[2]!) / 2);
    const ym = (box[5] = (box[1]! + box[3]!) / 2);
    box[x >= xm ? 0 : 2] = xm;
    box[y >= ym ? 1 : 3] = ym;
    return (y >= ym ? 2 : 0) | (x >= xm ? 1 : 0);
  }

  #set(parent: number, slot: number, ref: number): void {
    if (parent < 0) this.root = ref;
    else this.kids[4 * parent + slot] = ref;
  }

  #newInner(): number {
    const q = this.inner++;
    if (4 * this.inner > this.kids.length) {
      const kids = new Int32Array(this.kids.length * 2);
      kids.set(this.kids);
      this.kids = kids;
    }
    this.kids.fill(0, 4 * q, 4 * q + 4);
    return q;
  }
}
