/**
 * validateBoard(input): the board document's rules (docs/board-format.md), applied without
 * ever throwing. Problems carry a JSON Pointer path. A broken widget comes back as a broken
 * widget (the board draws an error tile in its place) and the rest is kept; only a document
 * that is not a v1 board with pages is refused as a whole.
 */
import type { BoardProblem, BoardProblemCode, GridCell, StageBox, WidgetType } from './board-types.js';
import { MAX_DURATION_MS, parseDuration } from './durations.js';

export const WIDGET_TYPES: readonly WidgetType[] = ['gauge', 'stat', 'target-bar', 'park-compare', 'ranking', 'text', 'clock'];
/** Attributes a board never sets through `options`: the board owns data, sources and identity; a URL only comes from `sources`. */
export const BOARD_OWNED = ['data', 'src', 'source', 'id', 'class', 'style', 'slot', 'part'];
const ID = /^[A-Za-z0-9._-]{1,64}$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MIN_MS = { dwell: 5_000, idleReturn: 10_000, source: 1_000 };

export interface ValidWidget {
  ok: true;
  id: string;
  type: WidgetType;
  source: string | null;
  data?: Record<string, unknown>;
  /** the element's attributes, as text (booleans: present or absent) */
  attributes: Record<string, string>;
  title?: string;
  text?: string;
  at?: StageBox;
  cell?: GridCell;
}

export interface BrokenWidget {
  ok: false;
  id: string | null;
  at?: StageBox;
  cell?: GridCell;
  problems: BoardProblem[];
}

export interface ValidPage {
  id: string;
  title?: string;
  dwellMs: number;
  layout: 'stage' | 'grid';
  widgets: (ValidWidget | BrokenWidget)[];
}

export interface ValidSource {
  src: string;
  mode: 'poll' | 'sse';
  /** seconds, as the <kpi-source> attributes take them */
  refresh?: number;
  timeout?: number;
  staleAfter?: number;
  heartbeat?: number;
  fallbackSrc?: string;
}

export interface ValidatedBoard {
  /** false: not a v1 board with pages (one message shows) */
  ok: boolean;
  title?: string;
  stage: { width: number; height: number; fit: 'contain' | 'cover' | 'width' } | null;
  grid: { columns: number; rowHeight: number; gap: number };
  sources: Map<string, ValidSource>;
  defaults: { source: string | null; theme: 'light' | 'dark' | 'screen' | null; locale: 'zh-CN' | 'en' | null };
  pages: ValidPage[];
  rotation: { pauseOn: Set<'hover' | 'focus' | 'hidden'>; idleReturnMs: number | null };
  problems: BoardProblem[];
}

