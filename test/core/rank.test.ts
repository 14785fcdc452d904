import { expect } from '@open-wc/testing';
import { rank, rankMoves, ranksByKey } from '../../src/core/index.js';

type Park = { id: string; value: number | null };
const parks = (...values: (number | null)[]): Park[] => values.map((value, i) => ({ id: `p${i}`, value }));
const ranksOf = (items: Park[], options = {}) => rank(items, (p) => p.value, options).map((r) => [r.item.id, r.rank]);

describe('rank: the maths of a ranking list', () => {
  it('gives equal values one rank, competition style (1, 2, 2, 4) by default', () => {
    expect(ranksOf(parks(171, 239, 171, 152))).to.deep.equal([['p1', 1], ['p0', 2], ['p2', 2], ['p3', 4]]);
  });

  it('dense ties give 1, 2, 2, 3', () => {
    expect(ranksOf(parks(171, 239, 171, 152), { ties: 'dense' })).to.deep.equal([['p1', 1], ['p0', 2], ['p2', 2], ['p3', 3]]);
  });

  it('ranks ascending when lower is better', () => {
    expect(ranksOf(parks(3.2, 1.5, 2.8), { order: 'asc' })).to.deep.equal([['p1', 1], ['p2', 2], ['p0', 3]]);
  });

  it('puts items without a value last with no rank, never as 0 (negative values rank below 0)', () => {
    expect(ranksOf(parks(null, -5, 0, Number.NaN, 12))).to.deep.equal([['p4', 1], ['p2', 2], ['p1', 3], ['p0', null], ['p3', null]]);
  });

  it('every value equal: all first; every value null: nobody ranked', () => {
    expect(ranksOf(parks(7, 7, 7)).map(([, r]) => r)).to.deep.equal([1, 1, 1]);
    expect(ranksOf(parks(null, null)).map(([, r]) => r)).to.deep.equal([null, null]);
    expect(rank([], () => 1)).to.deep.equal([]);
  });

  it('says how far each item moved since the previous document (up positive), null when new or unranked', () => {
    const before = ranksByKey(rank(parks(239, 171, 159, 152), (p) => p.value), (p) => p.id);
    const now = rank([...parks(239, 140, 170, 152), { id: 'new', value: 300 }, { id: 'p9', value: null }], (p) => p.value);
    const moves = rankMoves(before, now, (p) => p.id);
    expect(now.map((r, i) => [r.item.id, r.rank, moves[i]])).to.deep.equal([
      ['new', 1, null],
      ['p0', 2, -1],
      ['p2', 3, 0],
      ['p3', 4, 0],
      ['p1', 5, -3],
      ['p9', null, null],
    ]);
  });
});
