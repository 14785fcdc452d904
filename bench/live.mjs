// The live-update case of `npm run bench` (BENCH_KINDS=live): 500 widgets on one page, a new
// document pushed over SSE once a second for BENCH_LIVE_SECONDS (60), after a warm-up of
// BENCH_LIVE_WARMUP seconds (10). Three sides, one fresh page each (see live-entry.ts):
// <kpi-source>, the same widgets given each document by `data`, raw ECharts by setOption.
// Reports main-thread ms per push, long tasks, heap growth after GC over the measured span,
// the requests the page made, and main-thread ms per second while the page is hidden.
// Per push is then measured again in BENCH_LIVE_ROUNDS − 1 more rounds (3 in all) of
// BENCH_LIVE_ROUND_SECONDS (20) per side, the sides taking turns (in the other order each
// round): one 60 s page per side moved a side's figure by ±20 % between runs of one build,
// so the ratio reported is the median of the rounds' paired ratios.
import { clearInterval, setInterval } from 'node:timers';
import { serve } from './page.mjs';

export const LIVE_WIDGETS = Number(process.env.BENCH_LIVE_WIDGETS ?? 500);
const SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 60);
const WARMUP = Number(process.env.BENCH_LIVE_WARMUP ?? 10);
const HIDDEN = Number(process.env.BENCH_LIVE_HIDDEN ?? 10);
const ROUNDS = Math.max(1, Number(process.env.BENCH_LIVE_ROUNDS ?? 3));
const ROUND_SECONDS = Number(process.env.BENCH_LIVE_ROUND_SECONDS ?? 20);
export const LIVE_SIDES = [
  { side: 'source', label: '<kpi-source> (one SSE feed)' },
  { side: 'data', label: 'same widgets, each given `data`' },
  { side: 'echarts', label: 'raw ECharts, setOption' },
  { side: 'floor', label: 'static floor: the same markup, no script' },
];
export const LIVE_TARGETS = { perPushVsEcharts: 0.25, growthMb: 0.5, requests: 1, longTasks: 0, hiddenQuietMsPerS: 0.5 };

/** The pushed document: one row per widget, every value new at every push (the rows of fixtures.ts's row(), which Node cannot import). */
function documentAt(round, n) {
  return {
    asOf: '2024-08-21',
    indicators: Array.from({ length: n }, (_, i) => ({
      id: `signed-${i}`,
      name: `新签约项目签约额 ${i + 1}`,
      unit: '亿元',
      value: 200 + ((i * 37 + round * 53) % 380),
      target: 600,
      period: { start: '2024-01-01', end: '2024-12-31' },
      asOf: '2024-08-21',
    })),
  };
}

/** An SSE server pushing the next document to every open stream once a second; counts requests. */
function liveServer(scripts, n) {
  const streams = new Set();
  let requests = 0;
  let round = 0;
  let quiet = false;
  const frame = () => `event: snapshot\nid: ${round}\ndata: ${JSON.stringify(documentAt(round, n))}\n\n`;
  const timer = setInterval(() => {
    if (quiet) return;
    round += 1;
    const next = frame();
    for (const res of streams) res.write(next);
  }, 1000);
  const stream = (path, req, res) => {
    // One document of a round, for the floor side to draw its rounds ahead (live-floor.ts).
    if (path === '/live/doc') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(documentAt(Number(new URL(req.url, 'http://x').searchParams.get('round')), n)));
      return true;
    }
    if (path !== '/live/stream') return false;
    requests += 1;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(frame());
    streams.add(res);
    req.on('close', () => streams.delete(res));
    return true;
  };
  let served = null;
  return {
    listen: async () => (served = await serve(scripts, stream)).origin,
    requests: () => requests,
    reset: () => (requests = 0),
    /** stops (or resumes) the pushes, the streams staying open */
    quiet: (on) => (quiet = on),
    close: () => {
      clearInterval(timer);
      for (const res of streams) res.end();
      served?.close();
    },
  };
}

const pause = (s) => new Promise((r) => setTimeout(r, s * 1000));

/** Main-thread ms one read of the page's metrics costs (two reads back to back). */
async function readCost(cpu) {
  const a = await cpu();
  return (await cpu()) - a;
}

/**
 * One side on a fresh page: per push, long tasks, heap growth and requests over `seconds`; with
 * `full`, the hidden page after (documents arriving, then none) and catching up on visible.
 */
