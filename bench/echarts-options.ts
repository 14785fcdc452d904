// The raw ECharts options drawing what <kpi-gauge> and a one-row <kpi-target-bar> draw, from
// one indicator row: shared by the mount/update benchmark and the live-update case.
import { SCHEDULE, statusOf, type BenchStatus } from './fixtures.js';

const STATUS_COLOURS: Record<BenchStatus, string> = { good: '#15803d', warn: '#b45309', bad: '#b91c1c' };

/** The fields of a bench row the options read. */
export interface Row {
  name: string;
  value: number;
  target: number;
}

/**
 * The same picture as <kpi-gauge>, drawn the way ECharts users draw it: a status-coloured
 * progress arc with name, value, unit and completion; a thin outer ring of status bands;
 * pointers for the target and for the value expected by now (序时进度); min/max labels.
 */
export function gaugeOption(r: Row) {
  const completion = r.value / r.target;
  const status = STATUS_COLOURS[statusOf(completion)];
  const common = { type: 'gauge' as const, min: 0, max: r.target, startAngle: 225, endAngle: -45, splitLine: { show: false }, axisTick: { show: false } };
  return {
    animation: false,
    series: [
      {
        ...common,
        radius: '78%',
        progress: { show: true, width: 14, itemStyle: { color: status } },
        axisLine: { lineStyle: { width: 14, color: [[1, '#e5e7eb']] } },
        axisLabel: { distance: -2, fontSize: 10, formatter: (v: number) => (v === 0 || v === r.target ? `${v} 亿元` : '') },
        pointer: { show: false },
        title: { offsetCenter: [0, '-118%'], fontSize: 16, fontWeight: 600 },
        detail: {
          offsetCenter: [0, '8%'],
          formatter: (v: number) => `{v|${v}}{u| 亿元}\n{s|完成 ${Math.round(completion * 1000) / 10}%}`,
          color: '#1f2937',
          rich: { v: { fontSize: 28, fontWeight: 700 }, u: { fontSize: 13 }, s: { fontSize: 12, color: '#4b5563', padding: [6, 0, 0, 0] } },
        },
        data: [{ value: r.value, name: r.name }],
      },
      {
        ...common,
        radius: '86%',
        axisLine: { lineStyle: { width: 4, color: [[0.9 * SCHEDULE, '#e9a0a0'], [SCHEDULE, '#e8c08a'], [1, '#8fc7a0']] } },
        axisLabel: { show: false },
        pointer: { icon: 'triangle', length: 10, width: 8, offsetCenter: [0, '-112%'], itemStyle: { color: '#2563eb' } },
        title: { show: false },
        detail: { show: false },
        data: [{ value: r.target * SCHEDULE }],
      },
      {
        ...common,
        radius: '78%',
        axisLine: { show: false },
        axisLabel: { show: false },
        pointer: { icon: 'rect', length: '22%', width: 3, offsetCenter: [0, '-86%'], itemStyle: { color: '#111827' } },
        title: { show: false },
        detail: { show: false },
        data: [{ value: r.target }],
      },
    ],
  };
}

/**
 * One row of <kpi-target-bar> as ECharts users draw it: a horizontal bar coloured by status,
 * status bands as markArea, the target and 序时进度 as markLine, name and figures as labels.
 */
export function barOption(r: Row) {
  const completion = r.value / r.target;
  const status = STATUS_COLOURS[statusOf(completion)];
  const band = (from: number, to: number, color: string) => [{ xAxis: from * r.target, itemStyle: { color } }, { xAxis: to * r.target }];
  return {
    animation: false,
    grid: { left: 160, right: 150, top: 4, bottom: 4 },
    xAxis: { type: 'value', min: 0, max: 1.25 * r.target, show: false },
    yAxis: { type: 'category', data: [r.name], axisLine: { show: false }, axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barWidth: 6,
        data: [{ value: r.value, itemStyle: { color: status } }],
        label: { show: true, position: [545 - 160, 0], formatter: `${r.value} / ${r.target} 亿元  ${Math.round(completion * 1000) / 10}%` },
        markArea: { silent: true, data: [band(0, 0.9 * SCHEDULE, '#f6d5d5'), band(0.9 * SCHEDULE, SCHEDULE, '#f7e3c7'), band(SCHEDULE, 1.25, '#d3ebdb')] },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          data: [
            { xAxis: r.target, lineStyle: { color: '#111827', width: 2, type: 'solid' } },
            { xAxis: r.target * SCHEDULE, lineStyle: { color: '#2563eb', width: 2, type: 'dashed' } },
          ],
        },
      },
    ],
  };
}

/**
 * A ranking as ECharts users draw it (DataV's board aside): a horizontal bar chart of the rows
 * sorted by value, "1 name" on the axis, the value with its unit at the bar's end.
 */
export function rankingOption(doc: { entities: { id: string; name: string }[]; indicators: { value: number; entity: string; unit: string }[] }) {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const rows = [...doc.indicators].sort((a, b) => b.value - a.value);
  return {
    animation: false,
    grid: { left: 110, right: 70, top: 4, bottom: 4 },
    xAxis: { type: 'value', show: false, max: 'dataMax' },
    yAxis: { type: 'category', inverse: true, data: rows.map((r, i) => `${i + 1}  ${names.get(r.entity)}`), axisLine: { show: false }, axisTick: { show: false } },
    series: [{ type: 'bar', barWidth: 10, data: rows.map((r) => r.value), itemStyle: { color: '#2563eb' }, label: { show: true, position: 'right', formatter: (p: { value: number }) => `${p.value} ${rows[0].unit}` } }],
  };
}
