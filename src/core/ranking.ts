/**
 * The ranking list's view model (<kpi-ranking>): models in rank order with their ranks, the
 * figure each row prints, its bar on a scale from the axis, how far it moved since the previous
 * document, and the rest summed as one 其他 row. Pure data; the element only draws it.
 */
import { formatValue, joinValue } from './format.js';
import { messages, type Locale } from './messages.js';
import type { Model } from './model.js';
import { cutRanked, rank, rankMoves, ranksByKey, type TieRule } from './rank.js';

/** What a ranking ranks by: each row's value, or its completion of the target. */
export type RankBy = 'value' | 'completion';

export interface RankingOptions {
  by: RankBy;
  /** `desc` or `asc`; by default `rankOrder(models, by)` */
  order?: 'desc' | 'asc';
  ties: TieRule;
  /** keep the first `top` ranked rows; the rest become one 其他 row (`rest: 'sum'`) or go */
  top?: number | null;
  rest: 'sum' | 'hide';
  /** the name a row is listed under (a park's, an indicator's) */
  nameOf: (m: Model) => string;
  locale: Locale;
  /** the shared magnitude of the list's values (the 其他 sum is printed in it) */
  scale?: number | null;
  /** the previous document's ranks by row key: rows that moved get a badge */
  previous?: ReadonlyMap<string, number>;
}

/** One row of the list. `model` is null for the 其他 row. */
export interface RankingEntry {
  key: string;
  model: Model | null;
  name: string;
  /** null: no value (暂无数据, listed last) or the 其他 row */
  rank: number | null;
  /** the figure printed: "232 家", "85.3%", 暂无数据 */
  figure: string;
  /** the completion printed beside it ('' without one) */
  completion: string;
  /** where the bar lies, as fractions of the row's bar track; null: no bar */
  bar: { from: number; to: number } | null;
  /** ranks moved up (positive) or down since the previous document; null when it did not move or was not ranked */
  move: number | null;
  /** how many rows the 其他 row stands for */
  others?: number;
}

export interface RankingList {
  entries: RankingEntry[];
  /** this document's ranks, to compare the next one with */
  ranks: Map<string, number>;
}

/**
 * The scale of a ranking's bars: from the smallest value (or 0) to the largest (or 0), so every
 * bar starts at the axis and a negative one extends left of it. Null when there is no extent.
 */
export function barExtent(values: readonly (number | null)[]): { lo: number; hi: number } | null {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return hi > lo ? { lo, hi } : null;
}

/** A bar from the axis (0) to `value`, as fractions of the extent. */
export function barSpan(value: number, { lo, hi }: { lo: number; hi: number }): { from: number; to: number } {
  const at = (v: number) => (v - lo) / (hi - lo);
  return { from: Math.min(at(0), at(value)), to: Math.max(at(0), at(value)) };
}

const figureOf = (m: Model, by: RankBy): number | null => (by === 'completion' ? m.view.completion : m.view.value);

/** The default order: values where every row is better when lower rank ascending; the rest (and completions) descending. */
export function rankOrder(models: readonly Model[], by: RankBy): 'asc' | 'desc' {
  return by === 'value' && models.length > 0 && models.every((m) => m.view.better === 'lower') ? 'asc' : 'desc';
}

/** Ranks `models` and lays the list out (see RankingOptions). */
export function rankingList(models: readonly Model[], o: RankingOptions): RankingList {
  const t = messages(o.locale);
  const ranked = rank(models, (m) => figureOf(m, o.by), { order: o.order ?? rankOrder(models, o.by), ties: o.ties });
  const unit = models[0]?.view.unit ?? '';
  // A sum of rates or completions means nothing: the 其他 row then only says how many it holds.
  const summable = o.by === 'value' && unit !== '%' && models.every((m) => m.view.unit === unit);
  const { shown, rest, restSum, without } = cutRanked(ranked, o.top, summable);
  const extent = barExtent([...shown.map((r) => r.value), o.rest === 'sum' ? restSum : null]);
  const bar = (v: number | null) => (v === null || extent === null ? null : barSpan(v, extent));
  const listed = [...shown, ...without];
  // Moves by core's rule; a row that kept its rank gets no badge.
  const moves = rankMoves(o.previous ?? new Map<string, number>(), listed, (m) => m.view.key);
  const entries: RankingEntry[] = listed.map(({ item: m, value, rank: r }, i) => {
    const move = moves[i] === 0 ? null : moves[i];
    return {
      key: m.view.key,
      model: m,
      name: o.nameOf(m),
      rank: r,
      figure: value === null ? t.noData : o.by === 'completion' ? m.text.completion : m.text.valueText,
      completion: o.by === 'completion' ? '' : m.text.completion,
      bar: bar(value),
      move,
    };
  });
  if (rest.length && o.rest === 'sum')
    entries.splice(shown.length, 0, {
      key: '\u0000other',
      model: null,
      name: t.other(rest.length),
      rank: null,
      figure: restSum === null ? '' : joinValue(formatValue(restSum, unit, { locale: o.locale, scale: o.scale })),
      completion: '',
      bar: bar(restSum),
      move: null,
      others: rest.length,
    });
  return { entries, ranks: ranksByKey(ranked, (m) => m.view.key) };
}
