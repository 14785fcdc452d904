/**
 * kpi-elements: importing this module registers every element and re-exports the pipeline.
 * Import a widget's own entry (kpi-elements/gauge …) to register only that one.
 */
export * from './core/index.js';
export { KpiElement } from './base/kpi-element.js';
export { KpiSingleElement } from './base/single-row.js';
export { KpiRowsElement } from './base/rows.js';
export type { KpiDataDetail, KpiErrorDetail, KpiScreenResizeDetail, KpiSelectDetail, KpiSourceStateDetail } from './data/events.js';
export { KpiSource } from './data/kpi-source.js';
export type { FeedMode, FeedState, Connection, FailureKind } from './data/feed.js';
export { KpiGauge } from './gauge/kpi-gauge.js';
export { KpiStat } from './stat/kpi-stat.js';
export { KpiTargetBar } from './target-bar/kpi-target-bar.js';
export { KpiParkCompare } from './park-compare/kpi-park-compare.js';
export { KpiRanking } from './ranking/kpi-ranking.js';
export { KpiScreen, fitStage, type Fit } from './screen/kpi-screen.js';
export { applyThemes } from './theme/apply.js';
export { setMotionDuration } from './base/motion.js';
export { CHART_TOKENS, THEMES, TOKEN_DOCS, TOKENS, themeCss, tokenDefaults, type ThemeName, type TokenName } from './theme/tokens.js';
