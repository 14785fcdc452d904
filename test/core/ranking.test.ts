import { expect } from '@open-wc/testing';
import { barExtent, barSpan, modelOf, rankingList, validate, type Model, type RankingOptions } from '../../src/core/index.js';

/** Models of one indicator across entities with these values (亿元). */
function models(values: (number | null)[], unit = '亿元'): Model[] {
  const set = validate({ indicators: values.map((value, i) => ({ id: 'x', name: '工业总产值', unit, value, target: 40, entity: `p${i}` })) });
  return set.rows.map((r) => modelOf(set, r, 'zh-CN'));
}
const options = (o: Partial<RankingOptions> = {}): RankingOptions => ({ by: 'value', order: 'desc', ties: 'competition', rest: 'sum', nameOf: (m) => m.view.entity ?? '', locale: 'zh-CN', ...o });
const rows = (list: ReturnType<typeof rankingList>) => list.entries.map((e) => [e.name, e.rank, e.figure]);

describe('rankingList: the ranking\'s view model', () => {
  it('orders by value, shares ranks on ties, and lists rows without a value last, unranked', () => {
    const list = rankingList(models([9.4, null, 33.2, 9.4]), options());
    expect(rows(list)).to.deep.equal([['p2', 1, '33.2 亿元'], ['p0', 2, '9.4 亿元'], ['p3', 2, '9.4 亿元'], ['p1', null, '暂无数据']]);
    expect(list.entries[3].bar).to.equal(null);
    expect([...list.ranks]).to.deep.equal([['x\u0000p2', 1], ['x\u0000p0', 2], ['x\u0000p3', 2]]);
  });

  it('keeps the top N and sums the rest into 其他 (its bar on the same scale); hides it on request', () => {
    const list = rankingList(models([10, 40, 30, 20, 5]), options({ top: 2 }));
    expect(rows(list)).to.deep.equal([['p1', 1, '40 亿元'], ['p2', 2, '30 亿元'], ['其他(3)', null, '35 亿元']]);
    expect(list.entries[2].others).to.equal(3);
    expect(list.entries[2].bar!.to).to.be.closeTo(35 / 40, 1e-9);
    expect(rows(rankingList(models([10, 40, 30]), options({ top: 2, rest: 'hide' })))).to.have.length(2);
  });

  it('ranks by completion, printing the completion', () => {
    const list = rankingList(models([10, 40, 20]), options({ by: 'completion' }));
    expect(rows(list)).to.deep.equal([['p1', 1, '100%'], ['p2', 2, '50%'], ['p0', 3, '25%']]);
    expect(list.entries[0].completion).to.equal('');
  });

  it('counts moves against the previous ranks', () => {
    const previous = new Map([['x\u0000p0', 1], ['x\u0000p1', 2]]);
    const list = rankingList(models([5, 9, 7]), options({ previous }));
    expect(list.entries.map((e) => [e.name, e.move])).to.deep.equal([['p1', 1], ['p2', null], ['p0', -2]]);
  });

  it('scales bars from the axis: negative values extend left of it, all zero draws none', () => {
    expect(barExtent([-50, 100, null])).to.deep.equal({ lo: -50, hi: 100 });
    expect(barSpan(-50, { lo: -50, hi: 100 })).to.deep.equal({ from: 0, to: 1 / 3 });
    expect(barSpan(100, { lo: -50, hi: 100 })).to.deep.equal({ from: 1 / 3, to: 1 });
    expect(barExtent([0, 0])).to.equal(null);
    expect(rankingList(models([0, 0]), options()).entries.map((e) => e.bar)).to.deep.equal([null, null]);
  });
});
