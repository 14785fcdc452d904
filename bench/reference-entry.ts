// The plain reference for one target-bar row: a minimal Lit element drawing the same picture
// (name, status bands, the actual bar coloured by status, the target and dashed 序时进度 lines,
// "value / target unit", the completion, the gap to schedule; the scale ending at the target, as
// the widget's does) from a row it is handed, with no data pipeline, states or ARIA of ours. What a one-row <kpi-target-bar> costs beyond it is what the library adds.
// Written as a Lit user would (`class="actual ${status}"`), not tuned.
import { css, html, LitElement, svg } from 'lit';
import { frames, makeHost, row, SCHEDULE, statusOf } from './fixtures.js';

type Row = ReturnType<typeof row>;

class RefBullet extends LitElement {
  static override properties = { row: { attribute: false } };
  static override styles = css`
    :host { display: flex; align-items: center; gap: 8px; width: 720px; height: 30px; font: 14px system-ui, sans-serif; color: #1f2937; }
    .name { width: 160px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
    svg { flex: 1; height: 12px; }
    .bad { fill: #f6d5d5; } .warn { fill: #f7e3c7; } .good { fill: #d3ebdb; }
    .actual.good { fill: #15803d; } .actual.warn { fill: #b45309; } .actual.bad { fill: #b91c1c; }
    line { vector-effect: non-scaling-stroke; } .target { stroke: #111827; stroke-width: 2.5; } .schedule { stroke: #2563eb; stroke-width: 2; stroke-dasharray: 3 2; }
    .pct { font-weight: 600; } .gap { font-size: 0.9em; color: #4b5563; }
  `;
  declare row: Row;

  protected override render() {
    const r = this.row;
    const completion = r.value / r.target;
    const domain = Math.min(1.25, Math.max(1, completion));
    const x = (ratio: number) => (Math.min(ratio, domain) / domain) * 100;
    const status = statusOf(completion);
    const gap = (completion - SCHEDULE) * 100;
    return html`<span class="name">${r.name}</span>
      <svg viewBox="0 0 100 10" preserveAspectRatio="none">
        ${svg`<rect class="bad" x="0" y="0" width=${x(0.9 * SCHEDULE)} height="10"></rect>
        <rect class="warn" x=${x(0.9 * SCHEDULE)} y="0" width=${x(SCHEDULE) - x(0.9 * SCHEDULE)} height="10"></rect>
        <rect class="good" x=${x(SCHEDULE)} y="0" width=${100 - x(SCHEDULE)} height="10"></rect>
        <rect class="actual ${status}" x="0" y="2.5" width=${x(completion)} height="5"></rect>
        <line class="target" x1=${x(1)} x2=${x(1)} y1="0" y2="10"></line>
        <line class="schedule" x1=${x(SCHEDULE)} x2=${x(SCHEDULE)} y1="0" y2="10"></line>`}
      </svg>
      <span>${r.value} / ${r.target} 亿元</span>
      <span class="pct">${Math.round(completion * 1000) / 10}%</span>
      <span class="gap">${gap >= 0 ? '超前' : '落后'} ${Math.abs(gap).toFixed(1)} 个百分点</span>`;
  }
}
customElements.define('ref-bullet', RefBullet);

const host = makeHost();
let elements: RefBullet[] = [];

window.bench = {
  async mount(n) {
    for (let i = 0; i < n; i++) {
      const el = document.createElement('ref-bullet') as RefBullet;
      el.row = row(i, 0);
      host.append(el);
      elements.push(el);
    }
    await Promise.all(elements.map((el) => el.updateComplete));
    await frames();
  },
  async update(round) {
    elements.forEach((el, i) => (el.row = row(i, round)));
    await Promise.all(elements.map((el) => el.updateComplete));
    await frames();
  },
  async clear() {
    host.replaceChildren();
    elements = [];
    await frames();
  },
};
