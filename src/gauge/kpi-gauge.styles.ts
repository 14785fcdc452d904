import { css } from 'lit';

export const gaugeStyles = css`
  :host {
    width: 240px;
    height: 200px;
  }
  .content {
    padding: 4px;
  }
  .name {
    font-size: 17px;
    font-weight: 600;
  }
  svg {
    flex: 1;
    width: 100%;
    min-height: 0;
    overflow: visible;
  }
  .track {
    fill: var(--kpi-gauge-track-color, var(--_track));
  }
  .value {
    fill: var(--kpi-gauge-value-color, var(--_status));
  }
  .band {
    fill: var(--_status);
    /* fill-opacity, not opacity: the same picture for a shape with no stroke, without a
       compositing group per band (and the stale frame's opacity still fades it). */
    fill-opacity: 0.55;
  }
  .target {
    stroke: var(--kpi-gauge-target-color, var(--_target));
    stroke-width: 3;
  }
  .schedule {
    fill: var(--kpi-gauge-schedule-color, var(--_schedule));
  }
  .needle {
    stroke: currentColor;
    stroke-width: 3;
    stroke-linecap: round;
  }
  .hub {
    fill: currentColor;
  }
  text {
    fill: currentColor;
    text-anchor: middle;
  }
  .big {
    font-size: 30px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .unit {
    font-size: 16px;
    font-weight: 400;
  }
  .sub {
    font-size: 15px;
    fill: var(--_muted);
  }
  .limit {
    font-size: 15px;
    fill: var(--_muted);
  }
  .tone-good {
    fill: var(--_good);
  }
  .tone-bad {
    fill: var(--_bad);
  }
  .nodata {
    font-size: 20px;
    fill: var(--_muted);
  }
`;
