import { expect } from '@open-wc/testing';
import { derive, deriveSet, placeOnRange, validate, type Indicator } from '../../src/core/index.js';
import { loadSample } from '../samples.js';

const Y2024 = { start: '2024-01-01', end: '2024-12-31' };
const row = (extra: Partial<Indicator> = {}): Indicator => ({ id: 'x', name: '指标', value: 50, target: 100, ...extra });
const close = (actual: number | null, expected: number, digits = 6): void => {
  expect(actual?.toFixed(digits)).to.equal(expected.toFixed(digits));
};

describe('derive: completion', () => {
  it('is value / target', () => close(derive(row({ value: 372, target: 600 })).completion, 0.62));
  it('counts from start for level targets: (value − start) / (target − start)', () =>
    close(derive(row({ value: 10, start: 8, target: 12 })).completion, 0.5));
  it('is target / value when lower is better', () => close(derive(row({ value: 0.5, target: 0.45, better: 'lower' })).completion, 0.9));
  it('is null with a reason when it is undefined', () => {
    const cases: [Partial<Indicator>, string][] = [
      [{ value: null }, 'no-value'],
      [{ target: undefined }, 'no-target'],
      [{ target: 0 }, 'target-zero'],
      [{ start: 100, target: 100 }, 'target-equals-start'],
      [{ value: 0, better: 'lower' }, 'value-zero'],
      [{ value: 1e308, target: 1e-308 }, 'out-of-range'],
    ];
    for (const [extra, reason] of cases) {
      const v = derive(row(extra));
      expect(v.completion, reason).to.equal(null);
      expect(v.why.completion).to.equal(reason);
    }
  });
  it('matches the published 73.6% for key projects (170.7 of 231.9 亿元)', async () => {
    const set = validate(await loadSample('gaoxin-2022.json'));
    const v = deriveSet(set).find((x) => x.id === 'key-projects-investment');
    close(v?.completion ?? null, 0.736, 3);
  });
});

describe('derive: schedule (序时进度)', () => {
  it('is the elapsed share of the period at asOf, counting asOf and period.end as whole days', () => {
    // 1 Jan – 21 Aug 2024 is 234 of 366 days
    close(derive(row({ period: Y2024, asOf: '2024-08-21' })).schedule, 234 / 366);
    close(derive(row({ period: Y2024, asOf: '2024-12-31' })).schedule, 1);
    close(derive(row({ period: Y2024, asOf: '2024-01-01' })).schedule, 1 / 366);
  });
  it('is worked out again for each change of period or asOf (it is kept for the last dates only)', () => {
    const Q1 = { start: '2024-01-01', end: '2024-03-31' };
    for (let i = 0; i < 2; i++) {
      close(derive(row({ period: Y2024, asOf: '2024-08-21' })).schedule, 234 / 366);
      close(derive(row({ period: Y2024, asOf: '2024-02-29' })).schedule, 60 / 366);
      close(derive(row({ period: Q1, asOf: '2024-02-29' })).schedule, 60 / 91);
      close(derive(row({ period: { start: '2024-01-01', end: '2024-06-30' }, asOf: '2024-02-29' })).schedule, 60 / 182);
      close(derive(row({ period: { start: '2024-02-01', end: '2024-06-30' }, asOf: '2024-02-29' })).schedule, 29 / 151);
      expect(derive(row({ period: Y2024, asOf: '2024-08-21', pace: 'none' })).schedule).to.equal(null);
    }
  });
  it('is clamped to 0..1 outside the period', () => {
    expect(derive(row({ period: Y2024, asOf: '2023-06-30' })).schedule).to.equal(0);
    expect(derive(row({ period: Y2024, asOf: '2025-03-01' })).schedule).to.equal(1);
  });
  it('reads a date-time asOf at its wall-clock time as written', () => {
    const half = derive(row({ period: { start: '2024-01-01', end: '2024-01-02' }, asOf: '2024-01-02T00:00:00+08:00' }));
    close(half.schedule, 0.5);
  });
  it('is none with pace "none", without period, or without asOf', () => {
    expect(derive(row({ period: Y2024, asOf: '2024-08-21', pace: 'none' })).why.schedule).to.equal('pace-none');
    expect(derive(row({ asOf: '2024-08-21' })).why.schedule).to.equal('no-period');
    expect(derive(row({ period: Y2024 })).why.schedule).to.equal('no-as-of');
    expect(derive(row({ period: Y2024 })).schedule).to.equal(null);
  });
  it('takes the document asOf when the row has none (through validate)', () => {
    const set = validate({ asOf: '2024-08-21', indicators: [row({ period: Y2024 })] });
    close(deriveSet(set)[0].schedule, 234 / 366);
  });
  it('gives the gap in 百分点 and the value expected by now', () => {
    const v = derive(row({ value: 372, target: 600, period: Y2024, asOf: '2024-08-21' }));
    close(v.gap, (0.62 - 234 / 366) * 100);
    close(v.expected, (600 * 234) / 366);
    expect(derive(row({ value: 372, target: 600 })).why.gap).to.equal('no-schedule');
  });
  it('places the expected value from start for level targets', () => {
    close(derive(row({ value: 10, start: 8, target: 12, period: Y2024, asOf: '2024-12-31' })).expected, 12);
    close(derive(row({ value: 10, start: 8, target: 12, period: Y2024, asOf: '2023-12-31' })).expected, 8);
  });
});

