// The ranking-carousel case of `npm run bench` (BENCH_KINDS=scroll): a ranking of 20 rows
// scrolling one row every 2 s for BENCH_SCROLL_SECONDS (60), traced. Reports main-thread ms per
// second over the whole run and in the idle time between steps (from 1 s after a step, once its
// 0.6 s slide is over, to the next), long tasks, and heap growth after GC; an empty page traced
// the same way gives the floor (the browser's own upkeep and the tracing).
import { serve } from './page.mjs';

const SECONDS = Number(process.env.BENCH_SCROLL_SECONDS ?? 60);
const INTERVAL = 2;
export const SCROLL_TARGETS = { idleMsPerS: 2, longTasks: 0, growthMb: 0.5 };
const pause = (s) => new Promise((r) => setTimeout(r, s * 1000));

/** Main-thread busy time from a trace: every top-level task on the page's main thread. */
function mainThreadTasks(events) {
  const byThread = new Map();
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X') continue;
    const key = `${e.pid}:${e.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = (tasks) => tasks.reduce((s, t) => s + t.dur, 0);
  return [...byThread].filter(([k]) => mains.has(k)).map(([, v]) => v).sort((a, b) => busy(b) - busy(a))[0] ?? [];
}

async function traced(page, seconds) {
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  const t0 = await page.evaluate(() => performance.timeOrigin * 1000 + performance.now() * 1000);
  await pause(seconds);
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  return { events: trace.traceEvents, t0 };
}

/** ms of main-thread tasks per second inside [from, to) windows (µs trace times). */
function busyIn(tasks, windows) {
  let busy = 0;
  let span = 0;
  for (const [from, to] of windows) {
    span += to - from;
    for (const t of tasks) busy += Math.max(0, Math.min(to, t.ts + t.dur) - Math.max(from, t.ts));
  }
  return span > 0 ? busy / 1000 / (span / 1e6) : null;
}

export async function measureScroll(browser, script) {
  const server = await serve({ scroll: script });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1920, height: 1080 });
    await page.goto(`${server.origin}/`);
    await page.addScriptTag({ url: `${server.origin}/scroll.js`, type: 'module' });
    await page.waitForFunction(() => Boolean(window.scrollCase));
    const cdp = await page.createCDPSession();
    const gc = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
    };
    const heap = async () => (await page.metrics()).JSHeapUsedSize / 2 ** 20;
    await page.evaluate((i) => window.scrollCase.mount(20, i), INTERVAL);
    await pause(2 * INTERVAL + 1); // warm-up: two steps
    await gc();
    const heapBefore = await heap();
    const { events } = await traced(page, SECONDS);
    await gc();
    const heapGrowth = (await heap()) - heapBefore;
    const tasks = mainThreadTasks(events);
    const marks = events.filter((e) => e.name === 'kpi-step').map((e) => e.ts).sort((a, b) => a - b);
    const start = Math.min(...tasks.map((t) => t.ts));
    const end = Math.max(...tasks.map((t) => t.ts + t.dur));
    // A step starts with the task its timer fires in (the mark comes at the end of its render).
    const stepStarts = marks.map((m) => tasks.find((t) => t.ts <= m && m <= t.ts + t.dur)?.ts ?? m);
    const idleWindows = stepStarts.slice(0, -1).map((s, i) => [s + 1e6, stepStarts[i + 1]]).filter(([a, b]) => b > a);
    await page.close();
    // The floor: an empty page, traced as long.
    const empty = await browser.newPage();
    await empty.goto(`${server.origin}/`);
    await pause(1);
    const floorSeconds = Math.min(SECONDS, 20);
    const floor = mainThreadTasks((await traced(empty, floorSeconds)).events);
    await empty.close();
    return {
      seconds: SECONDS,
      steps: marks.length,
      msPerS: busyIn(tasks, [[start, end]]),
      msPerStep: busyIn(tasks, [[start, end]]) * INTERVAL,
      idleMsPerS: busyIn(tasks, idleWindows),
      longTasks: tasks.filter((t) => t.dur > 50_000).length,
      longestTask: Math.max(0, ...tasks.map((t) => t.dur / 1000)),
      heapGrowth,
      floorMsPerS: floor.reduce((s, t) => s + t.dur, 0) / 1000 / floorSeconds,
    };
  } finally {
    server.close();
  }
}

const fmt = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));

export function reportScroll(s) {
  console.log(`\nranking carousel: 20 rows, 10 visible, one step every ${INTERVAL} s for ${s.seconds} s (traced)`);
  console.log('steps | main-thread ms/s, whole run | ms per step | ms/s idle between steps | empty page ms/s | long tasks (longest ms) | heap growth MB after GC');
  console.log([s.steps, fmt(s.msPerS), fmt(s.msPerStep, 1), fmt(s.idleMsPerS), fmt(s.floorMsPerS), `${s.longTasks} (${fmt(s.longestTask, 1)})`, fmt(s.heapGrowth)].join(' | '));
  return [
    [`scroll: main-thread ms/s idle between steps ≤ ${SCROLL_TARGETS.idleMsPerS}`, s.idleMsPerS, SCROLL_TARGETS.idleMsPerS],
    ['scroll: long tasks (> 50 ms)', s.longTasks, SCROLL_TARGETS.longTasks],
    [`scroll: heap growth over ${s.seconds} s ≤ ${SCROLL_TARGETS.growthMb} MB`, s.heapGrowth, SCROLL_TARGETS.growthMb],
  ];
}
