/**
 * present(view): the view model's figures as the text a widget prints and a screen
 * reader hears. Widgets print these strings; they never format a number themselves.
 */
import type { IndicatorView } from './derive.js';
import { formatAsOf, formatChange, formatGap, formatPercent, formatValue, joinValue, type ValueText } from './format.js';
import { messages } from './messages.js';

export interface PresentOptions {
  locale?: string | null;
  /** the reference time for dates ("8月21日" in the current year, with the year otherwise) */
  now?: number;
  /** a shared magnitude from `pickScale`, for a column of values */
  scale?: number | null;
  /** name the entity in the label (default true); modelOf passes whether the document spans entities (set.ts indexOf) */
  withEntity?: boolean;
  /** the name to show and speak instead of the row's (a widget's `label`); blank: the row's */
  label?: string;
}

export interface Presented {
  /** the name, prefixed with the entity's when asked: "石佛园区 高新技术企业"; or the label given */
  label: string;
  value: ValueText;
  /** value and unit as one string: "372 亿元" */
  valueText: string;
  target: ValueText;
  targetText: string;
  min: string;
  max: string;
  completion: string;
  schedule: string;
  gap: string;
  yoy: string;
  /** the year-on-year change with its direction: "▲+13%", "▼-2.1%" */
  yoyArrow: string;
  /** value against target in one unit: "170.7 / 231.9 亿元"; the value alone without a target */
  versus: string;
  asOf: string;
  status: string;
  /** what a sighted user reads, as one sentence: the aria-valuetext */
  description: string;
}

/** "170.7 / 231.9 亿元": both numbers in the value's magnitude, the unit once. */
function versus(v: IndicatorView, value: ValueText, target: ValueText): string {
  const unit = value.unit || target.unit;
  const number = (t: ValueText) => (unit === '%' ? `${t.value}%` : t.value);
  const tail = unit && unit !== '%' ? ` ${unit}` : '';
  if (v.value === null) return v.target === null ? joinValue(value) : `${joinValue(value)} / ${joinValue(target)}`;
  return v.target === null ? `${number(value)}${tail}` : `${number(value)} / ${number(target)}${tail}`;
}

/** The label a widget was given, or undefined when it is blank (the row's own name is shown then). */
export const givenLabel = (label: string | undefined): string | undefined => (label?.trim() ? label : undefined);

/** The figures of one view model as text. */
export function present(v: IndicatorView, opts: PresentOptions = {}): Presented {
  const m = messages(opts.locale);
  const valueOf = (x: number | null) => formatValue(x, v.unit, opts);
  const value = valueOf(v.value);
  const target = valueOf(v.target);
  const num = { locale: opts.locale };
  const label = givenLabel(opts.label) ?? (v.entityName && opts.withEntity !== false ? `${v.entityName} ${v.name}` : v.name);
  const out = {
    label,
    value,
    valueText: joinValue(value),
    target,
    targetText: v.target === null ? '' : joinValue(target),
    min: joinValue(valueOf(v.min)),
    max: joinValue(valueOf(v.max)),
    completion: v.completion === null ? '' : formatPercent(v.completion, num),
    schedule: v.schedule === null ? '' : formatPercent(v.schedule, num),
    gap: v.gap === null ? '' : formatGap(v.gap, num),
    yoy: v.yoy === null ? '' : formatChange(v.yoy, num),
    yoyArrow: v.yoy === null ? '' : `${v.yoy > 0 ? '▲' : v.yoy < 0 ? '▼' : ''}${formatChange(v.yoy, num)}`,
    versus: versus(v, value, target),
    asOf: v.asOf === null ? '' : formatAsOf(v.asOf, opts),
    status: v.status === null ? '' : m.status[v.status],
    description: '',
  };
  const and = m.listSeparator;
  let said = `${label} ${out.valueText}`;
  if (out.completion) said += `${and}${m.completion} ${out.completion}`;
  if (out.schedule) said += `${and}${m.schedule} ${out.schedule}`;
  if (out.gap) said += `${and}${out.gap}`;
  if (out.yoy) said += `${and}${m.yoy} ${out.yoy}`;
  out.description = said;
  return out;
}
