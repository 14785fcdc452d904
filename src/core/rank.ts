/**
 * The maths of a ranking list (the wall's <kpi-ranking>), kept apart from any drawing. Equal
 * values share a rank (DataV's board gives them different ones): competition ranking, 1 2 2 4,
 * by default, or dense, 1 2 2 3. Items without a value get no rank and go last: never ranked
 * as if they were 0.
 */
export type TieRule = 'competition' | 'dense';

export interface Ranked<T> {
  item: T;
  /** the value ranked by; null when the item has none */
  value: number | null;
  /** 1 for the best; equal values share one; null without a value */
  rank: number | null;
}

export interface RankOptions {
  /** `desc` (default: the largest first) or `asc` (for indicators where lower is better) */
  order?: 'desc' | 'asc';
  ties?: TieRule;
}

const usable = (v: number | null): v is number => v !== null && Number.isFinite(v);

/** Items in rank order with their ranks; equal values keep the order they came in. */
export function rank<T>(items: readonly T[], valueOf: (item: T) => number | null, { order = 'desc', ties = 'competition' }: RankOptions = {}): Ranked<T>[] {
  const sign = order === 'asc' ? 1 : -1;
  const ranked = items
    .map((item, at) => ({ item, value: valueOf(item), at }))
    .filter((x): x is { item: T; value: number; at: number } => usable(x.value))
    .sort((a, b) => sign * (a.value - b.value) || a.at - b.at);
  let current = 0;
  let distinct = 0;
  const out: Ranked<T>[] = ranked.map((x, i) => {
    if (i === 0 || x.value !== ranked[i - 1].value) {
      distinct += 1;
      current = ties === 'dense' ? distinct : i + 1;
    }
    return { item: x.item, value: x.value, rank: current };
  });
  for (const item of items) if (!usable(valueOf(item))) out.push({ item, value: null, rank: null });
  return out;
}

/** A ranking cut after its first `top` ranked items: those kept, the rest, and the items without a value. */
export interface RankCut<T> {
  shown: Ranked<T>[];
  rest: Ranked<T>[];
  /** the rest's values summed; null when there is no rest or a sum means nothing (`summable` false: rates, completions) */
  restSum: number | null;
  without: Ranked<T>[];
}

/** Keeps the first `top` ranked items (all when `top` is absent, not positive or not smaller) and sums the rest when `summable`. */
export function cutRanked<T>(ranked: readonly Ranked<T>[], top: number | null | undefined, summable: boolean): RankCut<T> {
  const withValue = ranked.filter((r) => r.rank !== null);
  const n = top && top > 0 && withValue.length > top ? top : withValue.length;
  const rest = withValue.slice(n);
  const restSum = rest.length && summable ? rest.reduce((s, r) => s + (r.value ?? 0), 0) : null;
  return { shown: withValue.slice(0, n), rest, restSum, without: ranked.filter((r) => r.rank === null) };
}

/** Each item's rank by key, to compare the next document's ranking with. */
export function ranksByKey<T>(ranked: readonly Ranked<T>[], keyOf: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of ranked) if (r.rank !== null) out.set(keyOf(r.item), r.rank);
  return out;
}

/**
 * How far each item moved since `previous` (positive: up, ↑2; negative: down); null for an item
 * that was not ranked before or has no rank now.
 */
export function rankMoves<T>(previous: ReadonlyMap<string, number>, current: readonly Ranked<T>[], keyOf: (item: T) => string): (number | null)[] {
  return current.map((r) => {
    const before = previous.get(keyOf(r.item));
    return before === undefined || r.rank === null ? null : before - r.rank;
  });
}
