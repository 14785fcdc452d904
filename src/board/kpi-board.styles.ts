import { css, unsafeCSS } from 'lit';
import { themeCss } from '../theme/tokens.js';

export const boardStyles = css`
  :host {
    display: block;
    position: relative;
    width: 100%;
    height: 100vh;
    overflow: hidden;
    color: var(--kpi-color-text, #1f2937);
    font-family: var(--kpi-font-family, sans-serif);
    /* A board is read from a distance: larger list and chart text than a widget's own default
       (a page's CSS on <kpi-board> overrides these). */
    --kpi-target-bar-font-size: 18px;
    --kpi-target-bar-row-height: 34px;
    --kpi-ranking-font-size: 18px;
    --kpi-ranking-row-height: 36px;
    --kpi-chart-font-size: 16;
    font-size: 18px;
  }
  :host([hidden]) {
    display: none;
  }
  /* The board carries its themes: a page with no CSS file gets them too (light on the host, so a page's CSS can restyle it). */
  ${unsafeCSS(themeCss('light').replace(':root', ':host') + themeCss('dark') + themeCss('screen'))}
  .board {
    position: absolute;
    inset: 0;
    color: var(--kpi-color-text);
    background: var(--kpi-color-background);
  }
  .board[data-kpi-theme='screen'] {
    background: radial-gradient(ellipse at top, #0b2a55 0%, #020a1a 70%);
  }
  kpi-screen {
    height: 100%;
    --kpi-screen-background: var(--kpi-color-background);
  }
  .page.stage {
    position: relative;
  }
  .page.stage > .tile {
    position: absolute;
  }
  .page.grid {
    box-sizing: border-box;
    height: 100%;
    overflow: auto;
    padding: var(--_gap);
    display: grid;
    grid-template-columns: repeat(var(--_cols), minmax(0, 1fr));
    grid-auto-rows: var(--_row-height);
    gap: var(--_gap);
    container-type: inline-size;
  }
  .page.grid > .tile:not([style*='grid-column']) {
    grid-column: span min(4, var(--_cols));
    grid-row: span 3;
  }
  /* One column on a phone-width portal. */
  @media (max-width: 600px) {
    .page.grid {
      grid-template-columns: minmax(0, 1fr);
    }
    .page.grid > .tile {
      grid-column: auto !important;
      grid-row: span var(--_h, 3) !important;
    }
  }
  .tile {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
    overflow: hidden;
  }
  .tile > :is(kpi-gauge, kpi-stat, kpi-target-bar, kpi-park-compare, kpi-ranking) {
    flex: 1;
    width: 100%;
    min-height: 0;
  }
  .title {
    margin: 0 0 6px;
    font-size: 1.2em;
    color: var(--kpi-color-text-muted);
  }
  .tile.text .title {
    font-size: 2em;
    font-weight: 700;
    color: var(--kpi-color-text);
  }
  .text {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .clock .time {
    flex: none;
    font-size: 2em;
    font-variant-numeric: tabular-nums;
  }
  .clock .as-of {
    color: var(--kpi-color-text-muted);
  }
  .clock .now {
    display: flex;
    align-items: baseline;
    gap: 0.6em;
    white-space: nowrap;
  }
  /* The feeds' connection, as <kpi-source>'s status chip shows it (its dot: feedDotStyles). In a
     narrow tile the words give way at their end (an ellipsis): the state, said first, stays. */
  .clock .feed {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-width: 0;
    font-size: 0.8em;
    color: var(--kpi-color-text-muted);
  }
  .clock .feed[hidden] {
    display: none;
  }
  .clock .words {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .tile.error {
    padding: 12px;
    border: 1px dashed var(--kpi-color-bad);
    color: var(--kpi-color-bad);
    overflow-wrap: anywhere;
  }
  .tile.error .title {
    color: var(--kpi-color-bad);
  }
  .tile.error .problem {
    margin: 0 0 4px;
    font-size: 0.9em;
  }
  .message {
    margin: auto;
    padding: 24px;
    text-align: center;
    color: var(--kpi-color-text-muted);
  }
  .message.error {
    color: var(--kpi-color-bad);
  }
  .controls {
    position: absolute;
    right: 12px;
    bottom: 12px;
    display: flex;
    align-items: center;
    gap: 6px;
    padding: 4px 8px;
    border-radius: 6px;
    background: var(--kpi-tooltip-background, #111827);
    color: var(--kpi-tooltip-color, #f9fafb);
    opacity: 0;
    transition: opacity 0.2s;
  }
  .board.active .controls,
  .controls:focus-within {
    opacity: 1;
  }
  .controls button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid currentColor;
    border-radius: 4px;
    min-width: 2em;
    min-height: 1.8em;
    cursor: pointer;
  }
  .problems {
    position: absolute;
    left: 12px;
    bottom: 12px;
    max-width: 60%;
    max-height: 40%;
    overflow: auto;
    padding: 4px 8px;
    border-radius: 6px;
    background: var(--kpi-tooltip-background, #111827);
    color: var(--kpi-tooltip-color, #f9fafb);
    font-size: 13px;
  }
  .problems ul {
    margin: 4px 0 0;
    padding-left: 1.2em;
  }
  @media (prefers-reduced-motion: reduce) {
    .controls {
      transition: none;
    }
  }
`;