describe('derive: year-on-year (同比)', () => {
  it('uses a published yoy before previous', () => expect(derive(row({ yoy: 13, previous: 10 })).yoy).to.equal(13));
  it('is (value − previous) / |previous| in percent points', () => {
    close(derive(row({ value: 126, previous: 100 })).yoy, 26);
    close(derive(row({ value: -5, previous: -10 })).yoy, 50);
  });
  it('is null for previous 0, no previous, or no value', () => {
    expect(derive(row({ previous: 0 })).why.yoy).to.equal('previous-zero');
    expect(derive(row()).why.yoy).to.equal('no-previous');
    expect(derive(row({ value: null, previous: 3 })).why.yoy).to.equal('no-value');
  });
  it('says whether the change is good news, given better', () => {
    expect(derive(row({ yoy: 5 })).yoyTone).to.equal('good');
    expect(derive(row({ yoy: 5, better: 'lower' })).yoyTone).to.equal('bad');
    expect(derive(row({ yoy: -5, better: 'lower' })).yoyTone).to.equal('good');
    expect(derive(row({ yoy: 5, better: 'target' })).yoyTone).to.equal(null);
  });
});

describe('derive: status', () => {
  const bands = [{ upTo: 0.5, status: 'bad' as const }, { upTo: 0.65, status: 'warn' as const }, { status: 'good' as const }];
  it('comes from bands, a value equal to upTo falling in that band', () => {
    expect(derive(row({ value: 50, bands })).status).to.equal('bad');
    expect(derive(row({ value: 51, bands })).status).to.equal('warn');
    expect(derive(row({ value: 65, bands })).status).to.equal('warn');
    expect(derive(row({ value: 66, bands })).status).to.equal('good');
  });
  it('with a schedule: good at or above it, warn from 0.9 × schedule, bad below', () => {
    const at = (value: number) => derive(row({ value, period: { start: '2024-01-01', end: '2024-01-10' }, asOf: '2024-01-05' })).status;
    // schedule 0.5: good ≥ 50, warn ≥ 45
    expect([at(50), at(49), at(45), at(44.9)]).to.deep.equal(['good', 'warn', 'warn', 'bad']);
  });
  it('without a schedule: good at 100 %, warn from 80 %, bad below', () => {
    expect([100, 99, 80, 79.9].map((value) => derive(row({ value })).status)).to.deep.equal(['good', 'warn', 'warn', 'bad']);
    // float noise does not tip a boundary: 4.8 / 6 is 0.7999999999999999 in doubles
    expect(derive(row({ value: 4.8, target: 6 })).status).to.equal('warn');
  });
  it('for better "target": good within ±5 %, warn within ±10 %, bad beyond', () => {
    const at = (value: number) => derive(row({ value, target: 100, better: 'target' })).status;
    expect([95, 105, 94, 110, 111, 89].map(at)).to.deep.equal(['good', 'good', 'warn', 'warn', 'bad', 'bad']);
  });
  it('for better "lower": from target / value', () => {
    expect(derive(row({ value: 0.45, target: 0.45, better: 'lower' })).status).to.equal('good');
    expect(derive(row({ value: 0.6, target: 0.45, better: 'lower' })).status).to.equal('bad');
  });
  it('is neutral (null), never bad, with no value, or no target and no bands', () => {
    expect(derive(row({ value: null })).status).to.equal(null);
    expect(derive(row({ target: undefined })).status).to.equal(null);
    expect(derive(row({ target: undefined, bands })).status).to.equal(null);
  });
});

