/** Every user-visible word the library prints, per locale. Code and docs stay English. */
import type { ProblemCode } from './types.js';

export type Locale = 'zh-CN' | 'en';

/** The locales the library speaks; zh-CN is the default. */
export const LOCALES = ['zh-CN', 'en'] as const satisfies readonly Locale[];

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
  /** what is wrong, said after the field's name ("name 缺失") */
  problem: Record<ProblemCode, string>;
  /** where: a row by id (and entity), a row by position, or the document */
  rowById: (id: string, entity?: string) => string;
  rowAt: (n: number) => string;
  document: string;
  /** the requested row is not in the document */
  noRow: (id: string) => string;
  noRows: string;
  /** rows exist, none is what the widget was asked for */
  noMatch: string;
  /** a load failed: by HTTP status, no answer in time, no connection, a rejected promise */
  loadFailed: { http: (status: number) => string; timeout: (seconds: number) => string; network: string; rejected: string };
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
  problem: {
    'not-json': '不是有效的 JSON',
    'not-object': '不是 JSON 对象',
    'no-indicators': '缺少 indicators 列表',
    'row-not-object': '不是对象',
    'bad-id': '无效（只能用字母、数字和 . _ -）',
    'missing-name': '缺失或为空',
    'missing-value': '缺失',
    'not-a-number': '应为数字',
    'number-as-text': '应为数字，而不是文字',
    'not-text': '应为文字',
    'bad-entity': '不是有效的园区 id',
    'bad-choice': '取值不在允许范围内',
    'bad-date': '应为日期（YYYY-MM-DD）',
    'bad-period': '不是有效的时间段',
    'bad-bands': '不是有效的状态区间',
    'bad-history': '不是有效的历史数据',
    'bad-range': '应大于 min',
    'bad-entities': '不是有效的园区列表',
    'duplicate-entity': '重复声明，已用第一个',
    'duplicate-row': '与前面一行重复，已用第一行',
    'undeclared-entity': '未在 entities 中声明',
    'ignored-field': '无效，已忽略',
  },
  rowById: (id, entity) => `指标 ${id}${entity ? `（${entity}）` : ''}`,
  rowAt: (n) => `第 ${n} 行`,
  document: '数据',
  noRow: (id) => `数据中没有指标 ${id}`,
  noRows: '数据中没有可用的指标',
  noMatch: '数据中没有符合条件的指标',
  loadFailed: {
    http: (status) => `无法加载数据：服务器返回 HTTP ${status}`,
    timeout: (seconds) => `无法加载数据：${seconds} 秒内没有响应`,
    network: '无法加载数据：无法连接到数据服务',
    rejected: '无法加载数据',
  },
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
  problem: {
    'not-json': 'is not valid JSON',
    'not-object': 'is not a JSON object',
    'no-indicators': 'has no indicators list',
    'row-not-object': 'is not an object',
    'bad-id': 'is not a valid id (letters, digits and . _ - only)',
    'missing-name': 'is missing or empty',
    'missing-value': 'is missing',
    'not-a-number': 'must be a number',
    'number-as-text': 'must be a number, not text',
    'not-text': 'must be text',
    'bad-entity': 'is not a valid entity id',
    'bad-choice': 'is not one of the allowed values',
    'bad-date': 'must be a date (YYYY-MM-DD)',
    'bad-period': 'is not a valid period',
    'bad-bands': 'are not valid status bands',
    'bad-history': 'is not a valid history',
    'bad-range': 'must be greater than min',
    'bad-entities': 'is not a valid list of entities',
    'duplicate-entity': 'is declared twice; the first is used',
    'duplicate-row': 'repeats an earlier row; the first is used',
    'undeclared-entity': 'is not declared in entities',
    'ignored-field': 'is not valid and is ignored',
  },
  rowById: (id, entity) => `Indicator ${id}${entity ? ` (${entity})` : ''}`,
  rowAt: (n) => `Row ${n}`,
  document: 'The data',
  noRow: (id) => `The data has no indicator ${id}`,
  noRows: 'The data has no usable indicators',
  noMatch: 'No indicator in the data matches',
  loadFailed: {
    http: (status) => `Could not load the data: the server answered HTTP ${status}`,
    timeout: (seconds) => `Could not load the data: no answer within ${seconds} s`,
    network: 'Could not load the data: the data service cannot be reached',
    rejected: 'Could not load the data',
  },
};

/** `en`, `en-US`, … give English; anything else the default, zh-CN. */
export function resolveLocale(locale?: string | null): Locale {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function messages(locale?: string | null): Messages {
  return resolveLocale(locale) === 'en' ? en : zh;
}
