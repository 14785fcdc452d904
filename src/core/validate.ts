/**
 * validate(input): the contract's rules, applied without ever throwing.
 * Returns the usable rows (normalised: `null` optional fields removed, document `asOf`
 * applied, history sorted) and the problems, each in plain words. A broken row is
 * reported and skipped; the rest are kept. The rules: docs/indicator-format.md.
 * A row's checks run for every row of every document, also before V8 optimises them (a page's
 * first documents): they make no closures, iterators or tuples for a good row.
 */
import { parseDate } from './dates.js';
import type { Band, Entity, HistoryPoint, Indicator, Problem, ProblemCode } from './types.js';

export interface ValidatedSet {
  /** false when the document itself is unusable (not JSON, not an object, no `indicators`) */
  ok: boolean;
  title?: string;
  asOf?: string;
  note?: string;
  entities: Entity[];
  rows: Indicator[];
  problems: Problem[];
}

const ID = /^[A-Za-z0-9._-]{1,64}$/;
const STATUSES = ['good', 'warn', 'bad'];
const BETTER = ['higher', 'lower', 'target'];
const PACE = ['linear', 'none'];
const NUMBER_FIELDS = ['target', 'previous', 'min', 'max', 'start', 'yoy'] as const;
const TEXT_FIELDS = ['unit', 'source', 'note'] as const;
const DOCUMENT_TEXT = ['title', 'note', 'asOf'] as const;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Short, safe rendering of a bad value for a message. */
function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeof v === 'object' ? 'an object' : typeof v;
}

function numberReason(v: unknown): string {
  return typeof v === 'string'
    ? `must be a JSON number, not the string ${shown(v)}`
    : `must be a number, got ${shown(v)}`;
}

const numberCode = (v: unknown): ProblemCode => (typeof v === 'string' ? 'number-as-text' : 'not-a-number');

function checkBands(v: unknown): string | Band[] {
  if (!Array.isArray(v)) return `must be an array, got ${shown(v)}`;
  const bands: Band[] = [];
  for (const [i, b] of v.entries()) {
    if (!isObject(b)) return `band ${i} must be an object`;
    const status = own(b, 'status');
    if (typeof status !== 'string' || !STATUSES.includes(status))
      return `band ${i} needs a status of "bad", "warn" or "good", got ${shown(status)}`;
    const upTo = own(b, 'upTo') ?? undefined;
    const last = i === v.length - 1;
    if (last && upTo !== undefined) return 'the last band must have no upTo';
    if (!last && !isNumber(upTo)) return `band ${i} needs an upTo number (${numberReason(upTo)})`;
    const prev = bands.at(-1)?.upTo;
    if (isNumber(upTo) && prev !== undefined && upTo <= prev)
      return `bands are out of order: upTo ${upTo} after ${prev}`;
    bands.push(isNumber(upTo) ? { upTo, status: status as Band['status'] } : { status: status as Band['status'] });
  }
  return bands;
}

function checkHistory(v: unknown): string | HistoryPoint[] {
  if (!Array.isArray(v)) return `must be an array, got ${shown(v)}`;
  const points: { p: HistoryPoint; key: number }[] = [];
  for (const [i, h] of v.entries()) {
    if (!isObject(h)) return `point ${i} must be an object`;
    const at = parseDate(own(h, 'at'));
    if (!at) return `point ${i} needs "at" as YYYY-MM-DD or an RFC 3339 date-time, got ${shown(own(h, 'at'))}`;
    if (!Object.hasOwn(h, 'value')) return `point ${i} needs a value (null for a gap)`;
    const value = h.value ?? null;
    if (value !== null && !isNumber(value)) return `point ${i} value ${numberReason(value)}`;
    points.push({ p: { at: h.at as string, value }, key: at.wall });
  }
  // Shown oldest first: sort by `at` when the feed does not (stable for equal dates).
  return points.sort((a, b) => a.key - b.key).map((x) => x.p);
}

function checkPeriod(v: unknown): string | { start: string; end: string } {
  if (!isObject(v)) return `must be an object { start, end }, got ${shown(v)}`;
  const start = own(v, 'start');
  const end = own(v, 'end');
  const s = parseDate(start);
  const e = parseDate(end);
  if (!s) return `start must be YYYY-MM-DD or an RFC 3339 date-time, got ${shown(start)}`;
  if (!e) return `end must be YYYY-MM-DD or an RFC 3339 date-time, got ${shown(end)}`;
  if (e.wallEnd <= s.wall) return `ends (${String(end)}) before it starts (${String(start)})`;
  return { start: start as string, end: end as string };
}

