/**
 * What a user reads when data cannot be shown: one short sentence in the widget's locale,
 * naming the row (by id, else by position) and the field, built from a problem's stable code.
 * Never a JavaScript word: the developer's detail (`reason`) stays in events and the console.
 */
import { messages, type Locale, type ProblemPhrase } from './messages.js';
import type { Problem, ProblemCode } from './types.js';

/**
 * How a code is said, where it is not simply "invalid": the field names what; the phrase says
 * what is wrong with it.
 */
const PHRASE: Partial<Record<ProblemCode, ProblemPhrase>> = {
  'not-json': 'notJson',
  'not-object': 'notObject',
  'no-indicators': 'noIndicators',
  'row-not-object': 'notObject',
  'missing-name': 'missing',
  'missing-value': 'missing',
  'not-a-number': 'notNumber',
  'number-as-text': 'numberAsText',
  'not-text': 'notText',
  'bad-date': 'notDate',
  'bad-range': 'range',
  'duplicate-entity': 'duplicate',
  'duplicate-row': 'duplicate',
  'undeclared-entity': 'undeclared',
  'ignored-field': 'ignored',
};

/** Why a widget has nothing to draw, besides an unusable document. */
export type Failure =
  | { kind: 'problem'; problem: Problem }
  | { kind: 'no-row'; id: string }
  | { kind: 'no-rows' }
  | { kind: 'no-match' }
  | { kind: 'http'; status: number }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'network' }
  | { kind: 'rejected' };

/** "指标 bad-no-name：name 缺失或为空" / "Indicator bad-no-name: name is missing or empty". */
export function describeProblem(p: Problem, locale: Locale): string {
  const m = messages(locale);
  const where = p.id !== undefined ? m.rowById(p.id, p.entity) : p.row !== null ? m.rowAt(p.row + 1) : m.document;
  const what = m.problem[PHRASE[p.code] ?? 'invalid'];
  const zh = locale === 'zh-CN';
  if (p.row === null && !p.field) return zh ? `${where}${what}` : `${where} ${what}`;
  const field = p.field ?? '';
  return zh ? `${where}：${field ? `${field} ` : ''}${what}` : `${where}: ${field ? `${field} ` : ''}${what}`;
}

export function describeFailure(f: Failure, locale: Locale): string {
  const m = messages(locale);
  switch (f.kind) {
    case 'problem':
      return describeProblem(f.problem, locale);
    case 'no-row':
      return m.noRow(f.id);
    case 'no-rows':
      return m.noRows;
    case 'no-match':
      return m.noMatch;
    case 'http':
      return m.loadFailed.http(f.status);
    case 'timeout':
      return m.loadFailed.timeout(f.seconds);
    case 'network':
      return m.loadFailed.network;
    case 'rejected':
      return m.loadFailed.rejected;
  }
}
