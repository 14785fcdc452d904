// kpi-elements side of the benchmark: gauges or stats fed through the normal data path.
import '../src/gauge/kpi-gauge.js';
import '../src/stat/kpi-stat.js';
import type { KpiElement } from '../src/data/kpi-element.js';
import { frames, makeHost, row } from './fixtures.js';

const host = makeHost();
let elements: KpiElement[] = [];

window.bench = {
  async mount(n, kind) {
    for (let i = 0; i < n; i++) {
      const el = document.createElement(kind === 'stat' ? 'kpi-stat' : 'kpi-gauge') as KpiElement;
      el.noAnimation = true;
      el.data = row(i, 0);
      host.append(el);
      elements.push(el);
    }
    await Promise.all(elements.map((el) => el.updateComplete));
    await frames();
  },
  async update(round) {
    elements.forEach((el, i) => (el.data = row(i, round)));
    await Promise.all(elements.map((el) => el.updateComplete));
    await frames();
  },
  async clear() {
    host.replaceChildren();
    elements = [];
    await frames();
  },
};
