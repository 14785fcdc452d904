import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOCALES } from '../src/core/messages.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { parksDemo, plan, STATE_ARGS } from './data.js';

interface Args {
  indicator: string;
  entity: string;
  locale?: 'zh-CN' | 'en';
  data: unknown;
  width: number;
  height: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/kpi-stat',
  component: 'kpi-stat',
  args: { indicator: 'signed-contracts', entity: '', data: plan, width: 260, height: 150 },
  argTypes: { locale: { control: 'inline-radio', options: [...LOCALES] }, data: { control: 'object' } },
  render: (a) => html`<kpi-stat
    style="width:${a.width}px;height:${a.height}px"
    .data=${a.data}
    indicator=${a.indicator}
    entity=${ifDefined(a.entity || undefined)}
    locale=${ifDefined(a.locale)}
  ></kpi-stat>`,
};
export default meta;

type Story = StoryObj<Args>;

export const SignedContracts: Story = {};
export const WithHistory: Story = { args: { data: parksDemo, indicator: 'hte-total', entity: 'shifo' } };
export const HistoryWithGap: Story = { args: { data: parksDemo, indicator: 'sishang-total', entity: 'fengyang' } };
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
export const Loading: Story = { args: STATE_ARGS.loading };
