/** Sparkline points: history plus the current value, placed by date on 0..1 × 0..1. */
import { dateKey } from '../core/dates.js';
import type { HistoryPoint } from '../core/types.js';

export interface SparkPoint {
  x: number;
  /** 0 = lowest, 1 = highest; null leaves a gap */
  y: number | null;
}

export function sparkPoints(history: readonly HistoryPoint[], current: HistoryPoint | null): SparkPoint[] {
  const points = current ? [...history, current] : [...history];
  if (points.length < 2) return [];
  const xs = points.map((p) => dateKey(p.at));
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...values), Math.max(...values)];
  return points.map((p, i) => ({
    x: x1 > x0 ? (xs[i] - x0) / (x1 - x0) : i / (points.length - 1),
    y: p.value === null ? null : y1 > y0 ? (p.value - y0) / (y1 - y0) : 0.5,
  }));
}
