/**
 * ECharts options for the compare views, built from the comparison view model and the
 * theme read from --kpi-* tokens. Pure: no ECharts import (it runs before the chart loads
 * and is tested on its own). Every text shown comes from core's formatter; tooltips are
 * escaped text, never HTML from data.
 */
import { RADAR_COMPLETION_MAX, radarSpoke, shareOfBest, splitTop, type CompareIndicator, type Comparison } from '../core/compare.js';
import { formatPercent, formatValue, joinValue, pickScale } from '../core/format.js';
import { messages, type Locale } from '../core/messages.js';
import { escapeHtml } from '../core/text.js';
import type { Model } from '../base/kpi-element.js';

export type ChartView = 'grouped' | 'ranking' | 'radar';

export interface Theme {
  text: string;
  muted: string;
  track: string;
  target: string;
  font: string;
  /** base text size in CSS pixels (--kpi-chart-font-size) */
  fontSize: number;
  series: string[];
}

export interface OptionInput {
  comparison: Comparison<Model>;
  view: ChartView;
  theme: Theme;
  locale: Locale;
  /** entity id drawn emphasised; others fade */
  highlight?: string;
  /** entity ids toggled off in the legend */
  hidden: ReadonlySet<string>;
  /** grouped: each indicator over its best park, or raw values with one magnitude */
  scale: 'normalized' | 'raw';
  /** radar: each value over the best park's, or completion of the target */
  normalize: 'best' | 'completion';
  /** ranking: show this many parks, then one "其他" bar */
  top?: number;
  /** the chart's accessible description */
  description: string;
  animate: boolean;
}

/**
 * What each drawn item carries, for the tooltip and for kpi-select. The tooltip's text is
 * built when it is shown, not for every item of every chart at every update.
 */
export interface ItemData {
  entity: string;
  indicator: string;
  tip: () => string;
}

type Option = Record<string, unknown>;

/** One tooltip: escaped lines, formatted by core. */
export function tipOf(model: Model | null, entityName: string, indicatorName: string, locale: Locale): string {
  const m = messages(locale);
  const lines = [`${entityName} · ${indicatorName}`];
  if (!model || model.view.value === null) lines.push(m.noData);
  else {
    const t = model.text;
    lines.push(t.valueText);
    if (t.targetText) lines.push(`${m.target} ${t.targetText}`);
    if (t.completion) lines.push(`${m.completion} ${t.completion}`);
    if (t.yoy) lines.push(`${m.yoy} ${t.yoy}`);
  }
  return lines.map(escapeHtml).join('<br/>');
}

function base(input: OptionInput): Option {
  const { theme } = input;
  return {
    animation: input.animate,
    textStyle: { color: theme.text, fontFamily: theme.font, fontSize: theme.fontSize },
    aria: { enabled: true, label: { description: input.description } },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { data?: Partial<ItemData> }) => p.data?.tip?.() ?? '',
    },
  };
}

const colorOf = (input: OptionInput, entity: string) =>
  input.theme.series[input.comparison.entities.findIndex((e) => e.id === entity) % input.theme.series.length];
/** How opaque a park is drawn: faded when another park is highlighted (its bars, lines and legend swatch alike). */
export const fadeOf = (highlight: string | undefined, entity: string): number => (highlight && highlight !== entity ? 0.3 : 1);

export function buildOption(input: OptionInput): Option {
  if (input.view === 'ranking') return ranking(input);
  if (input.view === 'radar') return radar(input);
  return grouped(input);
}

