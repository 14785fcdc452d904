// One home for tokens: every private variable a stylesheet reads is defined, every one defined
// is read, every documented CSS property is read by its element's styles; and every theme
// keeps text readable, also in the screen-reader table a keyboard user pops open.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { KpiGauge, KpiParkCompare, KpiRanking, KpiScreen, KpiStat, KpiTargetBar } from '../../src/index.js';
import { applyThemes } from '../../src/theme/apply.js';
import { CHART_TOKENS, TOKENS, themeCss } from '../../src/theme/tokens.js';
import { loadSample } from '../samples.js';
import { waitFor } from '../helpers.js';

const ELEMENTS = { 'kpi-gauge': KpiGauge, 'kpi-stat': KpiStat, 'kpi-target-bar': KpiTargetBar, 'kpi-park-compare': KpiParkCompare, 'kpi-ranking': KpiRanking, 'kpi-screen': KpiScreen };
/** Code that reads a private variable (the chart's theme comes from computed style). */
const READERS = ['/src/park-compare/kpi-park-compare.ts'];

const sheetText = (cls: { elementStyles: (CSSResultOrNative | CSSResultOrNative[])[] }) =>
  cls.elementStyles.flat().map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
type CSSResultOrNative = { cssText?: string } | CSSStyleSheet;

describe('tokens', () => {
  it('every private variable read is defined, and every one defined is read', async () => {
    const css = Object.values(ELEMENTS).map(sheetText).join('\n');
    const code = (await Promise.all(READERS.map(async (url) => (await fetch(url)).text()))).join('\n');
    const read = new Set([...css.matchAll(/var\((--_[\w-]+)/g), ...code.matchAll(/'(--_[\w-]+)'/g)].map((m) => m[1]));
    const defined = new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
    expect([...read].filter((v) => !defined.has(v)), 'read, never defined').to.deep.equal([]);
    expect([...defined].filter((v) => !read.has(v)), 'defined, never read').to.deep.equal([]);
  });

  it('every documented CSS property is read by its element, and every token is documented by a theme', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string; cssProperties?: { name: string }[] }[] }[] };
    const unread: string[] = [];
    for (const d of manifest.modules.flatMap((m) => m.declarations ?? [])) {
      const cls = d.tagName ? ELEMENTS[d.tagName as keyof typeof ELEMENTS] : undefined;
      if (!cls) continue;
      const css = sheetText(cls);
      for (const p of d.cssProperties ?? []) if (!css.includes(`var(${p.name}`)) unread.push(`${d.tagName} ${p.name}`);
    }
    expect(unread).to.deep.equal([]);
    // ...and every public property a stylesheet reads is a token or documented by its element.
    const documented = new Set([...Object.keys({ ...TOKENS, ...CHART_TOKENS }), ...manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name))]);
    const css = Object.values(ELEMENTS).map(sheetText).join('\n');
    const readPublic = new Set([...css.matchAll(/var\((--kpi-[\w-]+)/g)].map((m) => m[1]));
    expect([...readPublic].filter((p) => !documented.has(p)), 'read, never documented').to.deep.equal([]);
    // Each token is in the light theme (the full set), with a default every shadow root carries.
    const light = themeCss('light');
    for (const name of Object.keys({ ...TOKENS, ...CHART_TOKENS })) expect(light, name).to.contain(`${name}:`);
    expect(sheetText(KpiGauge)).to.contain('--_text: var(--kpi-color-text, #1f2937)');
    expect(sheetText(KpiParkCompare)).to.contain('--_chart-font-size: var(--kpi-chart-font-size, 12)');
  });
});

describe('themes', () => {
  let parks: unknown;
  before(async () => {
    applyThemes();
    parks = await loadSample('parks-demo.json');
  });

  for (const theme of ['light', 'dark', 'screen']) {
    it(`keeps the comparison's popped-open table readable in the ${theme} theme (axe, table focused)`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div data-kpi-theme=${theme} style="padding:8px"><kpi-park-compare .data=${parks} indicators="fai"></kpi-park-compare></div>`);
      const el = wrapper.querySelector('kpi-park-compare') as KpiParkCompare;
      await el.updateComplete;
      const button = el.shadowRoot?.querySelector('.sr-only button') as HTMLButtonElement;
      button.focus();
      const table = el.shadowRoot?.querySelector('.sr-only') as HTMLElement;
      await waitFor(() => table.getBoundingClientRect().width > 100);
      const { backgroundColor, color } = getComputedStyle(table);
      expect(backgroundColor, 'an opaque background').to.match(/^rgb\(/);
      expect(color).to.not.equal(backgroundColor);
      await expect(wrapper).to.be.accessible();
    });

    it(`draws every widget with readable text in the ${theme} theme (axe)`, async () => {
      const doc = { asOf: '2024-08-21', indicators: [{ id: 'a', name: '新签约项目签约额', unit: '亿元', value: 372, target: 600, period: { start: '2024-01-01', end: '2024-12-31' } }] };
      const wrapper = await fixture<HTMLDivElement>(html`<div data-kpi-theme=${theme} style="background:var(--kpi-color-background);padding:8px">
        <kpi-gauge .data=${doc}></kpi-gauge><kpi-stat .data=${doc}></kpi-stat><kpi-target-bar .data=${doc}></kpi-target-bar>
      </div>`);
      await Promise.all([...wrapper.children].map((e) => (e as KpiGauge).updateComplete));
      await expect(wrapper).to.be.accessible();
    });
  }
});
