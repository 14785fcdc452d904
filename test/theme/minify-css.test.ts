// The build takes comments and spare whitespace out of every css`` template
// (scripts/minify-css.mjs): each element's styles, minified, must parse to the same rules.
import { expect } from '@open-wc/testing';
import type { CSSResult, LitElement } from 'lit';
import '../../src/index.js';
import '../../src/board/kpi-board.js';
import { minifyCss } from '../../scripts/minify-css.mjs';

const rulesOf = (css: string) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return [...sheet.cssRules].map((r) => r.cssText);
};

describe('minified styles', () => {
  it('parse to the same CSS rules as written, for every element', () => {
    const names = ['kpi-gauge', 'kpi-stat', 'kpi-target-bar', 'kpi-park-compare', 'kpi-ranking', 'kpi-source', 'kpi-screen', 'kpi-board'];
    let rules = 0;
    for (const name of names) {
      const styles = (customElements.get(name) as unknown as typeof LitElement).elementStyles as CSSResult[];
      for (const style of styles) {
        const written = style.cssText;
        const minified = minifyCss(written);
        expect(minified.length, `${name}: smaller`).to.be.below(written.length);
        expect(rulesOf(minified), name).to.deep.equal(rulesOf(written));
        rules += rulesOf(written).length;
      }
    }
    expect(rules).to.be.above(100);
  });

  it('keeps the space that is a descendant combinator, and the spaces inside values', () => {
    expect(minifyCss('.a :is(b),\n  .c { grid-column: 1 / -1; /* why */ width: calc(100% - 2px); }')).to.equal('.a :is(b), .c{grid-column:1 / -1;width:calc(100% - 2px);}');
  });
});