/** Bars per indicator, one per park, with target ticks and 暂无数据 where a park has no row. */
function grouped(input: OptionInput): Option {
  const { comparison, theme, locale } = input;
  const m = messages(locale);
  const shown = comparison.entities.filter((e) => !input.hidden.has(e.id));
  const units = new Set(comparison.indicators.map((i) => i.unit));
  const raw = input.scale === 'raw' && units.size === 1;
  const unit = [...units][0] ?? '';
  const scale = raw ? pickScale(comparison.indicators.flatMap((i) => i.cells.map((c) => c.model?.view.value ?? null)), unit) : null;
  const y = (ind: CompareIndicator<Model>, v: number | null) => (raw ? v : shareOfBest(ind, v));
  const series = shown.map((e, k) => {
    const data = comparison.indicators.map((ind, i) => {
      const cell = ind.cells.find((c) => c.entity === e.id);
      const model = cell?.model ?? null;
      const value = y(ind, model?.view.value ?? null);
      const target = y(ind, model?.view.target ?? null);
      return { value: [i, value ?? 0], noData: value === null, target, entity: e.id, indicator: ind.id, tip: () => tipOf(model, e.name, ind.name, locale) };
    });
    return {
      type: 'custom',
      name: e.name,
      data,
      encode: { x: 0, y: 1 },
      renderItem: (params: { dataIndex: number }, api: CustomApi) => {
        const item = data[params.dataIndex];
        const band = api.size([1, 0])[0];
        const w = (band * 0.8) / Math.max(1, shown.length);
        const [cx, baseY] = api.coord([item.value[0], 0]);
        const x = cx - band * 0.4 + k * w;
        const children: unknown[] = [];
        if (item.noData)
          children.push({
            type: 'text',
            x: x + w / 2,
            y: baseY - 4,
            rotation: Math.PI / 2,
            style: { text: m.noData, fill: theme.muted, fontSize: theme.fontSize, align: 'left', verticalAlign: 'middle' },
          });
        else {
          const top = api.coord([item.value[0], item.value[1]])[1];
          children.push({
            type: 'rect',
            shape: { x: x + 1, y: Math.min(top, baseY), width: Math.max(1, w - 2), height: Math.abs(baseY - top) },
            style: { fill: colorOf(input, e.id), opacity: fadeOf(input.highlight, e.id) },
          });
        }
        if (item.target !== null) {
          const ty = api.coord([item.value[0], item.target])[1];
          children.push({ type: 'line', shape: { x1: x, y1: ty, x2: x + w, y2: ty }, style: { stroke: theme.target, lineWidth: 2 } });
        }
        return { type: 'group', children };
      },
    };
  });
  // The axis must reach the highest target too, not only the highest bar.
  let top = 0;
  for (const s of series) for (const d of s.data) top = Math.max(top, d.noData ? 0 : d.value[1], d.target ?? 0);
  const axisLabel = raw
    ? (v: number) => joinValue(formatValue(v, unit, { locale, scale }))
    : (v: number) => formatPercent(v, { locale, digits: 0 });
  return {
    ...base(input),
    grid: { left: 4 * theme.fontSize + 8, right: 16, top: 16, bottom: 2.5 * theme.fontSize + 10, containLabel: false },
    xAxis: {
      type: 'category',
      data: comparison.indicators.map((i) => i.name),
      axisLabel: { color: theme.muted, fontSize: theme.fontSize, interval: 0, width: 90 * (theme.fontSize / 12), overflow: 'truncate' },
      axisLine: { lineStyle: { color: theme.track } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      // A round top (steps of 50 %), so the last tick label does not crowd the one below it.
      ...(!raw && { max: Math.max(1, Math.ceil(top * 2 - 1e-9) / 2) }),
      ...(raw && { max: (v: { max: number }) => Math.max(v.max, top) }),
      axisLabel: { color: theme.muted, fontSize: theme.fontSize, formatter: axisLabel },
      splitLine: { lineStyle: { color: theme.track } },
    },
    series,
  };
}

/** A ranking's names are cut (with …) beyond this many em. */
const NAME_EM = 8.5;

/**
 * How wide the widest of `texts` is, in em: CJK characters a full em, others about 0.6. An
 * estimate (the options are built before anything is drawn), on the generous side.
 */
export function widestEm(texts: readonly string[]): number {
  let widest = 0;
  for (const t of texts) {
    let em = 0;
    for (const ch of t) em += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
    widest = Math.max(widest, em);
  }
  return widest;
}

/** One indicator, parks sorted by value, top N then one 其他 bar; parks with no row last. */
function ranking(input: OptionInput): Option {
  const { comparison, theme, locale } = input;
  const m = messages(locale);
  const ind = comparison.indicators[0];
  const names = new Map(comparison.entities.map((e) => [e.id, e.name]));
  const cells = (ind?.cells ?? []).filter((c) => !input.hidden.has(c.entity));
  const valueOf = (c: (typeof cells)[number]) => c.model?.view.value ?? null;
  const unit = ind?.unit ?? '';
  const { shown, rest, restSum: sum, without } = splitTop(cells, valueOf, unit, input.top);
  const withValue = [...shown, ...rest];
  const scale = pickScale(withValue.map(valueOf), unit);
  const text = (v: number | null) => joinValue(formatValue(v, unit, { locale, scale }));
  const nameOf = (id: string) => names.get(id) ?? id;
  interface Bar extends ItemData {
    value: [number, number];
    label: string;
    color: string;
    opacity: number;
    noData: boolean;
  }
  const bars: Bar[] = shown.map((c, i) => ({
    value: [valueOf(c) ?? 0, i],
    entity: c.entity,
    indicator: ind.id,
    tip: () => tipOf(c.model, nameOf(c.entity), ind.name, locale),
    label: text(valueOf(c)),
    color: colorOf(input, c.entity),
    opacity: fadeOf(input.highlight, c.entity),
    noData: false,
  }));
  const labels = bars.map((b) => nameOf(b.entity));
  if (rest.length) {
    labels.push(m.other(rest.length));
    bars.push({
      value: [sum ?? 0, bars.length],
      entity: '',
      indicator: ind.id,
      tip: () => escapeHtml(`${m.other(rest.length)} · ${ind.name}`) + (sum === null ? '' : `<br/>${escapeHtml(text(sum))}`),
      label: sum === null ? '' : text(sum),
      color: theme.track,
      opacity: 1,
      noData: sum === null,
    });
  }
  for (const c of without) {
    labels.push(nameOf(c.entity));
    bars.push({ value: [0, bars.length], entity: c.entity, indicator: ind.id, tip: () => tipOf(null, nameOf(c.entity), ind.name, locale), label: m.noData, color: theme.muted, opacity: 1, noData: true });
  }
  return {
    ...base(input),
    // Margins as wide as the labels they hold (names on the left, figures on the right): fixed
    // margins of 9 and 8 em left a 280 px chart at the wall's 18 px a quarter of its width for bars.
    grid: { left: Math.min(NAME_EM, widestEm(labels)) * theme.fontSize + 12, right: widestEm(bars.map((b) => b.label)) * theme.fontSize + 10, top: 8, bottom: 8 },
    xAxis: { type: 'value', show: false, min: 0, max: 'dataMax' },
    yAxis: { type: 'category', inverse: true, data: labels, axisLabel: { color: theme.text, fontSize: theme.fontSize, width: NAME_EM * theme.fontSize, overflow: 'truncate' }, axisTick: { show: false }, axisLine: { lineStyle: { color: theme.track } } },
    series: [
      {
        type: 'custom',
        data: bars,
        encode: { x: 0, y: 1 },
        renderItem: (params: { dataIndex: number }, api: CustomApi) => {
          const bar = bars[params.dataIndex];
          const [x0, y] = api.coord([0, bar.value[1]]);
          const x1 = bar.noData ? x0 : api.coord([bar.value[0], bar.value[1]])[0];
          const h = Math.min(22, api.size([0, 1])[1] * 0.6);
          return {
            type: 'group',
            children: [
              { type: 'rect', shape: { x: x0, y: y - h / 2, width: Math.max(0, x1 - x0), height: h }, style: { fill: bar.color, opacity: bar.opacity } },
              {
                type: 'text',
                x: x1 + 4,
                y,
                style: { text: bar.label, fill: bar.noData ? theme.muted : theme.text, fontSize: theme.fontSize, align: 'left', verticalAlign: 'middle' },
              },
            ],
          };
        },
      },
    ],
  };
}

/** Each park's profile across the indicators; a missing value leaves a gap, never 0. */
function radar(input: OptionInput): Option {
  const { comparison, theme, locale } = input;
  const completion = input.normalize === 'completion';
  const shown = comparison.entities.filter((e) => !input.hidden.has(e.id));
  const valueOf = (ind: CompareIndicator<Model>, entity: string): number | '-' =>
    radarSpoke(ind, ind.cells.find((c) => c.entity === entity)?.model?.view, input.normalize) ?? '-';
  return {
    ...base(input),
    radar: {
      indicator: comparison.indicators.map((i) => ({ name: i.name, max: completion ? RADAR_COMPLETION_MAX : 1, min: 0 })),
      axisName: { color: theme.muted, fontSize: theme.fontSize },
      splitLine: { lineStyle: { color: theme.track } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: theme.track } },
      radius: '65%',
    },
    series: [
      {
        type: 'radar',
        data: shown.map((e) => ({
          name: e.name,
          value: comparison.indicators.map((ind) => valueOf(ind, e.id)),
          entity: e.id,
          indicator: '',
          tip: () =>
            comparison.indicators
              .map((ind) => tipOf(ind.cells.find((c) => c.entity === e.id)?.model ?? null, e.name, ind.name, locale))
              .join('<br/>'),
          lineStyle: { color: colorOf(input, e.id), width: input.highlight === e.id ? 3 : 1.5, opacity: fadeOf(input.highlight, e.id) },
          itemStyle: { color: colorOf(input, e.id), opacity: fadeOf(input.highlight, e.id) },
          areaStyle: { color: colorOf(input, e.id), opacity: input.highlight === e.id ? 0.25 : 0.08 },
        })),
      },
    ],
  };
}

/** The part of ECharts' custom-series API the grouped view uses. */
interface CustomApi {
  coord(value: [number, number]): [number, number];
  size(value: [number, number]): [number, number];
}
