import { derive, type IndicatorView } from './derive.js';
import type { ValidatedSet } from './validate.js';

/** Derives every usable row of a validated set, with entity names resolved. */
export function deriveSet(set: ValidatedSet): IndicatorView[] {
  const entities = new Map(set.entities.map((e) => [e.id, e.name]));
  return set.rows.map((row) => derive(row, { entities }));
}

/** Whether the rows belong to more than one entity, so labels must name it. */
export function spansEntities(set: ValidatedSet): boolean {
  return new Set(set.rows.map((r) => r.entity)).size > 1;
}
