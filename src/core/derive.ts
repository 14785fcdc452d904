/**
 * derive(row): the view model every widget draws. The one implementation of completion,
 * schedule (序时进度), gap, year-on-year (同比), status and drawing positions.
 * Undefined figures are null with a reason in `why`, never NaN or Infinity.
 * It runs for every row of every update, also before V8 optimises it (a page's first updates),
 * so it makes no closures, iterators or tuples there: unoptimised code allocates for each.
 */
import { keep } from './cache.js';
import { parseDate } from './dates.js';
import { plainText } from './text.js';
import { clamp01, finite, fraction, niceCeil, tidy } from './scale.js';
import type { Better, HistoryPoint, Indicator, Period, Status } from './types.js';

/** Why a derived figure is null. */
export type Reason =
  | 'no-value'
  | 'no-target'
  | 'target-zero'
  | 'target-equals-start'
  | 'value-zero'
  | 'no-period'
  | 'no-as-of'
  | 'pace-none'
  | 'no-previous'
  | 'previous-zero'
  | 'no-completion'
  | 'no-schedule'
  | 'out-of-range';

/** A status band in completion units; null ends are open. */
export interface StatusBand {
  from: number | null;
  to: number | null;
  status: Status;
}

/** A band placed on the value scale as fractions 0..1 of [min, max]. */
export interface PlacedBand {
  from: number;
  to: number;
  status: Status;
}

export interface IndicatorView {
  /** `id` plus `entity`: unique within a set */
  key: string;
  id: string;
  entity: string | null;
  /** the declared entity's name, its id when undeclared, null without entity */
  entityName: string | null;
  name: string;
  unit: string;
  value: number | null;
  target: number | null;
  previous: number | null;
  start: number | null;
  better: Better;
  /** the range a gauge draws */
  min: number;
  max: number;
  /** ratio, 1 = target reached (see docs/indicator-format.md for start and lower) */
  completion: number | null;
  /** share of the period elapsed at asOf, 0..1 */
  schedule: number | null;
  /** value expected by now on the value scale (better "higher" only) */
  expected: number | null;
  /** completion − schedule, in percentage points (百分点) */
  gap: number | null;
  /** year-on-year change in percent points */
  yoy: number | null;
  /** whether the year-on-year change is good news, given `better` */
  yoyTone: 'good' | 'bad' | null;
  /** whether the gap to schedule is good news (ahead or on schedule) */
  gapTone: 'good' | 'bad' | null;
  status: Status | null;
  /** status bands by completion (from `bands` or the default rule) */
  bands: StatusBand[];
  /**
   * Where the actual stands against the target, for a bar with the target at 1: completion
   * for "higher" (counting from start), value / target for "lower" and "target" (so a
   * lower-is-better bar is good while it stays short of the tick). null without a usable target.
   */
  ratio: number | null;
  /** the status bands on the `ratio` scale (reversed for "lower") */
  ratioBands: StatusBand[];
  over: boolean;
  under: boolean;
  asOf: string | null;
  period: Period | null;
  source: string | null;
  note: string | null;
  history: HistoryPoint[];
  why: Partial<Record<'completion' | 'schedule' | 'gap' | 'yoy' | 'status', Reason>>;
}

export interface DeriveContext {
  /** entity id → display name */
  entities?: ReadonlyMap<string, string>;
}

type Why = IndicatorView['why'];

/** The completion, or null with its reason in `why`. */
function completionOf(r: Indicator, better: Better, why: Why): number | null {
  const { value, target, start } = r;
  let c: number | null = null;
  let reason: Reason = 'out-of-range';
  if (value === null) reason = 'no-value';
  else if (target === undefined) reason = 'no-target';
  else if (better === 'lower') {
    if (value === 0) reason = 'value-zero';
    else c = target / value;
  } else if (start !== undefined && better === 'higher') {
    if (target === start) reason = 'target-equals-start';
    else c = (value - start) / (target - start);
  } else if (target === 0) reason = 'target-zero';
  else c = value / target;
  if (c !== null && finite(c) !== null) return tidy(c);
  why.completion = reason;
  return null;
}

function scheduleOf(r: Indicator, why: Why): number | null {
  const pace = r.pace ?? (r.period ? 'linear' : 'none');
  let reason: Reason;
  if (!r.period) reason = r.pace === 'none' ? 'pace-none' : 'no-period';
  else if (pace === 'none') reason = 'pace-none';
  else {
    const last = lastSchedule;
    if (r.asOf === last.asOf && r.period.start === last.start && r.period.end === last.end) return last.schedule;
    const at = parseDate(r.asOf);
    const start = parseDate(r.period.start);
    const end = parseDate(r.period.end);
    if (at && start && end) {
      const schedule = tidy(clamp01((at.wallEnd - start.wall) / (end.wallEnd - start.wall)));
      lastSchedule = { asOf: r.asOf, start: r.period.start, end: r.period.end, schedule };
      return schedule;
    }
    reason = at ? 'no-period' : 'no-as-of';
  }
  why.schedule = reason;
  return null;
}

