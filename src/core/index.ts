/** The data pipeline every widget shares: validate → derive → format. No DOM. */
export type * from './types.js';
export { INDICATOR_FIELDS } from './types.js';
export { parseDate, type ParsedDate } from './dates.js';
export { validate, type ValidatedSet } from './validate.js';
export { derive, placeOnRange, type DeriveContext, type IndicatorView, type PlacedBand, type RangePlacement, type Reason, type StatusBand } from './derive.js';
export {
  digitsFor,
  formatAge,
  formatAsOf,
  formatClock,
  formatChange,
  formatDate,
  formatGap,
  formatGroup,
  formatLike,
  formatNumber,
  formatPercent,
  formatPoints,
  formatValue,
  joinValue,
  pickScale,
  plainNumber,
  splitUnit,
  type NumberOptions,
  type ValueOptions,
  type ValueText,
} from './format.js';
export { LOCALES, messages, resolveLocale, type Locale, type Messages } from './messages.js';
export { present, presentRange, type PresentOptions, type Presented } from './present.js';
export { barDomain, clamp01, fraction, niceCeil } from './scale.js';
export { linePath, sectorPath } from './paths.js';
export { escapeHtml, plainText } from './text.js';
export { compare, radarSpoke, RADAR_COMPLETION_MAX, shareOfBest, splitTop, type CompareCell, type CompareIndicator, type Comparison, type TopSplit } from './compare.js';
export { modelOf, type Model, type ModelOptions } from './model.js';
export { findRow, idList, missingRow, rowsByIds, scalesByUnit } from './pick.js';
export { cutRanked, rank, rankMoves, ranksByKey, type RankCut, type Ranked, type RankOptions, type TieRule } from './rank.js';
export { barExtent, barSpan, rankingList, rankOrder, type RankBy, type RankingEntry, type RankingList, type RankingOptions } from './ranking.js';
export { describeFailure, describeProblem, type Failure } from './problems.js';
export { deriveSet, sortViews, spansEntities, type SortKey } from './set.js';
