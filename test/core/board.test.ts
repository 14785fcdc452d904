import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateBoard, type BoardCheckOptions, type BrokenWidget } from '../../src/core/board.js';
import { describeBoardProblem } from '../../src/core/board-messages.js';
import { parseDuration } from '../../src/core/durations.js';
import type { BoardDocument } from '../../src/core/board-types.js';
import demoBoard from '../../demo/boards/gaoxin-2024.json';

/**
 * The TypeScript types state what the schema states: the example of docs/board-format.md typed
 * as a BoardDocument compiles (tsc) and is accepted by the schema and the validator below; the
 * demo board (JSON, so its literals are widened) is checked the same way at run time.
 */
const TYPED_EXAMPLE: BoardDocument = {
  version: 1,
  title: '郑州高新区 2024 年主要目标任务推进',
  stage: { width: 1920, height: 1080, fit: 'contain' },
  grid: { columns: 12, rowHeight: 80, gap: 16 },
  sources: { main: { src: '/api/stream', mode: 'sse', staleAfter: '60s' } },
  defaults: { source: 'main', theme: 'screen', locale: 'zh-CN' },
  pages: [{ id: 'overview', title: '总览', dwell: '45s', layout: 'stage', widgets: [{ id: 'gdp', type: 'gauge', indicator: 'gdp-growth', at: { x: 40, y: 120, w: 420, h: 320 }, cell: { x: 0, y: 0, w: 4, h: 4 }, options: { shape: 'semi' } }] }],
  rotation: { pauseOn: ['hover', 'focus', 'hidden'], idleReturn: '2m' },
};

const widget = (extra: Record<string, unknown> = {}) => ({ id: 'gdp', type: 'gauge', indicator: 'gdp-growth', at: { x: 40, y: 120, w: 420, h: 320 }, ...extra });
const board = (extra: Record<string, unknown> = {}, widgets: unknown[] = [widget()]) => ({
  version: 1,
  title: '郑州高新区 2024 年主要目标任务推进',
  stage: { width: 1920, height: 1080 },
  sources: { main: { src: '/api/stream', mode: 'sse', staleAfter: '60s' } },
  defaults: { source: 'main', theme: 'screen' },
  pages: [{ id: 'overview', title: '总览', dwell: '45s', widgets }],
  ...extra,
});
const GAUGE_ATTRIBUTES: BoardCheckOptions = { attributesOf: (t) => (t === 'gauge' ? ['indicator', 'entity', 'label', 'shape', 'needle', 'locale'] : undefined) };
const errors = (doc: unknown, o: BoardCheckOptions = GAUGE_ATTRIBUTES) => validateBoard(doc, o).problems.filter((p) => p.severity === 'error');
const codes = (doc: unknown) => validateBoard(doc, GAUGE_ATTRIBUTES).problems.map((p) => `${p.severity} ${p.code} ${p.path}`);

