// What a consumer's bundler makes of the package: a page importing `kpi-elements` (and each
// widget subpath) for its side effect only, bundled by Vite (rolldown) and by esbuild from the
// built dist/ through package.json's exports and sideEffects, must define its elements.
// A side-effect-free barrel or entry is silently dropped by tree-shaking otherwise.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findBrowser } from './find-browser.mjs';

const CASES = {
  'kpi-elements': ['kpi-gauge', 'kpi-stat', 'kpi-target-bar', 'kpi-park-compare', 'kpi-ranking', 'kpi-screen'],
  'kpi-elements/gauge': ['kpi-gauge'],
  'kpi-elements/stat': ['kpi-stat'],
  'kpi-elements/target-bar': ['kpi-target-bar'],
  'kpi-elements/park-compare': ['kpi-park-compare'],
  'kpi-elements/ranking': ['kpi-ranking'],
  'kpi-elements/board': ['kpi-board', 'kpi-gauge', 'kpi-ranking', 'kpi-source'],
  'kpi-elements/screen': ['kpi-screen'],
};

// A scratch app whose node_modules holds this package (by link) and its dependencies.
const app = mkdtempSync(path.join(tmpdir(), 'kpi-consumer-'));
mkdirSync(path.join(app, 'node_modules'));
symlinkSync(process.cwd(), path.join(app, 'node_modules', 'kpi-elements'), 'dir');
const bundles = [];
try {
  for (const [spec, tags] of Object.entries(CASES)) {
    const entry = path.join(app, `${spec.replace(/\W+/g, '_')}.js`);
    writeFileSync(entry, `import '${spec}';\n`);
    const esb = await esbuild({ entryPoints: [entry], bundle: true, format: 'esm', minify: true, write: false, absWorkingDir: app, nodePaths: [path.resolve('node_modules')], define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent' });
    bundles.push({ spec, tags, by: 'esbuild', code: esb.outputFiles[0].text });
    const vite = await viteBuild({
      root: app,
      logLevel: 'silent',
      configFile: false,
      resolve: { preserveSymlinks: false },
      define: { 'process.env.NODE_ENV': '"production"' },
      build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: 'page' }, rolldownOptions: { output: { codeSplitting: false } } },
    });
    const out = (Array.isArray(vite) ? vite[0] : vite).output.filter((o) => o.type === 'chunk');
    bundles.push({ spec, tags, by: 'vite', code: out.map((o) => o.code).join('\n') });
  }
  const browser = await puppeteer.launch({ executablePath: findBrowser() ?? undefined, headless: true, args: CHROME_ARGS });
  let failed = 0;
  try {
    for (const b of bundles) {
      const page = await browser.newPage();
      await page.goto('about:blank');
      await page.addScriptTag({ content: b.code || '// an empty bundle', type: 'module' });
      const missing = await page.evaluate((tags) => tags.filter((t) => !customElements.get(t)), b.tags);
      await page.close();
      if (missing.length) failed += 1;
      console.log(`consumers: ${b.by.padEnd(7)} import '${b.spec}' ${missing.length ? `does not define ${missing.join(', ')}` : `defines ${b.tags.join(', ')}`}`);
    }
  } finally {
    await browser.close();
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(app, { recursive: true, force: true });
}