/**
 * The last schedule worked out, by its dates: a document's rows mostly share one (one period,
 * one asOf), and each worked it out again (~100 bytes of numbers a row before V8 optimises derive).
 */
let lastSchedule: { asOf: string | undefined; start: string; end: string; schedule: number | null } = { asOf: undefined, start: '', end: '', schedule: null };

function yoyOf(r: Indicator, why: Why): number | null {
  if (r.yoy !== undefined) return r.yoy;
  if (r.value === null) return ((why.yoy = 'no-value'), null);
  if (r.previous === undefined) return ((why.yoy = 'no-previous'), null);
  if (r.previous === 0) return ((why.yoy = 'previous-zero'), null);
  const y = finite(((r.value - r.previous) / Math.abs(r.previous)) * 100);
  return y === null ? ((why.yoy = 'out-of-range'), null) : tidy(y);
}

/** The bands status is read from: the row's own, or the contract's default rule. */
function bandsOf(r: Indicator, better: Better, schedule: number | null): StatusBand[] {
  if (r.bands) {
    let from: number | null = null;
    return r.bands.map((b) => {
      const band = { from, to: b.upTo ?? null, status: b.status };
      from = b.upTo ?? null;
      return band;
    });
  }
  if (r.target === undefined) return [];
  if (better === 'target')
    return [
      { from: null, to: 0.9, status: 'bad' },
      { from: 0.9, to: 0.95, status: 'warn' },
      { from: 0.95, to: 1.05, status: 'good' },
      { from: 1.05, to: 1.1, status: 'warn' },
      { from: 1.1, to: null, status: 'bad' },
    ];
  // The rows of a document mostly share one schedule (one period, one asOf): they share its bands.
  const key = schedule ?? -1;
  let bands = scheduleBands.get(key);
  if (!bands) {
    const warnAt = schedule === null ? 0.8 : tidy(0.9 * schedule);
    const goodAt = schedule ?? 1;
    bands = [
      { from: null, to: warnAt, status: 'bad' },
      { from: warnAt, to: goodAt, status: 'warn' },
      { from: goodAt, to: null, status: 'good' },
    ];
    keep(scheduleBands, key, bands, 400);
  }
  return bands;
}

/** The default bands by schedule (bounded): plain data, never changed once made, like every view model. */
const scheduleBands = new Map<number, StatusBand[]>();

function statusOf(r: Indicator, better: Better, c: number | null, s: number | null, why: Why): Status | null {
  if (r.value === null || c === null) {
    why.status = r.value === null ? 'no-value' : r.target === undefined ? 'no-target' : 'no-completion';
    return null;
  }
  if (r.bands) return (r.bands.find((b) => b.upTo === undefined || c <= b.upTo) ?? r.bands[r.bands.length - 1]).status;
  if (better === 'target') {
    const off = tidy(Math.abs(c - 1)); // |value − target| / |target|
    return off <= 0.05 ? 'good' : off <= 0.1 ? 'warn' : 'bad';
  }
  if (s !== null) return c >= s ? 'good' : c >= tidy(0.9 * s) ? 'warn' : 'bad';
  return c >= 1 ? 'good' : c >= 0.8 ? 'warn' : 'bad';
}

/** Completion → value on the row's scale (the expected value; a band's end on a dial). */
function valueAt(c: number, target: number | null, start: number | null, better: Better): number | null {
  if (target === null) return null;
  if (better === 'lower') return c <= 0 ? null : target / c;
  const from = better === 'higher' ? (start ?? 0) : 0;
  return finite(from + c * (target - from));
}

function ratioOf(r: Indicator, better: Better, completion: number | null): number | null {
  if (better === 'higher') return completion;
  if (r.value === null || r.target === undefined || r.target === 0) return null;
  return finite(tidy(r.value / r.target));
}

/** Completion bands → ratio bands: for "lower" the ratio is 1 / completion, so they flip. */
function ratioBandsOf(bands: StatusBand[], better: Better): StatusBand[] {
  if (better !== 'lower') return bands;
  const inv = (c: number | null, open: number | null) => (c === null ? open : c <= 0 ? null : tidy(1 / c));
  return bands.map((b) => ({ from: inv(b.to, 0), to: inv(b.from, null), status: b.status })).reverse();
}

/** The start of the range a gauge draws: `min`, else 0, or below the lowest of value, target and start. */
function rangeMin(r: Indicator): number {
  const low = Math.min(0, r.value ?? 0, r.target ?? 0, r.start ?? 0);
  return r.min ?? (low < 0 ? -niceCeil(-low) : 0);
}

