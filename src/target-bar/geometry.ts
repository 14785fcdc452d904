/**
 * Bar geometry on a 100 × 100 track (the SVG stretches to its cell, so the cross axis costs
 * nothing to scale): where a ratio of the target falls, the box from 0 to it, and the line
 * across the track at a position, for either orientation. Everything is a path: one `d`
 * attribute per shape instead of four (a one-row bar sets 15 attributes at mount, not 26).
 */
import { round2 } from '../core/paths.js';

export type Orientation = 'horizontal' | 'vertical';

/** Position 0..100 of `ratio` on a scale ending at `domain`, clamped. */
export function along(ratio: number, domain: number): number {
  const p = (ratio / domain) * 100;
  return p < 0 ? 0 : p > 100 ? 100 : round2(p);
}

/**
 * The box between two positions along the track, `across` wide (0..100) from `offset`, as a
 * closed path; '' when empty (bands of one status share one path: fewer nodes than a rect each).
 */
export function boxPath(from: number, to: number, o: Orientation, offset = 0, across = 100): string {
  const a = Math.min(from, to);
  const b = Math.max(from, to);
  const length = round2(b - a);
  if (length <= 0) return '';
  return o === 'horizontal' ? `M${a} ${offset}h${length}v${across}h${-length}z` : `M${offset} ${round2(100 - b)}h${across}v${length}h${-across}z`;
}

/** The line across the track at a position. */
export function crossPath(at: number, o: Orientation): string {
  return o === 'horizontal' ? `M${at} 0V100` : `M0 ${round2(100 - at)}H100`;
}