export interface BoardCheckOptions {
  /** the attributes an element type accepts (the board passes its elements' own); unchecked when absent */
  attributesOf?: (type: WidgetType) => readonly string[] | undefined;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const pointer = (path: string, key: string | number) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** Where JSON.parse stopped, as line and column (1-based). */
function parsePosition(error: unknown, text: string): { line?: number; column?: number } {
  const m = /position (\d+)/.exec(String((error as Error)?.message ?? ''));
  if (!m) return {};
  const before = text.slice(0, Number(m[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** Is `v` a URL a board may fetch: relative, or http(s). (`javascript:`, `data:` and every other scheme are refused.) */
export function isFetchableUrl(v: unknown): v is string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (typeof v !== 'string' || v.trim() === '' || /[\s\u0000-\u001f]/.test(v)) return false;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(v);
  return !scheme || /^https?$/i.test(scheme[1]);
}

class Checker {
  readonly problems: BoardProblem[] = [];
  constructor(readonly opts: BoardCheckOptions) {}

  report(path: string, code: BoardProblemCode, reason: string, severity: 'error' | 'warning' = 'error'): BoardProblem {
    const p = { path, code, severity, reason };
    this.problems.push(p);
    return p;
  }

  /** Reports keys of `o` outside `known` (warnings) and forbidden keys (errors, never read). Returns whether a forbidden key was there. */
  fields(o: Obj, path: string, known: readonly string[]): boolean {
    let forbidden = false;
    for (const k of Object.keys(o)) {
      if (FORBIDDEN.has(k)) {
        forbidden = true;
        this.report(pointer(path, k), 'forbidden-key', `"${k}" is not allowed in a board document`);
      } else if (!known.includes(k)) this.report(pointer(path, k), 'unknown-field', `"${k}" is not a field here; it is ignored`, 'warning');
    }
    return forbidden;
  }

  text(o: Obj, k: string, path: string): string | undefined {
    const v = own(o, k);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') {
      this.report(pointer(path, k), 'wrong-type', `must be text, got ${typeof v}`);
      return undefined;
    }
    return v;
  }

  choice<T extends string>(o: Obj, k: string, path: string, choices: readonly T[]): T | undefined {
    const v = own(o, k);
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !choices.includes(v as T)) {
      this.report(pointer(path, k), 'bad-choice', `must be one of ${choices.map((c) => `"${c}"`).join(', ')}`);
      return undefined;
    }
    return v as T;
  }

  number(o: Obj, k: string, path: string, min: number, max: number, integer = false): number | undefined {
    const v = own(o, k);
    if (v === undefined) return undefined;
    if (!isNumber(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
      this.report(pointer(path, k), 'bad-number', `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
      return undefined;
    }
    return v;
  }

  duration(o: Obj, k: string, path: string, minMs: number): number | undefined {
    const v = own(o, k);
    if (v === undefined) return undefined;
    const ms = parseDuration(v);
    if (ms === null) this.report(pointer(path, k), 'bad-duration', 'must be a duration such as "30s", "5m" or "2h"');
    else if (ms < minMs) this.report(pointer(path, k), 'too-short', `must be at least ${minMs / 1000}s`);
    else if (ms > MAX_DURATION_MS) this.report(pointer(path, k), 'too-long', 'must be at most 7d');
    else return ms;
    return undefined;
  }

  box<B extends StageBox | GridCell>(o: Obj, k: string, path: string, grid: boolean): B | undefined {
    const v = own(o, k);
    if (v === undefined) return undefined;
    const at = pointer(path, k);
    if (!isObject(v)) {
      this.report(at, 'wrong-type', 'must be an object { x, y, w, h }');
      return undefined;
    }
    this.fields(v, at, ['x', 'y', 'w', 'h']);
    const limit = grid ? 1000 : 100_000;
    const x = this.number(v, 'x', at, 0, limit, grid);
    const y = this.number(v, 'y', at, 0, limit, grid);
    const w = this.number(v, 'w', at, 1, limit, grid);
    const h = this.number(v, 'h', at, 1, limit, grid);
    for (const [name, n] of Object.entries({ x, y, w, h })) if (n === undefined && own(v, name) === undefined) this.report(pointer(at, name), 'missing', `needs ${name}`);
    return x === undefined || y === undefined || w === undefined || h === undefined ? undefined : ({ x, y, w, h } as B);
  }
}

const STAGE_FIELDS = ['width', 'height', 'fit'];
const TOP_FIELDS = ['$schema', 'version', 'title', 'stage', 'grid', 'sources', 'defaults', 'pages', 'rotation'];
const SOURCE_FIELDS = ['src', 'mode', 'refresh', 'timeout', 'staleAfter', 'heartbeat', 'fallbackSrc'];
const PAGE_FIELDS = ['id', 'title', 'dwell', 'layout', 'widgets'];
const WIDGET_FIELDS = ['id', 'type', 'source', 'data', 'indicator', 'entity', 'indicators', 'entities', 'title', 'text', 'at', 'cell', 'options'];
const PICKS = ['indicator', 'entity', 'indicators', 'entities'] as const;

function refused(problems: BoardProblem[]): ValidatedBoard {
  return { ok: false, stage: null, grid: { columns: 12, rowHeight: 80, gap: 16 }, sources: new Map(), defaults: { source: null, theme: null, locale: null }, pages: [], rotation: { pauseOn: new Set(['hover', 'focus', 'hidden']), idleReturnMs: null }, problems };
}

/** Checks a board document (an object or JSON text). */
export function validateBoard(input: unknown, opts: BoardCheckOptions = {}): ValidatedBoard {
  const c = new Checker(opts);
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      const where = parsePosition(e, input);
      return refused([{ path: '', code: 'not-json', severity: 'error', reason: `not JSON: ${String((e as Error).message)}`, ...where }]);
    }
  }
  if (!isObject(doc)) return refused([c.report('', 'not-object', 'a board document is a JSON object { "version": 1, "pages": [...] }')]);
  c.fields(doc, '', TOP_FIELDS);
  if (own(doc, 'version') !== 1) c.report('/version', own(doc, 'version') === undefined ? 'missing' : 'bad-version', 'must be 1 (this library reads board documents of version 1)');
  const pagesIn = own(doc, 'pages');
  if (!Array.isArray(pagesIn) || pagesIn.length === 0) c.report('/pages', pagesIn === undefined ? 'missing' : 'wrong-type', 'must be a list of at least one page');
  if (c.problems.some((p) => p.severity === 'error' && (p.path === '/version' || p.path === '/pages'))) return refused(c.problems);

  const board = refused([]);
  board.ok = true;
  board.title = c.text(doc, 'title', '');
  const stage = own(doc, 'stage');
  if (stage !== undefined) {
    if (!isObject(stage)) c.report('/stage', 'wrong-type', 'must be an object { width, height, fit }');
    else {
      c.fields(stage, '/stage', STAGE_FIELDS);
      const width = c.number(stage, 'width', '/stage', 100, 16384);
      const height = c.number(stage, 'height', '/stage', 100, 16384);
      const fit = c.choice(stage, 'fit', '/stage', ['contain', 'cover', 'width'] as const) ?? 'contain';
      if (width !== undefined && height !== undefined) board.stage = { width, height, fit };
      else if (own(stage, 'width') === undefined || own(stage, 'height') === undefined) c.report('/stage', 'missing', 'needs width and height');
    }
  }
  const grid = own(doc, 'grid');
  if (grid !== undefined) {
    if (!isObject(grid)) c.report('/grid', 'wrong-type', 'must be an object { columns, rowHeight, gap }');
    else {
      c.fields(grid, '/grid', ['columns', 'rowHeight', 'gap']);
      board.grid = { columns: c.number(grid, 'columns', '/grid', 1, 48, true) ?? 12, rowHeight: c.number(grid, 'rowHeight', '/grid', 10, 2000) ?? 80, gap: c.number(grid, 'gap', '/grid', 0, 200) ?? 16 };
    }
  }
  const sources = own(doc, 'sources');
  if (sources !== undefined && !isObject(sources)) c.report('/sources', 'wrong-type', 'must be an object of named sources');
  else if (sources) {
    for (const id of Object.keys(sources)) {
      const at = pointer('/sources', id);
      if (FORBIDDEN.has(id)) {
        c.report(at, 'forbidden-key', `"${id}" is not allowed in a board document`);
        continue;
      }
      if (!ID.test(id)) {
        c.report(at, 'bad-id', 'a source name is 1-64 letters, digits, ".", "_" or "-"');
        continue;
      }
      const s = sources[id];
      if (!isObject(s)) {
        c.report(at, 'wrong-type', 'must be an object { src, mode, ... }');
        continue;
      }
      c.fields(s, at, SOURCE_FIELDS);
      const src = own(s, 'src');
      if (!isFetchableUrl(src)) {
        c.report(pointer(at, 'src'), src === undefined ? 'missing' : 'bad-url', 'must be a relative or http(s) URL');
        continue;
      }
      const fallback = own(s, 'fallbackSrc');
      if (fallback !== undefined && !isFetchableUrl(fallback)) c.report(pointer(at, 'fallbackSrc'), 'bad-url', 'must be a relative or http(s) URL');
      const seconds = (k: string) => {
        const ms = c.duration(s, k, at, MIN_MS.source);
        return ms === undefined ? undefined : ms / 1000;
      };
      board.sources.set(id, {
        src,
        mode: c.choice(s, 'mode', at, ['poll', 'sse'] as const) ?? 'poll',
        refresh: seconds('refresh'),
        timeout: seconds('timeout'),
        staleAfter: seconds('staleAfter'),
        heartbeat: seconds('heartbeat'),
        ...(isFetchableUrl(fallback) && { fallbackSrc: fallback }),
      });
    }
  }
  const defaults = own(doc, 'defaults');
  if (defaults !== undefined && !isObject(defaults)) c.report('/defaults', 'wrong-type', 'must be an object { source, theme, locale }');
  else if (defaults) {
    c.fields(defaults, '/defaults', ['source', 'theme', 'locale']);
    const source = c.text(defaults, 'source', '/defaults');
    if (source !== undefined && !board.sources.has(source)) c.report('/defaults/source', 'unknown-source', `"${source}" is not one of the board's sources`);
    else board.defaults.source = source ?? null;
    board.defaults.theme = c.choice(defaults, 'theme', '/defaults', ['light', 'dark', 'screen'] as const) ?? null;
    board.defaults.locale = c.choice(defaults, 'locale', '/defaults', ['zh-CN', 'en'] as const) ?? null;
  }
  const rotation = own(doc, 'rotation');
  if (rotation !== undefined && !isObject(rotation)) c.report('/rotation', 'wrong-type', 'must be an object { pauseOn, idleReturn }');
  else if (rotation) {
    c.fields(rotation, '/rotation', ['pauseOn', 'idleReturn']);
    const pauseOn = own(rotation, 'pauseOn');
    if (pauseOn !== undefined) {
      const ok = Array.isArray(pauseOn) && pauseOn.every((x) => ['hover', 'focus', 'hidden'].includes(x as string));
      if (ok) board.rotation.pauseOn = new Set(pauseOn as ('hover' | 'focus' | 'hidden')[]);
      else c.report('/rotation/pauseOn', 'bad-choice', 'must be a list of "hover", "focus", "hidden"');
    }
    board.rotation.idleReturnMs = c.duration(rotation, 'idleReturn', '/rotation', MIN_MS.idleReturn) ?? null;
  }
  const pageIds = new Set<string>();
  const widgetIds = new Set<string>();
  for (const [i, p] of (pagesIn as unknown[]).entries()) {
    const at = pointer('/pages', i);
    if (!isObject(p)) {
      c.report(at, 'wrong-type', 'a page is an object { id, widgets, ... }');
      continue;
    }
    c.fields(p, at, PAGE_FIELDS);
    const idIn = own(p, 'id');
    let id = typeof idIn === 'string' && ID.test(idIn) ? idIn : `page-${i + 1}`;
    if (idIn === undefined) c.report(pointer(at, 'id'), 'missing', 'a page needs an id');
    else if (id !== idIn) c.report(pointer(at, 'id'), 'bad-id', 'an id is 1-64 letters, digits, ".", "_" or "-"');
    if (pageIds.has(id)) {
      c.report(pointer(at, 'id'), 'duplicate-id', `another page is also "${id}"`);
      id = `${id}-${i + 1}`;
    }
    pageIds.add(id);
    const layout = c.choice(p, 'layout', at, ['stage', 'grid'] as const) ?? (board.stage ? 'stage' : 'grid');
    const page: ValidPage = { id, title: c.text(p, 'title', at), dwellMs: c.duration(p, 'dwell', at, MIN_MS.dwell) ?? 30_000, layout: layout === 'stage' && !board.stage ? 'grid' : layout, widgets: [] };
    if (layout === 'stage' && !board.stage) c.report(pointer(at, 'layout'), 'bad-choice', '"stage" needs the board\'s stage { width, height }; laid out as "grid"');
    const widgets = own(p, 'widgets');
    if (!Array.isArray(widgets)) c.report(pointer(at, 'widgets'), widgets === undefined ? 'missing' : 'wrong-type', 'must be a list of widgets');
    else for (const [k, w] of widgets.entries()) page.widgets.push(checkWidget(c, board, page, w, pointer(pointer(at, 'widgets'), k), widgetIds));
    if (page.layout === 'stage') reportOverlaps(c, page, at);
    board.pages.push(page);
  }
  board.problems = c.problems;
  return board;
}

function checkWidget(c: Checker, board: ValidatedBoard, page: ValidPage, w: unknown, path: string, ids: Set<string>): ValidWidget | BrokenWidget {
  const before = c.problems.length;
  const errors = () => c.problems.slice(before).filter((p) => p.severity === 'error');
  if (!isObject(w)) return { ok: false, id: null, problems: [c.report(path, 'wrong-type', 'a widget is an object { id, type, ... }')] };
  c.fields(w, path, WIDGET_FIELDS);
  const idIn = own(w, 'id');
  const id = typeof idIn === 'string' && ID.test(idIn) ? idIn : null;
  if (idIn === undefined) c.report(pointer(path, 'id'), 'missing', 'a widget needs an id');
  else if (id === null) c.report(pointer(path, 'id'), 'bad-id', 'an id is 1-64 letters, digits, ".", "_" or "-"');
  else if (ids.has(id)) c.report(pointer(path, 'id'), 'duplicate-id', `another widget is also "${id}"`);
  if (id) ids.add(id);
  const typeIn = own(w, 'type');
  const type = WIDGET_TYPES.includes(typeIn as WidgetType) ? (typeIn as WidgetType) : null;
  if (!type) c.report(pointer(path, 'type'), typeIn === undefined ? 'missing' : 'unknown-type', `must be one of ${WIDGET_TYPES.join(', ')}`);
  const at = c.box<StageBox>(w, 'at', path, false);
  const cell = c.box<GridCell>(w, 'cell', path, true);
  if (at && board.stage && (at.x + at.w > board.stage.width || at.y + at.h > board.stage.height))
    c.report(pointer(path, 'at'), 'outside-stage', `reaches past the stage (${board.stage.width}×${board.stage.height})`);
  if (cell && cell.x + cell.w > board.grid.columns) c.report(pointer(path, 'cell'), 'outside-stage', `reaches past the grid's ${board.grid.columns} columns`);
  // On a grid page a widget without a cell flows into the next free place; on a stage it has none.
  if (page.layout === 'stage' && own(w, 'at') === undefined) c.report(path, 'no-place', 'a widget on a stage page needs "at" { x, y, w, h }');
  const sourceIn = c.text(w, 'source', path);
  const source = sourceIn ?? board.defaults.source;
  if (sourceIn !== undefined && !board.sources.has(sourceIn)) c.report(pointer(path, 'source'), 'unknown-source', `"${sourceIn}" is not one of the board's sources`);
  const data = own(w, 'data');
  if (data !== undefined && !isObject(data)) c.report(pointer(path, 'data'), 'wrong-type', 'must be an IndicatorSet object');
  const attributes: Record<string, string> = {};
  for (const k of PICKS) {
    const v = c.text(w, k, path);
    if (v !== undefined) attributes[k] = v;
  }
  const options = own(w, 'options');
  if (options !== undefined && !isObject(options)) c.report(pointer(path, 'options'), 'wrong-type', "must be an object of the element's attributes");
  else if (options && type) {
    const allowed = c.opts.attributesOf?.(type);
    for (const k of Object.keys(options)) {
      const v = options[k];
      const where = pointer(pointer(path, 'options'), k);
      if (FORBIDDEN.has(k)) c.report(where, 'forbidden-key', `"${k}" is not allowed in a board document`);
      else if (BOARD_OWNED.includes(k) || (allowed && !allowed.includes(k))) c.report(where, 'unknown-option', `<kpi-${type}> has no attribute "${k}" a board may set`);
      else if (typeof v === 'string' || isNumber(v)) attributes[k] = String(v);
      else if (typeof v === 'boolean') {
        if (v) attributes[k] = '';
      } else c.report(where, 'wrong-type', 'must be text, a number or true/false');
    }
  }
  const title = c.text(w, 'title', path);
  const text = c.text(w, 'text', path);
  const place = { ...(at && { at }), ...(cell && { cell }) };
  const broken = errors();
  if (broken.length || !id || !type) return { ok: false, id, ...place, problems: broken };
  return { ok: true, id, type, source: data === undefined ? source : null, ...(isObject(data) && { data }), attributes, ...(title !== undefined && { title }), ...(text !== undefined && { text }), ...place };
}

/** Overlapping widgets on a stage page: a warning on the later one (it draws on top). */
function reportOverlaps(c: Checker, page: ValidPage, path: string): void {
  const placed = page.widgets.map((w, i) => [w.at, i] as const).filter((x): x is readonly [StageBox, number] => x[0] !== undefined);
  for (let j = 1; j < placed.length; j++)
    for (let i = 0; i < j; i++) {
      const [a, ia] = placed[i];
      const [b, ib] = placed[j];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) {
        c.report(`${path}/widgets/${ib}/at`, 'overlap', `overlaps widget ${ia} (${page.widgets[ia].id ?? ia})`, 'warning');
        break;
      }
    }
}
