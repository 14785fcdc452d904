/** Sample documents for stories (copies of the published-figure samples in demo/data). */
import plan from '../demo/data/gaoxin-2024-plan.json';
import zone2022 from '../demo/data/gaoxin-2022.json';
import parks2019 from '../demo/data/parks-2019.json';
import parksDemo from '../demo/data/parks-demo.json';

export { parks2019, parksDemo, plan, zone2022 };

/** One-row documents for the states every widget must show. */
export const STATES = {
  noData: { id: 'sensor', name: '传感器大会签约额', unit: '亿元', value: null, target: 500 },
  zero: { id: 'neeq', name: '新三板挂牌企业', unit: '家', value: 0, target: 3 },
  overTarget: { id: 'fai', name: '固定资产投资', unit: '亿元', value: 80.7, target: 73.9, period: { start: '2019-01-01', end: '2019-12-31' }, asOf: '2019-12-31', yoy: 9.2 },
  behindSchedule: { id: 'signed', name: '新签约项目签约额', unit: '亿元', value: 300, target: 600, period: { start: '2024-01-01', end: '2024-12-31' }, asOf: '2024-08-21' },
  lowerIsBetter: { id: 'energy', name: '万元GDP能耗', unit: '吨标准煤', value: 0.38, target: 0.4, better: 'lower', previous: 0.41 },
  longName: { id: 'long', name: '郑州高新区2024年度新签约亿元以上先进制造业与现代服务业重大项目签约额', unit: '亿元', value: 372, target: 600 },
  markup: { id: 'markup', name: '<img src=x onerror=alert(1)> {{name}} ${name}', unit: '<b>亿元</b>', value: 12, target: 20 },
  partial: { indicators: [{ id: 'ok', name: '新增高新技术企业', unit: '家', value: 175, target: 300 }, { id: 'bad', name: '坏行', value: '12.3' }] },
  error: '{ "indicators": [',
} as const;

/** Each state with the row that shows it: the args every widget's states gallery uses. */
export const STATE_ARGS = {
  noData: { data: STATES.noData, indicator: 'sensor' },
  zero: { data: STATES.zero, indicator: 'neeq' },
  overTarget: { data: STATES.overTarget, indicator: 'fai' },
  behindSchedule: { data: STATES.behindSchedule, indicator: 'signed' },
  lowerIsBetter: { data: STATES.lowerIsBetter, indicator: 'energy' },
  longName: { data: STATES.longName, indicator: 'long' },
  markup: { data: STATES.markup, indicator: 'markup' },
  partial: { data: STATES.partial, indicator: 'ok' },
  error: { data: STATES.error },
  loading: { data: new Promise(() => undefined) },
};
