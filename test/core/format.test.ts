import { expect } from '@open-wc/testing';
import {
  derive,
  formatAsOf,
  formatChange,
  formatClock,
  formatDate,
  formatGap,
  formatGroup,
  formatNumber,
  formatPercent,
  formatPoints,
  formatValue,
  joinValue,
  pickScale,
  present,
  presentRange,
  resolveLocale,
} from '../../src/core/index.js';

const NOW_2024 = Date.UTC(2024, 9, 1);

describe('format: numbers and units', () => {
  it('groups digits and picks fraction digits by size', () => {
    expect([12345.6, 170.7, 1.523, 0.0451, 372].map((v) => formatNumber(v))).to.deep.equal(['12,346', '170.7', '1.52', '0.045', '372']);
  });
  it('prints the no-data text for null, undefined, NaN and Infinity, in each locale', () => {
    for (const v of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(formatNumber(v)).to.equal('暂无数据');
      expect(formatNumber(v, { locale: 'en' })).to.equal('No data');
    }
  });
  it('never prints -0', () => {
    expect(formatNumber(-0)).to.equal('0');
    expect(formatNumber(-0.0004)).to.equal('0');
    expect(formatChange(-0.01)).to.equal('0%');
    expect(formatPercent(-0.00001)).to.equal('0%');
  });
  it('rescales Chinese units by 万 and 亿 and never below the unit as written', () => {
    expect(formatValue(15230, '万元')).to.deep.equal({ value: '1.52', unit: '亿元' });
    expect(formatValue(372, '亿元')).to.deep.equal({ value: '372', unit: '亿元' });
    expect(formatValue(0.5, '亿元')).to.deep.equal({ value: '0.5', unit: '亿元' });
    expect(formatValue(12000, '家')).to.deep.equal({ value: '1.2', unit: '万家' });
    expect(formatValue(2.5e12, '元')).to.deep.equal({ value: '2.5', unit: '万亿元' });
  });
  it('leaves %, Latin and empty units alone', () => {
    expect(joinValue(formatValue(7.2, '%'))).to.equal('7.2%');
    expect(joinValue(formatValue(15000, 'km'))).to.equal('15,000 km');
    expect(joinValue(formatValue(15000, ''))).to.equal('15,000');
  });
  it('joins value and unit, and drops the unit when there is no value', () => {
    expect(joinValue(formatValue(372, '亿元'))).to.equal('372 亿元');
    expect(joinValue(formatValue(null, '亿元'))).to.equal('暂无数据');
  });
  it('shares one magnitude and one number of fraction digits across a column', () => {
    const col = formatGroup([9.4, 24.1, 12, null], '亿元');
    expect(col.map(joinValue)).to.deep.equal(['9.4 亿元', '24.1 亿元', '12.0 亿元', '暂无数据']);
    const mixed = formatGroup([8000, 15230], '万元');
    expect(mixed.map(joinValue)).to.deep.equal(['0.80 亿元', '1.52 亿元']);
    expect(formatGroup([126, 138], '家').map(joinValue)).to.deep.equal(['126 家', '138 家']);
    expect(pickScale([1, 2], '%')).to.equal(null);
  });
  it('prints very large and very small numbers in full, never in exponent form', () => {
    expect(formatNumber(1e21)).to.equal('1,000,000,000,000,000,000,000');
    expect(formatNumber(-1e21)).to.match(/^-1,000/);
    expect(formatNumber(1e-300)).to.equal('0');
  });
});

describe('format: percent, points and changes', () => {
  it('formats ratios as percentages', () => {
    expect([0.736, 0.62, 1, 1.5].map((r) => formatPercent(r))).to.deep.equal(['73.6%', '62%', '100%', '150%']);
  });
  it('formats signed year-on-year changes', () => {
    expect([13, -2.14, 0, 327].map((p) => formatChange(p))).to.deep.equal(['+13%', '-2.1%', '0%', '+327%']);
  });
  it('formats 百分点 and the gap to schedule in words', () => {
    expect(formatPoints(9.6)).to.equal('9.6 个百分点');
    expect(formatPoints(-9.6, { locale: 'en' })).to.equal('9.6 pp');
    expect(formatGap(9.6)).to.equal('超前 9.6 个百分点');
    expect(formatGap(-1.93)).to.equal('落后 1.9 个百分点');
    expect(formatGap(0.01)).to.equal('与序时进度持平');
    expect(formatGap(-1.93, { locale: 'en' })).to.equal('behind by 1.9 pp');
  });
});

