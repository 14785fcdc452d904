// `npm run bench:soak`: the long heap run. The demo wall on a 1920×1080 page, fed a new
// document 4 times a second (SOAK_TICK seconds) for SOAK_MINUTES (default 20). Every minute:
// forced GC, then JS heap, DOM nodes and listeners. Reports the heap's growth per 1,000
// updates after the warm-up (SOAK_WARMUP minutes, default 2) by a least-squares line through the
// samples, so one noisy sample does not decide it. Target: < 0.05 MB per 1,000 updates.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import { serve } from './page.mjs';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 20);
const WARMUP = Number(process.env.SOAK_WARMUP ?? 2);
const TICK = Number(process.env.SOAK_TICK ?? 0.25);
const SAMPLE_MS = Number(process.env.SOAK_SAMPLE_SECONDS ?? 60) * 1000;
const TARGET_MB_PER_1000 = 0.05;

const out = await build({
  entryPoints: ['bench/soak-entry.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
});
const server = await serve({ soak: out.outputFiles[0].text });
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1920, height: 1080 });
  await page.goto(`${server.origin}/?tick=${TICK}`);
  await page.addStyleTag({ content: readFileSync('demo/wall.css', 'utf8') });
  await page.addScriptTag({ url: `${server.origin}/soak.js`, type: 'module' });
  await page.waitForFunction(() => Boolean(window.soak));
  const cdp = await page.createCDPSession();
  const sample = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const m = await page.metrics();
    const updates = await page.evaluate(() => window.soak.updates());
    return { minute: 0, updates, heapMb: m.JSHeapUsedSize / 2 ** 20, nodes: m.Nodes, listeners: m.JSEventListeners };
  };
  /** Bytes by what holds them (V8 heap snapshot node types), after GC: code, strings, objects, DOM… */
  const composition = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks = [];
    const onChunk = (e) => chunks.push(e.chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    const snap = JSON.parse(chunks.join(''));
    const fields = snap.snapshot.meta.node_fields;
    const types = snap.snapshot.meta.node_types[0];
    const [t, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
    const bytes = {};
    for (let i = 0; i < snap.nodes.length; i += fields.length) {
      const type = types[snap.nodes[i + t]];
      const group = type === 'code' ? 'compiled code' : /string/.test(type) ? 'strings' : type === 'native' ? 'DOM and other native' : 'JS objects';
      bytes[group] = (bytes[group] ?? 0) + snap.nodes[i + size];
    }
    return bytes;
  };
  const samples = [];
  const started = Date.now();
  let afterWarmup = null;
  console.log(`soak: the demo wall, a new document every ${TICK} s, ${MINUTES} min (warm-up ${WARMUP} min)`);
  console.log('minute | updates | JS heap MB after GC | DOM nodes | listeners');
  for (;;) {
    const s = await sample();
    s.minute = (Date.now() - started) / 60_000;
    samples.push(s);
    console.log(`${s.minute.toFixed(1)} | ${s.updates} | ${s.heapMb.toFixed(3)} | ${s.nodes} | ${s.listeners}`);
    if (!afterWarmup && s.minute >= WARMUP) afterWarmup = await composition();
    if (s.minute >= MINUTES) break;
    await new Promise((r) => setTimeout(r, SAMPLE_MS));
  }
  const after = samples.filter((s) => s.minute >= WARMUP);
  const n = after.length;
  const mx = after.reduce((a, s) => a + s.updates, 0) / n;
  const my = after.reduce((a, s) => a + s.heapMb, 0) / n;
  const slope = after.reduce((a, s) => a + (s.updates - mx) * (s.heapMb - my), 0) / after.reduce((a, s) => a + (s.updates - mx) ** 2, 0);
  const perThousand = slope * 1000;
  const first = after[0];
  const last = after.at(-1);
  console.log(`after warm-up: ${first.heapMb.toFixed(3)} → ${last.heapMb.toFixed(3)} MB over ${last.updates - first.updates} updates; nodes ${first.nodes} → ${last.nodes}; listeners ${first.listeners} → ${last.listeners}`);
  // Where the growth is: V8 keeps compiling hotter code for hours (bounded, and flushed when
  // cold), which is not data piling up; objects, strings and DOM are what a leak would grow.
  const end = await composition();
  console.log(`growth by kind after warm-up (heap snapshots, MB): ${Object.keys(end).map((k) => `${k} ${((end[k] - (afterWarmup?.[k] ?? 0)) / 2 ** 20).toFixed(3)}`).join(' · ')}`);
  const met = perThousand < TARGET_MB_PER_1000;
  console.log(`${met ? 'met' : 'MISSED'}  heap growth < ${TARGET_MB_PER_1000} MB per 1,000 updates (least squares): ${perThousand.toFixed(4)}`);
  process.exitCode = met ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}