const STRUCTURED = [
  ['period', 'bad-period', checkPeriod],
  ['bands', 'bad-bands', checkBands],
  ['history', 'bad-history', checkHistory],
] as const;

/** An optional field: null is absent. */
const optional = (raw: Obj, k: string): unknown => own(raw, k) ?? undefined;

/** A row's problem: its field, its code and the reason in the developer's words. */
type RowError = [field: string, code: ProblemCode, reason: string];

/** Checks one row; returns the clean row or the reasons it cannot be used. */
function checkRow(raw: unknown): { row: Indicator | null; errors: RowError[] } {
  const errors: RowError[] = [];
  if (!isObject(raw)) return { row: null, errors: [['', 'row-not-object', `the row must be an object, got ${shown(raw)}`]] };

  const id = own(raw, 'id');
  if (typeof id !== 'string' || !ID.test(id)) errors.push(['id', 'bad-id', `must be 1–64 characters of A–Z a–z 0–9 . _ -, got ${shown(id)}`]);
  const name = own(raw, 'name');
  if (typeof name !== 'string' || name.trim() === '') errors.push(['name', 'missing-name', `must be a non-empty string, got ${shown(name)}`]);
  const value = own(raw, 'value');
  if (value === undefined) errors.push(['value', 'missing-value', 'is required (use null for "no data yet")']);
  else if (value !== null && !isNumber(value)) errors.push(['value', numberCode(value), numberReason(value)]);

  const row = { id, name, value } as Indicator;
  for (let i = 0; i < NUMBER_FIELDS.length; i++) {
    const k = NUMBER_FIELDS[i];
    const v = optional(raw, k);
    if (v === undefined) continue;
    if (isNumber(v)) row[k] = v;
    else errors.push([k, numberCode(v), numberReason(v)]);
  }
  for (let i = 0; i < TEXT_FIELDS.length; i++) {
    const k = TEXT_FIELDS[i];
    const v = optional(raw, k);
    if (v === undefined) continue;
    if (typeof v === 'string') row[k] = v;
    else errors.push([k, 'not-text', `must be a string, got ${shown(v)}`]);
  }
  const entity = optional(raw, 'entity');
  if (entity !== undefined) {
    if (typeof entity === 'string' && ID.test(entity)) row.entity = entity;
    else errors.push(['entity', 'bad-entity', `must be an entity id (A–Z a–z 0–9 . _ -), got ${shown(entity)}`]);
  }
  const better = optional(raw, 'better');
  if (better !== undefined) {
    if (typeof better === 'string' && BETTER.includes(better)) row.better = better as Indicator['better'];
    else errors.push(['better', 'bad-choice', `must be "higher", "lower" or "target", got ${shown(better)}`]);
  }
  const pace = optional(raw, 'pace');
  if (pace !== undefined) {
    if (typeof pace === 'string' && PACE.includes(pace)) row.pace = pace as Indicator['pace'];
    else errors.push(['pace', 'bad-choice', `must be "linear" or "none", got ${shown(pace)}`]);
  }
  const asOf = optional(raw, 'asOf');
  if (asOf !== undefined) {
    if (parseDate(asOf)) row.asOf = asOf as string;
    else errors.push(['asOf', 'bad-date', `must be YYYY-MM-DD or an RFC 3339 date-time, got ${shown(asOf)}`]);
  }
  for (let i = 0; i < STRUCTURED.length; i++) {
    const k = STRUCTURED[i][0];
    const v = optional(raw, k);
    if (v === undefined) continue;
    const r = STRUCTURED[i][2](v);
    if (typeof r === 'string') errors.push([k, STRUCTURED[i][1], r]);
    else if (!(Array.isArray(r) && r.length === 0)) (row as unknown as Obj)[k] = r;
  }
  if (row.min !== undefined && row.max !== undefined && row.min >= row.max)
    errors.push(['max', 'bad-range', `must be greater than min (min ${row.min}, max ${row.max})`]);
  return { row: errors.length ? null : row, errors };
}