describe('format: the same text as Intl, without it where it is plain', () => {
  // formatNumber, formatPercent and formatGap print numbers under 1,000 without ICU (format.ts
  // plainDecimal): every text must be exactly what Intl prints, in both locales.
  const values: number[] = [0, -0, 1, -1, 0.5, 0.05, 0.049, 0.04, -0.04, -0.05, 0.1 + 0.2, 1 / 3, 2 / 3, 12.5, 12.25, 12.35, 99.95, 99.949, 999.4, 999.5, 999.96, 1000, 1234.5, -12.345, 42.245, 0.0005, 0.00049, 372, 600, 7.26];
  // ratios a page meets: completions, schedules, 100 × small steps, and a seeded spread
  for (let i = 0; i <= 2000; i++) values.push(i / 1000, i / 997, -i / 1013, (i * 7919) % 100003 / 100);
  let seed = 7;
  for (let i = 0; i < 3000; i++) values.push(((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.3) * 2400);

  it('formats numbers as Intl does, for every digits setting', () => {
    for (const locale of ['zh-CN', 'en'] as const)
      for (const digits of [undefined, 0, 1, 2, 3]) {
        for (const v of values) {
          const d = digits ?? (Math.abs(v) >= 1e4 ? 0 : Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 1 ? 2 : 3);
          const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: d, minimumFractionDigits: digits ?? 0, signDisplay: 'negative' }).format(v);
          expect(formatNumber(v, { locale, digits }), `${v} (${digits} digits, ${locale})`).to.equal(intl);
        }
      }
  });

  it('formats percentages and 百分点 as Intl does', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'negative' });
      const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
      for (const v of values) {
        expect(formatPercent(v / 100, { locale }), `${v / 100} as %`).to.equal(percent.format(v / 100));
        const gap = formatGap(v, { locale });
        if (Math.abs(v) >= 0.05) expect(gap, `gap ${v}`).to.contain(points.format(Math.abs(v)));
      }
    }
  });
});

describe('format: dates', () => {
  it('prints month and day in the current year, with the year otherwise', () => {
    expect(formatDate('2024-08-21', { now: NOW_2024 })).to.equal('8月21日');
    expect(formatDate('2022-09-28', { now: NOW_2024 })).to.equal('2022年9月28日');
    expect(formatDate('2024-08-21', { locale: 'en', now: NOW_2024 })).to.equal('Aug 21');
  });
  it('remembers a date for the year it was shown in, never for another', () => {
    const NOW_2025 = Date.UTC(2025, 2, 1);
    expect(formatDate('2024-08-21', { now: NOW_2024 })).to.equal('8月21日');
    expect(formatDate('2024-08-21', { now: NOW_2025 })).to.equal('2024年8月21日');
    expect(formatDate('2024-08-21', { now: NOW_2024 })).to.equal('8月21日');
    expect(formatDate('2024-08-21', { locale: 'en', now: NOW_2025 })).to.equal('Aug 21, 2024');
    expect(formatDate(null, { now: NOW_2024 })).to.equal('暂无数据');
  });
  it('prints a date-time at its wall-clock time as written', () => {
    expect(formatDate('2024-08-21T10:05:00+08:00', { now: NOW_2024 })).to.equal('8月21日 10:05');
  });
  it('says 数据截至 / As of', () => {
    expect(formatAsOf('2024-08-21', { now: NOW_2024 })).to.equal('数据截至 8月21日');
    expect(formatAsOf('2024-08-21', { locale: 'en', now: NOW_2024 })).to.equal('As of Aug 21');
  });
  it('prints a wall clock in local time, 24 h, two digits each', () => {
    const at = new Date(2024, 7, 21, 9, 5, 7).getTime();
    expect(formatClock(at)).to.equal('09:05:07');
    expect(formatClock(at + 12 * 3600_000, 'en')).to.equal('21:05:07');
    expect(formatClock(Number.NaN)).to.equal('');
  });
  it('prints the no-data text for invalid dates, never Invalid Date', () => {
    expect(formatDate('2024-02-30')).to.equal('暂无数据');
    expect(formatAsOf(null, { locale: 'en' })).to.equal('No data');
  });
});

