/**
 * The command-centre wall: 郑州高新区 2024 年主要目标任务推进, on the big-screen theme, at
 * 1920×1080 design pixels inside <kpi-screen>. Live (`npm start`): one <kpi-source> holds an
 * SSE stream from the dev server's simulated backend (demo/live-backend.mjs) and every widget
 * reads it; its chip shows the connection. Without a backend (tests, a static host), a
 * simulated feed (clearly labelled 示例数据) assigns a new document to every widget's `data`.
 */
import '../src/index.js';
import { html, nothing, render } from 'lit';
import { formatAsOf } from '../src/core/format.js';
import plan from './data/gaoxin-2024-plan.json';
import parks from './data/parks-demo.json';
import { documentAt } from './simulate.mjs';

type Doc = { asOf: string; indicators: { value: number | null; asOf?: string }[] };

/** The four parks (the live document also holds the zone's own rows). */
const PARKS = 'shifo,shuangqiao,wutong,fengyang';

/** Where the wall's data comes from: a live stream, or documents handed to it. */
export type WallFeed = { src: string; staleAfter?: number; heartbeat?: number } | { planDoc: unknown; parksDoc: unknown };

/** The wall as a template: the stage and every widget, reading `feed`. */
export function wall(feed: WallFeed, asOf: string) {
  const live = 'src' in feed ? feed : null;
  const planDoc = live ? null : (feed as { planDoc: unknown }).planDoc;
  const parksDoc = live ? null : (feed as { parksDoc: unknown }).parksDoc;
  return html`<kpi-screen design-width="1920" design-height="1080" data-kpi-theme="screen" lang="zh-CN">
    <div class="wall">
      <header>
        <h1>郑州高新区 2024 年主要目标任务推进</h1>
        <span class="sample" role="note">示例数据 · 目标为公开数据，完成值为模拟</span>
        ${live
          ? html`<kpi-source id="live" src=${live.src} mode="sse" fallback-src="/api/indicators.json" stale-after=${live.staleAfter ?? 20} heartbeat=${live.heartbeat ?? 15} status></kpi-source>`
          : nothing}
        <time class="clock" aria-live="off"></time>
        <span class="asof">${formatAsOf(asOf)}</span>
      </header>
      <section class="gauges" aria-label="核心指标">
        <kpi-gauge .data=${planDoc} source="live" indicator="gdp-growth" label="全年GDP增速"></kpi-gauge>
        <kpi-gauge .data=${planDoc} source="live" indicator="signed-contracts" label="新签约项目签约额"></kpi-gauge>
        <kpi-gauge .data=${planDoc} source="live" indicator="fai-h2" label="下半年固定资产投资"></kpi-gauge>
        <kpi-gauge .data=${planDoc} source="live" indicator="hte-new" label="新增高新技术企业"></kpi-gauge>
      </section>
      <section class="stats" aria-label="指标卡">
        <kpi-stat .data=${planDoc} source="live" indicator="diamond-conf-signed"></kpi-stat>
        <kpi-stat .data=${parksDoc} source="live" indicator="hte-total" entity="shifo"></kpi-stat>
      </section>
      <section class="targets" aria-label="目标完成情况">
        <h2>目标完成情况 · 序时进度</h2>
        <kpi-target-bar .data=${planDoc} source="live" entity="gaoxin" sort="gap" max-rows="12" label="2024 年目标完成情况"></kpi-target-bar>
      </section>
      <section class="parks" aria-label="四园区对比">
        <h2>四园区对比</h2>
        <kpi-park-compare .data=${parksDoc} source="live" indicators="industrial-output,fai,hte-total,sishang-total" entities=${PARKS} highlight="shifo" label="四园区主要指标对比"></kpi-park-compare>
        <kpi-park-compare .data=${parksDoc} source="live" view="ranking" indicators="hte-total" entities=${PARKS} label="高新技术企业排名"></kpi-park-compare>
      </section>
      <section class="rankings" aria-label="排名">
        <h2>工业总产值 · 园区排名</h2>
        <kpi-ranking .data=${parksDoc} source="live" indicator="industrial-output" entities=${PARKS} show-completion label="四园区工业总产值排名"></kpi-ranking>
        <h2>年度目标 · 完成率排名</h2>
        <kpi-ranking .data=${planDoc} source="live" entity="gaoxin" rows="6" interval="4" label="2024 年目标完成率排名"></kpi-ranking>
      </section>
    </div>
  </kpi-screen>`;
}

export { plan, parks };

/**
 * Mounts the wall into `root`; returns a function that stops its clock and feed. With `live`,
 * the widgets read the stream; else the simulated feed ticks every `tickSeconds`.
 */
export function mountWall(root: HTMLElement, tickSeconds = 5, live?: { src: string; staleAfter?: number; heartbeat?: number }): () => void {
  let tick = 0;
  let planDoc = plan as unknown as Doc;
  let parksDoc = parks as unknown as Doc;
  let asOf = planDoc.asOf;
  const draw = () => render(wall(live ?? { planDoc, parksDoc }, asOf), root);
  draw();
  const clock = () => {
    const el = root.querySelector('.clock');
    if (el) el.textContent = new Date().toLocaleTimeString('zh-CN', { hour12: false });
  };
  clock();
  const clockTimer = setInterval(clock, 1000);
  if (live) {
    // The header's 数据截至 follows the stream.
    const onData = (e: Event) => {
      const doc = (e as CustomEvent<{ set: { asOf?: string } }>).detail.set;
      if (e.target instanceof Element && e.target.localName === 'kpi-source' && doc.asOf && doc.asOf !== asOf) {
        asOf = doc.asOf;
        draw();
      }
    };
    root.addEventListener('kpi-data', onData);
    return () => {
      clearInterval(clockTimer);
      root.removeEventListener('kpi-data', onData);
    };
  }
  const feed = setInterval(() => {
    tick += 1;
    planDoc = documentAt(plan as unknown as Doc, tick);
    parksDoc = documentAt(parks as unknown as Doc, tick);
    asOf = planDoc.asOf;
    draw();
  }, tickSeconds * 1000);
  return () => {
    clearInterval(clockTimer);
    clearInterval(feed);
  };
}
