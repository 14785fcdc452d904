/**
 * Bar geometry on a 100 × 100 track (the SVG stretches to its cell, so the cross axis costs
 * nothing to scale): where a ratio of the target falls, the box from 0 to it, and the line
 * across the track at a position, for either orientation. Everything is a path: one `d`
 * attribute per shape instead of four (a one-row bar sets 15 attributes at mount, not 26).
 */
import { keep } from '../core/cache.js';
import { round2 } from '../core/paths.js';

export type Orientation = 'horizontal' | 'vertical';

/** Position 0..100 of `ratio` on a scale ending at `domain`, clamped. */
export function along(ratio: number, domain: number): number {
  const p = (ratio / domain) * 100;
  return p < 0 ? 0 : p > 100 ? 100 : round2(p);
}

/**
 * The box between two positions along the track, the track's width across, as a closed path;
 * '' when empty (bands of one status share one path: fewer nodes than a rect each).
 */
export function boxPath(from: number, to: number, o: Orientation): string {
  const a = Math.min(from, to);
  const b = Math.max(from, to);
  const length = round2(b - a);
  if (length <= 0) return '';
  return o === 'horizontal' ? `M${a} 0h${length}v100h${-length}z` : `M0 ${round2(100 - b)}h100v${length}h-100z`;
}

/**
 * The actual bar: from 0 to `to`, the middle half of the track across; '' when empty. Written
 * with its constant parts whole: a path is text made at every update of every bar, and made
 * piece by piece (boxPath) it was ~250 bytes of strings and numbers (~60 here).
 */
export function barPath(to: number, o: Orientation): string {
  if (to <= 0) return '';
  return o === 'horizontal' ? `M0 25H${to}V75H0z` : `M25 ${round2(100 - to)}H75V100H25z`;
}

/**
 * The line across the track at a position, made once per position (the target's and
 * 序时进度's lines fall at a few positions across a page's bars, and updates).
 */
export function crossPath(at: number, o: Orientation): string {
  const made = crossPaths[o];
  return made.get(at) ?? keep(made, at, o === 'horizontal' ? `M${at} 0V100` : `M0 ${round2(100 - at)}H100`, 200);
}

const crossPaths: Record<Orientation, Map<number, string>> = { horizontal: new Map(), vertical: new Map() };
