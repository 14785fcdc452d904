import { expect } from '@open-wc/testing';
import { linePath, plainNumber, sectorPath } from '../../src/core/index.js';

describe('paths', () => {
  it('draws a quarter sector from twelve to three o’clock', () => {
    expect(sectorPath(80, 100, 0, Math.PI / 2)).to.equal('M0,-100A100,100 0 0 1 100,0L80,0A80,80 0 0 0 0,-80Z');
  });
  it('sets the large-arc flag past half a turn and follows the direction of the angles', () => {
    expect(sectorPath(80, 100, -0.75 * Math.PI, 0.75 * Math.PI)).to.contain('A100,100 0 1 1');
    expect(sectorPath(80, 100, Math.PI / 2, 0)).to.contain('A100,100 0 0 0');
  });
  it('draws a full ring as two half circles each way, and nothing for an empty span', () => {
    expect(sectorPath(80, 100, 0, 2 * Math.PI).match(/M/g)).to.have.length(2);
    expect(sectorPath(80, 100, 1, 1)).to.equal('');
    expect(sectorPath(80, 100, NaN, 1)).to.equal('');
  });
  it('draws a line with gaps at null points', () => {
    expect(linePath([{ x: 0, y: 1 }, { x: 1, y: 2 }, { x: 2, y: null }, { x: 3, y: 4 }, { x: 4, y: 5 }])).to.equal('M0,1L1,2M3,4L4,5');
    expect(linePath([{ x: 0, y: null }])).to.equal('');
  });
  it('writes aria numbers as plain digits', () => {
    expect([1e21, -1e21, 372, 0.125, -0].map(plainNumber)).to.deep.equal(['1000000000000000000000', '-1000000000000000000000', '372', '0.125', '0']);
  });
});
