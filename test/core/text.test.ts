import { expect } from '@open-wc/testing';
import { textWidth } from '../../src/core/text.js';

describe('textWidth: how wide a text sets, from its characters', () => {
  it('counts a wide character 1em, a space or narrow punctuation 0.5ch, any other 1ch', () => {
    expect(textWidth('梧桐园区')).to.deep.equal([4, 0]);
    expect(textWidth('双桥(沟赵)园区')).to.deep.equal([6, 1]);
    expect(textWidth('33.37 亿元')).to.deep.equal([2, 5]);
    expect(textWidth('1,234.5 亿元')).to.deep.equal([2, 6.5]);
    expect(textWidth('Shifo Park')).to.deep.equal([0, 9.5]);
    expect(textWidth('')).to.deep.equal([0, 0]);
  });

  it('treats full-width forms, kana, Hangul and characters beyond the BMP as wide, one each', () => {
    expect(textWidth('（）、。')).to.deep.equal([4, 0]);
    expect(textWidth('カナ한글')).to.deep.equal([4, 0]);
    // U+20BB7 is one character of two UTF-16 units
    expect(textWidth('𠮷野家')).to.deep.equal([3, 0]);
  });
});
