import { css } from 'lit';

export const statStyles = css`
  /* The tile's text scales with its box. */
  :host {
    width: 240px;
    height: 140px;
  }
  .content {
    /* 1 % of the tile's width and height, as cqw and cqh would be: the default box's (240 × 140, the :host size above) until box-size.ts writes the measured ones. */
    --_cqw: 2.4px;
    --_cqh: 1.4px;
    flex: 1;
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    gap: calc(2 * var(--_cqh));
    min-height: 0;
    padding: calc(6 * var(--_cqh)) calc(6 * var(--_cqw));
    font-size: var(--kpi-stat-font-size, clamp(10px, min(10 * var(--_cqh), 6 * var(--_cqw)), 28px));
  }
  .head {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    min-width: 0;
  }
  .name {
    flex: 1;
    min-width: 0;
    font-weight: 600;
  }
  .delta {
    flex: none;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .tone-good {
    color: var(--_good);
  }
  .tone-bad {
    color: var(--_bad);
  }
  .figure {
    display: flex;
    align-items: baseline;
    gap: 0.25em;
    min-width: 0;
    white-space: nowrap;
    overflow: hidden;
  }
  .big {
    font-size: var(--kpi-stat-value-size, 2.2em);
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .nodata {
    font-size: 1.3em;
    color: var(--_muted);
  }
  .unit {
    color: var(--_muted);
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 0.85em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .bar {
    flex: 1;
    height: 0.5em;
    min-width: 2em;
    overflow: visible;
  }
  .bar .track {
    fill: var(--_track);
  }
  .bar .fill {
    fill: var(--kpi-stat-bar-color, var(--_status));
  }
  .bar .tick {
    stroke: var(--kpi-stat-schedule-color, var(--_schedule));
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  /* The sparkline takes what room is left (up to 18 % of the tile), so nothing is pushed out. */
  .spark {
    flex: 1 1 0;
    width: 100%;
    height: auto;
    min-height: 0;
    max-height: calc(18 * var(--_cqh));
    overflow: visible;
  }
  .spark path {
    fill: none;
    stroke: var(--kpi-stat-spark-color, currentColor);
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }
  .asof {
    font-size: 0.8em;
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* Stale: the base's stamp (数据截至 … · its age) says it; the tile's own line would repeat it. */
  .frame.stale .asof {
    visibility: hidden;
  }
`;
