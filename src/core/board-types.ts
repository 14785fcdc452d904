/**
 * The board document (v1): a whole wall or dashboard in one JSON file that a person writes by
 * hand (docs/board-format.md). `schema/kpi-board.schema.json` states the same structure for
 * other languages; `test/core/board.test.ts` proves the two and the validator agree.
 */

/** A duration as text: "500ms", "30s", "5m", "2h". */
export type Duration = string;

/** What a widget is: each element of the library, a text block and a clock/as-of block. */
export type WidgetType = 'gauge' | 'stat' | 'target-bar' | 'park-compare' | 'ranking' | 'text' | 'clock';

/** A box in pixels at the stage's design size. */
export interface StageBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A box in grid cells: columns from 0, rows from 0. */
export interface GridCell {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface BoardWidget {
  id: string;
  type: WidgetType;
  /** the board source it reads (`defaults.source` otherwise) */
  source?: string;
  /** inline data (an IndicatorSet), instead of a source */
  data?: Record<string, unknown>;
  /** shorthands for the element's own attributes of the same names */
  indicator?: string;
  entity?: string;
  indicators?: string;
  entities?: string;
  /** a text block's heading and text; any widget's title above it */
  title?: string;
  text?: string;
  at?: StageBox;
  cell?: GridCell;
  /** the element's own attributes (kebab-case names, as in HTML) */
  options?: Record<string, string | number | boolean>;
}

export interface BoardPage {
  id: string;
  title?: string;
  /** how long the page shows before the next one (30s by default, 5s at least) */
  dwell?: Duration;
  /** `stage` (pixels on <kpi-screen>; the default when the board has a stage) or `grid` */
  layout?: 'stage' | 'grid';
  widgets: BoardWidget[];
}

export interface BoardSource {
  src: string;
  mode?: 'poll' | 'sse';
  refresh?: Duration;
  timeout?: Duration;
  staleAfter?: Duration;
  heartbeat?: Duration;
  fallbackSrc?: string;
}

export interface BoardDocument {
  version: 1;
  title?: string;
  stage?: { width: number; height: number; fit?: 'contain' | 'cover' | 'width' };
  grid?: { columns?: number; rowHeight?: number; gap?: number };
  sources?: Record<string, BoardSource>;
  defaults?: { source?: string; theme?: 'light' | 'dark' | 'screen'; locale?: 'zh-CN' | 'en' };
  pages: BoardPage[];
  rotation?: { pauseOn?: ('hover' | 'focus' | 'hidden')[]; idleReturn?: Duration };
}

/** What is wrong with a board document, by code (the words: core/board-messages.ts). */
export type BoardProblemCode =
  | 'not-json'
  | 'not-object'
  | 'bad-version'
  | 'missing'
  | 'wrong-type'
  | 'bad-choice'
  | 'bad-id'
  | 'duplicate-id'
  | 'bad-number'
  | 'bad-duration'
  | 'too-short'
  | 'too-long'
  | 'bad-url'
  | 'forbidden-key'
  | 'unknown-field'
  | 'unknown-type'
  | 'unknown-option'
  | 'unknown-source'
  | 'no-place'
  | 'outside-stage'
  | 'overlap';

/**
 * A problem at a JSON Pointer path ("/pages/0/widgets/3/at/w"). An `error` drops what it is in
 * (a widget becomes an error tile in its own place; a broken document shows one message); a
 * `warning` (an overlap, an unknown field) is reported and the rest is used.
 */
export interface BoardProblem {
  path: string;
  code: BoardProblemCode;
  severity: 'error' | 'warning';
  /** the developer's detail, in English */
  reason: string;
  /** where a document that is not JSON breaks */
  line?: number;
  column?: number;
}
