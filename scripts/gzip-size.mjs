// Size of an entry as a user's bundler would ship it: bundled with its dependencies,
// minified, production mode, gzip level 9. Shared by the size budget and the benchmark.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

/** kB gzip of `entry` (a path), or of `contents` (module source) when given. */
export async function gzipSize(entry, contents) {
  const out = await build({
    ...(contents ? { stdin: { contents, resolveDir: process.cwd(), loader: 'js' } } : { entryPoints: [entry] }),
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0].contents, { level: 9 }).length / 1024;
}
