import { expect } from '@open-wc/testing';
import { validate } from '../../src/core/index.js';
import { SAMPLE_FILES, loadSample } from '../samples.js';

const row = (extra: Record<string, unknown> = {}) => ({ id: 'fai', name: '固定资产投资', value: 10, ...extra });
const doc = (...indicators: unknown[]) => ({ indicators });
const fieldsOf = (input: unknown) => validate(input).problems.map((p) => p.field);

describe('validate: documents', () => {
  for (const file of SAMPLE_FILES) {
    it(`accepts ${file} with zero problems`, async () => {
      const input = (await loadSample(file)) as { indicators: unknown[] };
      const set = validate(input);
      expect(set.problems).to.deep.equal([]);
      expect(set.ok).to.equal(true);
      expect(set.rows.length).to.equal(input.indicators.length);
    });
  }

  const unusable: [string, unknown, RegExp][] = [
    ['text that is not JSON', '{ indicators: [', /not JSON/],
    ['JSON text of an array', '[1,2]', /must be a JSON object/],
    ['a number', 42, /must be a JSON object/],
    ['null', null, /must be a JSON object/],
    ['an object without indicators', { title: 'x' }, /no "indicators" array/],
    ['indicators that are not an array', { indicators: {} }, /no "indicators" array/],
  ];
  for (const [what, input, message] of unusable) {
    it(`gives one clear problem for ${what}`, () => {
      const set = validate(input);
      expect(set.ok).to.equal(false);
      expect(set.rows).to.deep.equal([]);
      expect(set.problems).to.have.length(1);
      expect(set.problems[0].reason).to.match(message);
      expect(set.problems[0].row).to.equal(null);
    });
  }

  it('accepts JSON text as well as a value', () => {
    const set = validate(JSON.stringify(doc(row())));
    expect(set.ok).to.equal(true);
    expect(set.rows[0].value).to.equal(10);
  });

  it('keeps title, note and asOf; ignores a bad document asOf with a problem', () => {
    expect(validate({ title: 'T', note: 'N', asOf: '2024-08-21', indicators: [] })).to.include({ title: 'T', note: 'N', asOf: '2024-08-21' });
    const bad = validate({ asOf: 'yesterday', indicators: [row()] });
    expect(bad.asOf).to.equal(undefined);
    expect(bad.rows).to.have.length(1);
    expect(bad.problems[0]).to.include({ field: 'asOf', skipped: false });
  });
});

