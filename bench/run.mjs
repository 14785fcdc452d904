// `npm run bench`: kpi-elements against raw ECharts, side by side in one run, in headless
// Chromium. Mount, update, main-thread CPU, heap, heap growth over mount/unmount cycles,
// and gzip size. Figures are medians of REPEATS fresh pages; quote the ratios, not the ms.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import { gzipSize } from '../scripts/gzip-size.mjs';

const COUNTS = (process.env.BENCH_COUNTS ?? '1,50,200,500').split(',').map(Number);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 100);
const CYCLE_SIZE = 20;
const AT = 200; // where the targets are judged
const TARGETS = { mountCpu: 0.15, updateCpu: 0.2, heap: 0.25, growthMb: 0.5, gaugeKb: 20 };

const LIBS = {
  kpi: { entry: 'bench/kpi-entry.ts', label: 'kpi-elements' },
  echarts: { entry: 'bench/echarts-entry.ts', label: 'raw ECharts' },
  floor: { entry: 'bench/floor-entry.ts', label: 'floor' },
};

async function bundle(entry) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

function serve(files) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // Cross-origin isolation lets the page call performance.measureUserAgentSpecificMemory().
    const isolated = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
    if (path === '/') {
      res.writeHead(200, { ...isolated, 'content-type': 'text/html; charset=utf-8' });
      return res.end('<!doctype html><html lang="zh-CN"><body style="margin:0"></body></html>');
    }
    const body = files[path.slice(1)];
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { ...isolated, 'content-type': 'text/javascript' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function openPage(browser, origin, lib) {
  const page = await browser.newPage();
  // Big enough that every widget is on screen: both sides paint everything they mount.
  await page.setViewport({ width: 3840, height: 7200 });
  await page.goto(`${origin}/`);
  await page.addScriptTag({ url: `${origin}/${lib}.js`, type: 'module' });
  await page.waitForFunction(() => Boolean(window.bench));
  const cdp = await page.createCDPSession();
  const gc = () => cdp.send('HeapProfiler.collectGarbage');
  const metrics = async () => {
    const m = await page.metrics();
    // JS heap alone leaves out DOM nodes (ours) and canvas backing stores (ECharts');
    // the user-agent measurement counts JavaScript, DOM and Canvas memory of the page.
    const ua = await page.evaluate(async () => (await performance.measureUserAgentSpecificMemory()).bytes);
    return { cpu: m.TaskDuration * 1000, heap: m.JSHeapUsedSize / 2 ** 20, memory: ua / 2 ** 20 };
  };
  return { page, gc, metrics };
}

/** Runs one step in the page; returns wall ms, main-thread CPU ms and heap MB after GC. */
async function step(p, fn, ...args) {
  await p.gc();
  const before = await p.metrics();
  const wall = await p.page.evaluate(fn, ...args);
  const after = await p.metrics();
  await p.gc();
  const settled = await p.metrics();
  return { wall, cpu: after.cpu - before.cpu, heap: settled.heap - before.heap, memory: settled.memory - before.memory };
}

const mountFn = async (n, kind) => {
  const t0 = performance.now();
  await window.bench.mount(n, kind);
  return performance.now() - t0;
};
const updateFn = async () => {
  const t0 = performance.now();
  await window.bench.update(1);
  return performance.now() - t0;
};

async function measure(browser, origin, lib, kind, n) {
  const runs = [];
  for (let r = 0; r < REPEATS; r++) {
    const p = await openPage(browser, origin, lib);
    // Warm-up: mount and clear one widget, so both sides are measured past module start-up
    // and first-use JIT; the steady per-widget cost is what scales with a page.
    await p.page.evaluate(async (k) => {
      await window.bench.mount(1, k);
      await window.bench.clear();
    }, kind);
    const mount = await step(p, mountFn, n, kind);
    const update = await step(p, updateFn);
    runs.push({ mountMs: mount.wall, mountCpu: mount.cpu, heap: mount.heap, memory: mount.memory, updateMs: update.wall, updateCpu: update.cpu });
    await p.page.close();
  }
  const keys = Object.keys(runs[0]);
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((x) => x[k]))]));
}

async function cycles(browser, origin, lib, kind) {
  const p = await openPage(browser, origin, lib);
  const cycle = () => p.page.evaluate(async (n, k) => {
    await window.bench.mount(n, k);
    await window.bench.clear();
  }, CYCLE_SIZE, kind);
  await cycle(); // warm-up: first-use caches (styles, formatters) are not a leak
  await p.gc();
  const start = await p.metrics();
  for (let i = 0; i < CYCLES; i++) await cycle();
  await p.gc();
  await p.gc();
  const end = await p.metrics();
  await p.page.close();
  return { heap: end.heap - start.heap, memory: end.memory - start.memory };
}

const fmt = (x, d = 1) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));

