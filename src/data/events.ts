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
  /** the developer's words (the widget shows a sentence in its locale) */
  message: string;
  problems: Problem[];
  /** true when the last good data is still shown, with its age */
  stale: boolean;
  /**
   * What failed: `document` (the data given is unusable), or a feed's load: `network`,
   * `timeout`, `http` (5xx, 408, 429: retried), `auth` (401/403), `client` (other 4xx),
   * `parse` (a 200 that is not an IndicatorSet), `event` (one pushed event skipped; the stream goes on).
   */
  kind: 'document' | 'network' | 'timeout' | 'http' | 'auth' | 'client' | 'parse' | 'event';
  /** the HTTP status, where there was one */
  status: number | null;
  /** wall-clock ms (Date.now()) of the next attempt; null when none is planned */
  retryAt: number | null;
}

export interface KpiSourceStateDetail {
  /** `loading` (nothing yet), `fresh`, `stale` (the last good data kept, not current), `error` (nothing good ever arrived) */
  state: 'loading' | 'fresh' | 'stale' | 'error';
  /** ms since the data was last received or confirmed; null before the first */
  age: number | null;
  /** failed loads in a row */
  failures: number;
  /** the transport: `connecting`, `open`, `reconnecting` (backing off), `paused` (hidden page or offline), `closed` */
  connection: 'connecting' | 'open' | 'reconnecting' | 'paused' | 'closed';
}

export interface KpiScreenResizeDetail {
  /** design pixels → CSS pixels */
  scale: number;
}

/** <kpi-board> showed a page. */
export interface KpiPageDetail {
  id: string;
  index: number;
}

/** <kpi-board> read a board document: what is wrong with it (empty when nothing is). */
export interface KpiBoardDetail {
  ok: boolean;
  problems: import('../core/board-types.js').BoardProblem[];
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
    'kpi-source-state': CustomEvent<KpiSourceStateDetail>;
    'kpi-page': CustomEvent<KpiPageDetail>;
    'kpi-board': CustomEvent<KpiBoardDetail>;
  }
}

type KpiEvent = 'kpi-data' | 'kpi-error' | 'kpi-select' | 'kpi-screen-resize' | 'kpi-source-state' | 'kpi-page' | 'kpi-board';

export function emit<K extends KpiEvent>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
