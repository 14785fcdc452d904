import { css } from 'lit';

export const rankingStyles = css`
  :host {
    display: block;
    width: 360px;
    height: auto;
    --_row: var(--kpi-ranking-row-height, 32px);
    --_bar: var(--kpi-ranking-bar-thickness, 10px);
    --_bar-color: var(--kpi-ranking-color, var(--_schedule));
    font-size: var(--kpi-ranking-font-size, 14px);
  }
  .frame {
    position: relative;
    inset: auto;
    min-height: var(--_row);
  }
  .frame.boxed {
    min-height: 90px;
  }
  /* The viewport shows \`rows\` rows; the list slides inside it. */
  .viewport {
    --_rows: 10;
    overflow: hidden;
    border-radius: 3px;
    outline: none;
  }
  .viewport.paged {
    height: calc(var(--_rows) * var(--_row));
  }
  .viewport:focus-visible {
    box-shadow: 0 0 0 2px var(--_schedule);
  }
  /*
   * Rows are flex lines of fixed height with fixed-width columns (not a grid with subgrid rows:
   * that laid 200 rankings out in 500 ms, this in a fraction), so every bar starts at one x.
   */
  ol {
    --_back: 0;
    --_name: 34%;
    --_figure: 4.5em;
    --_pct: 3.6em;
    list-style: none;
    margin: 0;
    padding: 0;
    transform: translateY(calc(var(--_back) * -1 * var(--_row)));
  }
  li {
    display: flex;
    align-items: center;
    gap: 0.5em;
    height: var(--_row);
    font-variant-numeric: tabular-nums;
    contain: layout style;
  }
  .rank {
    flex: none;
    width: 2.2em;
  }
  /*
   * As wide as the longest name (--_name, from its characters), at most a third: the bars get the
   * rest. In a row too narrow for every column the name gives way (an ellipsis) down to 4em
   * before a figure or a move is cut.
   */
  .name {
    flex: 0 1 auto;
    width: min(34%, var(--_name));
    min-width: 4em;
  }
  .track {
    flex: 1 1 0;
    min-width: 3em;
  }
  /* The figure and completion columns as wide as their longest text in the list (--_figure, --_pct): every track alike. */
  .figure {
    flex: none;
    width: max(4.5em, var(--_figure));
  }
  .pct {
    flex: none;
  }
  .completion-shown .pct {
    width: max(3.6em, var(--_pct));
  }
  .move {
    flex: none;
    width: 2.4em;
  }
  .rank {
    text-align: center;
    color: var(--_muted);
  }
  .rank.top {
    color: var(--_schedule);
    font-weight: 700;
  }
  .track {
    position: relative;
    height: var(--_bar);
  }
  .bar {
    position: absolute;
    top: 0;
    bottom: 0;
    border-radius: 2px;
    background: var(--_bar-color);
  }
  .completion .bar {
    background: var(--_status, var(--_bar-color));
  }
  .other .bar {
    background: var(--_track);
  }
  .figure {
    text-align: end;
    white-space: nowrap;
  }
  .no-data .figure,
  .pct {
    color: var(--_muted);
  }
  .pct {
    text-align: end;
  }
  .move {
    font-size: 0.85em;
  }
  .move.up {
    color: var(--_good);
  }
  .move.down {
    color: var(--_bad);
  }
  .frame.stale .bar {
    opacity: 0.35;
  }
  .controls {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: 0.4em;
    margin-top: 0.3em;
    color: var(--_muted);
  }
  .controls button {
    font: inherit;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_track);
    border-radius: 3px;
    min-width: 2em;
    min-height: 1.8em;
    cursor: pointer;
  }
  .controls button:focus-visible {
    outline: 2px solid var(--_schedule);
  }
  /*
   * The rank and the move are drawn as generated text with alternative text: a screen reader
   * hears "第 2 名" / "上升 1 位" where the eye reads 2 / ↑1. Two attributes a cell, not a
   * hidden span and a spoken one: 200 rankings update in ~25 % less time (bench/README, session
   * 13). Without the slash syntax (Chrome < 77, Firefox < 128, Safari < 17.4) the first line
   * applies and the shown text is read.
   */
  .rank::before,
  .move::before {
    content: attr(data-shown);
    content: attr(data-shown) / attr(data-spoken);
  }
`;
