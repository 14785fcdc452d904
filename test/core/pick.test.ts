import { expect } from '@open-wc/testing';
import { describeFailure, describeProblem, findRow, idList, missingRow, radarSpoke, rowsByIds, scalesByUnit, splitTop, validate } from '../../src/core/index.js';
import type { Problem, ProblemCode } from '../../src/core/types.js';
import { JS_WORDS } from '../helpers.js';

const set = validate({
  entities: [{ id: 'shifo', name: '石佛园区' }, { id: 'wutong', name: '梧桐园区' }],
  indicators: [
    { id: 'fai', name: '固定资产投资', unit: '亿元', entity: 'shifo', value: 80.7, target: 73.9 },
    { id: 'fai', name: '固定资产投资', unit: '亿元', entity: 'wutong', value: 0.5 },
    { id: 'hte', name: '高企', unit: '家', entity: 'shifo', value: 126 },
    { id: 'bad', name: '坏', entity: 'shifo', value: '12' },
  ],
});

describe('core/pick', () => {
  it('finds the row by id and entity, else the first (of the entity)', () => {
    expect(findRow(set, 'fai', 'wutong')?.value).to.equal(0.5);
    expect(findRow(set)?.entity).to.equal('shifo');
    expect(findRow(set, undefined, 'wutong')?.id).to.equal('fai');
    expect(findRow(set, 'nope')).to.equal(undefined);
  });

  it('finds the same rows in a long document (looked up by id, not scanned)', () => {
    const parks = ['shifo', 'shuangqiao', 'wutong', 'fengyang'];
    const long = validate({ indicators: parks.flatMap((entity, k) => ['gdp', 'fai', 'hte'].map((id, j) => ({ id, name: id, entity, value: k * 10 + j }))) });
    expect(long.rows.length).to.equal(12);
    expect(findRow(long, 'fai', 'wutong')?.value).to.equal(21);
    expect(findRow(long, 'hte')?.entity, 'the first of its id').to.equal('shifo');
    expect(findRow(long, undefined, 'fengyang')?.id).to.equal('gdp');
    expect(findRow(long, 'fai', 'nowhere')).to.equal(undefined);
    expect(findRow(long, 'nope')).to.equal(undefined);
  });

  it('says why a row is missing: skipped (with its problem), no such row, nothing matches, no rows', () => {
    const skipped = missingRow(set, 'bad');
    expect(skipped.kind).to.equal('problem');
    expect(describeFailure(skipped, 'zh-CN')).to.equal('指标 bad（shifo）：value 应为数字，而不是文字');
    expect(describeFailure(missingRow(set, 'nope'), 'en')).to.equal('The data has no indicator nope');
    expect(missingRow(set).kind).to.equal('no-match');
    expect(missingRow(validate({ indicators: [] })).kind).to.equal('no-rows');
  });

  it('reads id lists and picks rows in the order asked', () => {
    expect(idList(' hte, fai ,,')).to.deep.equal(['hte', 'fai']);
    expect(idList('')).to.equal(undefined);
    expect(rowsByIds(set.rows, ['hte', 'fai']).map((r) => `${r.id}@${r.entity}`)).to.deep.equal(['hte@shifo', 'fai@shifo', 'fai@wutong']);
  });

  it('gives each unit one magnitude from its values and targets', () => {
    const scales = scalesByUnit(validate({ indicators: [{ id: 'a', name: 'A', unit: '万元', value: 15230 }, { id: 'b', name: 'B', unit: '万元', value: 80 }, { id: 'c', name: 'C', unit: '家', value: 3 }] }).rows);
    expect(scales.get('万元')).to.equal(1e8); // 1.52 亿元 and 0.008 亿元 read alike
    expect(scales.get('家')).to.equal(1);
    expect(scales.get('%')).to.equal(undefined);
  });
});

describe('core/compare: top N and radar spokes', () => {
  const v = (x: number | null) => x;
  it('keeps the top N, sums the rest (not for rates), puts no-data last', () => {
    const s = splitTop([5, null, 9, 1, 9, 3], v, '亿元', 3);
    expect(s.shown).to.deep.equal([9, 9, 5]);
    expect(s.rest).to.deep.equal([3, 1]);
    expect(s.restSum).to.equal(4);
    expect(s.without).to.deep.equal([null]);
    expect(splitTop([5, 4, 3], v, '%', 1).restSum).to.equal(null);
    expect(splitTop([5, 4], v, '家', 0).shown).to.deep.equal([5, 4]);
    expect(splitTop([5, 4], v, '家').rest).to.deep.equal([]);
  });

  it('clamps completion spokes to 0..1.2 and shares of the best to ≥ 0; no figure is a gap', () => {
    const view = (value: number | null, completion: number | null) => ({ value, completion }) as never;
    expect(radarSpoke({ best: 10 }, view(5, 2), 'completion')).to.equal(1.2);
    expect(radarSpoke({ best: 10 }, view(5, -1), 'completion')).to.equal(0);
    expect(radarSpoke({ best: 10 }, view(5, 0.5), 'best')).to.equal(0.5);
    expect(radarSpoke({ best: 10 }, view(-5, null), 'best')).to.equal(0);
    expect(radarSpoke({ best: 10 }, view(null, null), 'best')).to.equal(null);
    expect(radarSpoke({ best: 10 }, undefined, 'best')).to.equal(null);
  });
});

describe('core/problems', () => {
  const CODES: ProblemCode[] = ['not-json', 'not-object', 'no-indicators', 'row-not-object', 'bad-id', 'missing-name', 'missing-value', 'not-a-number', 'number-as-text', 'not-text', 'bad-entity', 'bad-choice', 'bad-date', 'bad-period', 'bad-bands', 'bad-history', 'bad-range', 'bad-entities', 'duplicate-entity', 'duplicate-row', 'undeclared-entity', 'ignored-field'];
  it('says every code in both locales, naming the row and field, with no JavaScript word', () => {
    for (const code of CODES)
      for (const locale of ['zh-CN', 'en'] as const) {
        const p: Problem = { row: 2, id: 'fai', field: 'value', code, reason: 'x', skipped: true };
        const text = describeProblem(p, locale);
        expect(text).to.contain('fai').and.contain('value');
        expect(text).to.not.match(JS_WORDS);
      }
    expect(describeProblem({ row: 3, field: 'id', code: 'bad-id', reason: '', skipped: true }, 'en')).to.equal('Row 4: id is not valid');
    expect(describeProblem({ row: null, code: 'not-json', reason: '', skipped: true }, 'zh-CN')).to.equal('数据不是有效的 JSON');
  });

  it('every problem the validator reports carries a code and, for a row, its field', () => {
    const bad = validate({ title: 5, entities: [{ id: 'x' }], indicators: [{ id: 'a b', name: '', value: '1', unit: 3, better: 'up', asOf: 'soon', period: 1, bands: 2, history: 3, min: 5, max: 1 }, 'row', { id: 'a', name: 'A', value: 1 }, { id: 'a', name: 'A', value: 2 }] });
    expect(bad.problems.length).to.be.greaterThan(10);
    for (const p of bad.problems) {
      expect(CODES, JSON.stringify(p)).to.include(p.code);
      if (p.row !== null && p.code !== 'row-not-object') expect(p.field, JSON.stringify(p)).to.be.a('string');
    }
  });
});
