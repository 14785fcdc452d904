import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { parksDemo, plan, STATES } from './data.js';

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
  argTypes: { locale: { control: 'inline-radio', options: ['zh-CN', 'en'] }, data: { control: 'object' } },
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
export const NoData: Story = { args: { data: STATES.noData, indicator: 'sensor' } };
export const TrueZero: Story = { args: { data: STATES.zero, indicator: 'neeq' } };
export const OverTarget: Story = { args: { data: STATES.overTarget, indicator: 'fai' } };
export const BehindSchedule: Story = { args: { data: STATES.behindSchedule, indicator: 'signed' } };
export const LowerIsBetter: Story = { args: { data: STATES.lowerIsBetter, indicator: 'energy' } };
export const LongName: Story = { args: { data: STATES.longName, indicator: 'long' } };
export const MarkupInName: Story = { args: { data: STATES.markup, indicator: 'markup' } };
export const Partial: Story = { args: { data: STATES.partial, indicator: 'ok' } };
export const BrokenDocument: Story = { args: { data: STATES.error } };
export const Loading: Story = { args: { data: new Promise(() => undefined) } };
