// Raw ECharts side of the benchmark: what a portal team hand-rolls today. One instance per
// widget, tree-shaken (echarts/core + GaugeChart + CanvasRenderer), animation off.
import * as echarts from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { CanvasRenderer } from 'echarts/renderers';
import { frames, makeHost, row } from './fixtures.js';

echarts.use([GaugeChart, CanvasRenderer]);

const host = makeHost();
let charts: echarts.ECharts[] = [];

function option(i: number, round: number) {
  const r = row(i, round);
  return {
    animation: false,
    series: [
      {
        type: 'gauge',
        min: 0,
        max: r.target,
        startAngle: 225,
        endAngle: -45,
        progress: { show: true, width: 14 },
        axisLine: { lineStyle: { width: 14 } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { distance: 18, fontSize: 10, formatter: (v: number) => (v === 0 || v === r.target ? `${v} 亿元` : '') },
        pointer: { show: false },
        title: { offsetCenter: [0, '-110%'], fontSize: 14 },
        detail: { valueAnimation: false, fontSize: 26, offsetCenter: [0, 0], formatter: '{value} 亿元' },
        data: [{ value: r.value, name: r.name }],
      },
    ],
  };
}

window.bench = {
  async mount(n) {
    for (let i = 0; i < n; i++) {
      const div = document.createElement('div');
      div.style.cssText = 'width:240px;height:200px';
      host.append(div);
      const chart = echarts.init(div);
      chart.setOption(option(i, 0));
      charts.push(chart);
    }
    await frames();
  },
  async update(round) {
    charts.forEach((chart, i) => chart.setOption({ series: [{ data: [{ value: row(i, round).value, name: row(i, round).name }] }] }));
    await frames();
  },
  async clear() {
    charts.forEach((chart) => chart.dispose());
    charts = [];
    host.replaceChildren();
    await frames();
  },
};
