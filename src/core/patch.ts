/**
 * A live feed's `patch` event: rows to merge into the last document by (`id`, `entity`).
 * A patch is `{ "indicators": [rows], …top-level fields }` or a bare array of rows. A row's
 * fields replace the same fields of the row with its key (so `{ id, entity, value, asOf }`
 * moves one value); a row with a new key is appended; top-level fields (`asOf`, `title`)
 * replace the document's. The merged document goes through validate() like any other.
 */
type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const keyOf = (row: Obj): string => `${String(row.id)}\u0000${typeof row.entity === 'string' ? row.entity : ''}`;

/** The merged document, or the reason (developer words) the patch cannot be applied. */
export function applyPatch(base: unknown, patch: unknown): { doc: Obj } | { error: string } {
  if (!isObject(base) || !Array.isArray(base.indicators)) return { error: 'a patch arrived before any whole document' };
  const rows: unknown = Array.isArray(patch) ? patch : isObject(patch) ? patch.indicators : undefined;
  if (!Array.isArray(rows)) return { error: 'a patch must be an array of rows or an object with an indicators array' };
  if (!rows.every((r) => isObject(r) && typeof r.id === 'string')) return { error: 'every row of a patch must be an object with a string id' };
  const merged = (base.indicators as unknown[]).slice();
  const at = new Map<string, number>();
  merged.forEach((r, i) => {
    if (isObject(r)) at.set(keyOf(r), i);
  });
  for (const row of rows as Obj[]) {
    const i = at.get(keyOf(row));
    if (i === undefined) {
      at.set(keyOf(row), merged.length);
      merged.push(row);
    } else merged[i] = { ...(merged[i] as Obj), ...row };
  }
  const top: Obj = {};
  if (isObject(patch)) for (const k of Object.keys(patch)) if (k !== 'indicators' && k !== '__proto__') top[k] = patch[k];
  return { doc: { ...base, ...top, indicators: merged } };
}
