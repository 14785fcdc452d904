/**
 * SVG path strings for the shapes the widgets draw. d3-shape would do this, but its single
 * ES module keeps ~4.8 kB gzip of curve factories in every bundle that imports `arc`, a
 * quarter of a widget's 20 kB budget; these two shapes are a few lines each.
 * Angles follow d3: radians, 0 at twelve o'clock, clockwise.
 */
const TAU = 2 * Math.PI;
/** Rounds a coordinate to 0.01: enough for any box, and short path text. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** "x,y" of the point at `angle` (0 at twelve o'clock, clockwise) and radius `r`, rounded. */
export const polar = (angle: number, r: number): string => `${round2(r * Math.sin(angle))},${round2(-r * Math.cos(angle))}`;

/** An annular sector (a thick arc) between two radii and two angles; '' when empty. */
export function sectorPath(inner: number, outer: number, from: number, to: number): string {
  const span = Math.abs(to - from);
  if (!(span > 1e-9) || !(outer > inner)) return '';
  if (span >= TAU - 1e-9) {
    // A full ring: two half circles out, two back in the other direction (a hole by winding).
    const mid = from + Math.PI;
    return (
      `M${polar(from, outer)}A${outer},${outer} 0 1 1 ${polar(mid, outer)}A${outer},${outer} 0 1 1 ${polar(from, outer)}` +
      `M${polar(from, inner)}A${inner},${inner} 0 1 0 ${polar(mid, inner)}A${inner},${inner} 0 1 0 ${polar(from, inner)}Z`
    );
  }
  const large = span > Math.PI ? 1 : 0;
  const sweep = to > from ? 1 : 0;
  return (
    `M${polar(from, outer)}A${outer},${outer} 0 ${large} ${sweep} ${polar(to, outer)}` +
    `L${polar(to, inner)}A${inner},${inner} 0 ${large} ${1 - sweep} ${polar(from, inner)}Z`
  );
}

/** A polyline through points; a null `y` leaves a gap. '' when nothing is drawn. */
export function linePath(points: readonly { x: number; y: number | null }[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (p.y === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${round2(p.x)},${round2(p.y)}`;
    pen = true;
  }
  return d;
}
