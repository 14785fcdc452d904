import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  derive,
  formatAsOf,
  formatChange,
  formatGap,
  formatGroup,
  formatNumber,
  formatPercent,
  formatPoints,
  formatValue,
  joinValue,
  plainNumber,
  present,
  validate,
} from '../../src/core/index.js';

const FORBIDDEN = /NaN|Infinity|undefined|null|\[object Object\]|Invalid Date|(^|[^\d])-0(?![\d.])/;

/** Anything a feed might send for a field: right types, wrong types, extremes. */
const anyField = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, 1e21, -1e21, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e-300),
  fc.integer(),
  fc.string(),
  fc.constantFrom('2024-08-21', '2024-02-30', '2024-08-21T10:00:00+08:00', '12.3', '__proto__', 'higher', 'lower', 'target', 'none'),
  fc.constant(null),
  fc.boolean(),
  fc.jsonValue({ maxDepth: 2 }),
);
const dateText = fc.oneof(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string(),
);
const period = fc.record({ start: dateText, end: dateText });
const band = fc.record({ upTo: fc.option(fc.double({ noNaN: true, min: -10, max: 10 })), status: fc.constantFrom('bad', 'warn', 'good', 'red') });

/** Indicator-shaped objects: mostly valid-looking, often broken. */
const indicatorLike = fc.record(
  {
    id: fc.oneof(fc.constantFrom('fai', 'hte-total', '__proto__', 'constructor', 'a b'), fc.string()),
    name: fc.oneof(fc.constantFrom('指标', '<b>x</b>', '\u202Eabc'), fc.string()),
    unit: fc.constantFrom('亿元', '万元', '家', '%', '', 'km'),
    value: anyField,
    target: anyField,
    previous: anyField,
    min: anyField,
    max: anyField,
    start: anyField,
    yoy: anyField,
    better: fc.constantFrom('higher', 'lower', 'target', 'sideways'),
    pace: fc.constantFrom('linear', 'none', 'x'),
    period: fc.oneof(period, anyField),
    asOf: dateText,
    bands: fc.oneof(fc.array(band, { maxLength: 4 }), anyField),
    entity: fc.constantFrom('shifo', '__proto__', 'constructor', 'x y'),
    history: fc.array(fc.record({ at: dateText, value: anyField }), { maxLength: 4 }),
  },
  { requiredKeys: [] },
);
const setLike = fc.record(
  {
    title: anyField,
    asOf: dateText,
    entities: fc.oneof(fc.array(fc.record({ id: fc.constantFrom('shifo', '__proto__', 'constructor'), name: fc.string() })), anyField),
    indicators: fc.array(fc.oneof(indicatorLike, anyField), { maxLength: 6 }),
  },
  { requiredKeys: ['indicators'] },
);

function findNonFinite(x: unknown, path = 'view'): string | null {
  if (typeof x === 'number') return Number.isFinite(x) ? null : path;
  if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      const hit = findNonFinite(v, `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return null;
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

describe('properties (fast-check)', () => {
  it('validate never throws and never adds keys to Object.prototype, for any JSON value', () => {
    const before = prototypeKeys();
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), setLike), (input) => {
        const set = validate(input);
        expect(set.rows.length + set.problems.length).to.be.greaterThanOrEqual(set.ok ? 0 : 1);
      }),
      { numRuns: 600 },
    );
    expect(prototypeKeys()).to.equal(before);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('validate never throws on any JSON text, including __proto__ keys', () => {
    const before = prototypeKeys();
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), setLike.map((s) => JSON.stringify(s).replace(/"title"/, '"__proto__"'))), (text) => {
        validate(text);
      }),
      { numRuns: 400 },
    );
    expect(prototypeKeys()).to.equal(before);
  });

  it('derive never yields NaN or Infinity', () => {
    fc.assert(
      fc.property(setLike, (input) => {
        for (const row of validate(input).rows) {
          const hit = findNonFinite(derive(row));
          expect(hit, JSON.stringify(row)).to.equal(null);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('format never prints NaN, Infinity, undefined, null, -0, [object Object] or Invalid Date', () => {
    const number = fc.oneof(fc.double(), fc.constantFrom(-0, 0, -0.0001, 1e21, -1e21, Number.MAX_VALUE, NaN, Infinity), fc.constant(null));
    const locale = fc.constantFrom('zh-CN', 'en', undefined);
    fc.assert(
      fc.property(number, number, locale, fc.constantFrom('亿元', '万元', '家', '%', '', 'km'), dateText, (a, b, loc, unit, date) => {
        const opts = { locale: loc };
        const texts = [
          formatNumber(a, opts),
          joinValue(formatValue(a, unit, opts)),
          ...formatGroup([a, b], unit, opts).map(joinValue),
          formatPercent(a, opts),
          formatChange(a, opts),
          formatPoints(a, opts),
          formatGap(a, opts),
          formatAsOf(date, opts),
        ];
        for (const t of texts) expect(t, `${String(a)} ${unit}`).to.not.match(FORBIDDEN);
      }),
      { numRuns: 600 },
    );
  });

  it('present never prints those tokens for any valid row', () => {
    fc.assert(
      fc.property(setLike, fc.constantFrom('zh-CN', 'en'), (input, locale) => {
        for (const row of validate(input).rows) {
          const p = present(derive({ ...row, name: '指标' }), { locale });
          const { value, target, ...texts } = p;
          for (const t of [...Object.values(texts), value.value, target.value]) expect(t).to.not.match(FORBIDDEN);
        }
      }),
      { numRuns: 400 },
    );
  });
  it('prints integers as Intl does (small ones skip Intl), in both locales', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1200, max: 1200 }), fc.constantFrom(0, -0, 999, -999, 1000, -1000, 2 ** 53, 1e20, 1e21)),
        fc.constantFrom('zh-CN', 'en'),
        (v, locale) => {
          const intl = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, o).format(v);
          expect(formatNumber(v, { locale }), 'number').to.equal(intl({ maximumFractionDigits: v === 0 ? 3 : Math.abs(v) >= 1e4 ? 0 : Math.abs(v) >= 100 ? 1 : 2, signDisplay: 'negative' }));
          expect(formatNumber(v, { locale, digits: 1 }), 'fixed digits').to.equal(intl({ maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'negative' }));
          if (Math.abs(v) < 1e21) expect(plainNumber(v), 'plain').to.equal(new Intl.NumberFormat('en', { useGrouping: false, maximumFractionDigits: 6, signDisplay: 'negative' }).format(v));
          if (Math.abs(v) >= 0.05) expect(formatGap(v, { locale }), 'gap').to.contain(new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(v)));
        },
      ),
      { numRuns: 500 },
    );
  });
});
