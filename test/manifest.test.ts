// custom-elements.json describes what ships: the public elements at their dist/ paths, unions
// written out, the base's parts, events and tokens inherited, nothing a widget does not read.
import { expect } from '@open-wc/testing';
import { TOKENS } from '../src/theme/tokens.js';

interface Decl {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  events?: { name: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Decl[] }[];
}

const PUBLIC = ['kpi-gauge', 'kpi-stat', 'kpi-target-bar', 'kpi-park-compare', 'kpi-ranking', 'kpi-board', 'kpi-screen', 'kpi-source'];
const WIDGETS = ['kpi-gauge', 'kpi-stat', 'kpi-target-bar', 'kpi-park-compare', 'kpi-ranking'];

describe('custom-elements.json', () => {
  let manifest: Manifest;
  const element = (tag: string) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag) as Decl;
  before(async () => {
    manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  });

  it('lists the public elements only, at paths that ship in dist/', async () => {
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
    expect(tags.sort()).to.deep.equal([...PUBLIC].sort());
    for (const m of manifest.modules) {
      expect(m.path).to.match(/^dist\/[\w-]+\.js$/);
      expect((await fetch(`/${m.path}`)).status, `${m.path} is built`).to.equal(200);
    }
    expect(JSON.stringify(manifest)).to.not.contain('src/');
  });

  it('writes unions out, and gives each widget only the inputs it reads', () => {
    const attr = (tag: string, name: string) => element(tag).attributes?.find((a) => a.name === name)?.type?.text;
    expect(attr('kpi-gauge', 'shape')).to.equal("'arc' | 'semi' | 'ring'");
    expect(attr('kpi-park-compare', 'view')).to.equal("'grouped' | 'ranking' | 'radar' | 'table'");
    expect(attr('kpi-screen', 'fit')).to.equal("'contain' | 'cover' | 'width'");
    expect(attr('kpi-gauge', 'value')).to.equal('number | null');
    const compareAttrs = element('kpi-park-compare').attributes?.map((a) => a.name) ?? [];
    for (const unread of ['indicator', 'entity', 'name', 'value', 'target', 'unit', 'min', 'max']) expect(compareAttrs).to.not.include(unread);
  });

  it('documents the base once: every widget inherits its parts, events and the theme tokens', () => {
    for (const tag of WIDGETS) {
      const d = element(tag);
      expect(d.cssParts?.map((p) => p.name)).to.include.members(['error', 'badges', 'stale', 'partial']);
      expect(d.events?.map((e) => e.name)).to.include.members(['kpi-data', 'kpi-error', 'kpi-source-state']);
      expect(d.attributes?.map((a) => a.name)).to.include.members(['src', 'source', 'refresh', 'stale-after']);
      expect(d.cssProperties?.map((p) => p.name)).to.include.members(Object.keys(TOKENS));
    }
    expect(element('kpi-screen').events?.map((e) => e.name)).to.deep.equal(['kpi-screen-resize']);
    const source = element('kpi-source');
    expect(source.attributes?.map((a) => a.name)).to.include.members(['src', 'mode', 'refresh', 'timeout', 'stale-after', 'background', 'fallback-src', 'status']);
    expect(source.events?.map((e) => e.name)).to.have.members(['kpi-data', 'kpi-error', 'kpi-source-state']);
  });
});
