/** Every user-visible word the library prints, per locale. Code and docs stay English. */
/** The phrases problems are said with (several codes share one). */
export type ProblemPhrase = 'notJson' | 'notObject' | 'noIndicators' | 'invalid' | 'missing' | 'notNumber' | 'numberAsText' | 'notText' | 'notDate' | 'range' | 'duplicate' | 'undeclared' | 'ignored';

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
  /** how long ago the data was last current: under a minute, minutes, hours, days */
  ago: { now: string; minutes: (n: number) => string; hours: (n: number) => string; days: (n: number) => string };
  /** the stale stamp: "数据截至 8月21日 · 5 分钟前" (either part may be missing) */
  staleStamp: (asOf: string, age: string) => string;
  /** a live feed's connection, for the operator's status chip */
  feed: { connecting: string; open: string; reconnecting: string; paused: string; closed: string; stale: string; error: string };
  partial: (n: number) => string;
  more: (n: number) => string;
  /** the export menu (the `export` attribute): its button and its three choices */
  exportMenu: string;
  exportAs: { png: string; svg: string; csv: string };
  status: Record<'good' | 'warn' | 'bad', string>;
  noTarget: string;
  /** the column headings of a widget's exported table (toCSV) */
  exportColumns: readonly string[];
  targetsList: string;
  /** <kpi-ranking>: its default name, a row's rank and move as said, the carousel's controls */
  ranking: {
    list: string;
    rank: (n: number) => string;
    up: (n: number) => string;
    down: (n: number) => string;
    pause: string;
    play: string;
    previous: string;
    next: string;
    /** which rows show: "1–5 / 20" */
    showing: (from: number, to: number, n: number) => string;
  };
  other: (n: number) => string;
  compare: string;
  entity: string;
  source: string;
  listSeparator: string;
  /** what is wrong, said after the field's name ("name 缺失"); core/problems.ts maps each code to one */
  problem: Record<ProblemPhrase, string>;
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
  ago: { now: '不到 1 分钟', minutes: (n) => `${n} 分钟前`, hours: (n) => `${n} 小时前`, days: (n) => `${n} 天前` },
  staleStamp: (asOf, age) => [asOf, age].filter(Boolean).join(' · '),
  feed: { connecting: '连接中', open: '已连接', reconnecting: '重新连接中', paused: '已暂停', closed: '已关闭', stale: '数据未更新', error: '无法获取数据' },
  partial: (n) => `${n} 行数据有误，已跳过`,
  more: (n) => `另有 ${n} 项`,
  exportMenu: '导出',
  exportAs: { png: 'PNG 图片', svg: 'SVG 矢量图', csv: 'CSV 表格' },
  status: { good: '正常', warn: '预警', bad: '滞后' },
  noTarget: '未设目标',
  exportColumns: ['指标编号', '主体', '指标', '数值', '单位', '目标', '完成率', '显示值', '显示完成率', '与序时进度', '数据截至'],
  targetsList: '目标完成情况',
  ranking: {
    list: '排名',
    rank: (n) => `第 ${n} 名`,
    up: (n) => `上升 ${n} 位`,
    down: (n) => `下降 ${n} 位`,
    pause: '暂停轮播',
    play: '继续轮播',
    previous: '上一页',
    next: '下一页',
    showing: (a, b, n) => `${a}–${b} / ${n}`,
  },
  other: (n) => `其他(${n})`,
  compare: '园区对比',
  entity: '园区',
  source: '来源',
  listSeparator: '，',
  problem: {
    notJson: '不是有效的 JSON',
    notObject: '不是 JSON 对象',
    noIndicators: '缺少 indicators 列表',
    invalid: '无效',
    missing: '缺失',
    notNumber: '应为数字',
    numberAsText: '应为数字，而不是文字',
    notText: '应为文字',
    notDate: '应为日期（YYYY-MM-DD）',
    range: '应大于 min',
    duplicate: '重复，已用第一个',
    undeclared: '未在 entities 中声明',
    ignored: '无效，已忽略',
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
  ago: { now: 'under a minute ago', minutes: (n) => `${n} min ago`, hours: (n) => `${n} h ago`, days: (n) => `${n} ${n === 1 ? 'day' : 'days'} ago` },
  staleStamp: (asOf, age) => [asOf, age].filter(Boolean).join(' · '),
  feed: { connecting: 'Connecting', open: 'Live', reconnecting: 'Reconnecting', paused: 'Paused', closed: 'Closed', stale: 'Not updating', error: 'No data' },
  partial: (n) => `${n} ${n === 1 ? 'row' : 'rows'} skipped`,
  more: (n) => `+${n} more`,
  exportMenu: 'Export',
  exportAs: { png: 'PNG image', svg: 'SVG image', csv: 'CSV table' },
  status: { good: 'on track', warn: 'at risk', bad: 'behind' },
  noTarget: 'No target',
  exportColumns: ['id', 'entity', 'indicator', 'value', 'unit', 'target', 'completion', 'shown value', 'shown completion', 'against schedule', 'as of'],
  targetsList: 'Progress against targets',
  ranking: {
    list: 'Ranking',
    rank: (n) => `No. ${n}`,
    up: (n) => `up ${n}`,
    down: (n) => `down ${n}`,
    pause: 'Pause scrolling',
    play: 'Resume scrolling',
    previous: 'Previous page',
    next: 'Next page',
    showing: (a, b, n) => `${a}–${b} / ${n}`,
  },
  other: (n) => `Others (${n})`,
  compare: 'Park comparison',
  entity: 'Park',
  source: 'Source',
  listSeparator: ', ',
  problem: {
    notJson: 'is not valid JSON',
    notObject: 'is not a JSON object',
    noIndicators: 'has no indicators list',
    invalid: 'is not valid',
    missing: 'is missing',
    notNumber: 'must be a number',
    numberAsText: 'must be a number, not text',
    notText: 'must be text',
    notDate: 'must be a date (YYYY-MM-DD)',
    range: 'must be greater than min',
    duplicate: 'repeats an earlier one; the first is used',
    undeclared: 'is not declared in entities',
    ignored: 'is not valid and is ignored',
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
  // Mostly called with a locale already resolved (every figure of every update): no new string then.
  if (locale === 'zh-CN' || locale === 'en') return locale;
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function messages(locale?: string | null): Messages {
  return resolveLocale(locale) === 'en' ? en : zh;
}