/** Refused by the schema and by the validator (an error). */
const INVALID: [string, unknown][] = [
  ['a number', 42],
  ['{}', {}],
  ['version 2', board({ version: 2 })],
  ['pages not an array', board({ pages: {} })],
  ['no pages', board({ pages: [] })],
  ['a widget of an unknown type', board({}, [widget({ type: 'pie' })])],
  ['a widget without id', board({}, [{ type: 'gauge', at: { x: 0, y: 0, w: 10, h: 10 } }])],
  ['a widget id with a space', board({}, [widget({ id: 'a b' })])],
  ['a negative position', board({}, [widget({ at: { x: -5, y: 0, w: 10, h: 10 } })])],
  ['a zero width', board({}, [widget({ at: { x: 0, y: 0, w: 0, h: 10 } })])],
  ['a position as text', board({}, [widget({ at: { x: '1e9', y: 0, w: 10, h: 10 } })])],
  ['a fractional grid cell', board({}, [widget({ cell: { x: 0.5, y: 0, w: 1, h: 1 } })])],
  ['a __proto__ key', JSON.parse('{"version":1,"pages":[{"id":"p","widgets":[]}],"__proto__":{"polluted":1}}')],
  ['a __proto__ option', board({}, [widget({ options: JSON.parse('{"__proto__":{"x":1}}') })])],
  ['a style option', board({}, [widget({ options: { style: 'color:red' } })])],
  ['an src option', board({}, [widget({ options: { src: 'http://evil.example/x.json' } })])],
  ['an option that is an object', board({}, [widget({ options: { shape: { a: 1 } } })])],
  ['a javascript: source', board({ sources: { main: { src: 'javascript:alert(1)' } } })],
  ['a data: source', board({ sources: { main: { src: 'data:application/json,{}' } } })],
  ['a source without src', board({ sources: { main: { mode: 'sse' } } })],
  ['a duration "0"', board({ pages: [{ id: 'p', dwell: '0', widgets: [] }] })],
  ['a duration "-5s"', board({ pages: [{ id: 'p', dwell: '-5s', widgets: [] }] })],
  ['a duration "1e9h"', board({ pages: [{ id: 'p', dwell: '1e9h', widgets: [] }] })],
  ['a mode that does not exist', board({ sources: { main: { src: '/x', mode: 'ws' } } })],
  ['a theme that does not exist', board({ defaults: { theme: 'neon' } })],
  ['a stage without height', board({ stage: { width: 1920 } })],
];

/** Rules JSON Schema cannot state: the schema lets them through, the validator reports an error. */
const VALIDATOR_ONLY: [string, unknown][] = [
  ['a dwell of "0s"', board({ pages: [{ id: 'p', dwell: '0s', widgets: [] }] })],
  ['a dwell of 1s (5s at least)', board({ pages: [{ id: 'p', dwell: '1s', widgets: [] }] })],
  ['an idle return of 8d (7d at most)', board({ rotation: { idleReturn: '8d' } })],
  ['two widgets with one id', board({}, [widget(), widget({ at: { x: 600, y: 120, w: 100, h: 100 } })])],
  ['two pages with one id', board({ pages: [{ id: 'p', widgets: [] }, { id: 'p', widgets: [] }] })],
  ['a widget naming a source the board lacks', board({}, [widget({ source: 'other' })])],
  ['a widget past the stage', board({}, [widget({ at: { x: 1800, y: 0, w: 400, h: 100 } })])],
  ['a stage widget without a place', board({}, [{ id: 'x', type: 'gauge' }])],
  ['an option the element does not have', board({}, [widget({ options: { colour: 'red' } })])],
];

/** Accepted by both (warnings at most). */
const VALID: [string, unknown][] = [
  ['the example', board()],
  ['a grid board', { version: 1, grid: { columns: 12, rowHeight: 80, gap: 16 }, pages: [{ id: 'p', widgets: [{ id: 't', type: 'text', title: '标题', text: '<b>not markup</b>', cell: { x: 0, y: 0, w: 12, h: 1 } }] }] }],
  ['inline data', board({}, [widget({ data: { indicators: [] } })])],
  ['an unknown field (a warning)', board({ theme: 'screen' })],
  ['overlapping widgets (a warning)', board({}, [widget(), widget({ id: 'b', at: { x: 100, y: 150, w: 200, h: 200 } })])],
  ['options of the element', board({}, [widget({ options: { shape: 'semi', needle: true } })])],
  ['the typed example of docs/board-format.md', TYPED_EXAMPLE],
  ['the demo board', demoBoard],
  ['an absolute http source', board({ sources: { main: { src: 'https://example.com/api/stream', mode: 'sse', refresh: '10s', heartbeat: '15s', fallbackSrc: '/api/x.json' } } })],
];

/**
 * Refused by all three: each is written as a BoardDocument under `@ts-expect-error`, so
 * `tsc --noEmit` (a step of npm test) fails the day the types accept it, and the tests below
 * check the schema and the validator refuse the same document.
 */
