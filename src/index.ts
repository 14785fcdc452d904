/**
 * kpi-elements: importing this module registers every element.
 * Widgets arrive in their own folders; the shared pipeline is re-exported here.
 */
export * from './core/index.js';
