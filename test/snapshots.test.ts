// Pictures as numbers: the SVG each widget draws for fixed data, rounded to 0.1 and compared
// with test/snapshots/*.svg. A mismatch writes <name>-changed.svg beside it to look at (and to
// copy over the snapshot when the change is meant); a missing snapshot is written and fails once.
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';
import '../src/index.js';
import type { KpiElement } from '../src/base/kpi-element.js';

const doc = {
  asOf: '2024-08-21',
  indicators: [
    { id: 'signed', name: '新签约项目签约额', unit: '亿元', value: 372, target: 600, previous: 340, period: { start: '2024-01-01', end: '2024-12-31' }, bands: [{ upTo: 0.5, status: 'bad' }, { upTo: 0.8, status: 'warn' }, { status: 'good' }] },
  ],
};

/** The drawn SVG of a shadow root: no Lit markers, numbers rounded, one element a line. */
function normalized(el: Element): string {
  const svgs = [...(el.shadowRoot?.querySelectorAll('svg') ?? [])].map((s) => s.outerHTML).join('\n');
  return svgs
    .replace(/<!--[^>]*-->/g, '')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/>\s*</g, '>\n<')
    .trim()
    .concat('\n');
}

const CASES: [string, ReturnType<typeof html>][] = [
  ['gauge-arc', html`<kpi-gauge no-animation .data=${doc}></kpi-gauge>`],
  ['gauge-semi', html`<kpi-gauge no-animation shape="semi" .data=${doc}></kpi-gauge>`],
  ['gauge-ring', html`<kpi-gauge no-animation shape="ring" needle .data=${doc}></kpi-gauge>`],
  ['stat', html`<kpi-stat no-animation .data=${doc}></kpi-stat>`],
  ['target-bar-row', html`<kpi-target-bar .data=${doc} indicator="signed"></kpi-target-bar>`],
];

describe('SVG snapshots', () => {
  for (const [name, template] of CASES) {
    it(`${name} draws what test/snapshots/${name}.svg holds`, async () => {
      const el = await fixture<KpiElement>(template);
      await el.updateComplete;
      const drawn = normalized(el);
      expect(drawn, 'drew an SVG').to.contain('<svg');
      const { text: stored } = await executeServerCommand<{ text: string | null }, { name: string }>('read-snapshot', { name: `${name}.svg` });
      if (stored === null) {
        await executeServerCommand('write-snapshot', { name: `${name}.svg`, content: drawn });
        throw new Error(`no snapshot test/snapshots/${name}.svg: written now; look at it, commit it, run again`);
      }
      if (stored !== drawn) await executeServerCommand('write-snapshot', { name: `${name}-changed.svg`, content: drawn });
      expect(drawn === stored, `${name} differs from its snapshot: see test/snapshots/${name}-changed.svg`).to.equal(true);
    });
  }
});