const TYPES_REFUSE: [string, unknown][] = [
  // @ts-expect-error no version
  ['no version', { pages: [] } satisfies BoardDocument],
  // @ts-expect-error version 2
  ['version 2', { version: 2, pages: [] } satisfies BoardDocument],
  // @ts-expect-error pages as an object
  ['pages not an array', { version: 1, pages: {} } satisfies BoardDocument],
  // @ts-expect-error an unknown widget type
  ['an unknown widget type', { version: 1, pages: [{ id: 'p', widgets: [{ id: 'w', type: 'pie' }] }] } satisfies BoardDocument],
  // @ts-expect-error a widget without an id
  ['a widget without an id', { version: 1, pages: [{ id: 'p', widgets: [{ type: 'gauge' }] }] } satisfies BoardDocument],
  // @ts-expect-error a dwell in plain seconds
  ['a dwell as a number', { version: 1, pages: [{ id: 'p', dwell: 30, widgets: [] }] } satisfies BoardDocument],
  // @ts-expect-error a fit that does not exist
  ['a stage fit of "stretch"', { version: 1, stage: { width: 1920, height: 1080, fit: 'stretch' }, pages: [] } satisfies BoardDocument],
  // @ts-expect-error a source mode that does not exist
  ['a source mode of "websocket"', { version: 1, sources: { main: { src: '/api/x', mode: 'websocket' } }, pages: [] } satisfies BoardDocument],
  // @ts-expect-error a position given as text
  ['a position as text', { version: 1, pages: [{ id: 'p', widgets: [{ id: 'w', type: 'text', at: { x: '10', y: 0, w: 100, h: 100 } }] }] } satisfies BoardDocument],
];

let ajvValidate: (doc: unknown) => boolean;
before(async () => {
  const schema = (await (await fetch('/schema/kpi-board.schema.json')).json()) as object;
  ajvValidate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
});

describe('board documents: the schema and the validator agree', () => {
  for (const [what, doc] of INVALID)
    it(`both refuse ${what}`, () => {
      expect(ajvValidate(doc), 'schema').to.equal(false);
      expect(errors(doc).length, 'validator').to.be.greaterThan(0);
    });
  for (const [what, doc] of TYPES_REFUSE)
    it(`the types, the schema and the validator refuse ${what}`, () => {
      expect(ajvValidate(doc), 'schema').to.equal(false);
      expect(errors(doc).length, 'validator').to.be.greaterThan(0);
    });
  for (const [what, doc] of VALIDATOR_ONLY)
    it(`the validator alone refuses ${what}`, () => {
      expect(ajvValidate(doc), 'schema').to.equal(true);
      expect(errors(doc).length, 'validator').to.be.greaterThan(0);
    });
  for (const [what, doc] of VALID)
    it(`both accept ${what}`, () => {
      expect(ajvValidate(doc), 'schema').to.equal(true);
      expect(errors(doc), 'validator').to.deep.equal([]);
    });
});

