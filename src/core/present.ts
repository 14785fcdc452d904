/**
 * present(view): the view model's figures as the text a widget prints and a screen
 * reader hears. Widgets print these strings; they never format a number themselves.
 */
import type { IndicatorView } from './derive.js';
import { formatAsOf, formatChange, formatGap, formatPercent, formatValue, joinValue, type ValueText } from './format.js';
import { messages, resolveLocale } from './messages.js';

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
  const tail = unit && unit !== '%' ? ` ${unit}` : '';
  if (v.value === null) return v.target === null ? joinValue(value) : `${joinValue(value)} / ${joinValue(target)}`;
  return v.target === null ? `${numberIn(value, unit)}${tail}` : `${numberIn(value, unit)} / ${numberIn(target, unit)}${tail}`;
}

/** A figure's number as `versus` prints it: with "%" when the shared unit is a percentage. */
const numberIn = (t: ValueText, unit: string) => (unit === '%' ? `${t.value}%` : t.value);

/** The label a widget was given, or undefined when it is blank (the row's own name is shown then). */
export const givenLabel = (label: string | undefined): string | undefined => (label?.trim() ? label : undefined);

/**
 * The figures of one view model as text. (Every row of every update comes through here, also
 * before V8 optimises it: no closures, and `opts` itself is the formatters' options.)
 */
export function present(v: IndicatorView, opts: PresentOptions = {}): Presented {
  const m = messages(opts.locale);
  const value = formatValue(v.value, v.unit, opts);
  const target = formatValue(v.target, v.unit, opts);
  const label = givenLabel(opts.label) ?? (v.entityName && opts.withEntity !== false ? `${v.entityName} ${v.name}` : v.name);
  const out = {
    label,
    value,
    valueText: joinValue(value),
    target,
    targetText: v.target === null ? '' : joinValue(target),
    completion: v.completion === null ? '' : formatPercent(v.completion, opts),
    schedule: v.schedule === null ? '' : formatPercent(v.schedule, opts),
    gap: v.gap === null ? '' : formatGap(v.gap, opts),
    yoy: v.yoy === null ? '' : formatChange(v.yoy, opts),
    yoyArrow: v.yoy === null ? '' : `${v.yoy > 0 ? '▲' : v.yoy < 0 ? '▼' : ''}${formatChange(v.yoy, opts)}`,
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

/**
 * The ends of a view's range as text ("0 亿元", "800 亿元"): what a gauge prints at its dial's
 * ends. Apart from present, as the placements are apart from derive (derive.ts placeOnRange):
 * no other widget prints them. Kept per view for the last locale asked (a gauge asks at every
 * frame of its tween).
 */
export function presentRange(v: IndicatorView, opts: { locale?: string | null } = {}): { min: string; max: string } {
  const locale = resolveLocale(opts.locale);
  let made = ranges.get(v);
  if (made?.locale !== locale) {
    const as = { locale };
    made = { locale, min: joinValue(formatValue(v.min, v.unit, as)), max: joinValue(formatValue(v.max, v.unit, as)) };
    ranges.set(v, made);
  }
  return made;
}

const ranges = new WeakMap<IndicatorView, { locale: string; min: string; max: string }>();
