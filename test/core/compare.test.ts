import { expect } from '@open-wc/testing';
import { compare, derive, shareOfBest, type Indicator } from '../../src/core/index.js';

const row = (id: string, entity: string, value: number | null): Indicator => ({ id, name: id.toUpperCase(), unit: '家', value, entity });
const model = (r: Indicator) => ({ row: r, view: derive(r) });

describe('compare: indicators × entities', () => {
  const parks = [
    { id: 'shifo', name: '石佛' },
    { id: 'wutong', name: '梧桐' },
  ];

  it('lays cells out in declared order, a missing row a null cell (never 0), with the best value', () => {
    const c = compare([model(row('hte', 'wutong', 150)), model(row('hte', 'shifo', 171)), model(row('fai', 'wutong', null))], parks);
    expect(c.entities.map((e) => e.name)).to.deep.equal(['石佛', '梧桐']);
    expect(c.indicators.map((i) => i.id)).to.deep.equal(['hte', 'fai']);
    const [hte, fai] = c.indicators;
    expect(hte.cells.map((x) => x.model?.view.value ?? null)).to.deep.equal([171, 150]);
    expect(hte.best).to.equal(171);
    expect(fai.cells.map((x) => x.model)).to.deep.include(null);
    expect(fai.best).to.equal(null);
  });

  it('puts an undeclared entity after the declared ones, named by its id', () => {
    const c = compare([model(row('hte', 'fengyang', 139))], parks);
    expect(c.entities.map((e) => e.name)).to.deep.equal(['石佛', '梧桐', 'fengyang']);
  });

  it('gives each value as a share of the best, null without a value or a positive best', () => {
    expect(shareOfBest({ best: 200 }, 150)).to.equal(0.75);
    expect(shareOfBest({ best: 200 }, null)).to.equal(null);
    expect(shareOfBest({ best: null }, 150)).to.equal(null);
    expect(shareOfBest({ best: 0 }, 0)).to.equal(null);
  });
});
