import { css, unsafeCSS } from 'lit';
import { CHART_TOKENS, tokenDefaults } from '../theme/tokens.js';

export const parkCompareStyles = css`
  :host {
    ${unsafeCSS(tokenDefaults(CHART_TOKENS))}
    width: 560px;
    height: 340px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 10px;
    padding: 4px 8px 0;
    font-size: calc(var(--_chart-font-size) * 1px + 1px);
  }
  .legend button {
    --_fade: 1; /* the park's fade, set on the button from options.ts fadeOf */
    appearance: none;
    padding: 2px 4px;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
    border-radius: 3px;
  }
  .legend button[aria-pressed='false'] {
    opacity: 0.45;
    text-decoration: line-through;
  }
  .legend button:focus-visible,
  .table button:focus-visible {
    outline: 2px solid var(--_schedule);
  }
  /* The park's colour, drawn before its name (no element of its own). */
  .legend button::before {
    content: '';
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-right: 4px;
    border-radius: 2px;
    background: var(--_swatch);
    /* As faded as the park's bars and lines (options.ts fadeOf), so the legend shows what the
       chart draws; the name stays legible. */
    opacity: var(--_fade);
  }
  .s1 {
    --_swatch: var(--_s1);
  }
  .s2 {
    --_swatch: var(--_s2);
  }
  .s3 {
    --_swatch: var(--_s3);
  }
  .s4 {
    --_swatch: var(--_s4);
  }
  .s5 {
    --_swatch: var(--_s5);
  }
  .s6 {
    --_swatch: var(--_s6);
  }
  .chart {
    flex: 1;
    min-height: 0;
  }
  .table {
    overflow: auto;
    flex: 1;
    font-size: calc(var(--_chart-font-size) * 1px + 1px);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 4px 8px;
  }
  th,
  td {
    padding: 3px 8px;
    border-bottom: 1px solid var(--_track);
    text-align: right;
    white-space: nowrap;
  }
  th:first-child,
  td:first-child {
    text-align: left;
  }
  .table button {
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    padding: 0;
    cursor: pointer;
    text-decoration: underline dotted;
  }
  .nodata {
    color: var(--_muted);
  }
  .highlight {
    font-weight: 700;
  }
  /*
   * Behind every chart: the same data as a table for screen readers, shown when focused.
   * Off-screen with content-visibility: auto, the browser skips laying it out (it is still
   * in the accessibility tree): a third of what the wrapper cost over raw ECharts.
   */
  .sr-only:not(:focus-within) {
    position: absolute;
    left: -10000px;
    top: 0;
    width: 1px;
    height: 1px;
    overflow: hidden;
    content-visibility: auto;
    contain-intrinsic-size: 1px 1px;
  }
  .sr-only:focus-within {
    position: absolute;
    inset: 0;
    z-index: 2;
    background: var(--_background);
    color: var(--_text);
  }
  /* A change of any watched token starts a transition here: the chart re-reads its theme. */
  .probe {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
    color: var(--_text);
    background-color: var(--_track);
    border: 0 solid;
    border-top-color: var(--_s1);
    border-right-color: var(--_s2);
    border-bottom-color: var(--_s3);
    border-left-color: var(--_s4);
    outline-color: var(--_target);
    caret-color: var(--_muted);
    text-decoration-color: var(--_s5);
    column-rule-color: var(--_s6);
    font-size: calc(var(--_chart-font-size) * 1px);
    font-family: var(--_font);
    /* font-family changes discretely: allow-discrete makes it start a transition too */
    transition: all 1ms allow-discrete;
  }
`;
