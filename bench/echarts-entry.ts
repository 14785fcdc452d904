// Raw ECharts side of the benchmark: what a portal team hand-rolls today. One instance per
// widget, tree-shaken (echarts/core + GaugeChart + CanvasRenderer), animation off.
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, GaugeChart } from 'echarts/charts';
import { GridComponent, MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { AriaComponent, TooltipComponent } from 'echarts/components';
import { compare, present, derive, validate } from '../src/core/index.js';
import { buildOption } from '../src/park-compare/options.js';
import { COMPARE_INDICATORS, parksDoc } from './compare-fixture.js';
import { frames, makeHost, row } from './fixtures.js';

echarts.use([GaugeChart, BarChart, CustomChart, GridComponent, MarkLineComponent, MarkAreaComponent, AriaComponent, TooltipComponent, CanvasRenderer, SVGRenderer]);

const host = makeHost();
let charts: echarts.ECharts[] = [];
let bars = false;
let mode = '';

/**
 * The same picture as <kpi-gauge>, drawn the way ECharts users draw it: a status-coloured
 * progress arc with name, value, unit and completion; a thin outer ring of status bands;
 * pointers for the target and for the value expected by now (序时进度); min/max labels.
 */
function option(i: number, round: number) {
  const r = row(i, round);
  const completion = r.value / r.target;
  const schedule = 234 / 366;
  const status = completion >= schedule ? '#15803d' : completion >= 0.9 * schedule ? '#b45309' : '#b91c1c';
  const common = { type: 'gauge' as const, min: 0, max: r.target, startAngle: 225, endAngle: -45, splitLine: { show: false }, axisTick: { show: false } };
  return {
    animation: false,
    series: [
      {
        ...common,
        radius: '78%',
        progress: { show: true, width: 14, itemStyle: { color: status } },
        axisLine: { lineStyle: { width: 14, color: [[1, '#e5e7eb']] } },
        axisLabel: { distance: -2, fontSize: 10, formatter: (v: number) => (v === 0 || v === r.target ? `${v} 亿元` : '') },
        pointer: { show: false },
        title: { offsetCenter: [0, '-118%'], fontSize: 16, fontWeight: 600 },
        detail: {
          offsetCenter: [0, '8%'],
          formatter: (v: number) => `{v|${v}}{u| 亿元}\n{s|完成 ${Math.round(completion * 1000) / 10}%}`,
          color: '#1f2937',
          rich: { v: { fontSize: 28, fontWeight: 700 }, u: { fontSize: 13 }, s: { fontSize: 12, color: '#4b5563', padding: [6, 0, 0, 0] } },
        },
        data: [{ value: r.value, name: r.name }],
      },
      {
        ...common,
        radius: '86%',
        axisLine: { lineStyle: { width: 4, color: [[0.9 * schedule, '#e9a0a0'], [schedule, '#e8c08a'], [1, '#8fc7a0']] } },
        axisLabel: { show: false },
        pointer: { icon: 'triangle', length: 10, width: 8, offsetCenter: [0, '-112%'], itemStyle: { color: '#2563eb' } },
        title: { show: false },
        detail: { show: false },
        data: [{ value: r.target * schedule }],
      },
      {
        ...common,
        radius: '78%',
        axisLine: { show: false },
        axisLabel: { show: false },
        pointer: { icon: 'rect', length: '22%', width: 3, offsetCenter: [0, '-86%'], itemStyle: { color: '#111827' } },
        title: { show: false },
        detail: { show: false },
        data: [{ value: r.target }],
      },
    ],
  };
}

/**
 * One row of <kpi-target-bar> as ECharts users draw it: a horizontal bar coloured by status,
 * status bands as markArea, the target and 序时进度 as markLine, name and figures as labels.
 */
function barOption(i: number, round: number) {
  const r = row(i, round);
  const completion = r.value / r.target;
  const schedule = 234 / 366;
  const status = completion >= schedule ? '#15803d' : completion >= 0.9 * schedule ? '#b45309' : '#b91c1c';
  const band = (from: number, to: number, color: string) => [{ xAxis: from * r.target, itemStyle: { color } }, { xAxis: to * r.target }];
  return {
    animation: false,
    grid: { left: 160, right: 150, top: 4, bottom: 4 },
    xAxis: { type: 'value', min: 0, max: 1.25 * r.target, show: false },
    yAxis: { type: 'category', data: [r.name], axisLine: { show: false }, axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barWidth: 6,
        data: [{ value: r.value, itemStyle: { color: status } }],
        label: { show: true, position: [545 - 160, 0], formatter: `${r.value} / ${r.target} 亿元  ${Math.round(completion * 1000) / 10}%` },
        markArea: { silent: true, data: [band(0, 0.9 * schedule, '#f6d5d5'), band(0.9 * schedule, schedule, '#f7e3c7'), band(schedule, 1.25, '#d3ebdb')] },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          data: [
            { xAxis: r.target, lineStyle: { color: '#111827', width: 2, type: 'solid' } },
            { xAxis: r.target * schedule, lineStyle: { color: '#2563eb', width: 2, type: 'dashed' } },
          ],
        },
      },
    ],
  };
}

/**
 * The option <kpi-park-compare> sets, built ahead of time (so this side does not pay for
 * validating, deriving and formatting): the comparison drawn by raw ECharts.
 */
function compareOption(round: number) {
  const set = validate(parksDoc(round));
  const ids = COMPARE_INDICATORS.split(',');
  const names = new Map(set.entities.map((e) => [e.id, e.name]));
  const models = set.rows.filter((r) => ids.includes(r.id)).map((row) => {
    const view = derive(row, { entities: names });
    return { row, view, text: present(view, { withEntity: true }) };
  });
  const theme = { text: '#1f2937', muted: '#4b5563', track: '#e5e7eb', target: '#111827', font: 'sans-serif', fontSize: 12, series: ['#2563eb', '#16a34a', '#d97706', '#9333ea', '#0891b2', '#db2777'] };
  return buildOption({ comparison: compare(models, set.entities, ids), view: 'grouped', theme, locale: 'zh-CN', hidden: new Set(), scale: 'normalized', normalize: 'best', description: set.title ?? '', animate: false });
}

window.bench = {
  async mount(n, kind) {
    if (kind === 'compare') {
      mode = 'compare';
      const option = compareOption(0);
      for (let i = 0; i < n; i++) {
        const div = document.createElement('div');
        div.style.cssText = 'width:560px;height:340px';
        host.append(div);
        const chart = echarts.init(div, null, { renderer: 'svg' });
        chart.setOption(option, { notMerge: true });
        charts.push(chart);
      }
      await frames();
      return;
    }
    mode = kind;
    // 'bar1' (200 separate one-row target bars) is the same picture on this side.
    bars = kind === 'bar' || kind === 'bar1';
    for (let i = 0; i < n; i++) {
      const div = document.createElement('div');
      div.style.cssText = bars ? 'width:720px;height:30px' : 'width:240px;height:200px';
      host.append(div);
      const chart = echarts.init(div);
      chart.setOption(bars ? barOption(i, 0) : option(i, 0));
      charts.push(chart);
    }
    await frames();
  },
  async update(round) {
    if (mode === 'compare') {
      const option = compareOption(round);
      charts.forEach((chart) => chart.setOption(option, { notMerge: true }));
      await frames();
      return;
    }
    charts.forEach((chart, i) => chart.setOption(bars ? barOption(i, round) : option(i, round)));
    await frames();
  },
  async clear() {
    charts.forEach((chart) => chart.dispose());
    charts = [];
    host.replaceChildren();
    await frames();
  },
};
