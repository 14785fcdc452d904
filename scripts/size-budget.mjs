// The size budget, checked by `npm test`: each public entry of dist/, bundled with its
// dependencies (lit, core) the way a user's bundler would, minified and gzipped. Also proves
// that ECharts is loaded only by the park comparison, and only through its dynamic import().
import { existsSync } from 'node:fs';
import { split } from './gzip-size.mjs';

/**
 * kB gzip loaded up front (lazy chunks separately), including lit and core. Widgets went up
 * 2 kB with the live feed's share of every widget (finding a <kpi-source>, stale with its age,
 * no renders while the page is hidden); the feed itself (polling, SSE, backoff: 4.5 kB) is a
 * lazy chunk loaded on the first `src`. Then +0.5 kB for gauge and stat: toCSV()/toJSON() on every
 * widget (issue 12; the CSV headings in both locales) and the render slices. Lazy: the feed
 * (4.5 kB), the picture code of toSVG()/toPNG() (1.1 kB) and the export menu (1.1 kB), each loaded
 * on its own first use. The menu's loader and words are +0.3 kB in the widget chunk, and the
 * extra split points another +0.6 kB of eager chunks gzipped apart: gauge/stat 24.5, bar 25.
 */
export const BUDGETS = {
  // The range placement and the range's texts only where the gauge asks for them (derive.ts placeOnRange,
  // present.ts presentRange), not in every row's view: stat, target-bar and ranking −0.24 kB (measured 24.20,
  // 26.06, 25.87; budgets lowered), core +0.08 (12.11), gauge +0.07 (24.94), index +0.12 (46.55), board +0.08
  // (54.29): 200 one-row bars mounted 0.90× (derive + present's first runs: ~15 → ~8 ms of script).
  // +0.2 kB for every widget (measured core 12.02, gauge 24.86, target-bar 25.96, park-compare 27.91, ranking 26.11,
  // index 46.13, board 53.93): numbers under 1,000 printed without ICU, as Intl prints them (core/format.ts
  // plainDecimal; a test holds it to Intl's text for 11,000 values), integers still by their own digits:
  // 200 one-row bars updated 0.96×, mounted 0.95×; gauges mounted 0.94×.
  'dist/core.js': { eager: 12.18 }, // +0.3 kB: ages (formatAge) and the feed's words; +0.6 kB: the ranking list and its words (measured 11.1); +0.3 kB: see below (11.64)
  // +0.05 kB for gauge, target-bar and board (measured 24.66, 25.77, 53.75): no maps per one-row document (a short
  // document is scanned for its row, the id index made on the first lookup in a long one, models kept by row).
  // +0.06 kB for every widget, +0.1 for target-bar (measured core 12.17, gauge 25.01, stat 24.27, target-bar 26.30,
  // ranking 25.93, index 46.82, board 54.54): a document's 序时进度 worked out once for the rows sharing its dates, the
  // target's and 序时进度's lines made once per position, the actual bar's path written with its constant parts whole,
  // a unit in its own magnitude not joined again, a row's models chained without an array: the first update of 200
  // one-row bars allocates 985 kB, not 1093 (measured exactly, bench/README.md, session 25).
  // +0.03 kB for gauge, target-bar and ranking (measured 25.04, 26.31, 25.96; stat, index and board the same or less):
  // the bounded caches of core and the bar's line paths kept through one helper (core/cache.ts keep), not five copies.
  'dist/gauge.js': { eager: 25.05, lazy: 7 },
  'dist/stat.js': { eager: 24.28, lazy: 7 },
  // +0.05 kB (measured 25.30): stale rows said to a screen reader, one host-event function, details not clipped by the box.
  // +0.4 kB (measured 25.73): a lone row folds by one ResizeObserver for the page (src/base/box-size.ts, now also in this
  // chunk) instead of a size container, whose style pass per update cost ~10 % of an update of 200 one-row bars.
    // +0.3 kB (measured 26.25, index 46.40, board 54.18): a row's details raised into the top layer (a popover), where no
  // box around the widget clips them (a portal card with overflow hidden, a list's scrolling frame).
  // +0.02 (26.26, 46.41, 54.19): the host cut at its sides only (a squeezed lone row ends at the box's edge).
  // +0.08 kB (measured 26.17, index 46.68, board 54.43): a row and its details in one template (one template instance
  // fewer a bar), the status shapes' classes whole, no closures per update: a mount of 200 one-row bars allocates
  // 2.91 MB, not 2.97 (heap sampling; A/B mount 0.96–0.98×, update 0.98–1.03×: within noise).
  'dist/target-bar.js': { eager: 26.32, lazy: 7 },
  // −0.5 to −1.2 kB everywhere: css`` templates built without comments and indentation
  // (scripts/minify-css.mjs); the budgets below came down with it (measured 27.0, 44.8, 52.3),
  // and again when it no longer stopped at an escaped backquote in a comment (ranking, index, board −0.3).
  // +0.3 to +0.4 kB for every widget (measured gauge 24.46, stat 23.82, target-bar 24.96, park-compare 27.48, ranking
  // 25.68, index 45.50, board 52.99): core's work per row without garbage (formatters keyed by a number, dates by
  // their year, bands shared by schedule, no arrays per figure), the gauge's template merged once per shape, a bar's
  // band paths shared by its bands. A push to 500 widgets allocates 3.3 MB, not 5.4, and runs 22 % less script (bench/README.md, session 17).
  // +0.05 kB more (target-bar 25.00, park-compare 27.51, ranking 25.71, index 45.57, board 53.07): models found by their row, no key string.
  // +0.15 to +0.2 kB (measured core 11.83, gauge 24.60, target-bar 25.25, park-compare 27.71, ranking 25.93, index 45.60,
  // board 53.10): a row's path (validate, index, derive, present, the base's update) without iterators, tuples and
  // closures, which unoptimised code allocates: the first update of 200 one-row bars allocates 1.40 MB, not 2.28, and
  // costs 0.85× the CPU (15 pages each, taking turns; bench/README.md, session 18).
  'dist/park-compare.js': { eager: 27.95, lazy: 177 }, // lazy +0.1 kB: the feed closes a hidden page's stream (176.6)
  // Issue 12 asked ≤ 20 kB; measured 25.0, of which the ranking's own code is ~3.5 kB and the
  // shared base (lit, core, the data controller) the rest: the 20 kB needs a slimmer base.
  'dist/ranking.js': { eager: 25.97, lazy: 7 },
  'dist/source.js': { eager: 17 },
  // +0.35 kB for stat, index and board: the tile sized by one ResizeObserver (src/base/box-size.ts)
  // instead of a size container, whose style pass per update cost 13 % of a push to 500 tiles (measured 44.83, 52.32).
  // +0.2 kB for ranking, index and board (measured 25.32, 45.05, 52.55): the ranking's text columns as wide as their longest
  // text (core/text.ts's textWidth): the name no longer a fixed third (four park names at 480 px: ~100 px more for the bars), every
  // row's bar track alike whatever its figure's length (bars were drawn on tracks up to 16 % shorter), names giving way before a figure.
  // +0.1 kB for index and board (measured 45.10, 52.62): the render slices count from where the feed marked the task's start
  // +0.05 kB for index and board (measured 45.66, 53.46): a stale target bar and park comparison say so to a screen reader.
  // +0.05 (measured 45.71, 53.51): one host-event function for every target bar, not six closures each (mount CPU 0.92–0.95×).
  // +0.2 (measured 45.91, 53.71): a lone target bar folds by the ResizeObserver, not a size container (update 0.90×);
  // +0.05 (45.95): no maps per one-row document. +0.08 (46.68): see target-bar above.
  // +0.12 (46.82): see gauge above.
  'dist/index.js': { eager: 46.82, lazy: 175 },
  // Every element (the board builds any of them) and the board: its validator, tiles, rotation.
  // +0.3 kB (measured 53.40): the clock tile says how the page's feeds are connected, in the words
  // and with the dot of <kpi-source status>'s chip (已连接 / 数据未更新 · 5 分钟前): a wall's operator
  // sees a dead feed at once, not when every widget has gone stale.
  // +0.08 kB (measured 54.43): see target-bar above.
  // +0.1 kB (measured 54.54): see gauge above.
  'dist/board.js': { eager: 54.55, lazy: 175 },
};
const MAY_LOAD_ECHARTS = ['dist/park-compare.js', 'dist/index.js', 'dist/board.js'];
const isEcharts = (path) => path.includes('node_modules/echarts/') || path.includes('node_modules/zrender/');

let failed = false;
const fail = (message) => {
  console.error(`size: ${message}`);
  failed = true;
};
for (const [entry, budget] of Object.entries(BUDGETS)) {
  if (!existsSync(entry)) {
    fail(`${entry} is missing; run npm run build first`);
    continue;
  }
  const s = await split(entry);
  const over = s.eager > budget.eager || (budget.lazy !== undefined && s.lazy > budget.lazy);
  if (over) failed = true;
  const later = s.later > 0 ? `, then ${s.later.toFixed(1)} kB for radar/canvas` : '';
  const lazy = s.lazy > 0 ? ` + ${s.lazy.toFixed(1)} kB on first use (budget ${budget.lazy ?? 0})${later}` : '';
  console.log(`size: ${entry.padEnd(22)} ${s.eager.toFixed(1).padStart(6)} kB gzip (budget ${budget.eager})${lazy} ${over ? 'OVER' : 'ok'}`);
  if (s.eagerInputs.some(isEcharts)) fail(`${entry} loads ECharts up front; it must come through the dynamic import only`);
  if (!MAY_LOAD_ECHARTS.includes(entry) && s.lazyInputs.some(isEcharts)) fail(`${entry} can reach ECharts at all`);
}
process.exit(failed ? 1 : 0);
