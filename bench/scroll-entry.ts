// The ranking-carousel case of `npm run bench` (BENCH_KINDS=scroll): one <kpi-ranking> of 20
// rows, 10 visible, stepping one row every 2 s. Each step is marked (performance.mark
// 'kpi-step') so the trace can tell the steps from the idle time between them.
import '../src/ranking/kpi-ranking.js';
import { rankingDoc } from './fixtures.js';

declare global {
  interface Window {
    scrollCase: { mount(rows: number, interval: number): Promise<void>; steps(): number };
  }
}

let steps = 0;
window.scrollCase = {
  async mount(rows, interval) {
    const el = document.createElement('kpi-ranking');
    el.indicator = 'revenue';
    el.rows = 10;
    el.interval = interval;
    el.style.width = '480px';
    el.data = rankingDoc(0, 0, rows);
    document.body.append(el);
    await el.updateComplete;
    // One record per step: the rows' positions change together, once per step.
    new MutationObserver(() => {
      steps += 1;
      performance.mark('kpi-step');
    }).observe(el.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['aria-posinset'] });
  },
  steps: () => steps,
};
