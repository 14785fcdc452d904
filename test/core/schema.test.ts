import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020.js';
import { INDICATOR_FIELDS, validate } from '../../src/core/index.js';
import { SAMPLE_FILES, loadSample } from '../samples.js';

interface Schema {
  required: string[];
  $defs: { indicator: { required: string[]; properties: Record<string, unknown> } };
}

const row = (extra: Record<string, unknown> = {}) => ({ id: 'fai', name: '固定资产投资', value: 10, ...extra });
const doc = (...indicators: unknown[]) => ({ indicators });

/** Invalid for both the JSON Schema and the validator. */
const INVALID: [string, unknown][] = [
  ['not an object', [1, 2]],
  ['no indicators', { title: 'x' }],
  ['a row without id', doc({ name: 'x', value: 1 })],
  ['an id with a space', doc(row({ id: 'a b' }))],
  ['a row without value', doc({ id: 'x', name: 'x' })],
  ['a number as a string', doc(row({ value: '12.3' }))],
  ['a target as a string', doc(row({ target: '600' }))],
  ['an unknown better', doc(row({ better: 'up' }))],
  ['an unknown pace', doc(row({ pace: 'fast' }))],
  ['a malformed date', doc(row({ asOf: '2024/08/21' }))],
  ['a date-time without offset', doc(row({ asOf: '2024-08-21T10:00:00' }))],
  ['a month 13', doc(row({ asOf: '2024-13-01' }))],
  ['a period without end', doc(row({ period: { start: '2024-01-01' } }))],
  ['a band with an unknown status', doc(row({ bands: [{ status: 'red' }] }))],
  ['a history point with a string value', doc(row({ history: [{ at: '2024-01-31', value: '1' }] }))],
  ['an empty name', doc(row({ name: '' }))],
  ['an entity without a name', { entities: [{ id: 'a' }], indicators: [] }],
  ['a bad document asOf', { asOf: 'yesterday', indicators: [] }],
];

/** Rules JSON Schema cannot state: the schema lets them through, the validator reports them. */
const VALIDATOR_ONLY: [string, unknown][] = [
  ['a calendar-invalid date', doc(row({ asOf: '2023-02-29' }))],
  ['a period ending before it starts', doc(row({ period: { start: '2024-12-31', end: '2024-01-01' } }))],
  ['bands out of order', doc(row({ bands: [{ upTo: 0.8, status: 'warn' }, { upTo: 0.5, status: 'bad' }, { status: 'good' }] }))],
  ['a last band with upTo', doc(row({ bands: [{ upTo: 0.5, status: 'bad' }, { upTo: 1, status: 'good' }] }))],
  ['min not below max', doc(row({ min: 5, max: 5 }))],
  ['a duplicate (id, entity)', doc(row(), row())],
  ['an undeclared entity', { entities: [{ id: 'a', name: 'A' }], indicators: [row({ entity: 'b' })] }],
];

describe('types, schema and validator agree', () => {
  let schema: Schema;
  let check: (input: unknown) => boolean;
  before(async () => {
    schema = (await (await fetch('/schema/indicator-set.schema.json')).json()) as Schema;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const compiled = ajv.compile(schema);
    check = (input) => compiled(input);
  });

  it('names the same Indicator fields, with id, name and value required', () => {
    expect(Object.keys(schema.$defs.indicator.properties).sort()).to.deep.equal([...INDICATOR_FIELDS].sort());
    expect(schema.$defs.indicator.required).to.deep.equal(['id', 'name', 'value']);
    expect(schema.required).to.deep.equal(['indicators']);
  });

  for (const file of SAMPLE_FILES) {
    it(`both accept ${file}, and validated rows carry only contract fields`, async () => {
      const input = await loadSample(file);
      expect(check(input), 'schema').to.equal(true);
      const set = validate(input);
      expect(set.problems, 'validator').to.deep.equal([]);
      for (const r of set.rows) expect(INDICATOR_FIELDS).to.include.members(Object.keys(r));
    });
  }

  for (const [what, input] of INVALID) {
    it(`both reject ${what}`, () => {
      expect(check(input), 'schema').to.equal(false);
      expect(validate(input).problems, 'validator').to.not.deep.equal([]);
    });
  }

  for (const [what, input] of VALIDATOR_ONLY) {
    it(`the validator alone reports ${what}`, () => {
      expect(check(input), 'schema').to.equal(true);
      expect(validate(input).problems, 'validator').to.have.length(1);
    });
  }
});
