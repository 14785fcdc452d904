// What `npm run bench` and `npm run bench:profile` share: the two sides' entries, bundling
// them as a user's bundler would, serving them, and opening a measured page.
import { build } from 'esbuild';
import { createServer } from 'node:http';

/** Each side of the benchmark: its page script. */
export const ENTRIES = { kpi: 'bench/kpi-entry.ts', echarts: 'bench/echarts-entry.ts', floor: 'bench/floor-entry.ts', reference: 'bench/reference-entry.ts', live: 'bench/live-entry.ts', scroll: 'bench/scroll-entry.ts', board: 'bench/board-entry.ts', 'floor-svg': 'bench/floor-pictures-entry.ts', 'floor-canvas': 'bench/floor-pictures-entry.ts' };

/**
 * One side bundled with its dependencies (minified as shipped; unminified for readable profiles),
 * from this tree or from another checkout (`root`: an older commit's worktree, for an A/B run).
 */
export async function bundle(lib, { minify = true, root = process.cwd() } = {}) {
  const out = await build({
    absWorkingDir: root,
    entryPoints: [ENTRIES[lib]],
    bundle: true,
    minify,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/**
 * Serves an empty page at / and each `${lib}.js` of `scripts`; resolves to the origin and a
 * close(). `route(path, req, res)` answers other paths first (true when it did).
 */
export async function serve(scripts, route = () => false) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (route(path, req, res)) return;
    // Cross-origin isolation lets the page call performance.measureUserAgentSpecificMemory().
    const isolated = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
    if (path === '/') {
      res.writeHead(200, { ...isolated, 'content-type': 'text/html; charset=utf-8' });
      return res.end('<!doctype html><html lang="zh-CN"><body style="margin:0"></body></html>');
    }
    const body = scripts[path.slice(1).replace(/\.js$/, '')];
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { ...isolated, 'content-type': 'text/javascript' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * A fresh page running one side. The viewport is big enough that every widget is on screen:
 * both sides paint everything they mount.
 */
export async function openBenchPage(browser, origin, lib, hash = '') {
  const page = await browser.newPage();
  await page.setViewport({ width: 3840, height: 7200 });
  await page.goto(`${origin}/${hash}`);
  await page.addScriptTag({ url: `${origin}/${lib}.js`, type: 'module' });
  await page.waitForFunction(() => Boolean(window.bench));
  return page;
}
