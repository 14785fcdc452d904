// The live-update case's page: 500 widgets (gauges, stats and one-row target bars in turn),
// each showing its own row of one document the server pushes once a second over SSE. Three
// sides, one per page (`?side=`):
// - source: every widget reads one <kpi-source mode="sse"> (the feed: one stream, one
//   validation per document, renders deferred while the page is hidden);
// - data: the page opens one EventSource and hands each document to every widget's `data`
//   (what a portal did before <kpi-source>);
// - echarts: the same EventSource, 500 raw ECharts instances (gauges where we draw a gauge or
//   a tile, bars where we draw a bar) updated by setOption, as a hand-rolled wall does;
// - floor: the widgets' markup as static copies, each push writing only what changed
//   (live-floor.ts): the browser's share of a push, with no script of ours.
import '../src/gauge/kpi-gauge.js';
import '../src/stat/kpi-stat.js';
import '../src/target-bar/kpi-target-bar.js';
import '../src/data/kpi-source.js';
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart } from 'echarts/charts';
import { GridComponent, MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { KpiElement } from '../src/base/kpi-element.js';
import { barOption, gaugeOption, type Row } from './echarts-options.js';
import { makeHost } from './fixtures.js';
import { staticCopies } from './live-floor.js';

echarts.use([GaugeChart, BarChart, GridComponent, MarkLineComponent, MarkAreaComponent, CanvasRenderer]);

type Doc = { indicators: (Row & { id: string })[] };
// Which widgets, in turn (`?mix=kpi-gauge,kpi-target-bar` to look at some alone).
const KINDS = (new URLSearchParams(location.search).get('mix') ?? 'kpi-gauge,kpi-stat,kpi-target-bar').split(',');
const kindOf = (i: number) => KINDS[i % KINDS.length];

declare global {
  interface Window {
    live: {
      /** mounts n widgets of one side reading `src`; resolves once the first document is drawn */
      mount(side: string, n: number, src: string): Promise<void>;
      /** documents the page has received so far */
      pushes(): number;
      /** long tasks (> 50 ms) since the last call: count and the longest */
      longTasks(): { count: number; longest: number };
      /** long animation frames (> 50 ms, rendering included) since the last call; null where unsupported */
      longFrames(): { count: number; longest: number } | null;
      /** makes the page hidden (or visible again), as a background tab or minimised window is */
      setHidden(hidden: boolean): void;
      /** the value the first widget shows (its aria-valuenow) and the newest document's */
      shown(): { shown: number | null; newest: number | null };
    };
  }
}

const host = makeHost();
let pushes = 0;
let newestFirst: number | null = null; // the newest document's first value
let firstDrawn: () => void = () => {};
const first = new Promise<void>((resolve) => (firstDrawn = resolve));
let widgets: KpiElement[] = [];

let tasks = { count: 0, longest: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    tasks.count += 1;
    tasks.longest = Math.max(tasks.longest, e.duration);
  }
}).observe({ type: 'longtask' });
// A long task leaves out the browser's rendering, which runs in a task of its own: a push whose
// scripts never exceed 50 ms can still end in a 150 ms frame of style, layout and paint, as long
// a wait for input. Long animation frames count the frame's scripts and its rendering together.
const framesSupported = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame');
let frames = { count: 0, longest: 0 };
if (framesSupported)
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      frames.count += 1;
      frames.longest = Math.max(frames.longest, e.duration);
    }
  }).observe({ type: 'long-animation-frame' });

/** One EventSource for the page (the data and echarts sides): every snapshot goes to `apply`. */
function stream(src: string, apply: (doc: Doc) => void): void {
  new EventSource(src).addEventListener('snapshot', (e) => {
    pushes += 1;
    const doc = JSON.parse((e as MessageEvent<string>).data) as Doc;
    newestFirst = doc.indicators[0].value;
    apply(doc);
    firstDrawn();
  });
}

function mountWidgets(n: number, source: string | null): KpiElement[] {
  const els: KpiElement[] = [];
  for (let i = 0; i < n; i++) {
    const el = document.createElement(kindOf(i)) as KpiElement & { indicator?: string };
    el.noAnimation = true;
    el.indicator = `signed-${i}`;
    if (kindOf(i) === 'kpi-target-bar') el.style.width = '720px';
    if (source) el.setAttribute('source', source);
    els.push(el);
  }
  return els;
}

window.live = {
  async mount(side, n, src) {
    if (side === 'source') {
      const feed = document.createElement('kpi-source');
      feed.id = 'live';
      feed.setAttribute('mode', 'sse');
      feed.setAttribute('src', src);
      feed.setAttribute('stale-after', '10');
      feed.addEventListener('kpi-data', (e) => {
        if (e.target !== feed) return;
        pushes += 1;
        newestFirst = e.detail.rows[0].value;
        firstDrawn();
      });
      widgets = mountWidgets(n, 'live');
      document.body.append(feed);
      host.append(...widgets);
    } else if (side === 'data') {
      const els = mountWidgets(n, null);
      widgets = els;
      host.append(...els);
      stream(src, (doc) => els.forEach((el) => (el.data = doc)));
    } else if (side === 'floor') {
      const els = mountWidgets(n, null);
      host.append(...els);
      const floor = await staticCopies(els);
      widgets = [];
      stream(src, () => floor.next());
    } else {
      const charts = Array.from({ length: n }, (_, i) => {
        const div = document.createElement('div');
        div.style.cssText = kindOf(i) === 'kpi-target-bar' ? 'width:720px;height:30px' : 'width:240px;height:200px';
        host.append(div);
        return echarts.init(div);
      });
      widgets = [];
      stream(src, (doc) => charts.forEach((chart, i) => chart.setOption(kindOf(i) === 'kpi-target-bar' ? barOption(doc.indicators[i]) : gaugeOption(doc.indicators[i]))));
    }
    await first;
    await Promise.all(widgets.map((el) => el.updateComplete));
  },
  pushes: () => pushes,
  longTasks() {
    const seen = tasks;
    tasks = { count: 0, longest: 0 };
    return seen;
  },
  longFrames() {
    const seen = frames;
    frames = { count: 0, longest: 0 };
    return framesSupported ? seen : null;
  },
  setHidden(hidden) {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    document.dispatchEvent(new Event('visibilitychange'));
  },
  shown() {
    const meter = widgets[0]?.shadowRoot?.querySelector('[aria-valuenow]');
    const shown = meter ? Number(meter.getAttribute('aria-valuenow')) : null;
    return { shown, newest: newestFirst };
  },
};
