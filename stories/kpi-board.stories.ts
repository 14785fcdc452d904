import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import board from '../demo/boards/gaoxin-2024.json';
import '../src/board/kpi-board.js';
import { parksDemo, plan } from './data.js';

/**
 * The demo wall's board document (demo/boards/gaoxin-2024.json) with its widgets given their
 * data inline instead of the live feed (Storybook has no backend): the zone's rows for widgets
 * of `gaoxin`, the parks' for the rest.
 */
function inline(doc: typeof board, pageIndex = 0) {
  const pages = doc.pages.map((p) => ({
    ...p,
    widgets: p.widgets.map((w) => (w.type === 'text' || w.type === 'clock' ? w : { ...w, data: (w as { entity?: string }).entity === 'gaoxin' ? plan : parksDemo })),
  }));
  return { ...doc, sources: undefined, defaults: { ...doc.defaults, source: undefined }, pages: [...pages.slice(pageIndex), ...pages.slice(0, pageIndex)] };
}

const meta: Meta<{ page: number }> = {
  title: 'Wall/kpi-board',
  component: 'kpi-board',
  parameters: { layout: 'fullscreen' },
  args: { page: 0 },
  render: (a) => html`<kpi-board style="width:1280px;height:720px" .board=${inline(board, a.page)}></kpi-board>`,
};
export default meta;

/** 总览: the targets, gauges, tiles and the completion ranking (rotates to 四园区 after 45 s). */
export const Overview: StoryObj<{ page: number }> = {};
/** 四园区: the comparison, its ranking view and three park rankings. */
export const Parks: StoryObj<{ page: number }> = { args: { page: 1 } };
/** A board document with mistakes: the broken widget is an error tile in its place; the problems are listed by path. */
export const WithProblems: StoryObj<{ page: number }> = {
  render: () => html`<kpi-board
    style="width:1280px;height:720px"
    .board=${{
      version: 1,
      stage: { width: 1280, height: 720 },
      defaults: { theme: 'screen' },
      pages: [
        {
          id: 'p',
          widgets: [
            { id: 'title', type: 'text', title: '有问题的看板', at: { x: 20, y: 20, w: 600, h: 60 } },
            { id: 'gdp', type: 'gauge', indicator: 'gdp-growth', data: plan, at: { x: 20, y: 100, w: 300, h: 300 } },
            { id: 'pie', type: 'pie', at: { x: 340, y: 100, w: 300, h: 300 } },
            { id: 'typo', type: 'gauge', indicator: 'signed-contracts', data: plan, options: { shap: 'semi' }, at: { x: 660, y: 100, w: 300, h: 300 } },
          ],
        },
      ],
    }}
  ></kpi-board>`,
};
/** No stage: a grid of cells, one column on a phone. */
export const Grid: StoryObj<{ page: number }> = {
  render: () => html`<kpi-board
    style="width:900px;height:600px"
    .board=${{
      version: 1,
      grid: { columns: 6, rowHeight: 90, gap: 12 },
      pages: [
        {
          id: 'p',
          widgets: [
            { id: 'title', type: 'text', title: '2024 年目标', cell: { x: 0, y: 0, w: 6, h: 1 } },
            { id: 'gdp', type: 'gauge', indicator: 'gdp-growth', data: plan, cell: { x: 0, y: 1, w: 2, h: 3 } },
            { id: 'signed', type: 'stat', indicator: 'signed-contracts', data: plan, cell: { x: 2, y: 1, w: 4, h: 2 } },
            { id: 'rank', type: 'ranking', indicator: 'hte-total', data: parksDemo, cell: { x: 2, y: 3, w: 4, h: 3 } },
          ],
        },
      ],
    }}
  ></kpi-board>`,
};