async function measureSide(browser, origin, server, side, { seconds = SECONDS, full = true } = {}) {
  server.reset();
  const page = await browser.newPage();
  // The page's warnings (a floor whose diffs were incomplete says so) on the run's stderr.
  page.on('console', (m) => ['warn', 'warning'].includes(m.type()) && process.stderr.write(`  page (${side}): ${m.text()}\n`));
  await page.setViewport({ width: 3840, height: 7200 });
  await page.goto(`${origin}/${process.env.BENCH_LIVE_MIX ? `?mix=${process.env.BENCH_LIVE_MIX}` : ''}`);
  await page.addScriptTag({ url: `${origin}/live.js`, type: 'module' });
  await page.waitForFunction(() => Boolean(window.live));
  // An experiment's page CSS (BENCH_LIVE_CSS="kpi-gauge { … }"), to measure a style before changing it.
  if (process.env.BENCH_LIVE_CSS) await page.addStyleTag({ content: process.env.BENCH_LIVE_CSS });
  const cdp = await page.createCDPSession();
  const gc = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
  };
  const cpu = async () => (await page.metrics()).TaskDuration * 1000;
  const heap = async () => (await page.metrics()).JSHeapUsedSize / 2 ** 20;
  await page.evaluate((s, n) => window.live.mount(s, n, '/live/stream'), side, LIVE_WIDGETS);
  await pause(WARMUP);
  await gc();
  const heapBefore = await heap();
  await page.evaluate(() => [window.live.longTasks(), window.live.longFrames()]);
  const pushesBefore = await page.evaluate(() => window.live.pushes());
  const cpuBefore = await cpu();
  // BENCH_LIVE_TRACE=<path prefix>: a DevTools trace of the measured span's first 4 s, to <prefix>-<side>.json.
  if (process.env.BENCH_LIVE_TRACE) {
    await page.tracing.start({ path: `${process.env.BENCH_LIVE_TRACE}-${side}.json`, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await pause(Math.min(4, seconds));
    await page.tracing.stop();
    await pause(Math.max(0, seconds - 4));
  } else await pause(seconds);
  const cpuSpent = (await cpu()) - cpuBefore;
  const pushes = (await page.evaluate(() => window.live.pushes())) - pushesBefore;
  const [tasks, frames] = await page.evaluate(() => [window.live.longTasks(), window.live.longFrames()]);
  await gc();
  const heapGrowth = (await heap()) - heapBefore;
  // Requests while the page is seen (a hidden page's stream closes after 10 s and opens again when seen).
  const requests = server.requests();
  // Hidden: documents keep arriving; the widgets keep the newest and draw it once when seen.
  let hiddenMsPerS = null;
  let quietMsPerS = null;
  let caughtUp = null;
  if (full && (side === 'source' || side === 'data')) {
    await page.evaluate(() => window.live.setHidden(true));
    await pause(1);
    const hiddenBefore = await cpu();
    await pause(HIDDEN);
    hiddenMsPerS = ((await cpu()) - hiddenBefore) / HIDDEN;
    // Between pushes: the streams open, nothing arriving. Any timer, ticker or render left
    // running while hidden shows here.
    server.quiet(true);
    await pause(1);
    const quietBefore = await cpu();
    await pause(HIDDEN);
    // Reading the metrics is itself a main-thread task, longer on a page of 500 widgets than on
    // an empty one (it counts the DOM): what one read costs is taken off.
    quietMsPerS = ((await cpu()) - quietBefore - (await readCost(cpu))) / HIDDEN;
    server.quiet(false);
    await page.evaluate(() => window.live.setHidden(false));
    // Caught up: the first widget shows the newest document within 3 s of being seen.
    caughtUp = await page
      .waitForFunction(() => { const { shown, newest } = window.live.shown(); return shown === newest; }, { timeout: 3000, polling: 100 })
      .then(() => true, () => false);
  }
  await page.close();
  return { side, pushes, msPerPush: cpuSpent / pushes, cpuShare: cpuSpent / (seconds * 1000), longTasks: tasks.count, longestTask: tasks.longest, longFrames: frames?.count ?? null, longestFrame: frames?.longest ?? null, heapGrowth, requests, hiddenMsPerS, quietMsPerS, caughtUp };
}

/** What an empty page costs the main thread per second here (the browser's own upkeep and these reads): the floor for "nothing". */
async function idlePage(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await pause(1);
  const cpu = async () => (await page.metrics()).TaskDuration * 1000;
  const before = await cpu();
  await pause(HIDDEN);
  const ms = ((await cpu()) - before - (await readCost(cpu))) / HIDDEN;
  await page.close();
  return ms;
}

/** Runs the three sides; returns their figures. */
export async function measureLive(browser, script) {
  const server = liveServer({ live: script }, LIVE_WIDGETS);
  const origin = await server.listen();
  try {
    const only = process.env.BENCH_LIVE_SIDES?.split(',');
    const sides = LIVE_SIDES.filter((x) => !only || only.includes(x.side)).map((x) => x.side);
    const out = [];
    for (const side of sides) {
      const s = await measureSide(browser, origin, server, side);
      out.push({ ...s, rounds: [s.msPerPush] });
      process.stderr.write(`  measured live: ${side} (${s.msPerPush.toFixed(1)} ms a push)\n`);
    }
    // More rounds of per push alone, the sides in turn (reversed every other round).
    for (let r = 1; r < ROUNDS; r++) {
      for (const side of r % 2 ? [...sides].reverse() : sides) {
        const s = await measureSide(browser, origin, server, side, { seconds: ROUND_SECONDS, full: false });
        const kept = out.find((x) => x.side === side);
        kept.rounds[r] = s.msPerPush;
        kept.longTasks += s.longTasks;
        kept.longestTask = Math.max(kept.longestTask, s.longestTask);
        process.stderr.write(`  measured live: ${side}, round ${r + 1} (${s.msPerPush.toFixed(1)} ms a push)\n`);
      }
    }
    for (const s of out) s.msPerPush = median(s.rounds);
    return { widgets: LIVE_WIDGETS, seconds: SECONDS, warmup: WARMUP, hidden: HIDDEN, roundSeconds: ROUND_SECONDS, sides: out, idleMsPerS: await idlePage(browser, origin) };
  } finally {
    server.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median of the rounds' ratios a / b (round by round: both sides measured in the same stretch). */
const pairedRatio = (a, b) => median(a.rounds.map((x, i) => x / b.rounds[i]));

const fmt = (x, d = 1) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));

/** The live table and its checks ([name, value, limit] for the shared target list). */
export function reportLive(live) {
  const rounds = live.sides[0]?.rounds.length ?? 1;
  console.log(`\nlive update: ${live.widgets} widgets, a document pushed over SSE every second for ${live.seconds} s (after ${live.warmup} s warm-up); hidden for ${live.hidden} s after${rounds > 1 ? `; per push and long tasks also over ${rounds - 1} more rounds of ${live.roundSeconds} s, the sides in turn (per push: the median of the rounds; each round's figure in brackets)` : ''}\n`);
  console.log('side | pushes | main-thread ms per push | busy share | long tasks (longest ms) | long frames, rendering included (longest ms) | heap growth MB after GC | requests | ms/s hidden, pushes arriving | ms/s hidden, between pushes | caught up on visible');
  const by = Object.fromEntries(live.sides.map((s) => [s.side, s]));
  for (const { side, label } of LIVE_SIDES) {
    const s = by[side];
    if (!s) continue;
    console.log([label, s.pushes, `${fmt(s.msPerPush)}${rounds > 1 ? ` (${s.rounds.map((x) => fmt(x)).join(', ')})` : ''}`, `${fmt(s.cpuShare * 100, 0)} %`, `${s.longTasks} (${fmt(s.longestTask, 0)})`, s.longFrames === null || s.longFrames === undefined ? '—' : `${s.longFrames} (${fmt(s.longestFrame, 0)})`, fmt(s.heapGrowth, 2), s.requests, fmt(s.hiddenMsPerS, 2), fmt(s.quietMsPerS, 2), s.caughtUp === null ? '—' : s.caughtUp ? 'yes' : 'NO'].join(' | '));
  }
  const src = by.source;
  const raw = by.echarts;
  if (!src) return [];
  const checks = [
    ['live: requests for the page (one stream)', src.requests, LIVE_TARGETS.requests],
    ['live: long tasks (> 50 ms) with <kpi-source>', src.longTasks, LIVE_TARGETS.longTasks],
    [`live: heap growth over ${live.seconds} s ≤ ${LIVE_TARGETS.growthMb} MB`, src.heapGrowth, LIVE_TARGETS.growthMb],
    ['live: the newest document drawn within 3 s of becoming visible (0 = yes)', src.caughtUp ? 0 : 1, 0],
    // "0 ms" of ours: judged above an empty page measured the same way in the same run (the
    // browser's own upkeep: 0.05-2 ms/s here).
    [`live: main-thread ms/s while hidden between pushes, above an empty page's ${fmt(live.idleMsPerS, 2)}`, src.quietMsPerS - live.idleMsPerS, LIVE_TARGETS.hiddenQuietMsPerS],
  ];
  // Each ratio: the median of the rounds' paired ratios, with every round's in brackets.
  const ratio = (a, b) => `${fmt(pairedRatio(a, b), 3)}${rounds > 1 ? ` (${a.rounds.map((x, i) => fmt(x / b.rounds[i], 3)).join(', ')})` : ''}`;
  if (raw) {
    console.log(`ratio per push, <kpi-source> / raw ECharts: ${ratio(src, raw)}`);
    checks.push([`live: ms per push ≤ ${LIVE_TARGETS.perPushVsEcharts}× raw ECharts`, pairedRatio(src, raw), LIVE_TARGETS.perPushVsEcharts]);
    if (by.floor) console.log(`ratio per push, static floor / raw ECharts: ${ratio(by.floor, raw)}`);
  }
  if (by.data) console.log(`ratio per push, <kpi-source> / the same widgets given data: ${ratio(src, by.data)}`);
  if (by.floor) console.log(`ratio per push, <kpi-source> / static floor: ${ratio(src, by.floor)}`);
  return checks;
}
