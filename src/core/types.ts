/**
 * The indicator data contract (docs/indicator-format.md) as TypeScript types.
 * `schema/indicator-set.schema.json` states the same contract for other languages;
 * `test/core/schema.test.ts` proves the two and the validator agree.
 */

/** How an indicator is doing: drives colour, never computed by a widget. */
export type Status = 'good' | 'warn' | 'bad';

/** Which direction is good. `target`: closest to the target is best. */
export type Better = 'higher' | 'lower' | 'target';

/** How much of the target is expected by `asOf`. */
export type Pace = 'linear' | 'none';

/** A status band by completion ratio; the last band has no `upTo`. */
export interface Band {
  upTo?: number;
  status: Status;
}

/** The span a target covers; `end` is inclusive (its whole day counts). */
export interface Period {
  start: string;
  end: string;
}

export interface HistoryPoint {
  at: string;
  value: number | null;
}

/** One KPI value. Optional fields given as `null` arrive here as absent. */
export interface Indicator {
  id: string;
  name: string;
  unit?: string;
  value: number | null;
  target?: number;
  previous?: number;
  min?: number;
  max?: number;
  better?: Better;
  period?: Period;
  asOf?: string;
  bands?: Band[];
  entity?: string;
  history?: HistoryPoint[];
  start?: number;
  pace?: Pace;
  yoy?: number;
  source?: string;
  note?: string;
}

export interface Entity {
  id: string;
  name: string;
}

/** A document of many rows, keyed by (`id`, `entity`). */
export interface IndicatorSet {
  title?: string;
  asOf?: string;
  note?: string;
  entities?: Entity[];
  indicators: Indicator[];
}

/**
 * What is wrong, as a stable code (for programs, and for the words a widget shows a user;
 * `reason` is the developer's detail). docs/indicator-format.md lists them.
 */
export type ProblemCode =
  | 'not-json'
  | 'not-object'
  | 'no-indicators'
  | 'row-not-object'
  | 'bad-id'
  | 'missing-name'
  | 'missing-value'
  | 'not-a-number'
  | 'number-as-text'
  | 'not-text'
  | 'bad-entity'
  | 'bad-choice'
  | 'bad-date'
  | 'bad-period'
  | 'bad-bands'
  | 'bad-history'
  | 'bad-range'
  | 'bad-entities'
  | 'duplicate-entity'
  | 'duplicate-row'
  | 'undeclared-entity'
  | 'ignored-field';

/**
 * Something wrong with the input. `row` is the index in `indicators` (null for the
 * document itself or its `entities`). `skipped` says whether the row was dropped.
 */
export interface Problem {
  row: number | null;
  id?: string;
  entity?: string;
  field?: string;
  code: ProblemCode;
  /** the developer's detail, in English (events and console warnings; never shown in a widget) */
  reason: string;
  skipped: boolean;
}

/** Every field of an Indicator, checked exhaustive at compile time (the schema test compares it). */
export const INDICATOR_FIELDS = [
  'id', 'name', 'unit', 'value', 'target', 'previous', 'min', 'max', 'better', 'period',
  'asOf', 'bands', 'entity', 'history', 'start', 'pace', 'yoy', 'source', 'note',
] as const satisfies readonly (keyof Indicator)[];
type Missing = Exclude<keyof Indicator, (typeof INDICATOR_FIELDS)[number]>;
const exhaustive: Missing extends never ? true : Missing = true;
void exhaustive;
