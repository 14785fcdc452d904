import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LOCALES } from '../src/core/messages.js';
import type { TargetBarSort } from '../src/target-bar/kpi-target-bar.js';
import { parks2019, parksDemo, plan, STATE_ARGS, STATES, zone2022 } from './data.js';
import { optionsOf } from './manifest.js';

interface Args {
  data: unknown;
  indicator?: string;
  indicators?: string;
  entity?: string;
  sort: '' | TargetBarSort;
  maxRows?: number;
  orientation: 'horizontal' | 'vertical';
  compact: boolean;
  locale?: 'zh-CN' | 'en';
  width: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/kpi-target-bar',
  component: 'kpi-target-bar',
  args: { data: plan, sort: '', orientation: 'horizontal', compact: false, width: 820 },
  argTypes: {
    sort: { control: 'select', options: ['', ...optionsOf('kpi-target-bar', 'sort')] },
    orientation: { control: 'inline-radio', options: optionsOf('kpi-target-bar', 'orientation') },
    locale: { control: 'inline-radio', options: [...LOCALES] },
    data: { control: 'object' },
  },
  render: (a) => html`<kpi-target-bar
    style="width:${a.width}px"
    .data=${a.data}
    indicator=${ifDefined(a.indicator)}
    indicators=${ifDefined(a.indicators)}
    entity=${ifDefined(a.entity)}
    sort=${ifDefined(a.sort || undefined)}
    max-rows=${ifDefined(a.maxRows)}
    orientation=${a.orientation}
    ?compact=${a.compact}
    locale=${ifDefined(a.locale)}
  ></kpi-target-bar>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The zone's 2024 targets against 序时进度 (values are illustrative; targets are published). */
export const Targets2024: Story = {};
export const MostBehindFirst: Story = { args: { sort: 'gap' } };
export const TopFive: Story = { args: { sort: 'completion', maxRows: 5 } };
export const Compact: Story = { args: { compact: true, width: 640 } };
export const Vertical: Story = { args: { orientation: 'vertical', indicators: 'signed-contracts,diamond-conf-signed,fai-h2,new-start-investment,hte-new', width: 560 } };
/** 2022 key projects: 170.7 of 231.9 亿元, 73.6 % (published). */
export const KeyProjects2022: Story = { args: { data: zone2022, indicator: 'key-projects-investment', width: 720 } };
export const Parks2019: Story = { args: { data: parks2019, entity: 'shifo' } };
export const FourParksInvestment: Story = { args: { data: parksDemo, indicators: 'fai' } };
export const English: Story = { args: { locale: 'en' } };
export const OverTarget: Story = { args: { ...STATE_ARGS.overTarget, width: 640 } };
export const LowerIsBetter: Story = { args: { ...STATE_ARGS.lowerIsBetter, width: 640 } };
export const NoData: Story = { args: { ...STATE_ARGS.noData, width: 640 } };
export const MarkupInName: Story = { args: { ...STATE_ARGS.markup, width: 640 } };
export const Partial: Story = { args: { data: STATES.partial } };
export const BrokenDocument: Story = { args: STATE_ARGS.error };
export const Loading: Story = { args: STATE_ARGS.loading };
