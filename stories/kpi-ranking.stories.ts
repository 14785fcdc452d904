import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LOCALES } from '../src/core/messages.js';
import { parksDemo, plan, STATE_ARGS } from './data.js';
import { optionsOf } from './manifest.js';

interface Args {
  data: unknown;
  indicator?: string;
  entity?: string;
  by?: 'value' | 'completion';
  ties: 'competition' | 'dense';
  top?: number;
  rest: 'sum' | 'hide';
  rows?: number;
  step: 'row' | 'page';
  interval?: number;
  onUpdate: 'keep' | 'restart';
  showCompletion: boolean;
  exportMenu: boolean;
  locale?: 'zh-CN' | 'en';
  width: number;
}

/** One indicator across entities, for the edge cases: values by entity name. */
function ranking(values: (number | null)[], extra: Record<string, unknown> = {}) {
  const entities = values.map((_, i) => ({ id: `e${i + 1}`, name: `${i + 1} 号企业` }));
  return { title: '企业营业收入排名', asOf: '2024-08-31', entities, indicators: values.map((value, i) => ({ id: 'revenue', name: '营业收入', unit: '亿元', value, entity: `e${i + 1}`, ...extra })) };
}
const withNames = (names: string[]) => ({ ...ranking(names.map((_, i) => 10 - i)), entities: names.map((name, i) => ({ id: `e${i + 1}`, name })) });

const meta: Meta<Args> = {
  title: 'Widgets/kpi-ranking',
  component: 'kpi-ranking',
  args: { data: parksDemo, indicator: 'hte-total', ties: 'competition', rest: 'sum', step: 'row', onUpdate: 'keep', showCompletion: false, exportMenu: false, width: 420 },
  argTypes: {
    ties: { control: 'inline-radio', options: optionsOf('kpi-ranking', 'ties') },
    rest: { control: 'inline-radio', options: optionsOf('kpi-ranking', 'rest') },
    step: { control: 'inline-radio', options: optionsOf('kpi-ranking', 'step') },
    onUpdate: { control: 'inline-radio', options: optionsOf('kpi-ranking', 'on-update') },
    locale: { control: 'inline-radio', options: [...LOCALES] },
    data: { control: 'object' },
  },
  render: (a) => html`<kpi-ranking
    style="width:${a.width}px"
    .data=${a.data}
    indicator=${ifDefined(a.indicator)}
    entity=${ifDefined(a.entity)}
    by=${ifDefined(a.by)}
    ties=${a.ties}
    top=${ifDefined(a.top)}
    rest=${a.rest}
    rows=${ifDefined(a.rows)}
    step=${a.step}
    interval=${ifDefined(a.interval)}
    .onUpdate=${a.onUpdate}
    ?show-completion=${a.showCompletion}
    ?export=${a.exportMenu}
    locale=${ifDefined(a.locale)}
  ></kpi-ranking>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The four parks on 高新技术企业 (示例数据). */
export const FourParks: Story = {};
export const WithCompletion: Story = { args: { indicator: 'industrial-output', showCompletion: true } };
/** The zone's 2024 targets by completion, six at a time, one row every 3 s: hover, focus or ❚❚ pause it. */
export const Carousel: Story = { args: { data: plan, indicator: undefined, entity: 'gaoxin', rows: 6, width: 480 } };
export const CarouselByPage: Story = { args: { data: plan, indicator: undefined, entity: 'gaoxin', rows: 5, step: 'page', interval: 5, width: 480 } };
/** Equal values share a rank: 1, 2, 2, 4 (`ties="dense"`: 1, 2, 2, 3). */
export const Ties: Story = { args: { data: ranking([12, 9, 9, 5]), indicator: 'revenue' } };
export const DenseTies: Story = { args: { data: ranking([12, 9, 9, 5]), indicator: 'revenue', ties: 'dense' } };
export const TopThreeAndOthers: Story = { args: { data: ranking([12, 9, 8, 5, 3, 2]), indicator: 'revenue', top: 3 } };
export const NoDataLast: Story = { args: { data: ranking([12, null, 8, null]), indicator: 'revenue' } };
export const AllEqual: Story = { args: { data: ranking([7, 7, 7]), indicator: 'revenue' } };
export const AllNull: Story = { args: { data: ranking([null, null]), indicator: 'revenue' } };
/** Bars start at the axis: a loss extends left of it. */
export const NegativeValues: Story = { args: { data: ranking([12, -4, 6, -1]), indicator: 'revenue' } };
export const LowerIsBetter: Story = { args: { data: ranking([0.42, 0.38, 0.51], { unit: '吨标准煤', better: 'lower' }), indicator: 'revenue' } };
export const LongAndHostileNames: Story = {
  args: { data: withNames(['郑州高新区2024年度新签约亿元以上先进制造业与现代服务业重大项目'.repeat(8), '<img src=x onerror=alert(1)>', '\u202Eevil\u202C 园区']), indicator: 'revenue' },
};
/** 2,000 rows: only the visible rows and one step are in the DOM. */
export const TwoThousandRows: Story = { args: { data: ranking(Array.from({ length: 2000 }, (_, i) => Math.round(5000 - i * 2.3))), indicator: 'revenue', rows: 8, interval: 2 } };
export const ExportMenu: Story = { args: { exportMenu: true } };
export const English: Story = { args: { locale: 'en' } };
export const Partial: Story = { args: STATE_ARGS.partial };
export const BrokenDocument: Story = { args: STATE_ARGS.error };
export const Loading: Story = { args: STATE_ARGS.loading };

/** Light, dark and screen themes side by side. */
export const Themes: Story = {
  render: (a) => html`<div style="display:flex;gap:16px;flex-wrap:wrap">
    ${(['light', 'dark', 'screen'] as const).map(
      (theme) => html`<div data-kpi-theme=${theme} style="padding:12px;background:${{ light: '#fff', dark: '#111827', screen: '#04122b' }[theme]}">
        <kpi-ranking style="width:${a.width}px" .data=${parksDemo} indicator="industrial-output" show-completion></kpi-ranking>
      </div>`,
    )}
  </div>`,
};
