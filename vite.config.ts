// `npm start` serves demo/ at http://localhost:5173 (the wall, live from a simulated backend at
// /api/*; the same wall written by hand at /wall.html; /gallery.html, /check.html, /portal.html). `vite build` builds the package into dist/; `vite build --mode browser`
// builds the single-file browser bundle into dist/browser/ (lit inside; ECharts as a lazy chunk).
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { liveBackend } from './demo/live-backend.mjs';
import { minifyCssLiterals } from './scripts/minify-css.mjs';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** One entry per public module. */
export const entries = {
  index: here('src/index.ts'),
  core: here('src/core/index.ts'),
  gauge: here('src/gauge/kpi-gauge.ts'),
  stat: here('src/stat/kpi-stat.ts'),
  'target-bar': here('src/target-bar/kpi-target-bar.ts'),
  'park-compare': here('src/park-compare/kpi-park-compare.ts'),
  ranking: here('src/ranking/kpi-ranking.ts'),
  board: here('src/board/kpi-board.ts'),
  screen: here('src/screen/kpi-screen.ts'),
  source: here('src/data/kpi-source.ts'),
  react: here('src/react/index.ts'),
};

/** Lets the demo's plain-HTML portal page load the built bundle from /dist during `npm start`. */
function serveDist(): Plugin {
  return {
    name: 'serve-dist',
    configureServer(server) {
      server.middlewares.use('/dist', (req, res, next) => {
        const file = path.join(here('dist'), decodeURIComponent((req.url ?? '').split('?')[0]));
        if (!file.startsWith(here('dist')) || !existsSync(file)) return next();
        res.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
  };
}

/** The wall's simulated live backend (/api/indicators.json, /api/stream, /api/fault): demo/live-backend.mjs. */
function simulatedBackend(): Plugin {
  return {
    name: 'simulated-backend',
    configureServer(server) {
      server.middlewares.use(liveBackend());
    },
  };
}

/** Comments and spare whitespace out of the css`` templates of src/ (scripts/minify-css.mjs). */
function minifyCss(): Plugin {
  return { ...minifyCssLiterals(here('src')), enforce: 'pre', apply: 'build' };
}

export default defineConfig(({ command, mode }) => ({
  root: command === 'serve' ? here('demo') : here('.'),
  server: { port: 5173, strictPort: false },
  plugins: [serveDist(), simulatedBackend(), minifyCss()],
  // ECharts reads process.env.NODE_ENV at run time; without this a built widget throws on a plain page.
  define: { 'process.env.NODE_ENV': JSON.stringify(command === 'serve' ? 'development' : 'production') },
  build:
    mode === 'browser'
      ? {
          outDir: here('dist/browser'),
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          lib: { entry: here('src/browser.ts'), formats: ['es'], fileName: () => 'kpi-elements.js' },
        }
      : {
          outDir: here('dist'),
          emptyOutDir: true,
          target: 'es2022',
          sourcemap: true,
          lib: { entry: entries, formats: ['es'] },
          rolldownOptions: {
            // Package consumers bring their own lit and echarts so a page holds one copy.
            external: [/^lit/, /^@lit\//, /^echarts/, /^react/],
          },
        },
}));
