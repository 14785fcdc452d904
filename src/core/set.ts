import { derive, type IndicatorView } from './derive.js';
import type { Indicator } from './types.js';
import type { ValidatedSet } from './validate.js';

/** The lookups of one validated document, built once and shared by every widget reading it. */
export interface SetIndex {
  /** entity names by id */
  entities: ReadonlyMap<string, string>;
  /** whether the rows belong to more than one entity, so labels name it */
  withEntity: boolean;
  /**
   * the rows by id, in document order, made on the first lookup (rowsWithId): 500 widgets each
   * scanning a 500-row document for their row went through 125,000 rows a push (~2.8 ms)
   */
  rowsById: Map<string, Indicator[]> | null;
}
/** A validated set is never changed after validate builds it (a patch makes a new one), so its index stays true. */
const indexes = new WeakMap<ValidatedSet, SetIndex>();
/** (A document without entities, most of them, shares this one: 200 one-row documents made 200 empty maps.) */
const NO_ENTITIES: ReadonlyMap<string, string> = new Map();

export function indexOf(set: ValidatedSet): SetIndex {
  let index = indexes.get(set);
  if (!index) {
    const entities = set.entities.length === 0 ? NO_ENTITIES : new Map(set.entities.map((e) => [e.id, e.name]));
    index = { entities, withEntity: spansEntities(set), rowsById: null };
    indexes.set(set, index);
  }
  return index;
}

/** The rows of `set` with this id (one per entity), through the set's index. */
export function rowsWithId(set: ValidatedSet, id: string): readonly Indicator[] | undefined {
  const index = indexOf(set);
  if (!index.rowsById) {
    // (An index loop: also before V8 optimises this, where an iterator allocates.)
    const rowsById = (index.rowsById = new Map<string, Indicator[]>());
    for (let i = 0; i < set.rows.length; i++) {
      const r = set.rows[i];
      const same = rowsById.get(r.id);
      if (same) same.push(r);
      else rowsById.set(r.id, [r]);
    }
  }
  return index.rowsById.get(id);
}

/** Derives every usable row of a validated set, with entity names resolved. */
export function deriveSet(set: ValidatedSet): IndicatorView[] {
  const { entities } = indexOf(set);
  return set.rows.map((row) => derive(row, { entities }));
}

/** Whether the rows belong to more than one entity, so labels must name it. */
export function spansEntities(set: ValidatedSet): boolean {
  const first = set.rows[0]?.entity;
  for (let i = 1; i < set.rows.length; i++) if (set.rows[i].entity !== first) return true;
  return false;
}

export type SortKey = 'completion' | 'gap' | 'name';

/**
 * Orders view models by completion, gap to schedule (百分点) or name; `descending` reverses.
 * Rows without the figure go last either way; ties keep document order.
 */
export function sortViews<T extends { view: IndicatorView }>(items: readonly T[], key: SortKey, descending = false): T[] {
  const figure = (v: IndicatorView) => (key === 'completion' ? v.completion : key === 'gap' ? v.gap : null);
  const collator = new Intl.Collator('zh-CN');
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      let d: number;
      if (key === 'name') d = collator.compare(a.item.view.name, b.item.view.name);
      else {
        const [x, y] = [figure(a.item.view), figure(b.item.view)];
        if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
        d = x - y;
      }
      return (descending ? -d : d) || a.i - b.i;
    })
    .map((x) => x.item);
}
