/**
 * The one module that imports ECharts. <kpi-park-compare> loads it with a dynamic import()
 * on first render, so pages with only gauges and bars never fetch it. Tree-shaken to what
 * every view needs (custom series, grid, tooltip, aria, the SVG renderer: 169 kB gzip);
 * the radar and the canvas renderer are further chunks loaded only when asked for.
 */
import { init as initChart, use, type ECharts } from 'echarts/core';
import { CustomChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([CustomChart, AriaComponent, GridComponent, TooltipComponent, SVGRenderer]);

export type { ECharts };

let radar: Promise<void> | null = null;
let canvas: Promise<void> | null = null;

/** Registers what a view and renderer need beyond the base, once. */
export function prepare(view: string, renderer: 'svg' | 'canvas'): Promise<unknown> {
  if (view === 'radar')
    radar ??= Promise.all([import('echarts/lib/chart/radar/install.js'), import('echarts/lib/component/radar/install.js')]).then(
      ([chart, component]) => use([chart.install, component.install]),
    );
  if (renderer === 'canvas') canvas ??= import('echarts/lib/renderer/installCanvasRenderer.js').then((m) => use(m.install));
  return Promise.all([view === 'radar' ? radar : null, renderer === 'canvas' ? canvas : null]);
}

export function init(container: HTMLElement, renderer: 'svg' | 'canvas', devicePixelRatio: number, size: { width: number; height: number }): ECharts {
  return initChart(container, null, { renderer, devicePixelRatio, ...size });
}