async function main() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: run npm test once (it installs one) or set CHROME_PATH');
  const files = { 'kpi.js': await bundle(LIBS.kpi.entry), 'echarts.js': await bundle(LIBS.echarts.entry), 'floor.js': await bundle(LIBS.floor.entry) };
  const sizes = {
    gauge: await gzipSize('src/gauge/kpi-gauge.ts'),
    stat: await gzipSize('src/stat/kpi-stat.ts'),
    echartsGauge: await gzipSize(null, "import * as e from 'echarts/core'; import { GaugeChart } from 'echarts/charts'; import { CanvasRenderer } from 'echarts/renderers'; e.use([GaugeChart, CanvasRenderer]); export default e;"),
  };
  const server = await serve(files);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROME_ARGS, '--enable-blink-features=ForceEagerMeasureMemory'],
  });
  const results = { date: new Date().toISOString(), repeats: REPEATS, sizes, rows: [], cycles: {} };
  try {
    for (const n of COUNTS) {
      for (const [lib, kind] of [['kpi', 'gauge'], ['echarts', 'gauge'], ['kpi', 'stat'], ['floor', 'gauge']]) {
        const m = await measure(browser, origin, lib, kind, n);
        results.rows.push({ n, lib, kind, ...m });
        process.stderr.write(`  measured ${lib} ${kind} × ${n}\n`);
      }
    }
    if (CYCLES > 0)
      for (const [lib, kind] of [['kpi', 'gauge'], ['echarts', 'gauge'], ['kpi', 'stat']])
        results.cycles[`${lib}-${kind}`] = await cycles(browser, origin, lib, kind);
  } finally {
    await browser.close();
    server.close();
  }
  report(results);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2));
  return results;
}

function report(r) {
  const head = ['N', 'widget', 'mount ms', 'mount CPU ms', 'update ms', 'update CPU ms', 'JS heap MB', 'page memory MB'];
  const lines = [head.join(' | ')];
  const get = (n, lib, kind) => r.rows.find((x) => x.n === n && x.lib === lib && x.kind === kind);
  for (const n of COUNTS) {
    for (const [lib, kind, label] of [['kpi', 'gauge', 'kpi-gauge'], ['echarts', 'gauge', 'ECharts gauge'], ['kpi', 'stat', 'kpi-stat'], ['floor', 'gauge', 'static DOM floor']]) {
      const x = get(n, lib, kind);
      lines.push([n, label, fmt(x.mountMs), fmt(x.mountCpu), fmt(x.updateMs), fmt(x.updateCpu), fmt(x.heap, 2), fmt(x.memory, 2)].join(' | '));
    }
    const k = get(n, 'kpi', 'gauge');
    const e = get(n, 'echarts', 'gauge');
    lines.push([n, '**ratio gauge/ECharts**', fmt(k.mountMs / e.mountMs, 2), fmt(k.mountCpu / e.mountCpu, 2), fmt(k.updateMs / e.updateMs, 2), fmt(k.updateCpu / e.updateCpu, 2), fmt(k.heap / e.heap, 2), fmt(k.memory / e.memory, 2)].join(' | '));
  }
  console.log(`\nkpi-elements vs raw ECharts 6 (median of ${r.repeats} fresh pages each; headless Chromium)\n`);
  console.log(lines.join('\n'));
  console.log(`\ngrowth over ${CYCLES} mount/unmount cycles of ${CYCLE_SIZE} (JS heap / page memory): ` +
    Object.entries(r.cycles).map(([k, v]) => `${k} ${fmt(v.heap, 2)} / ${fmt(v.memory, 2)} MB`).join(' · '));
  console.log(`gzip: kpi-elements/gauge ${fmt(r.sizes.gauge)} kB · kpi-elements/stat ${fmt(r.sizes.stat)} kB · ECharts gauge (core + GaugeChart + CanvasRenderer) ${fmt(r.sizes.echartsGauge)} kB`);
  const k = get(AT, 'kpi', 'gauge');
  const e = get(AT, 'echarts', 'gauge');
  if (!k || !e) return;
  const checks = [
    [`mount CPU at ${AT} ≤ ${TARGETS.mountCpu}× ECharts`, k.mountCpu / e.mountCpu, TARGETS.mountCpu],
    [`update CPU at ${AT} ≤ ${TARGETS.updateCpu}× ECharts`, k.updateCpu / e.updateCpu, TARGETS.updateCpu],
    [`page memory at ${AT} ≤ ${TARGETS.heap}× ECharts`, k.memory / e.memory, TARGETS.heap],
    [`JS heap at ${AT} ≤ ${TARGETS.heap}× ECharts`, k.heap / e.heap, TARGETS.heap],
    [`gauge heap growth ≤ ${TARGETS.growthMb} MB`, r.cycles['kpi-gauge']?.heap ?? NaN, TARGETS.growthMb],
    [`stat heap growth ≤ ${TARGETS.growthMb} MB`, r.cycles['kpi-stat']?.heap ?? NaN, TARGETS.growthMb],
    [`kpi-elements/gauge ≤ ${TARGETS.gaugeKb} kB gzip`, r.sizes.gauge, TARGETS.gaugeKb],
  ];
  console.log('\ntargets:');
  let ok = true;
  for (const [name, value, limit] of checks) {
    const pass = value <= limit;
    ok &&= pass;
    console.log(`  ${pass ? 'met ' : 'MISSED'}  ${name}: ${fmt(value, 2)}`);
  }
  process.exitCode = ok ? 0 : 1;
}

await main();
