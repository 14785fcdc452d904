// `node bench/profile.mjs <lib> <kind> [n]`: where one mount's main-thread time goes, for one
// side of the benchmark (lib: kpi | echarts | floor). Prints the time per trace event kind
// (script, style, layout, paint…) and the functions with the most self time. Not minified,
// so names are readable; the numbers are for comparing sides, not for quoting.
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import { bundle, openBenchPage, serve } from './page.mjs';

const [lib = 'kpi', kind = 'gauge', n = '200'] = process.argv.slice(2);

const code = await bundle(lib, { minify: false });
// esbuild marks each module with a "// path" line: line number → module, for the per-module sums.
const moduleStarts = [];
code.split('\n').forEach((line, i) => {
  const m = /^\/\/ ((?:node_modules|src|bench)\/.+)$/.exec(line);
  if (m) moduleStarts.push([i, m[1]]);
});
const moduleAt = (line) => {
  let found = '(native or unknown)';
  for (const [start, path] of moduleStarts) if (start <= line) found = path; else break;
  return found.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, '$1').replace(/^src\/([^/]+)\/.*/, 'src/$1');
};
const server = await serve({ [lib]: code });
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROME_ARGS });
try {
  const page = await openBenchPage(browser, server.origin, lib, process.env.PROFILE_HASH);
  await page.evaluate(async (k) => { await window.bench.mount(1, k); await window.bench.clear(); }, kind);
  const step = process.env.PROFILE_STEP ?? 'mount';
  if (step === 'update') await page.evaluate((m, k) => window.bench.mount(m, k), Number(n), kind);
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
  if (process.env.PROFILE_JS !== '0') categories.push('disabled-by-default-v8.cpu_profiler');
  await page.tracing.start({ categories });
  const wall = await page.evaluate(async (m, k, s) => {
    const t0 = performance.now();
    if (s === 'update') await window.bench.update(1); else await window.bench.mount(m, k);
    return performance.now() - t0;
  }, Number(n), kind, step);
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  if (process.env.PROFILE_DUMP) (await import("node:fs")).writeFileSync(process.env.PROFILE_DUMP, JSON.stringify(trace));
  summarise(trace.traceEvents, wall);
} finally {
  await browser.close();
  server.close();
}

function summarise(events, wall) {
  // The page's renderer: the main thread that did the most work (others are idle tabs).
  const busy = (t) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'RunTask').reduce((s, e) => s + e.dur, 0);
  const main = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').sort((a, b) => busy(b) - busy(a))[0];
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  // Exclusive time per event name: an event's duration minus its children's.
  mine.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of mine) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length) self.set(stack.at(-1).name, (self.get(stack.at(-1).name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  const top = mine.filter((e) => e.name === 'RunTask').reduce((s, e) => s + e.dur, 0);
  console.log(`${lib} ${kind} × ${n}: wall ${wall.toFixed(1)} ms, main-thread tasks ${(top / 1000).toFixed(1)} ms`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${(us / 1000).toFixed(1).padStart(7)} ms  ${name}`);
  // JS self time per function from the sampled profile.
  const nodes = new Map();
  const selfFn = new Map();
  const selfModule = new Map();
  const total = new Map();
  for (const e of events.filter((x) => x.name === 'ProfileChunk' && x.pid === main.pid)) {
    const c = e.args.data.cpuProfile ?? {};
    for (const node of c.nodes ?? []) nodes.set(node.id, node);
    const deltas = e.args.data.timeDeltas ?? [];
    (c.samples ?? []).forEach((id, i) => {
      const f = nodes.get(id)?.callFrame;
      const key = f ? `${f.functionName || '(anon)'} :${f.lineNumber}` : '?';
      const inModule = !process.env.PROFILE_MODULE || (f?.url?.endsWith(`/${lib}.js`) && moduleAt(f.lineNumber).includes(process.env.PROFILE_MODULE));
      if (inModule) selfFn.set(key, (selfFn.get(key) ?? 0) + (deltas[i] ?? 0));
      // Inclusive time: each function on the sampled stack, once.
      const seen = new Set();
      for (let at = nodes.get(id); at; at = nodes.get(at.parent)) {
        const g = at.callFrame;
        const name = `${g.functionName || '(anon)'} :${g.lineNumber}`;
        if (seen.has(name)) continue;
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + (deltas[i] ?? 0));
      }
      const mod = f?.url?.endsWith(`/${lib}.js`) ? moduleAt(f.lineNumber) : f?.functionName ? '(native)' : f?.functionName ?? '?';
      const group = f?.functionName?.startsWith('(') ? f.functionName : mod;
      selfModule.set(group, (selfModule.get(group) ?? 0) + (deltas[i] ?? 0));
    });
  }
  console.log('  JS self time by module:');
  for (const [name, us] of [...selfModule].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${(us / 1000).toFixed(1).padStart(7)} ms  ${name}`);
  if (process.env.PROFILE_INCLUSIVE) {
    console.log('  JS total time (with callees):');
    for (const [name, us] of [...total].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_INCLUSIVE))) console.log(`  ${(us / 1000).toFixed(1).padStart(7)} ms  ${name}`);
  }
  console.log('  JS self time:');
  for (const [name, us] of [...selfFn].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(us / 1000).toFixed(1).padStart(7)} ms  ${name}`);
}