function checkEntities(v: unknown, problems: Problem[]): Entity[] {
  if (v === undefined || v === null) return [];
  const report = (field: string, code: ProblemCode, reason: string) => problems.push({ row: null, field, code, reason, skipped: true });
  if (!Array.isArray(v)) {
    report('entities', 'bad-entities', `must be an array of { id, name }, got ${shown(v)}`);
    return [];
  }
  const seen = new Set<string>();
  const out: Entity[] = [];
  for (const [i, e] of v.entries()) {
    const id = isObject(e) ? own(e, 'id') : undefined;
    const name = isObject(e) ? own(e, 'name') : undefined;
    if (typeof id !== 'string' || !ID.test(id) || typeof name !== 'string' || name.trim() === '')
      report(`entities[${i}]`, 'bad-entities', 'an entity needs an id (A–Z a–z 0–9 . _ -) and a non-empty name');
    else if (seen.has(id)) report(`entities[${i}]`, 'duplicate-entity', `entity "${id}" is declared twice; the first is used`);
    else {
      seen.add(id);
      out.push({ id, name });
    }
  }
  return out;
}

function parseInput(input: unknown): { doc: Obj } | { code: ProblemCode; problem: string } {
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input) as unknown;
    } catch (e) {
      return { code: 'not-json', problem: `The document is not JSON: ${e instanceof Error ? e.message : 'parse error'}` };
    }
  }
  if (!isObject(doc)) return { code: 'not-object', problem: `The document must be a JSON object, got ${shown(doc)}` };
  if (!Array.isArray(own(doc, 'indicators')))
    return { code: 'no-indicators', problem: 'The document has no "indicators" array: it is not an IndicatorSet' };
  return { doc };
}

/** Where a row's problem is: its index, and its id and entity when they are text (built only for a row with a problem). */
function placeOf(raw: unknown, index: number): Pick<Problem, 'row' | 'id' | 'entity'> {
  const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
  const entity = isObject(raw) && typeof raw.entity === 'string' ? raw.entity : undefined;
  return { row: index, ...(id !== undefined && { id }), ...(entity !== undefined && { entity }) };
}

/** Validates an IndicatorSet given as a value or as JSON text. Never throws. */
export function validate(input: unknown): ValidatedSet {
  const parsed = parseInput(input);
  if (!('doc' in parsed)) return { ok: false, entities: [], rows: [], problems: [{ row: null, code: parsed.code, reason: parsed.problem, skipped: true }] };
  const { doc } = parsed;
  const problems: Problem[] = [];
  const out: ValidatedSet = { ok: true, entities: checkEntities(own(doc, 'entities'), problems), rows: [], problems };
  for (let i = 0; i < DOCUMENT_TEXT.length; i++) {
    const k = DOCUMENT_TEXT[i];
    const v = own(doc, k) ?? undefined;
    if (v === undefined) continue;
    if (typeof v === 'string' && (k !== 'asOf' || parseDate(v))) out[k] = v;
    else problems.push({ row: null, field: k, code: 'ignored-field', reason: `is ignored: ${k === 'asOf' ? 'not a date' : 'not a string'} (${shown(v)})`, skipped: false });
  }
  const declared = out.entities.length > 0 ? new Set(out.entities.map((e) => e.id)) : null;
  const rows = doc.indicators as unknown[];
  // Duplicates by id and entity (a lone row, most widgets' `data`, has none to find).
  const keys = rows.length > 1 ? new Map<string, number>() : null;
  for (let index = 0; index < rows.length; index++) {
    const raw = rows[index];
    const { row, errors } = checkRow(raw);
    for (let i = 0; i < errors.length; i++) {
      const [field, code, reason] = errors[i];
      problems.push({ ...placeOf(raw, index), ...(field && { field }), code, reason, skipped: true });
    }
    if (!row) continue;
    if (keys) {
      const key = `${row.id}\u0000${row.entity ?? ''}`;
      const first = keys.get(key);
      if (first !== undefined) {
        problems.push({ ...placeOf(raw, index), field: 'id', code: 'duplicate-row', reason: `duplicate of row ${first} (same id and entity); the first is used`, skipped: true });
        continue;
      }
      keys.set(key, index);
    }
    if (row.entity !== undefined && declared && !declared.has(row.entity))
      problems.push({ ...placeOf(raw, index), field: 'entity', code: 'undeclared-entity', reason: `entity "${row.entity}" is not declared in "entities"; shown with its id`, skipped: false });
    if (row.asOf === undefined && out.asOf !== undefined) row.asOf = out.asOf;
    out.rows.push(row);
  }
  return out;
}
