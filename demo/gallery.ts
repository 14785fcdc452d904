// The demo index: gauges and stats on the 2024 plan. The command-centre wall replaces it later.
import '../src/index.js';
import { html, render } from 'lit';
import plan from './data/gaoxin-2024-plan.json';
import parks from './data/parks-demo.json';
import zone2022 from './data/gaoxin-2022.json';
import parks2019 from './data/parks-2019.json';

const gauges = ['gdp-growth', 'signed-contracts', 'fai-h2', 'sensor-conf-signed', 'micro-parks-total', 'hte-new'];
const stats = ['signed-contracts', 'fai-h1', 'hte-new', 'rd-intensity'];
render(
  html`<h2>${plan.title}</h2>
    <p class="sample">示例数据 · ${plan.note}</p>
    <section class="row" aria-label="仪表盘">
      ${gauges.map((id) => html`<kpi-gauge .data=${plan} indicator=${id}></kpi-gauge>`)}
    </section>
    <h3>目标完成情况(序时进度)</h3>
    <kpi-target-bar .data=${plan} sort="gap" style="width:900px"></kpi-target-bar>
    <h3>重点项目 2022: 170.7 / 231.9 亿元</h3>
    <kpi-target-bar .data=${zone2022} indicator="key-projects-investment" style="width:700px"></kpi-target-bar>
    <h3>四园区对比</h3>
    <section class="row">
      <kpi-park-compare .data=${parks} indicators="industrial-output,fai,hte-total,sishang-total" highlight="shifo" style="width:600px;height:340px"></kpi-park-compare>
      <kpi-park-compare .data=${parks} view="ranking" indicators="hte-total" style="width:420px;height:240px"></kpi-park-compare>
      <kpi-park-compare .data=${parks} view="radar" style="width:420px;height:340px"></kpi-park-compare>
      <kpi-park-compare .data=${parks2019} indicators="hte-total,fai,sishang-total" style="width:520px;height:300px"></kpi-park-compare>
      <kpi-park-compare .data=${parks} view="table" indicators="industrial-output,fai,hte-total" style="width:600px;height:200px"></kpi-park-compare>
    </section>
    <h3>指标卡</h3>
    <section class="row" aria-label="指标卡">
      ${stats.map((id) => html`<kpi-stat .data=${plan} indicator=${id}></kpi-stat>`)}
      <kpi-stat .data=${parks} indicator="hte-total" entity="shifo"></kpi-stat>
      <kpi-stat .data=${parks} indicator="sishang-total" entity="fengyang"></kpi-stat>
    </section>`,
  document.getElementById('demo') as HTMLElement,
);
