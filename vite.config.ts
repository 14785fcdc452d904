// `npm start` serves demo/ at http://localhost:5173; `npm run build` builds the library into dist/.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** One entry per public module; each widget adds its own. */
export const entries = {
  index: here('src/index.ts'),
  core: here('src/core/index.ts'),
  gauge: here('src/gauge/kpi-gauge.ts'),
  stat: here('src/stat/kpi-stat.ts'),
  'target-bar': here('src/target-bar/kpi-target-bar.ts'),
  'park-compare': here('src/park-compare/kpi-park-compare.ts'),
};

export default defineConfig(({ command }) => ({
  root: command === 'serve' ? here('demo') : here('.'),
  server: { port: 5173, strictPort: false },
  // ECharts reads process.env.NODE_ENV at run time; without this a built widget throws on a plain page.
  define: { 'process.env.NODE_ENV': JSON.stringify(command === 'serve' ? 'development' : 'production') },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      // Package consumers bring their own lit, d3 and echarts so a page holds one copy.
      external: [/^lit/, /^@lit\//, /^d3-/, /^echarts/],
    },
  },
}));
