/**
 * The single-file browser build (dist/browser/kpi-elements.js): every element, the board
 * included, and the pipeline's exports, for a page with no bundler.
 */
export * from './index.js';
export { KpiBoard, validateBoard, describeBoardProblem } from './board/kpi-board.js';
