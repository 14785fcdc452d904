/**
 * SVG path strings for the shapes the widgets draw. d3-shape would do this, but its single
 * ES module keeps ~4.8 kB gzip of curve factories in every bundle that imports `arc`, a
 * quarter of a widget's 20 kB budget; these two shapes are a few lines each.
 * Angles follow d3: radians, 0 at twelve o'clock, clockwise.
 */
const TAU = 2 * Math.PI;
const r2 = (n: number) => Math.round(n * 100) / 100;
const at = (angle: number, r: number) => `${r2(r * Math.sin(angle))},${r2(-r * Math.cos(angle))}`;

/** An annular sector (a thick arc) between two radii and two angles; '' when empty. */
export function sectorPath(inner: number, outer: number, from: number, to: number): string {
  const span = Math.abs(to - from);
  if (!(span > 1e-9) || !(outer > inner)) return '';
  if (span >= TAU - 1e-9) {
    // A full ring: two half circles out, two back in the other direction (a hole by winding).
    const mid = from + Math.PI;
    return (
      `M${at(from, outer)}A${outer},${outer} 0 1 1 ${at(mid, outer)}A${outer},${outer} 0 1 1 ${at(from, outer)}` +
      `M${at(from, inner)}A${inner},${inner} 0 1 0 ${at(mid, inner)}A${inner},${inner} 0 1 0 ${at(from, inner)}Z`
    );
  }
  const large = span > Math.PI ? 1 : 0;
  const sweep = to > from ? 1 : 0;
  return (
    `M${at(from, outer)}A${outer},${outer} 0 ${large} ${sweep} ${at(to, outer)}` +
    `L${at(to, inner)}A${inner},${inner} 0 ${large} ${1 - sweep} ${at(from, inner)}Z`
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
    d += `${pen ? 'L' : 'M'}${r2(p.x)},${r2(p.y)}`;
    pen = true;
  }
  return d;
}