describe('validateBoard', () => {
  it('reads the example: stage, sources in seconds, defaults, a page with its dwell, the widget and its attributes', () => {
    const b = validateBoard(board({}, [widget({ options: { shape: 'semi', needle: true, locale: 'en' } })]), GAUGE_ATTRIBUTES);
    expect(b.ok).to.equal(true);
    expect(b.stage).to.deep.equal({ width: 1920, height: 1080, fit: 'contain' });
    expect(b.sources.get('main')).to.deep.equal({ src: '/api/stream', mode: 'sse', refresh: undefined, timeout: undefined, staleAfter: 60, heartbeat: undefined });
    expect(b.pages[0]).to.include({ id: 'overview', dwellMs: 45_000, layout: 'stage' });
    expect(b.pages[0].widgets[0]).to.deep.equal({ ok: true, id: 'gdp', type: 'gauge', source: 'main', attributes: { indicator: 'gdp-growth', shape: 'semi', needle: '', locale: 'en' }, at: { x: 40, y: 120, w: 420, h: 320 } });
  });

  it('says where a document that is not JSON breaks: a trailing comma, line and column', () => {
    const b = validateBoard('{\n  "version": 1,\n  "pages": [],\n}');
    expect(b.ok).to.equal(false);
    expect(b.problems[0]).to.include({ code: 'not-json', line: 4, column: 1 });
    expect(describeBoardProblem(b.problems[0], 'zh-CN')).to.equal('文档：不是有效的 JSON（第 4 行第 1 列）');
    expect(describeBoardProblem(b.problems[0], 'en')).to.equal('The document: is not valid JSON (line 4, column 1)');
  });

  it('keeps the rest of the board when one widget is broken: the broken one keeps its place for its error tile', () => {
    const b = validateBoard(board({}, [widget(), widget({ id: 'bad', type: 'pie', at: { x: 500, y: 120, w: 300, h: 300 } })]), GAUGE_ATTRIBUTES);
    expect(b.ok).to.equal(true);
    const [good, bad] = b.pages[0].widgets;
    expect(good.ok).to.equal(true);
    expect(bad).to.deep.include({ ok: false, id: 'bad', at: { x: 500, y: 120, w: 300, h: 300 } });
    expect(describeBoardProblem((bad as BrokenWidget).problems[0], 'zh-CN')).to.equal('/pages/0/widgets/1/type：未知的组件类型');
  });

  it('reports with exact paths: geometry, overlaps, unknown sources and fields, forbidden keys (never read)', () => {
    const doc: unknown = JSON.parse(JSON.stringify(board({ colour: 1 }, [widget(), widget({ id: 'b', at: { x: 100, y: 150, w: 2000, h: 50 }, source: 'nope' })])));
    expect(codes(doc)).to.deep.equal([
      'warning unknown-field /colour',
      'error outside-stage /pages/0/widgets/1/at',
      'error unknown-source /pages/0/widgets/1/source',
      'warning overlap /pages/0/widgets/1/at',
    ]);
    const polluted = validateBoard(JSON.parse('{"version":1,"pages":[{"id":"p","widgets":[]}],"__proto__":{"polluted":1}}'));
    expect(polluted.problems.map((p) => p.path)).to.deep.equal(['/__proto__']);
    expect(({} as { polluted?: number }).polluted).to.equal(undefined);
  });

  it('keeps text as text: markup and javascript: in titles are kept verbatim for the board to print as text', () => {
    const b = validateBoard({ version: 1, pages: [{ id: 'p', title: '<img src=x onerror=alert(1)>', widgets: [{ id: 't', type: 'text', text: 'javascript:alert(1)' }] }] });
    expect(b.pages[0].title).to.equal('<img src=x onerror=alert(1)>');
    expect(b.pages[0].widgets[0]).to.deep.include({ ok: true, text: 'javascript:alert(1)' });
  });

  it('reads 500 widgets', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ id: `w${i}`, type: 'text', text: `${i}`, cell: { x: i % 12, y: Math.floor(i / 12), w: 1, h: 1 } }));
    const b = validateBoard({ version: 1, pages: [{ id: 'p', widgets: many }] });
    expect(b.pages[0].widgets.filter((w) => w.ok)).to.have.length(500);
    expect(b.pages[0].layout).to.equal('grid');
  });
});

describe('parseDuration', () => {
  it('reads "500ms", "30s", "5m", "2h", "1d" and refuses the rest', () => {
    expect(['500ms', '30s', '5m', '2h', '1d', '1.5s'].map(parseDuration)).to.deep.equal([500, 30_000, 300_000, 7_200_000, 86_400_000, 1500]);
    expect(['0', '-5s', '1e9h', '5 minutes', '', 30, null].map(parseDuration)).to.deep.equal([null, null, null, null, null, null, null]);
  });
});