describe('derive: drawing positions', () => {
  it('defaults the range to 0 … a rounded-up max(target, value)', () => {
    expect(derive(row({ value: 372, target: 600 }))).to.include({ min: 0, max: 600 });
    expect(derive(row({ value: 52, target: 163.8 }))).to.include({ min: 0, max: 200 });
    expect(derive(row({ value: 7.2, target: 7.5 }))).to.include({ min: 0, max: 8 });
    expect(derive(row({ value: null, target: undefined }))).to.include({ min: 0, max: 1 });
  });
  it('honours min and max, and reaches below 0 for negative values', () => {
    expect(derive(row({ min: 0, max: 10, value: 7.2 }))).to.include({ min: 0, max: 10 });
    expect(derive(row({ value: -30, target: 100 }))).to.include({ min: -30, max: 100 });
  });
  it('clamps positions and flags values beyond the range', () => {
    const over = derive(row({ value: 150, target: 100, max: 120 }));
    expect(placeOnRange(over).value).to.equal(1);
    expect(over.over).to.equal(true);
    const under = derive(row({ value: -5, min: 0, max: 10 }));
    expect(placeOnRange(under).value).to.equal(0);
    expect(under.under).to.equal(true);
    const signed = placeOnRange(derive(row({ value: 372, target: 600, period: { start: '2024-01-01', end: '2024-12-31' }, asOf: '2024-08-21' })));
    close(signed.value, 0.62);
    expect(signed).to.include({ target: 1, zero: 0 });
    close(signed.expected, 234 / 366); // 序时进度: 234 of 366 days
  });
  it('places values correctly even when the range overflows a double', () => {
    close(placeOnRange(derive(row({ value: 0, min: -1e308, max: 1e308 }))).value, 0.5);
  });
  it('places status bands on the value scale, reversed for lower-is-better, once per view', () => {
    const v = derive(row({ value: 50, target: 100, max: 200 }));
    expect(placeOnRange(v).bands.map((b) => [b.status, b.from, b.to])).to.deep.equal([['bad', 0, 0.4], ['warn', 0.4, 0.5], ['good', 0.5, 1]]);
    expect(placeOnRange(v)).to.equal(placeOnRange(v));
    const lower = derive(row({ value: 0.5, target: 0.4, better: 'lower', min: 0, max: 1 }));
    expect(placeOnRange(lower).bands.map((b) => b.status)).to.deep.equal(['good', 'warn', 'bad']);
  });
});

describe('derive: labels', () => {
  it('names the entity from the set, and by its id when undeclared', () => {
    const set = validate({ entities: [{ id: 'shifo', name: '石佛园区' }], indicators: [row({ entity: 'shifo' }), row({ entity: 'wutong' })] });
    expect(deriveSet(set).map((v) => v.entityName)).to.deep.equal(['石佛园区', 'wutong']);
  });
  it('strips bidi controls from names, units and sources, and keeps markup as plain text', () => {
    const v = derive(row({ name: '\u202Eabc<b>x</b>', unit: '亿\u200F元', source: '{{x}}\u2066' }));
    expect([v.name, v.unit, v.source]).to.deep.equal(['abc<b>x</b>', '亿元', '{{x}}']);
  });
});
