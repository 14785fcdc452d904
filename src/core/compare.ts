/**
 * The comparison view model: indicators × entities, each cell a derived row or null
 * ("no data" — never 0). Pure data for <kpi-park-compare>'s chart options and table.
 */
import { cutRanked, rank } from './rank.js';
import type { IndicatorView } from './derive.js';
import type { Indicator } from './types.js';

export interface CompareCell<M extends { view: IndicatorView; row: Indicator }> {
  entity: string;
  model: M | null;
}

export interface CompareIndicator<M extends { view: IndicatorView; row: Indicator }> {
  id: string;
  name: string;
  unit: string;
  cells: CompareCell<M>[];
  /** largest value of the row (for normalising), null when every cell is empty */
  best: number | null;
}

export interface Comparison<M extends { view: IndicatorView; row: Indicator }> {
  entities: { id: string; name: string }[];
  indicators: CompareIndicator<M>[];
}

/**
 * A value over the indicator's best: how a park compares on a 0..1 scale (the grouped view's
 * bar, the radar's spoke). null when there is no value or no positive best.
 */
export function shareOfBest(ind: { best: number | null }, value: number | null): number | null {
  return value === null || !ind.best ? null : value / ind.best;
}

/**
 * Lays models out by indicator (in `ids` order, else first appearance) and entity (in
 * `entityIds` order, else the declared order, then undeclared ones as they appear).
 */
export function compare<M extends { view: IndicatorView; row: Indicator }>(
  models: readonly M[],
  declared: readonly { id: string; name: string }[],
  ids?: readonly string[],
  entityIds?: readonly string[],
): Comparison<M> {
  const names = new Map(declared.map((e) => [e.id, e.name]));
  const seen = [...declared.map((e) => e.id)];
  for (const m of models) if (m.view.entity !== null && !seen.includes(m.view.entity)) seen.push(m.view.entity);
  const entities = (entityIds ?? seen).map((id) => ({ id, name: names.get(id) ?? id }));
  const order = ids ?? [...new Set(models.map((m) => m.view.id))];
  const byKey = new Map(models.map((m) => [`${m.view.id}\u0000${m.view.entity ?? ''}`, m]));
  const indicators = order
    .map((id) => {
      const cells = entities.map((e) => ({ entity: e.id, model: byKey.get(`${id}\u0000${e.id}`) ?? null }));
      const first = cells.find((c) => c.model)?.model;
      if (!first) return null;
      let best: number | null = null;
      for (const c of cells) {
        const v = c.model?.view.value;
        if (v !== null && v !== undefined && (best === null || v > best)) best = v;
      }
      return { id, name: first.view.name, unit: first.view.unit, cells, best };
    })
    .filter((x): x is CompareIndicator<M> => x !== null);
  return { entities, indicators };
}

/** A ranking's bars: the first `top` of `items` by value (largest first), the rest, and those without a value. */
export interface TopSplit<T> {
  shown: T[];
  rest: T[];
  /** the rest summed (null for rates, where a sum means nothing, or when there is no rest) */
  restSum: number | null;
  without: T[];
}

/**
 * Sorts by value (descending; ties keep their order), keeps the first `top` (all when `top` is
 * absent, not positive or not smaller), and sums the rest into one 其他 bar unless the unit is a
 * rate (%). Items without a value go last and are never ranked as 0.
 */
export function splitTop<T>(items: readonly T[], valueOf: (item: T) => number | null, unit: string, top?: number): TopSplit<T> {
  // The ranking's order and its cut have one home: src/core/rank.ts.
  const cut = cutRanked(rank(items, valueOf), top, unit !== '%');
  const itemsOf = (rs: readonly { item: T }[]) => rs.map((r) => r.item);
  return { shown: itemsOf(cut.shown), rest: itemsOf(cut.rest), restSum: cut.restSum, without: itemsOf(cut.without) };
}

/** The radar's outer ring for completion: 120 % of the target, so an over-achiever shows it. */
export const RADAR_COMPLETION_MAX = 1.2;

/**
 * A park's spoke on the radar: its completion clamped to 0..1.2, or its share of the best park
 * (never below 0); null (a gap, never 0) when there is no figure.
 */
export function radarSpoke(ind: { best: number | null }, view: IndicatorView | undefined, by: 'best' | 'completion'): number | null {
  if (!view || view.value === null) return null;
  if (by === 'completion') return view.completion === null ? null : Math.max(0, Math.min(RADAR_COMPLETION_MAX, view.completion));
  const share = shareOfBest(ind, view.value);
  return share === null ? null : Math.max(0, share);
}

