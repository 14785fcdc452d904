import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LOCALES } from '../src/core/messages.js';
import { plan, STATE_ARGS } from './data.js';
import { optionsOf } from './manifest.js';

interface Args {
  indicator: string;
  shape: 'arc' | 'semi' | 'ring';
  needle: boolean;
  exportMenu: boolean;
  locale?: 'zh-CN' | 'en';
  data: unknown;
  width: number;
  height: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/kpi-gauge',
  component: 'kpi-gauge',
  args: { indicator: 'signed-contracts', shape: 'arc', needle: false, exportMenu: false, data: plan, width: 260, height: 220 },
  argTypes: {
    shape: { control: 'inline-radio', options: optionsOf('kpi-gauge', 'shape') },
    locale: { control: 'inline-radio', options: [...LOCALES] },
    data: { control: 'object' },
  },
  render: (a) => html`<kpi-gauge
    style="width:${a.width}px;height:${a.height}px"
    .data=${a.data}
    indicator=${a.indicator}
    shape=${a.shape}
    ?needle=${a.needle}
    ?export=${a.exportMenu}
    locale=${ifDefined(a.locale)}
  ></kpi-gauge>`,
};
export default meta;

type Story = StoryObj<Args>;

export const SignedContracts: Story = {};
export const GdpGrowth: Story = { args: { indicator: 'gdp-growth' } };
export const Semicircle: Story = { args: { shape: 'semi' } };
export const Ring: Story = { args: { shape: 'ring' } };
export const Needle: Story = { args: { needle: true } };
/** The `export` attribute: 导出 opens PNG, SVG and CSV (every widget has it; off by default). */
export const ExportMenu: Story = { args: { exportMenu: true } };
export const English: Story = { args: { locale: 'en' } };
export const NoData: Story = { args: STATE_ARGS.noData };
export const TrueZero: Story = { args: STATE_ARGS.zero };
export const OverTarget: Story = { args: STATE_ARGS.overTarget };
export const BehindSchedule: Story = { args: STATE_ARGS.behindSchedule };
export const LowerIsBetter: Story = { args: STATE_ARGS.lowerIsBetter };
export const LongName: Story = { args: STATE_ARGS.longName };
export const MarkupInName: Story = { args: STATE_ARGS.markup };
export const Partial: Story = { args: STATE_ARGS.partial };
export const BrokenDocument: Story = { args: STATE_ARGS.error };
/** `data` can be a Promise: the gauge shows loading until it settles (this one never does). */
export const Loading: Story = { args: STATE_ARGS.loading };
