/**
 * The one module that imports ECharts. <kpi-park-compare> loads it with a dynamic import()
 * on first render, so pages with only gauges and bars never fetch it. Tree-shaken to what
 * every view needs (custom series, grid, tooltip, aria, the SVG renderer: 169 kB gzip);
 * the radar and the canvas renderer are further chunks loaded only when asked for.
 */
import { init as initChart, setPlatformAPI, use, type ECharts } from 'echarts/core';
import { CustomChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([CustomChart, AriaComponent, GridComponent, TooltipComponent, SVGRenderer]);

/**
 * ECharts measures label text on a canvas it never draws on. Chromium keeps a text-shaping
 * cache per canvas and trims it only when that canvas shows a new frame, so on a measuring-only
 * canvas every distinct string stays (up to 32,768 entries, tens of MB): the demo wall fed 4
 * documents a second grew its heap by ~3 MB per 1,000 updates, all of it that cache. A fresh
 * canvas after MEASURES_PER_CANVAS measurements lets the old one go with its cache. Same widths,
 * so this is safe for a page's own ECharts too (the platform API is ECharts-wide).
 */
const MEASURES_PER_CANVAS = 2000;
let measurer: CanvasRenderingContext2D | null = null;
let measurerFont = '';
let measured = 0;
setPlatformAPI({
  measureText(text: string, font?: string) {
    if (!measurer || ++measured > MEASURES_PER_CANVAS) {
      measurer = document.createElement('canvas').getContext('2d');
      measurerFont = '';
      measured = 0;
    }
    if (!measurer) return { width: (text ?? '').length * 12 }; // no 2D canvas at all: an estimate, as ECharts' own fallback
    if (font !== measurerFont) measurer.font = measurerFont = font || '12px sans-serif';
    return measurer.measureText(text);
  },
});

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
