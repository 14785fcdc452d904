/**
 * Small numeric helpers for drawing. Kept here rather than importing d3-scale, whose
 * dependency tree (interpolate, array, format, time) would cost ~15 kB gzip per widget
 * for what is a linear map on one axis.
 */

const STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** Rounds up to a readable scale end: 163.8 → 200, 372 → 400, 600 → 600, 7.5 → 8. */
export function niceCeil(x: number): number {
  if (!Number.isFinite(x) || x <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const m = x / power;
  let step = 10;
  // (An index loop: unoptimised code allocates for an iterator, and this runs for every row.)
  for (let i = 0; i < STEPS.length; i++)
    if (STEPS[i] >= m - 1e-9) {
      step = STEPS[i];
      break;
    }
  // step × 10 is whole: from power 10 to 1e15, whole numbers that multiply exactly (no toPrecision string).
  const nice = power >= 10 && power <= 1e15 ? Math.round(step * 10) * (power / 10) : +(step * power).toPrecision(12);
  return Number.isFinite(nice) ? nice : x;
}

export const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Where `v` falls between `min` and `max`, clamped to 0..1. Halves everything first when
 * the span overflows a double (min −1e308, max 1e308), so the answer is never NaN.
 */
export function fraction(v: number, min: number, max: number): number {
  const span = max - min;
  const f = Number.isFinite(span) ? (v - min) / span : (v / 2 - min / 2) / (max / 2 - min / 2);
  return Number.isNaN(f) ? 0 : clamp01(f);
}

/** A finite number, or null: derived figures never carry NaN or Infinity. */
export const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Rounds away float noise (4.8 / 6 = 0.7999999999999999) before comparing with a threshold. */
export const tidy = (x: number): number => (Math.abs(x) < 1e3 ? Math.round(x * 1e12) / 1e12 : +x.toPrecision(12));

/**
 * The end of a common bar scale with the target at 1: room for the largest ratio, but
 * never shorter than the target and never so long that the target tick is squeezed
 * (1.25 at most; longer bars clamp and show an overflow cue).
 */
export function barDomain(ratios: readonly (number | null)[]): number {
  let top = 1;
  for (let i = 0; i < ratios.length; i++) {
    const r = ratios[i];
    if (r !== null && r > top) top = r;
  }
  return barEnd(top);
}

/** barDomain of one ratio (a lone bar: no array to make). */
export const barEnd = (ratio: number | null): number => Math.min(1.25, Math.ceil(Math.max(1, ratio ?? 1) * 20 - 1e-9) / 20);
