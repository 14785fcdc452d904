import { css } from 'lit';

export const statStyles = css`
  /* The tile's text scales with its box. */
  :host {
    width: 240px;
    height: 140px;
    container-type: size;
  }
  .content {
    flex: 1;
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    gap: 2cqh;
    min-height: 0;
    padding: 6cqh 6cqw;
    font-size: var(--kpi-stat-font-size, clamp(10px, min(10cqh, 6cqw), 28px));
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
    max-height: 18cqh;
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