describe('validate: rows', () => {
  it('skips a broken row, keeps the rest, and says which row, id, field and why', () => {
    const set = validate(doc(row({ id: 'a' }), row({ id: 'b', value: '12.3' }), row({ id: 'c' })));
    expect(set.rows.map((r) => r.id)).to.deep.equal(['a', 'c']);
    expect(set.problems).to.have.length(1);
    const [p] = set.problems;
    expect(p).to.include({ row: 1, id: 'b', field: 'value', skipped: true });
    expect(p.reason).to.contain('not the string "12.3"');
  });

  it('requires id, name and value; value may be null (no data), never read as 0', () => {
    expect(fieldsOf(doc({ name: 'x', value: 1 }))).to.deep.equal(['id']);
    expect(fieldsOf(doc({ id: 'x', value: 1 }))).to.deep.equal(['name']);
    expect(fieldsOf(doc({ id: 'x', name: ' ', value: 1 }))).to.deep.equal(['name']);
    expect(fieldsOf(doc({ id: 'x', name: 'x' }))).to.deep.equal(['value']);
    expect(validate(doc(row({ value: null }))).rows[0].value).to.equal(null);
  });

  it('checks ids: [A-Za-z0-9._-], 1–64 characters, case-sensitive keys', () => {
    expect(fieldsOf(doc(row({ id: '' })))).to.deep.equal(['id']);
    expect(fieldsOf(doc(row({ id: 'a'.repeat(65) })))).to.deep.equal(['id']);
    expect(fieldsOf(doc(row({ id: 'a b' })))).to.deep.equal(['id']);
    expect(fieldsOf(doc(row({ id: '高企' })))).to.deep.equal(['id']);
    const set = validate(doc(row({ id: 'FAI' }), row({ id: 'fai' }), row({ id: 'a.b_c-9'.padEnd(64, 'x') })));
    expect(set.problems).to.deep.equal([]);
    expect(set.rows).to.have.length(3);
  });

  it('rejects numbers given as strings, booleans or objects, in every numeric field', () => {
    for (const field of ['value', 'target', 'previous', 'min', 'max', 'start', 'yoy']) {
      expect(fieldsOf(doc(row({ [field]: '12.3' }))), field).to.deep.equal([field]);
      expect(fieldsOf(doc(row({ [field]: true }))), field).to.deep.equal([field]);
      expect(fieldsOf(doc(row({ [field]: { n: 1 } }))), field).to.deep.equal([field]);
    }
  });

  it('treats null in an optional field as absent', () => {
    const nulls = { unit: null, target: null, previous: null, min: null, max: null, better: null, period: null, asOf: null, bands: null, entity: null, history: null, start: null, pace: null, yoy: null, source: null, note: null };
    const set = validate(doc(row(nulls)));
    expect(set.problems).to.deep.equal([]);
    expect(set.rows[0]).to.deep.equal({ id: 'fai', name: '固定资产投资', value: 10 });
  });

  it('ignores unknown fields (forward compatible)', () => {
    const set = validate({ future: 1, indicators: [row({ colour: 'red', extra: { a: 1 } })] });
    expect(set.problems).to.deep.equal([]);
    expect(set.rows[0]).to.not.have.property('colour');
  });

  it('checks enums: better and pace', () => {
    expect(fieldsOf(doc(row({ better: 'up' })))).to.deep.equal(['better']);
    expect(fieldsOf(doc(row({ pace: 'fast' })))).to.deep.equal(['pace']);
    expect(validate(doc(row({ better: 'lower', pace: 'none' }))).rows[0]).to.include({ better: 'lower', pace: 'none' });
  });

  it('checks text fields: unit, source, note', () => {
    expect(fieldsOf(doc(row({ unit: 5 })))).to.deep.equal(['unit']);
    expect(fieldsOf(doc(row({ source: ['a'] })))).to.deep.equal(['source']);
    expect(fieldsOf(doc(row({ note: {} })))).to.deep.equal(['note']);
  });

  it('requires min below max', () => {
    expect(fieldsOf(doc(row({ min: 10, max: 5 })))).to.deep.equal(['max']);
    expect(fieldsOf(doc(row({ min: 5, max: 5 })))).to.deep.equal(['max']);
    expect(fieldsOf(doc(row({ min: 0, max: 5 })))).to.deep.equal([]);
  });
});

describe('validate: dates and periods', () => {
  const good = ['2024-08-21', '2024-02-29', '2024-08-21T10:00:00Z', '2024-08-21T10:00:00+08:00', '2024-08-21t10:00:00.123-05:30', '2024-08-21 10:00:00Z'];
  const bad = ['2024-8-21', '2023-02-29', '2024-13-01', '2024-04-31', '2024-08-21T10:00', '2024-08-21T25:00:00Z', '21/08/2024', 'yesterday', '', 20240821];
  for (const d of good) it(`accepts asOf ${d}`, () => expect(fieldsOf(doc(row({ asOf: d })))).to.deep.equal([]));
  for (const d of bad) it(`rejects asOf ${String(d)}`, () => expect(fieldsOf(doc(row({ asOf: d })))).to.deep.equal(['asOf']));

  it('checks period: an object with valid start and end, not ending before it starts', () => {
    expect(fieldsOf(doc(row({ period: '2024' })))).to.deep.equal(['period']);
    expect(fieldsOf(doc(row({ period: { start: '2024-01-01' } })))).to.deep.equal(['period']);
    expect(fieldsOf(doc(row({ period: { start: '2024-01-01', end: '2024-02-30' } })))).to.deep.equal(['period']);
    expect(fieldsOf(doc(row({ period: { start: '2024-12-31', end: '2024-01-01' } })))).to.deep.equal(['period']);
    // end is inclusive: a one-day period is valid
    expect(fieldsOf(doc(row({ period: { start: '2024-01-01', end: '2024-01-01' } })))).to.deep.equal([]);
  });

  it('gives a row without asOf the document asOf', () => {
    const set = validate({ asOf: '2024-08-21', indicators: [row(), row({ id: 'b', asOf: '2024-06-30' })] });
    expect(set.rows.map((r) => r.asOf)).to.deep.equal(['2024-08-21', '2024-06-30']);
  });
});

