// Size of an entry as a Vite user's build would ship it: bundled with rolldown (Vite's
// bundler) with its dependencies, minified, production mode, gzip level 9. Shared by the
// size budget and the benchmark.
import { rolldown } from 'rolldown';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { minifyCssLiterals } from './minify-css.mjs';

const kb = (code) => gzipSync(code, { level: 9 }).length / 1024;

async function chunks(entry) {
  const bundle = await rolldown({
    input: path.resolve(entry),
    cwd: process.cwd(),
    logLevel: 'silent',
    // What the build does to src/ (vite.config.ts): measured from source, the same bytes.
    plugins: [minifyCssLiterals(path.resolve('src'))],
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
  });
  const { output } = await bundle.generate({ format: 'esm', minify: true });
  await bundle.close();
  return output.filter((o) => o.type === 'chunk');
}

/** kB gzip of `entry` (a path), or of `contents` (module source) when given; every chunk counted. */
export async function gzipSize(entry, contents) {
  let file = entry;
  if (contents) {
    const dir = path.resolve('node_modules/.cache/kpi-elements');
    mkdirSync(dir, { recursive: true });
    file = path.join(dir, `size-${createHash('sha1').update(contents).digest('hex').slice(0, 12)}.js`);
    writeFileSync(file, contents);
  }
  return (await chunks(file)).reduce((sum, c) => sum + kb(c.code), 0);
}

/**
 * What loading `entry` costs up front (`eager`), what its dynamic import()s add when first
 * used (`lazy`, with the chunks they import statically), and what those load in turn
 * (`later`: here the radar and the canvas renderer). Inputs list the source modules.
 */
export async function split(entry) {
  const all = await chunks(entry);
  const byName = new Map(all.map((c) => [c.fileName, c]));
  const closure = (start, seen = new Set()) => {
    const group = new Set();
    const visit = (name) => {
      if (seen.has(name) || group.has(name)) return;
      group.add(name);
      for (const i of byName.get(name)?.imports ?? []) visit(i);
    };
    visit(start);
    return group;
  };
  const eager = closure(all.find((c) => c.isEntry).fileName);
  const lazy = new Set();
  for (const name of eager) for (const d of byName.get(name).dynamicImports) for (const k of closure(d, eager)) lazy.add(k);
  const later = new Set(all.map((c) => c.fileName).filter((n) => !eager.has(n) && !lazy.has(n)));
  const size = (names) => [...names].reduce((sum, n) => sum + kb(byName.get(n).code), 0);
  const inputs = (names) => [...names].flatMap((n) => byName.get(n).moduleIds);
  return { eager: size(eager), lazy: size(lazy), later: size(later), eagerInputs: inputs(eager), lazyInputs: [...inputs(lazy), ...inputs(later)] };
}