/** The end of that range: `max`, else a nice number above the highest of 0, value, target and start. */
function rangeMax(r: Indicator, min: number): number {
  let max = r.max ?? niceCeil(Math.max(0, r.value ?? 0, r.target ?? 0, r.start ?? 0));
  if (!(max > min)) max = min + niceCeil(Math.abs(min) || 1);
  return Number.isFinite(max) ? max : Number.MAX_VALUE;
}

/** Derives one row's view model. */
export function derive(r: Indicator, ctx: DeriveContext = {}): IndicatorView {
  const why: Why = {};
  const better = r.better ?? 'higher';
  const completion = completionOf(r, better, why);
  const schedule = scheduleOf(r, why);
  let gap: number | null = null;
  if (completion === null) why.gap = 'no-completion';
  else if (schedule === null) why.gap = 'no-schedule';
  else gap = finite(tidy((completion - schedule) * 100)) ?? ((why.gap = 'out-of-range'), null);
  const yoy = yoyOf(r, why);
  const min = rangeMin(r);
  const max = rangeMax(r, min);
  const expected =
    better === 'higher' && schedule !== null && r.target !== undefined ? valueAt(schedule, r.target, r.start ?? null, better) : null;
  const bands = bandsOf(r, better, schedule);
  const entityName = r.entity === undefined ? null : plainText(ctx.entities?.get(r.entity) ?? r.entity);
  return {
    key: `${r.id}\u0000${r.entity ?? ''}`,
    id: r.id,
    entity: r.entity ?? null,
    entityName,
    name: plainText(r.name),
    unit: plainText(r.unit ?? ''),
    value: r.value,
    target: r.target ?? null,
    previous: r.previous ?? null,
    start: r.start ?? null,
    better,
    min,
    max,
    completion,
    schedule,
    expected,
    gap,
    yoy,
    yoyTone: yoy === null || yoy === 0 || better === 'target' ? null : (yoy > 0) === (better === 'higher') ? 'good' : 'bad',
    gapTone: gap === null ? null : gap >= 0 ? 'good' : 'bad',
    status: statusOf(r, better, completion, schedule, why),
    bands,
    ratio: ratioOf(r, better, completion),
    ratioBands: ratioBandsOf(bands, better),
    over: r.value !== null && r.value > max,
    under: r.value !== null && r.value < min,
    asOf: r.asOf ?? null,
    period: r.period ?? null,
    source: r.source === undefined ? null : plainText(r.source),
    note: r.note === undefined ? null : plainText(r.note),
    history: r.history ?? [],
    why,
  };
}

/** Where a row's figures fall on its range [min, max], as fractions 0..1 (clamped). */
export interface RangePlacement {
  value: number | null;
  target: number | null;
  expected: number | null;
  zero: number;
  /** the status bands on the same scale, for a dial's outer track */
  bands: PlacedBand[];
}

/**
 * A view's figures and bands placed on its range: what a gauge draws along its dial. Not part of
 * every view (derive): only the gauge draws it, and a bar, a tile or a list row spent about half
 * of derive + present's first-run time on it and the range's texts (bench/README.md, session 22).
 * Kept per view (plain data, never changed once made).
 */
export function placeOnRange(v: IndicatorView): RangePlacement {
  let placed = placements.get(v);
  if (!placed) {
    const { min, max } = v;
    placed = { value: placeOf(v.value, min, max), target: placeOf(v.target, min, max), expected: placeOf(v.expected, min, max), zero: fraction(0, min, max), bands: placeBands(v) };
    placements.set(v, placed);
  }
  return placed;
}

const placements = new WeakMap<IndicatorView, RangePlacement>();

/** Where `v` falls in [min, max]; null for no figure. */
const placeOf = (v: number | null, min: number, max: number) => (v === null ? null : fraction(v, min, max));

/** A band's end (in completion) as a fraction of the view's range; `open` for an open end. */
function bandEnd(c: number | null, open: number, v: IndicatorView): number {
  const at = c === null ? null : valueAt(c, v.target, v.start, v.better);
  return at === null ? open : fraction(at, v.min, v.max);
}

function placeBands(v: IndicatorView): PlacedBand[] {
  // For "lower", a higher completion means a smaller value: the band runs the other way.
  const flip = v.better === 'lower';
  const placed: PlacedBand[] = [];
  for (let i = 0; i < v.bands.length; i++) {
    const b = v.bands[i];
    const a = bandEnd(b.from, flip ? 1 : 0, v);
    const z = bandEnd(b.to, flip ? 0 : 1, v);
    if (Math.abs(z - a) > 1e-9) placed.push({ from: Math.min(a, z), to: Math.max(a, z), status: b.status });
  }
  return placed.sort(byFrom);
}

const byFrom = (a: PlacedBand, b: PlacedBand) => a.from - b.from;
