/**
 * Bar geometry on a 100-unit track (the SVG stretches to its cell): where a ratio of the
 * target falls, and the rectangle from 0 to it, for either orientation.
 */
import { round2 } from '../core/paths.js';

export type Orientation = 'horizontal' | 'vertical';

/** Position 0..100 of `ratio` on a scale ending at `domain`, clamped. */
export function along(ratio: number, domain: number): number {
  const p = (ratio / domain) * 100;
  return p < 0 ? 0 : p > 100 ? 100 : round2(p);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box between two positions along the track, `across` wide (0..10) from `offset`. */
export function span(from: number, to: number, o: Orientation, offset = 0, across = 10): Box {
  const [a, b] = from <= to ? [from, to] : [to, from];
  return o === 'horizontal'
    ? { x: a, y: offset, width: b - a, height: across }
    : { x: offset, y: 100 - b, width: across, height: b - a };
}

/** A line across the track at a position: [x1, y1, x2, y2]. */
export function cross(at: number, o: Orientation): [number, number, number, number] {
  return o === 'horizontal' ? [at, 0, at, 10] : [0, 100 - at, 10, 100 - at];
}

/** A box as a closed path (bands of one status are one path: fewer nodes than a rect each). */
export function boxPath(b: Box): string {
  return b.width > 0 && b.height > 0 ? `M${b.x} ${b.y}h${round2(b.width)}v${round2(b.height)}h${round2(-b.width)}z` : '';
}
