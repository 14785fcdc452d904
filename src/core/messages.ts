/** Every user-visible word the library prints, per locale. Code and docs stay English. */
export type Locale = 'zh-CN' | 'en';

export interface Messages {
  noData: string;
  dash: string;
  asOf: (date: string) => string;
  completion: string;
  schedule: string;
  yoy: string;
  target: string;
  ahead: (pp: string) => string;
  behind: (pp: string) => string;
  onSchedule: string;
  points: (n: string) => string;
  loading: string;
  error: string;
  stale: string;
  partial: (n: number) => string;
  more: (n: number) => string;
  status: Record<'good' | 'warn' | 'bad', string>;
  noTarget: string;
  targetsList: string;
  other: (n: number) => string;
  compare: string;
  entity: string;
  source: string;
  listSeparator: string;
}

const zh: Messages = {
  noData: '暂无数据',
  dash: '—',
  asOf: (d) => `数据截至 ${d}`,
  completion: '完成',
  schedule: '序时进度',
  yoy: '同比',
  target: '目标',
  ahead: (pp) => `超前 ${pp}`,
  behind: (pp) => `落后 ${pp}`,
  onSchedule: '与序时进度持平',
  points: (n) => `${n} 个百分点`,
  loading: '加载中…',
  error: '数据无法使用',
  stale: '数据可能已过期',
  partial: (n) => `${n} 行数据有误，已跳过`,
  more: (n) => `另有 ${n} 项`,
  status: { good: '正常', warn: '预警', bad: '滞后' },
  noTarget: '未设目标',
  targetsList: '目标完成情况',
  other: (n) => `其他(${n})`,
  compare: '园区对比',
  entity: '园区',
  source: '来源',
  listSeparator: '，',
};

const en: Messages = {
  noData: 'No data',
  dash: '—',
  asOf: (d) => `As of ${d}`,
  completion: 'Done',
  schedule: 'Expected by now',
  yoy: 'YoY',
  target: 'Target',
  ahead: (pp) => `ahead by ${pp}`,
  behind: (pp) => `behind by ${pp}`,
  onSchedule: 'on schedule',
  points: (n) => `${n} pp`,
  loading: 'Loading…',
  error: 'The data cannot be used',
  stale: 'Data may be out of date',
  partial: (n) => `${n} ${n === 1 ? 'row' : 'rows'} skipped`,
  more: (n) => `+${n} more`,
  status: { good: 'on track', warn: 'at risk', bad: 'behind' },
  noTarget: 'No target',
  targetsList: 'Progress against targets',
  other: (n) => `Others (${n})`,
  compare: 'Park comparison',
  entity: 'Park',
  source: 'Source',
  listSeparator: ', ',
};

/** `en`, `en-US`, … give English; anything else the default, zh-CN. */
export function resolveLocale(locale?: string | null): Locale {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function messages(locale?: string | null): Messages {
  return resolveLocale(locale) === 'en' ? en : zh;
}
