import { expect } from '@open-wc/testing';
import { textWidthEm } from '../../src/core/text.js';

describe('textWidthEm: how wide a text sets, from its characters', () => {
  it('counts 1em a wide character and 0.6em any other', () => {
    expect(textWidthEm('梧桐园区')).to.equal(4);
    expect(textWidthEm('双桥(沟赵)园区')).to.be.closeTo(7.2, 1e-9);
    expect(textWidthEm('33.37 亿元')).to.be.closeTo(5.6, 1e-9);
    expect(textWidthEm('Shifo Park')).to.be.closeTo(6, 1e-9);
    expect(textWidthEm('')).to.equal(0);
  });

  it('treats full-width forms, kana, Hangul and characters beyond the BMP as wide, one each', () => {
    expect(textWidthEm('（）、。')).to.equal(4);
    expect(textWidthEm('カナ한글')).to.equal(4);
    // U+20BB7 is one character of two UTF-16 units
    expect(textWidthEm('𠮷野家')).to.equal(3);
  });
});
