// kpi-elements/react in React 19: props reach the element, events reach the handlers.
import { expect, fixture, html } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { Gauge, TargetBar } from '../../src/react/index.js';
import type { KpiGauge } from '../../src/gauge/kpi-gauge.js';
import type { KpiDataDetail, KpiSelectDetail } from '../../src/data/events.js';

describe('React wrappers (React 19)', () => {
  it('renders a gauge from props and calls onKpiData', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = createRoot(host);
    const seen: KpiDataDetail[] = [];
    const data = { id: 'g', name: '全年GDP增速', unit: '%', value: 7.2, target: 7.5, max: 10 };
    flushSync(() => root.render(createElement(Gauge, { data, shape: 'semi', onKpiData: (e: CustomEvent<KpiDataDetail>) => seen.push(e.detail) })));
    const el = host.querySelector('kpi-gauge') as KpiGauge;
    await el.updateComplete;
    expect(el.shape).to.equal('semi');
    expect(el.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext')).to.equal('全年GDP增速 7.2%，完成 96%');
    flushSync(() => root.render(createElement(Gauge, { data: { ...data, value: 7.6 }, shape: 'semi', onKpiData: (e: CustomEvent<KpiDataDetail>) => seen.push(e.detail) })));
    await el.updateComplete;
    expect(seen.map((d) => d.rows[0].value)).to.deep.equal([7.2, 7.6]);
    root.unmount();
  });

  it('passes kpi-select to onKpiSelect', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = createRoot(host);
    let chosen = '';
    const data = { indicators: [{ id: 'a', name: 'A', value: 1, target: 2 }] };
    flushSync(() => root.render(createElement(TargetBar, { data, onKpiSelect: (e: CustomEvent<KpiSelectDetail>) => (chosen = e.detail.row.id) })));
    const el = host.querySelector('kpi-target-bar') as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    el.shadowRoot?.querySelector<HTMLElement>('[part="row"]')?.click();
    expect(chosen).to.equal('a');
    root.unmount();
  });
});
