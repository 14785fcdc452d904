// A test-server plugin that bundles some packages once at start (esbuild, shared chunks)
// and serves them from memory. ECharts is ~600 files served one by one (~9 s a run on 2
// cores); ajv and React are CommonJS, which the browser cannot import as they are.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';

const PREFIX = '/__prebundle__/';
const safeName = (specifier) => specifier.replace(/[^A-Za-z0-9]/g, '_');
const require = createRequire(import.meta.url);

/**
 * CommonJS packages get an ES facade with their named exports (read from the package in
 * Node), so `import { createElement } from 'react'` and `import * as React` both work.
 */
function facade(specifier) {
  const names = Object.keys(require(specifier)).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
  return `import mod from ${JSON.stringify(specifier)};\nexport default mod;\nexport const { ${names.join(', ')} } = mod;\n`;
}

export function prebundle(specifiers, { commonjs = [] } = {}) {
  let files = new Map();
  return {
    name: 'prebundle',
    async serverStart() {
      const out = await build({
        entryPoints: Object.fromEntries(specifiers.map((s) => [safeName(s), commonjs.includes(s) ? `facade:${s}` : s])),
        bundle: true,
        splitting: true,
        format: 'esm',
        outdir: '/prebundle',
        write: false,
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'silent',
        plugins: [
          {
            name: 'cjs-facade',
            setup(b) {
              b.onResolve({ filter: /^facade:/ }, (a) => ({ path: a.path.slice('facade:'.length), namespace: 'facade' }));
              b.onLoad({ filter: /.*/, namespace: 'facade' }, (a) => ({ contents: facade(a.path), resolveDir: process.cwd(), loader: 'js' }));
            },
          },
        ],
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
