/**
 * React wrappers (kpi-elements/react), made with @lit/react: typed props, and the kpi-*
 * events as onKpiData / onKpiError / onKpiSelect. React itself is the app's (a peer).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { KpiGauge } from '../gauge/kpi-gauge.js';
import { KpiStat } from '../stat/kpi-stat.js';
import { KpiTargetBar } from '../target-bar/kpi-target-bar.js';
import { KpiParkCompare } from '../park-compare/kpi-park-compare.js';
import { KpiRanking } from '../ranking/kpi-ranking.js';
import { KpiScreen } from '../screen/kpi-screen.js';
import { KpiBoard } from '../board/kpi-board.js';
import type { KpiBoardDetail, KpiDataDetail, KpiErrorDetail, KpiPageDetail, KpiScreenResizeDetail, KpiSelectDetail } from '../data/events.js';

const dataEvents = {
  onKpiData: 'kpi-data' as EventName<CustomEvent<KpiDataDetail>>,
  onKpiError: 'kpi-error' as EventName<CustomEvent<KpiErrorDetail>>,
};
const selectEvents = { ...dataEvents, onKpiSelect: 'kpi-select' as EventName<CustomEvent<KpiSelectDetail>> };

export const Gauge = createComponent({ react: React, tagName: 'kpi-gauge', elementClass: KpiGauge, events: dataEvents, displayName: 'KpiGauge' });
export const Stat = createComponent({ react: React, tagName: 'kpi-stat', elementClass: KpiStat, events: dataEvents, displayName: 'KpiStat' });
export const TargetBar = createComponent({ react: React, tagName: 'kpi-target-bar', elementClass: KpiTargetBar, events: selectEvents, displayName: 'KpiTargetBar' });
export const ParkCompare = createComponent({ react: React, tagName: 'kpi-park-compare', elementClass: KpiParkCompare, events: selectEvents, displayName: 'KpiParkCompare' });
export const Ranking = createComponent({ react: React, tagName: 'kpi-ranking', elementClass: KpiRanking, events: dataEvents, displayName: 'KpiRanking' });
export const Board = createComponent({
  react: React,
  tagName: 'kpi-board',
  elementClass: KpiBoard,
  events: { onKpiBoard: 'kpi-board' as EventName<CustomEvent<KpiBoardDetail>>, onKpiPage: 'kpi-page' as EventName<CustomEvent<KpiPageDetail>> },
  displayName: 'KpiBoard',
});
export const Screen = createComponent({
  react: React,
  tagName: 'kpi-screen',
  elementClass: KpiScreen,
  events: { onKpiScreenResize: 'kpi-screen-resize' as EventName<CustomEvent<KpiScreenResizeDetail>> },
  displayName: 'KpiScreen',
});
