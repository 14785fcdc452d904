// A test-server plugin that bundles some packages once at start (esbuild, one shared
// chunk) and serves them from memory. ECharts is ~600 files served one by one (~9 s a run
// on 2 cores); ajv is CommonJS, which the browser cannot import as it is.
import { build } from 'esbuild';
import path from 'node:path';

const PREFIX = '/__prebundle__/';
const safeName = (specifier) => specifier.replace(/[^A-Za-z0-9]/g, '_');

export function prebundle(specifiers) {
  let files = new Map();
  return {
    name: 'prebundle',
    async serverStart() {
      const out = await build({
        entryPoints: Object.fromEntries(specifiers.map((s) => [safeName(s), s])),
        bundle: true,
        splitting: true,
        format: 'esm',
        outdir: '/prebundle',
        write: false,
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'silent',
      });
      files = new Map(out.outputFiles.map((f) => [PREFIX + path.basename(f.path), f.text]));
    },
    resolveImport({ source }) {
      return specifiers.includes(source) ? `${PREFIX}${safeName(source)}.js` : undefined;
    },
    serve(context) {
      const body = files.get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
