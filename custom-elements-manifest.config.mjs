// `cem analyze`: custom-elements.json from each element's JSDoc contract. It drives
// Storybook's docs and controls (the stories read their option lists from it) and ships in
// the package, so it describes what ships: the public elements only, at their dist/ paths,
// union types written out, the base's parts, events and the theme tokens documented once and
// inherited by every widget.
import { build } from 'esbuild';

/** Each public element's module and the dist file it ships in (vite.config.ts `entries`). */
const SHIPPED = {
  'src/gauge/kpi-gauge.ts': 'dist/gauge.js',
  'src/stat/kpi-stat.ts': 'dist/stat.js',
  'src/target-bar/kpi-target-bar.ts': 'dist/target-bar.js',
  'src/park-compare/kpi-park-compare.ts': 'dist/park-compare.js',
  'src/ranking/kpi-ranking.ts': 'dist/ranking.js',
  'src/board/kpi-board.ts': 'dist/board.js',
  'src/screen/kpi-screen.ts': 'dist/screen.js',
  'src/data/kpi-source.ts': 'dist/source.js',
};
/** The base classes: not elements, documented (with their parts and events) for inheritance, exported from the index. */
const BASES = ['src/base/kpi-element.ts', 'src/base/single-row.ts', 'src/base/rows.ts'];

const tokens = await build({ entryPoints: ['src/theme/tokens.ts'], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
const { TOKENS, CHART_TOKENS, TOKEN_DOCS } = await import(`data:text/javascript;base64,${Buffer.from(tokens.outputFiles[0].text).toString('base64')}`);

function shipOnlyPublic() {
  const unions = new Map();
  return {
    name: 'kpi-ship-only-public',
    analyzePhase({ ts, node }) {
      // `export type GaugeShape = 'arc' | 'semi' | 'ring'`: remembered to write out where used.
      if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type)) unions.set(node.name.getText(), node.type.getText().replace(/\s+/g, ' '));
    },
    packageLinkPhase({ customElementsManifest: cem }) {
      const writeOut = (text) => {
        let out = text;
        for (let i = 0; i < 4; i++) for (const [name, union] of unions) out = out.replace(new RegExp(`\\b${name}\\b`, 'g'), union);
        return out;
      };
      // The theme tokens, from their one table, on the base every widget inherits from.
      // (Inheritance has run by now: the widgets get them here too.)
      const propsOf = (table) => Object.entries(table).map(([name, [, light]]) => ({ name, description: TOKEN_DOCS[name], default: light }));
      const tokenProps = propsOf(TOKENS);
      const superOf = new Map(cem.modules.flatMap((m) => m.declarations ?? []).map((d) => [d.name, d.superclass?.name]));
      const extendsBase = (name) => {
        for (let n = superOf.get(name); n; n = superOf.get(n)) if (n === 'KpiElement') return true;
        return false;
      };
      for (const m of cem.modules)
        for (const d of m.declarations ?? []) {
          const isBase = m.path === BASES[0] && d.name === 'KpiElement';
          const inherits = extendsBase(d.name);
          if (isBase) d.cssProperties = [...(d.cssProperties ?? []), ...tokenProps];
          else if (inherits) d.cssProperties = [...(d.cssProperties ?? []), ...tokenProps.map((p) => ({ ...p, inheritedFrom: { name: 'KpiElement', module: BASES[0] } }))];
          // Charts carry their own tokens too (series colours, chart text), declared by their styles.
          if (d.tagName === 'kpi-park-compare') d.cssProperties = [...(d.cssProperties ?? []), ...propsOf(CHART_TOKENS)];
        }
      const keep = new Set([...Object.keys(SHIPPED), ...BASES]);
      cem.modules = cem.modules.filter((m) => keep.has(m.path));
      const pathOf = (module) => {
        const src = module?.replace(/^\//, '').replace(/\.js$/, '.ts');
        return SHIPPED[src] ?? (BASES.includes(src) ? 'dist/index.js' : module);
      };
      for (const m of cem.modules) {
        m.path = pathOf(m.path);
        for (const d of m.declarations ?? []) {
          if (d.superclass?.module) d.superclass.module = pathOf(d.superclass.module);
          for (const kind of ['attributes', 'members'])
            for (const x of d[kind] ?? []) {
              if (x.type?.text) x.type.text = writeOut(x.type.text);
              if (x.inheritedFrom?.module) x.inheritedFrom.module = pathOf(x.inheritedFrom.module);
            }
          for (const kind of ['cssParts', 'cssProperties', 'events']) for (const x of d[kind] ?? []) if (x.inheritedFrom?.module) x.inheritedFrom.module = pathOf(x.inheritedFrom.module);
          // Members the page must not touch are not the API.
          if (d.members) d.members = d.members.filter((x) => x.privacy !== 'private' && x.privacy !== 'protected' && !x.static && !x.name.startsWith('_'));
        }
        // A module re-exporting what ships inside it (the board's validateBoard) names itself.
        for (const e of m.exports ?? []) if (e.declaration?.module) e.declaration.module = /^\/?src\//.test(pathOf(e.declaration.module)) ? m.path : pathOf(e.declaration.module);
      }
      // The three bases ship in one file: one module for it.
      const index = cem.modules.filter((m) => m.path === 'dist/index.js');
      if (index.length > 1) {
        const merged = { ...index[0], declarations: index.flatMap((m) => m.declarations ?? []), exports: index.flatMap((m) => m.exports ?? []) };
        cem.modules = [merged, ...cem.modules.filter((m) => m.path !== 'dist/index.js')];
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [shipOnlyPublic()],
};
