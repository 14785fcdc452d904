// The static DOM floor: the markup one <kpi-gauge> renders, copied into plain shadow roots
// with the same styles. No Lit, no data pipeline: what the browser alone needs for that
// DOM. The gap between it and kpi-gauge is what our code costs.
import '../src/gauge/kpi-gauge.js';
import { frames, makeHost, row } from './fixtures.js';

const host = makeHost();
let markup = '';
let sheets: CSSStyleSheet[] = [];

async function copyOneGauge(): Promise<void> {
  const probe = document.createElement('kpi-gauge');
  probe.data = row(0, 0);
  document.body.append(probe);
  await probe.updateComplete;
  const root = probe.shadowRoot as ShadowRoot;
  markup = root.innerHTML.replace(/<!--[^>]*-->/g, '');
  sheets = root.adoptedStyleSheets;
  probe.remove();
}

window.bench = {
  async mount(n) {
    if (!markup) await copyOneGauge();
    for (let i = 0; i < n; i++) {
      const el = document.createElement('div');
      el.style.cssText = 'display:inline-block;width:240px;height:200px;position:relative';
      const root = el.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      root.innerHTML = markup;
      host.append(el);
    }
    await frames();
  },
  async update() {},
  async clear() {
    host.replaceChildren();
    await frames();
  },
};
