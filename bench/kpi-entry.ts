// kpi-elements side of the benchmark, fed through the normal data path: n gauges or stats
// (one element each), one <kpi-target-bar> listing n rows, or n one-row target bars.
import '../src/gauge/kpi-gauge.js';
import '../src/stat/kpi-stat.js';
import '../src/target-bar/kpi-target-bar.js';
import '../src/park-compare/kpi-park-compare.js';
import '../src/ranking/kpi-ranking.js';
import { COMPARE_INDICATORS, parksDoc } from './compare-fixture.js';
import type { KpiElement } from '../src/base/kpi-element.js';
import { frames, makeHost, rankingDoc, row } from './fixtures.js';

const host = makeHost();
let elements: KpiElement[] = [];
let list = 0; // rows in the target-bar list, 0 when mounting one element per widget
let charts = false;
let rankings = false;

const listOf = (n: number, round: number) => ({ indicators: Array.from({ length: n }, (_, i) => row(i, round)) });

window.bench = {
  async mount(n, kind) {
    if (kind === 'compare') {
      charts = true;
      const doc = parksDoc(0); // one document for the whole board, as a dashboard does
      for (let i = 0; i < n; i++) {
        const el = document.createElement('kpi-park-compare');
        el.noAnimation = true;
        el.indicators = COMPARE_INDICATORS;
        el.style.cssText = 'width:560px;height:340px';
        el.data = doc;
        host.append(el);
        elements.push(el);
      }
      // A comparison's updateComplete includes drawing its chart.
      await Promise.all(elements.map((el) => el.updateComplete));
      await frames();
      return;
    }
    if (kind === 'ranking') {
      // n rankings of 10 enterprises, each its own document (the 10 rows fit: no carousel).
      rankings = true;
      for (let i = 0; i < n; i++) {
        const el = document.createElement('kpi-ranking');
        el.noAnimation = true;
        el.indicator = 'revenue';
        el.style.width = '360px';
        el.data = rankingDoc(i, 0);
        host.append(el);
        elements.push(el);
      }
    } else if (kind === 'bar') {
      const el = document.createElement('kpi-target-bar');
      el.noAnimation = true;
      el.style.width = '720px';
      el.data = listOf(n, 0);
      host.append(el);
      elements.push(el);
      list = n;
    } else if (kind === 'bar1') {
      // n separate one-row target bars, each given its row, as a page of KPI cards does.
      for (let i = 0; i < n; i++) {
        const el = document.createElement('kpi-target-bar');
        el.noAnimation = true;
        el.indicator = `signed-${i}`;
        el.style.width = '720px';
        el.data = row(i, 0);
        host.append(el);
        elements.push(el);
      }
    } else {
      for (let i = 0; i < n; i++) {
        const el = document.createElement(kind === 'stat' ? 'kpi-stat' : 'kpi-gauge') as KpiElement;
        el.noAnimation = true;
        el.data = row(i, 0);
        host.append(el);
        elements.push(el);
      }
    }
    await Promise.all(elements.map((el) => el.updateComplete));
    await frames();
  },
  async update(round) {
    if (list) elements[0].data = listOf(list, round);
    else if (charts) {
      const doc = parksDoc(round);
      elements.forEach((el) => (el.data = doc));
    }
    else if (rankings) elements.forEach((el, i) => (el.data = rankingDoc(i, round)));
    else elements.forEach((el, i) => (el.data = row(i, round)));
    await Promise.all(elements.map((el) => el.updateComplete));
    await frames();
  },
  async clear() {
    host.replaceChildren();
    elements = [];
    list = 0;
    charts = false;
    rankings = false;
    await frames();
  },
};
