import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LOCALES } from '../src/core/messages.js';
import { parks2019, parksDemo, STATE_ARGS } from './data.js';
import { optionsOf } from './manifest.js';

interface Args {
  data: unknown;
  view: 'grouped' | 'ranking' | 'radar' | 'table';
  indicators?: string;
  entities?: string;
  highlight?: string;
  renderer: 'svg' | 'canvas';
  scale: 'normalized' | 'raw';
  normalize: 'best' | 'completion';
  top?: number;
  locale?: 'zh-CN' | 'en';
  width: number;
  height: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/kpi-park-compare',
  component: 'kpi-park-compare',
  args: {
    data: parksDemo,
    view: 'grouped',
    indicators: 'industrial-output,fai,hte-total,sishang-total',
    renderer: 'svg',
    scale: 'normalized',
    normalize: 'best',
    width: 620,
    height: 360,
  },
  argTypes: {
    view: { control: 'inline-radio', options: optionsOf('kpi-park-compare', 'view') },
    renderer: { control: 'inline-radio', options: optionsOf('kpi-park-compare', 'renderer') },
    scale: { control: 'inline-radio', options: optionsOf('kpi-park-compare', 'scale') },
    normalize: { control: 'inline-radio', options: optionsOf('kpi-park-compare', 'normalize') },
    locale: { control: 'inline-radio', options: [...LOCALES] },
    data: { control: 'object' },
  },
  render: (a) => html`<kpi-park-compare
    style="width:${a.width}px;height:${a.height}px"
    .data=${a.data}
    view=${a.view}
    indicators=${ifDefined(a.indicators)}
    entities=${ifDefined(a.entities)}
    highlight=${ifDefined(a.highlight)}
    renderer=${a.renderer}
    scale=${a.scale}
    normalize=${a.normalize}
    top=${ifDefined(a.top)}
    locale=${ifDefined(a.locale)}
  ></kpi-park-compare>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The four parks on four indicators (illustrative data), bars over each indicator's best park. */
export const FourParks: Story = {};
export const HighlightShifo: Story = { args: { highlight: 'shifo' } };
export const Ranking: Story = { args: { view: 'ranking', indicators: 'hte-total', height: 240 } };
export const Radar: Story = { args: { view: 'radar', indicators: undefined } };
export const RadarByCompletion: Story = { args: { view: 'radar', indicators: undefined, normalize: 'completion' } };
export const Table: Story = { args: { view: 'table', height: 220 } };
/** Published 2019–2020 figures: 梧桐 and 枫杨 have none, and say 暂无数据 — never 0. */
export const Sparse2019: Story = { args: { data: parks2019, indicators: 'hte-total,fai,sishang-total' } };
export const Sparse2019Ranking: Story = { args: { data: parks2019, view: 'ranking', indicators: 'hte-total', height: 240 } };
export const Canvas: Story = { args: { renderer: 'canvas' } };
export const English: Story = { args: { locale: 'en' } };
export const MarkupInNames: Story = {
  args: {
    view: 'ranking',
    indicators: 'v',
    height: 200,
    data: {
      entities: [{ id: 'x', name: '<img src=x onerror=alert(1)>园区' }, { id: 'y', name: '{{name}} 园区' }],
      indicators: [
        { id: 'v', name: '<b>产值</b>', unit: '亿元', entity: 'x', value: 5 },
        { id: 'v', name: '<b>产值</b>', unit: '亿元', entity: 'y', value: 7 },
      ],
    },
  },
};
export const BrokenDocument: Story = { args: STATE_ARGS.error };
export const Loading: Story = { args: STATE_ARGS.loading };
