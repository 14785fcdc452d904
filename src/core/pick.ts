/**
 * Which rows of a validated document a widget draws, and why it cannot when a row is missing.
 * Shared by every widget (the single-row base picks one; lists pick many).
 */
import { pickScale } from './format.js';
import type { Failure } from './problems.js';
import { rowsWithId } from './set.js';
import type { Indicator } from './types.js';
import type { ValidatedSet } from './validate.js';

/** Up to this many rows, a document is scanned for a row rather than indexed by id (no map for a one-row document). */
const SCANNED = 8;

/** The row named by `id` (and `entity`); without `id`, the first row (of `entity`). */
export function findRow(set: ValidatedSet, id?: string, entity?: string): Indicator | undefined {
  const rows = id === undefined || set.rows.length <= SCANNED ? set.rows : rowsWithId(set, id);
  if (rows)
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if ((id === undefined || r.id === id) && (entity === undefined || r.entity === entity)) return r;
    }
  return undefined;
}

/** Rows by id, in the order asked (each id may match one row per entity). */
export function rowsByIds(rows: readonly Indicator[], ids: readonly string[]): Indicator[] {
  return ids.flatMap((id) => rows.filter((r) => r.id === id));
}

/**
 * Why the row `id` (@ `entity`) is not there: it was skipped (its first problem says why),
 * the document has no usable rows, or it has no such row.
 */
export function missingRow(set: ValidatedSet, id?: string, entity?: string): Failure {
  const skipped = set.problems.find((p) => p.skipped && p.row !== null && (id === undefined || p.id === id) && (!entity || p.entity === entity));
  if (skipped && (id !== undefined || set.rows.length === 0)) return { kind: 'problem', problem: skipped };
  if (set.rows.length === 0) return { kind: 'no-rows' };
  if (id === undefined) return { kind: 'no-match' };
  return { kind: 'no-row', id: `${id}${entity ? ` @ ${entity}` : ''}` };
}

/** Comma-separated ids ("a, b,c") as a list; undefined when none are given. */
export function idList(s: string | null | undefined): string[] | undefined {
  const ids = s?.split(',').map((x) => x.trim()).filter(Boolean);
  return ids?.length ? ids : undefined;
}

/**
 * One magnitude per unit, so a column of values in the same unit reads alike (万 / 亿 chosen
 * once for all 亿元 rows, from their values and targets).
 */
export function scalesByUnit(rows: readonly Indicator[]): Map<string, number | null> {
  const values = new Map<string, (number | null)[]>();
  for (const r of rows) {
    const unit = r.unit ?? '';
    const list = values.get(unit) ?? [];
    list.push(r.value, r.target ?? null);
    values.set(unit, list);
  }
  return new Map([...values].map(([unit, v]) => [unit, pickScale(v, unit)]));
}
