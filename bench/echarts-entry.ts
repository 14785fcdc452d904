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
import { barOption, gaugeOption, rankingOption } from './echarts-options.js';
import { frames, makeHost, rankingDoc, row } from './fixtures.js';

echarts.use([GaugeChart, BarChart, CustomChart, GridComponent, MarkLineComponent, MarkAreaComponent, AriaComponent, TooltipComponent, CanvasRenderer, SVGRenderer]);

const host = makeHost();
let charts: echarts.ECharts[] = [];
let bars = false;
let mode = '';

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
    if (kind === 'ranking') {
      mode = 'ranking';
      for (let i = 0; i < n; i++) {
        const div = document.createElement('div');
        div.style.cssText = 'width:360px;height:320px';
        host.append(div);
        const chart = echarts.init(div);
        chart.setOption(rankingOption(rankingDoc(i, 0)));
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
      chart.setOption(bars ? barOption(row(i, 0)) : gaugeOption(row(i, 0)));
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
    if (mode === 'ranking') {
      charts.forEach((chart, i) => chart.setOption(rankingOption(rankingDoc(i, round))));
      await frames();
      return;
    }
    charts.forEach((chart, i) => chart.setOption(bars ? barOption(row(i, round)) : gaugeOption(row(i, round))));
    await frames();
  },
  async clear() {
    charts.forEach((chart) => chart.dispose());
    charts = [];
    host.replaceChildren();
    await frames();
  },
};
