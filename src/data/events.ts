/** The events every widget fires, typed once for addEventListener. */
import type { Indicator, Problem } from '../core/types.js';
import type { ValidatedSet } from '../core/validate.js';

export interface KpiDataDetail {
  /** the usable rows of the accepted document */
  rows: Indicator[];
  /** every problem found; rows with `skipped: true` are not shown */
  problems: Problem[];
  set: ValidatedSet;
}

export interface KpiErrorDetail {
  /** in plain words */
  message: string;
  problems: Problem[];
  /** true when the last good data is still shown, dimmed */
  stale: boolean;
}

export interface KpiScreenResizeDetail {
  /** design pixels → CSS pixels */
  scale: number;
}

export interface KpiSelectDetail {
  row: Indicator;
  /** the entity chosen, where the widget compares entities */
  entity?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kpi-data': CustomEvent<KpiDataDetail>;
    'kpi-error': CustomEvent<KpiErrorDetail>;
    'kpi-select': CustomEvent<KpiSelectDetail>;
    'kpi-screen-resize': CustomEvent<KpiScreenResizeDetail>;
  }
}

type KpiEvent = 'kpi-data' | 'kpi-error' | 'kpi-select' | 'kpi-screen-resize';

export function emit<K extends KpiEvent>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