describe('validate: bands and history', () => {
  it('accepts ascending bands whose last has no upTo', () => {
    const bands = [{ upTo: 0.5, status: 'bad' }, { upTo: 0.8, status: 'warn' }, { status: 'good' }];
    expect(validate(doc(row({ bands }))).rows[0].bands).to.deep.equal(bands);
  });

  it('reports bands out of order, a last band with upTo, a middle band without, a bad status', () => {
    const cases = [
      [{ upTo: 0.8, status: 'warn' }, { upTo: 0.5, status: 'bad' }, { status: 'good' }],
      [{ upTo: 0.5, status: 'bad' }, { upTo: 1, status: 'good' }],
      [{ status: 'bad' }, { status: 'good' }],
      [{ upTo: 0.5, status: 'red' }, { status: 'good' }],
      'good',
    ];
    for (const bands of cases) expect(fieldsOf(doc(row({ bands }))), JSON.stringify(bands)).to.deep.equal(['bands']);
    expect(validate(doc(row({ bands: cases[0] }))).problems[0].reason).to.contain('out of order');
  });

  it('sorts history oldest first and keeps null points as gaps', () => {
    const history = [
      { at: '2024-03-31', value: 3 },
      { at: '2024-01-31', value: 1 },
      { at: '2024-02-29', value: null },
    ];
    expect(validate(doc(row({ history }))).rows[0].history).to.deep.equal([history[1], history[2], history[0]]);
  });

  it('reports history points with a bad date, a string value or no value', () => {
    expect(fieldsOf(doc(row({ history: [{ at: '2024-02-30', value: 1 }] })))).to.deep.equal(['history']);
    expect(fieldsOf(doc(row({ history: [{ at: '2024-02-01', value: '1' }] })))).to.deep.equal(['history']);
    expect(fieldsOf(doc(row({ history: [{ at: '2024-02-01' }] })))).to.deep.equal(['history']);
  });
});

describe('validate: keys and entities', () => {
  const entities = [{ id: 'shifo', name: '石佛园区' }, { id: 'shuangqiao', name: '双桥(沟赵)园区' }];

  it('keys rows by (id, entity): the same id in two entities is two rows, a repeat is skipped', () => {
    const set = validate({ entities, indicators: [row({ entity: 'shifo' }), row({ entity: 'shuangqiao' }), row({ entity: 'shifo', value: 99 })] });
    expect(set.rows.map((r) => [r.entity, r.value])).to.deep.equal([['shifo', 10], ['shuangqiao', 10]]);
    expect(set.problems).to.have.length(1);
    expect(set.problems[0]).to.include({ row: 2, skipped: true });
    expect(set.problems[0].reason).to.contain('duplicate of row 0');
  });

  it('reports a row naming an undeclared entity and still keeps it', () => {
    const set = validate({ entities, indicators: [row({ entity: 'wutong' })] });
    expect(set.rows).to.have.length(1);
    expect(set.problems[0]).to.include({ row: 0, field: 'entity', entity: 'wutong', skipped: false });
  });

  it('does not demand declarations from a document with no entities list', () => {
    expect(validate(doc(row({ entity: 'shifo' }))).problems).to.deep.equal([]);
  });

  it('reports bad and repeated entity declarations', () => {
    const set = validate({ entities: [{ id: 'a', name: 'A' }, { id: 'a', name: 'A2' }, { id: 'b c', name: 'B' }, { id: 'd' }], indicators: [] });
    expect(set.entities).to.deep.equal([{ id: 'a', name: 'A' }]);
    expect(set.problems.map((p) => p.field)).to.deep.equal(['entities[1]', 'entities[2]', 'entities[3]']);
  });

  it('takes __proto__ and constructor as plain ids without touching Object.prototype', () => {
    const input = JSON.parse('{"entities":[{"id":"__proto__","name":"<b>x</b>"}],"indicators":[{"id":"constructor","name":"n","value":1,"entity":"__proto__"},{"id":"__proto__","name":"n","value":2,"entity":"__proto__"}]}') as unknown;
    const set = validate(input);
    expect(set.problems).to.deep.equal([]);
    expect(set.rows.map((r) => r.id)).to.deep.equal(['constructor', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(set.rows[1])).to.equal(Object.prototype);
  });

  it('reports a row that is not an object', () => {
    const set = validate(doc(row(), 5, null, 'x', [1]));
    expect(set.rows).to.have.length(1);
    expect(set.problems.map((p) => p.row)).to.deep.equal([1, 2, 3, 4]);
  });
});
