/**
 * The words for a board document's problems, in zh-CN and en: "/pages/0/widgets/3/at/w：应为
 * 数字". Kept out of messages.ts: only the board loads them, not every widget.
 */
import type { BoardProblem, BoardProblemCode } from './board-types.js';
import { resolveLocale } from './messages.js';

const ZH: Record<BoardProblemCode, string> = {
  'not-json': '不是有效的 JSON',
  'not-object': '不是看板文档（应为 JSON 对象）',
  'bad-version': '版本应为 1',
  missing: '缺失',
  'wrong-type': '类型不对',
  'bad-choice': '不是可选的值',
  'bad-id': '编号无效（1–64 个字母、数字、. _ -）',
  'duplicate-id': '编号重复',
  'bad-number': '数值超出范围',
  'bad-duration': '应为时长，如 "30s"、"5m"',
  'too-short': '时长太短',
  'too-long': '时长太长（最多 7d）',
  'bad-url': '地址无效（只能是相对地址或 http(s)）',
  'forbidden-key': '不允许的字段',
  'unknown-field': '未知字段，已忽略',
  'unknown-type': '未知的组件类型',
  'unknown-option': '该组件没有这个属性',
  'unknown-source': '没有这个数据源',
  'no-place': '缺少位置（at）',
  'outside-stage': '超出画布',
  overlap: '与其他组件重叠',
};

const EN: Record<BoardProblemCode, string> = {
  'not-json': 'is not valid JSON',
  'not-object': 'is not a board document (a JSON object)',
  'bad-version': 'version must be 1',
  missing: 'is missing',
  'wrong-type': 'has the wrong type',
  'bad-choice': 'is not one of the allowed values',
  'bad-id': 'is not a valid id (1-64 letters, digits, . _ -)',
  'duplicate-id': 'repeats an id',
  'bad-number': 'is out of range',
  'bad-duration': 'must be a duration such as "30s" or "5m"',
  'too-short': 'is too short',
  'too-long': 'is too long (7d at most)',
  'bad-url': 'is not a valid address (relative or http(s) only)',
  'forbidden-key': 'is not allowed',
  'unknown-field': 'is not a known field (ignored)',
  'unknown-type': 'is not a widget type',
  'unknown-option': 'is not an attribute of this widget',
  'unknown-source': 'names no source of the board',
  'no-place': 'has no place (at)',
  'outside-stage': 'reaches past the stage',
  overlap: 'overlaps another widget',
};

/** One line per problem: the path, then what is wrong; a document that is not JSON says where. */
export function describeBoardProblem(p: BoardProblem, locale?: string | null): string {
  const zh = resolveLocale(locale) === 'zh-CN';
  const what = (zh ? ZH : EN)[p.code];
  const where = p.path || (zh ? '文档' : 'The document');
  const at = p.line ? (zh ? `（第 ${p.line} 行第 ${p.column} 列）` : ` (line ${p.line}, column ${p.column})`) : '';
  return zh ? `${where}：${what}${at}` : `${where}: ${what}${at}`;
}

/** What <kpi-board> itself says. */
export interface BoardWords {
  loading: string;
  unusable: string;
  unreadable: string;
  broken: string;
  pages: string;
  previous: string;
  next: string;
  pause: string;
  play: string;
  problems: (n: number) => string;
  page: (n: number, of: number, title: string) => string;
}

const ZH_WORDS: BoardWords = {
  loading: '加载中…',
  unusable: '看板文档无法使用',
  unreadable: '无法加载看板文档',
  broken: '组件无法显示',
  pages: '页面',
  previous: '上一页',
  next: '下一页',
  pause: '暂停轮播',
  play: '继续轮播',
  problems: (n) => `看板文档有 ${n} 个问题`,
  page: (n, of, title) => `${n} / ${of}${title ? ` ${title}` : ''}`,
};

const EN_WORDS: BoardWords = {
  loading: 'Loading…',
  unusable: 'The board document cannot be used',
  unreadable: 'Could not load the board document',
  broken: 'This widget cannot be shown',
  pages: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  pause: 'Pause rotation',
  play: 'Resume rotation',
  problems: (n) => `${n} ${n === 1 ? 'problem' : 'problems'} in the board document`,
  page: (n, of, title) => `${n} / ${of}${title ? ` ${title}` : ''}`,
};

export function boardWords(locale?: string | null): BoardWords {
  return resolveLocale(locale) === 'en' ? EN_WORDS : ZH_WORDS;
}
