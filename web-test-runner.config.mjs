// Browser tests: real Chromium, real Lit, real ECharts. `npm run test:browser`.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, findBrowser } from './scripts/find-browser.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { prebundle } from './scripts/prebundle-plugin.mjs';
import { feedRoutes, testRoutes } from './scripts/test-routes.mjs';
import { liveBackendKoa } from './demo/live-backend.mjs';
import { jsonModules } from './scripts/json-modules-plugin.mjs';
import { snapshotFiles } from './scripts/snapshot-files.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // The wall's simulated backend, ticking fast (test/demo/wall.test.ts runs the wall live).
  middleware: [testRoutes, feedRoutes, liveBackendKoa({ tickMs: 500, heartbeatMs: 500 })],
  concurrency: 1,
  testsFinishTimeout: 180_000,
  plugins: [
    // What a screen reader gets: Chromium's accessibility tree (generated text with its alternative text included).
    a11ySnapshotPlugin(),
    snapshotFiles(),
    jsonModules(),
    prebundle([
      'ajv/dist/2020.js',
      // ECharts and its lazily installed parts, in one shared chunk (one registry).
      'echarts/core',
      'echarts/charts',
      'echarts/components',
      'echarts/renderers',
      'echarts/lib/chart/radar/install.js',
      'echarts/lib/component/radar/install.js',
      'echarts/lib/renderer/installCanvasRenderer.js',
      // React is CommonJS: bundled once, with the wrappers' own import of it.
      'react',
      'react-dom',
      'react-dom/client',
    ], { commonjs: ['react', 'react-dom', 'react-dom/client'] }),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findBrowser() ?? undefined, headless: true, args: CHROME_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  // ECharts' ES modules read process.env.NODE_ENV at run time.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"></head><body>
<script>
  window.process = { env: { NODE_ENV: 'development' } };
  // Lit's dev-mode warnings are collected and fail the test that caused them (test/helpers.ts).
  globalThis.litIssuedWarnings = new Set(['dev-mode']);
  window.__litWarnings = [];
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    if (args.some((a) => String(a).includes('lit.dev/msg'))) window.__litWarnings.push(args.join(' '));
    warn(...args);
  };
</script>
<script type="module" src="${testFramework}"></script>
<script type="module">
  // Every test file, helpers imported or not: a Lit dev-mode warning fails the test that caused it.
  // (This runs after the framework has set mocha up and before the test file's code.)
  afterEach(function failOnLitWarnings() {
    const warnings = window.__litWarnings.splice(0);
    if (warnings.length) throw new Error('Lit dev-mode warnings: ' + warnings.join(' | '));
  });
</script>
</body></html>`,
  reporters: [defaultReporter(), countReporter()],
};
