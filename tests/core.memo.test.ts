import { expect } from '@open-wc/testing';
import { memo, remember } from '../src/core/memo.js';

describe('memo', () => {
  it('computes again only when an argument is not the same as last time', () => {
    const calls: unknown[][] = [];
    const area = memo((size: { w: number; h: number }, scale: number) => {
      calls.push([size, scale]);
      return size.w * size.h * scale;
    });
    const box = { w: 2, h: 3 };
    expect(area(box, 1)).to.equal(6);
    expect(area(box, 1)).to.equal(6);
    expect(calls).to.have.length(1);
    expect(area(box, 2)).to.equal(12);
    // the same contents in another object is another input: identity, not deep equality
    expect(area({ w: 2, h: 3 }, 2)).to.equal(12);
    expect(calls).to.have.length(3);
  });

  it('tells NaN from NaN as the same input, and keeps an undefined result', () => {
    let runs = 0;
    const nothing = memo((_n: number) => {
      runs++;
      return undefined;
    });
    nothing(NaN);
    nothing(NaN);
    expect(runs).to.equal(1);
  });

  it('computes again after a call that threw', () => {
    let fail = true;
    const parse = memo((text: string) => {
      if (fail) throw new Error('not yet');
      return text.length;
    });
    expect(() => parse('abc')).to.throw('not yet');
    fail = false;
    expect(parse('abc')).to.equal(3);
  });
});

describe('remember', () => {
  it('makes each key once, and starts afresh past its limit', () => {
    let made = 0;
    const square = remember<number>(3);
    const of = (n: number) => square(String(n), () => (made++, n * n));
    expect([of(2), of(3), of(2), of(4)]).to.deep.equal([4, 9, 4, 16]);
    expect(made).to.equal(3);
    of(5); // a fourth key: the three before are dropped
    expect(of(2)).to.equal(4);
    expect(made).to.equal(5);
  });
});
