import { css } from 'lit';

/*
 * A lone horizontal row lays itself out by its own width (measured: kpi-target-bar.ts, fold; a
 * container query cost ~10 % of an update of 200 one-row bars). On one line the
 * figures, completion and gap take about 19em, so at the default 480 px the bar had 56 px:
 * below 40em the bar takes a line of its own under the name and figures, and below 28em the
 * gap text (also in the meter's aria-valuetext and the details) gives way.
 * A list of more rows keeps one line a row: they align as a table, and walls size the box by rows.
 */
export const targetBarStyles = css`
  /* Cut at its sides only (the base clips all round): a lone row squeezed under its 20em minimum
     ends at the box's edge, while a row's focus ring (the clip margin) and, where the browser has
     no popovers, its details under it stay seen. A list scrolls inside its frame. */
  :host {
    display: block;
    width: 480px;
    height: auto;
    overflow: clip visible;
    overflow-clip-margin: 3px;
    --_row: var(--kpi-target-bar-row-height, 30px);
    --_bar: var(--kpi-target-bar-thickness, 12px);
    font-size: var(--kpi-target-bar-font-size, 14px);
  }
  :host([compact]) {
    --_row: var(--kpi-target-bar-row-height, 22px);
    --_bar: var(--kpi-target-bar-thickness, 8px);
    font-size: var(--kpi-target-bar-font-size, 12px);
  }
  .frame {
    position: relative;
    inset: auto;
    min-height: var(--_row);
  }
  /* A list longer than its box scrolls inside it (a lone row never does). */
  .frame.list {
    max-height: 100%;
    overflow: auto;
  }
  .frame.boxed {
    min-height: 90px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  /* The name column is as wide as the longest name, up to 30 %; the bar gets the rest, at least a
     fifth of the row (up to 10em, never under 4em): where the row is short of room, the name gives
     way first (cut with an ellipsis, its full text in its title and in what a screen reader reads). */
  ul {
    grid-template-columns: fit-content(30%) minmax(max(4em, min(20%, 10em)), 1fr) auto auto auto;
    column-gap: 0.6em;
  }
  /* A lone row, the same as one flex line (the figures keep their width: nowrap): it has no
     columns to align with others, and laid out as a grid it cost a third more layout at every
     update (200 one-row bars: 27.2 → 20.4 ms, traced; bench/README, session 23). Folded, the name
     takes what the figures leave and the bar wraps under them. */
  :host(:not([orientation='vertical'])) .meter.single {
    display: flex;
    flex-direction: row; /* (the base's frame is a column) */
    column-gap: 0.6em;
    .name {
      max-width: 30%;
    }
    .cell {
      flex: 1;
      min-width: max(4em, min(20%, 10em)); /* the list's bar column minimum, above */
    }
    &[data-fold] {
      flex-wrap: wrap;
      .name {
        flex: 1;
        max-width: none;
      }
      .cell {
        order: 1;
        flex: 100%;
      }
    }
  }
  li {
    position: relative;
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  .meter {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
    min-height: var(--_row);
    border-radius: 3px;
    cursor: pointer;
    outline: none;
  }
  /* Its width never comes from its content (inline-size containment): a shrink-to-fit host
     (width: auto in a flex row) gets the 20em minimum, not the width of one long line. */
  :host(:not([orientation='vertical'])) :is(.frame.single, .frame.lone) {
    contain: inline-size layout style;
    min-width: 20em;
  }
  /* The box a lone row's width is measured on (kpi-target-bar.ts, fold): the frame's width, 1em tall. */
  .measure {
    position: absolute;
    inset: 0 0 auto;
    height: 1em;
    visibility: hidden;
    pointer-events: none;
  }
  /* Folded, a list showing one row (a grid): the name spans the bar's column, the bar takes a line
     of its own. (A lone row's frame is a flex line, folded above; of this rule only the margin
     under the bar applies to it.) */
  :host(:not([orientation='vertical'])) .frame[data-fold] {
    .name {
      grid-column: 1 / 3;
    }
    .cell {
      grid-row: 2;
      grid-column: 1 / -1;
      margin-bottom: 0.3em;
    }
  }
  :host(:not([orientation='vertical'])) .frame[data-fold='narrow'] .gap {
    display: none;
  }
  .meter:focus-visible {
    box-shadow: 0 0 0 2px var(--_schedule);
  }
  .meter:hover {
    background: color-mix(in srgb, var(--_track) 45%, transparent);
  }
  .name {
    min-width: 5em;
  }
  .bar {
    width: 100%;
    height: var(--_bar);
    overflow: visible;
  }
  .band {
    fill: var(--_status);
    /* fill-opacity, not opacity: the same picture for a shape with no stroke, without a
       compositing group per band (and the stale frame's opacity still fades it). */
    fill-opacity: 0.22;
  }
  .actual {
    fill: var(--kpi-target-bar-color, var(--_status));
  }
  .target {
    stroke: var(--kpi-target-bar-target-color, var(--_target));
    stroke-width: 2.5;
    vector-effect: non-scaling-stroke;
  }
  .schedule {
    stroke: var(--kpi-target-bar-schedule-color, var(--_schedule));
    stroke-width: 2;
    stroke-dasharray: 3 2;
    vector-effect: non-scaling-stroke;
  }
  .cell {
    position: relative;
    display: flex;
    align-items: center;
    min-width: 0;
  }
  .over-cue {
    position: absolute;
    right: -0.55em;
    color: var(--_status);
    font-size: 0.8em;
    line-height: 1;
  }
  .no-target {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .figures,
  .pct,
  .gap {
    white-space: nowrap;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .pct {
    font-weight: 600;
  }
  .gap {
    font-size: 0.9em;
    color: var(--_muted);
  }
  :host([compact]) .gap {
    display: none;
  }
  .details {
    position: absolute;
    z-index: 1;
    top: 100%;
    left: 30%;
    max-width: 70%;
    padding: 4px 8px;
    border-radius: 4px;
    background: var(--_tip-bg);
    color: var(--_tip-text);
    font-size: max(12px, 0.85em);
    line-height: 1.5;
    pointer-events: none;
    overflow-wrap: anywhere;
  }
  .more {
    grid-column: 1 / -1;
    color: var(--_muted);
    font-size: 0.9em;
    padding: 2px 0;
  }
  /* Vertical: one column per indicator, bars growing upwards. */
  :host([orientation='vertical']) {
    width: auto;
    height: 260px;
  }
  :host([orientation='vertical']) ul {
    display: flex;
    height: 100%;
    gap: 0.5em;
  }
  :host([orientation='vertical']) .frame {
    height: 100%;
  }
  :host([orientation='vertical']) li {
    display: block;
    height: 100%;
  }
  :host([orientation='vertical']) .meter {
    display: flex;
    flex-direction: column-reverse;
    align-items: center;
    height: 100%;
    width: 6em;
  }
  :host([orientation='vertical']) .bar {
    width: var(--_bar);
    height: 100%;
    flex: 1;
    min-height: 2em;
  }
  :host([orientation='vertical']) .cell {
    flex: 1;
    min-height: 0;
  }
  /* A column is narrow: its figures and gap wrap inside it instead of running into the next. */
  :host([orientation='vertical']) :is(.figures, .gap) {
    max-width: 100%;
    white-space: normal;
    text-align: center;
    font-size: 0.85em;
  }
  :host([orientation='vertical']) .name {
    max-width: 100%;
    text-align: center;
  }
  :host([orientation='vertical']) .over-cue {
    right: auto;
    top: -0.9em;
  }
  :host([orientation='vertical']) .details {
    left: 0;
    top: auto;
    bottom: 0;
    max-width: none;
    width: 14em;
  }
  /* Raised into the top layer (kpi-target-bar.ts raiseDetails): placed by the script at the row. */
  :host .details:popover-open {
    position: fixed;
    inset: auto;
    margin: 0;
    border: 0;
    overflow: visible;
  }
`;
