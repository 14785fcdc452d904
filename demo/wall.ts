/**
 * The command-centre wall: 郑州高新区 2024 年主要目标任务推进, on the big-screen theme, at
 * 1920×1080 design pixels inside <kpi-screen>. A simulated feed (clearly labelled 示例数据)
 * moves the values every few seconds through the normal data path: a new document is
 * assigned to every widget's `data`.
 */
import '../src/index.js';
import { html, render } from 'lit';
import { formatAsOf } from '../src/core/format.js';
import plan from './data/gaoxin-2024-plan.json';
import parks from './data/parks-demo.json';

type Doc = { asOf: string; indicators: { value: number | null; asOf?: string }[] };

/** The next tick of the simulated feed: values creep up by up to 0.6 %, asOf moves a day. */
export function nextTick<T extends Doc>(doc: T, tick: number): T {
  const day = new Date(Date.parse(`${doc.asOf}T00:00:00Z`) + 86_400_000 * Math.min(tick, 1)).toISOString().slice(0, 10);
  return {
    ...doc,
    asOf: day,
    indicators: doc.indicators.map((r, i) => ({
      ...r,
      ...(r.asOf && { asOf: day }),
      value: r.value === null ? null : Math.round(r.value * (1 + ((i * 37 + tick * 11) % 7) / 1000) * 100) / 100,
    })),
  };
}

/** The wall as a template: the stage and every widget, fed `planDoc` and `parksDoc`. */
export function wall(planDoc: unknown, parksDoc: unknown, asOf: string) {
  return html`<kpi-screen design-width="1920" design-height="1080" data-kpi-theme="screen" lang="zh-CN">
    <div class="wall">
      <header>
        <h1>郑州高新区 2024 年主要目标任务推进</h1>
        <span class="sample" role="note">示例数据 · 目标为公开数据，完成值为模拟</span>
        <time class="clock" aria-live="off"></time>
        <span class="asof">${formatAsOf(asOf)}</span>
      </header>
      <section class="gauges" aria-label="核心指标">
        <kpi-gauge .data=${planDoc} indicator="gdp-growth"></kpi-gauge>
        <kpi-gauge .data=${planDoc} indicator="signed-contracts"></kpi-gauge>
        <kpi-gauge .data=${planDoc} indicator="fai-h2"></kpi-gauge>
        <kpi-gauge .data=${planDoc} indicator="hte-new"></kpi-gauge>
      </section>
      <section class="stats" aria-label="指标卡">
        <kpi-stat .data=${planDoc} indicator="diamond-conf-signed"></kpi-stat>
        <kpi-stat .data=${parksDoc} indicator="hte-total" entity="shifo"></kpi-stat>
      </section>
      <section class="targets" aria-label="目标完成情况">
        <h2>目标完成情况 · 序时进度</h2>
        <kpi-target-bar .data=${planDoc} sort="gap" max-rows="12" label="2024 年目标完成情况"></kpi-target-bar>
      </section>
      <section class="parks" aria-label="四园区对比">
        <h2>四园区对比</h2>
        <kpi-park-compare .data=${parksDoc} indicators="industrial-output,fai,hte-total,sishang-total" highlight="shifo"></kpi-park-compare>
        <kpi-park-compare .data=${parksDoc} view="ranking" indicators="hte-total"></kpi-park-compare>
      </section>
    </div>
  </kpi-screen>`;
}

export { plan, parks };

/** Mounts the wall into `root`; returns a function that stops its clock and feed. */
export function mountWall(root: HTMLElement, tickSeconds = 5): () => void {
  let tick = 0;
  let planDoc = plan as unknown as Doc;
  let parksDoc = parks as unknown as Doc;
  const draw = () => render(wall(planDoc, parksDoc, planDoc.asOf), root);
  draw();
  const clock = () => {
    const el = root.querySelector('.clock');
    if (el) el.textContent = new Date().toLocaleTimeString('zh-CN', { hour12: false });
  };
  clock();
  const clockTimer = setInterval(clock, 1000);
  const feed = setInterval(() => {
    tick += 1;
    planDoc = nextTick(planDoc, tick);
    parksDoc = nextTick(parksDoc, tick);
    draw();
  }, tickSeconds * 1000);
  return () => {
    clearInterval(clockTimer);
    clearInterval(feed);
  };
}
