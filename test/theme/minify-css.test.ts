// The build takes comments and spare whitespace out of every css`` template
// (scripts/minify-css.mjs): each element's styles, minified, must parse to the same rules.
import { expect } from '@open-wc/testing';
import type { CSSResult, LitElement } from 'lit';
import '../../src/index.js';
import '../../src/board/kpi-board.js';
import { menuStyles } from '../../src/base/export-menu.js';
import { minifyCss, minifyCssLiterals } from '../../scripts/minify-css.mjs';

const rulesOf = (css: string) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return [...sheet.cssRules].map((r) => r.cssText);
};

describe('minified styles', () => {
  it('parse to the same CSS rules as written, for every element and the export menu', () => {
    const names = ['kpi-gauge', 'kpi-stat', 'kpi-target-bar', 'kpi-park-compare', 'kpi-ranking', 'kpi-source', 'kpi-screen', 'kpi-board'];
    const sources: [string, CSSResult[]][] = names.map((name) => [name, (customElements.get(name) as unknown as typeof LitElement).elementStyles as CSSResult[]]);
    sources.push(['export menu', [menuStyles]]);
    let rules = 0;
    for (const [name, styles] of sources) {
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
    const plugin = minifyCssLiterals('/src');
    // Only a css tag is rewritten: `*.css` before a backquote in a comment is not.
    expect(plugin.transform('// see `themes/*.css`,  and  `x`\nconst s = css`a  {  b: c; }`;', '/src/x.ts')).to.equal('// see `themes/*.css`,  and  `x`\nconst s = css`a{b:c;}`;');
    // An escaped backquote inside the template (a comment quoting \`rows\`) does not end it.
    expect(plugin.transform('const s = css`/* the \\`rows\\` */ a  {  b: c; }  /* why */ d { e: f; }`;', '/src/x.ts')).to.equal('const s = css` a{b:c;}d{e:f;}`;');
    expect(minifyCss('.a :is(b),\n  .c { grid-column: 1 / -1; /* why */ width: calc(100% - 2px); }')).to.equal('.a :is(b), .c{grid-column:1 / -1;width:calc(100% - 2px);}');
  });
});