describe('format: locale', () => {
  it('defaults to zh-CN and accepts en variants', () => {
    expect([undefined, null, '', 'zh', 'fr', 'en', 'en-US', 'EN-gb'].map(resolveLocale)).to.deep.equal(['zh-CN', 'zh-CN', 'zh-CN', 'zh-CN', 'zh-CN', 'en', 'en', 'en']);
  });
});

describe('present: what a sighted user reads', () => {
  const signed = derive({ id: 'signed-contracts', name: '新签约项目签约额', unit: '亿元', value: 372, target: 600, period: { start: '2024-01-01', end: '2024-12-31' }, asOf: '2024-08-21' });
  it('describes a row in one sentence (the aria-valuetext)', () => {
    expect(present(signed).description).to.equal('新签约项目签约额 372 亿元，完成 62%，序时进度 63.9%，落后 1.9 个百分点');
    expect(present(signed, { locale: 'en' }).description).to.equal('新签约项目签约额 372 亿元, Done 62%, Expected by now 63.9%, behind by 1.9 pp');
  });
  it('prints every figure', () => {
    const p = present(signed, { now: NOW_2024 });
    expect(p).to.include({ valueText: '372 亿元', targetText: '600 亿元', completion: '62%', schedule: '63.9%', asOf: '数据截至 8月21日', status: '预警' });
    expect(presentRange(signed)).to.include({ min: '0 亿元', max: '600 亿元' });
    expect(presentRange(derive({ id: 'w', name: '万元', unit: '万元', value: 15230, target: 20000 }), { locale: 'en' })).to.include({ min: '0 万元', max: '2 亿元' });
  });
  it('says no data, not 0, for a null value', () => {
    const p = present(derive({ id: 's', name: '传感器大会签约额', unit: '亿元', value: null, target: 500 }));
    expect(p.valueText).to.equal('暂无数据');
    expect(p.completion).to.equal('');
    expect(p.description).to.equal('传感器大会签约额 暂无数据');
  });
  it('gives value against target, and year-on-year with its direction', () => {
    const p = present(derive({ id: 'k', name: '重点项目', unit: '亿元', value: 170.7, target: 231.9, yoy: -2.14 }));
    expect([p.versus, p.yoyArrow]).to.deep.equal(['170.7 / 231.9 亿元', '▼-2.1%']);
    expect(present(derive({ id: 'g', name: 'GDP', unit: '%', value: 7.2, target: 7.5 })).versus).to.equal('7.2% / 7.5%');
    expect(present(derive({ id: 'n', name: 'N', unit: '家', value: 12 })).versus).to.equal('12 家');
    expect(present(derive({ id: 'n', name: 'N', unit: '家', value: null, target: 3 })).versus).to.equal('暂无数据 / 3 家');
    expect(derive({ id: 's', name: 'S', value: 300, target: 600, period: { start: '2024-01-01', end: '2024-12-31' }, asOf: '2024-08-21' }).gapTone).to.equal('bad');
  });

  it('prefixes the entity name and includes year-on-year', () => {
    const p = present(derive({ id: 'h', name: '高新技术企业', unit: '家', value: 126, yoy: 13, entity: 'shifo' }, { entities: new Map([['shifo', '石佛园区']]) }));
    expect(p.description).to.equal('石佛园区 高新技术企业 126 家，同比 +13%');
  });
});
