import { expect } from '@open-wc/testing';
import { styled } from '../src/core/styled.js';

describe('styled', () => {
  it('writes the declarations in the order given, numbers as they are', () => {
    expect(styled({ transform: 'translate(12px,0)', '--w': 3.5, 'max-inline-size': '10ch' })).to.equal(
      'transform:translate(12px,0);--w:3.5;max-inline-size:10ch',
    );
    expect(styled({})).to.equal('');
  });

  it("writes only the object's own declarations, even when the page put an enumerable key on Object.prototype", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['background'] = 'url(https://example.com/x)';
    try {
      expect(styled({ color: 'red' })).to.equal('color:red');
    } finally {
      delete proto['background'];
    }
  });
});
