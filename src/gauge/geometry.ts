/**
 * Gauge geometry, in one 232-unit-wide SVG user space centred on the dial. Angles follow
 * d3-shape: radians, 0 at twelve o'clock, clockwise.
 */
import { polar } from '../core/paths.js';

export type GaugeShape = 'arc' | 'semi' | 'ring';

export const SHAPES: readonly GaugeShape[] = ['arc', 'semi', 'ring'];

const SWEEP: Record<GaugeShape, [number, number]> = {
  arc: [-0.75 * Math.PI, 0.75 * Math.PI],
  semi: [-0.5 * Math.PI, 0.5 * Math.PI],
  ring: [0, 2 * Math.PI],
};

/** Radii of each layer. */
export const R = {
  trackInner: 80,
  trackOuter: 96,
  bandInner: 100,
  bandOuter: 105,
  tickInner: 74,
  tickOuter: 99,
  scheduleTip: 106,
  scheduleBase: 116,
  needle: 66,
} as const;

export interface Layout {
  viewBox: string;
  /** baseline of the name, above the dial */
  nameY: number;
  /** baselines of the value, completion and year-on-year lines */
  valueY: number;
  completionY: number;
  yoyY: number;
  /** where min and max labels sit; null for a ring */
  minLabel: [number, number] | null;
  maxLabel: [number, number] | null;
}

export function shapeOf(text: string | undefined): GaugeShape {
  return SHAPES.includes(text as GaugeShape) ? (text as GaugeShape) : 'arc';
}

/** Angle of a fraction 0..1 along the shape's sweep. */
export function angleAt(shape: GaugeShape, f: number): number {
  const [a, b] = SWEEP[shape];
  return a + (b - a) * f;
}

export function point(angle: number, r: number): [number, number] {
  return [r * Math.sin(angle), -r * Math.cos(angle)];
}

export function layoutOf(shape: GaugeShape, needle: boolean): Layout {
  if (shape === 'semi') {
    const ends: [[number, number], [number, number]] = [[-88, 18], [88, 18]];
    return needle
      ? { viewBox: '-116 -146 232 234', nameY: -126, valueY: 40, completionY: 62, yoyY: 82, minLabel: ends[0], maxLabel: ends[1] }
      : { viewBox: '-116 -146 232 170', nameY: -126, valueY: -30, completionY: -8, yoyY: 14, minLabel: ends[0], maxLabel: ends[1] };
  }
  if (shape === 'ring')
    return { viewBox: '-116 -146 232 262', nameY: -126, valueY: needle ? 44 : 8, completionY: needle ? 64 : 32, yoyY: needle ? 82 : 52, minLabel: null, maxLabel: null };
  const [x, y] = point(angleAt('arc', 0), R.trackOuter);
  return {
    viewBox: '-116 -146 232 242',
    nameY: -126,
    valueY: needle ? 48 : 8,
    completionY: needle ? 68 : 32,
    yoyY: needle ? 86 : 52,
    minLabel: [x, y + 18],
    maxLabel: [-x, y + 18],
  };
}

/**
 * A rough width of a text in user units, CJK counting double: enough to squeeze a very
 * long number into the dial with textLength instead of letting it spill out.
 */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  // By code unit, not `for…of` (a new string per Chinese character, at every update); the second
  // half of a surrogate pair is not counted again.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    w += (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) ? 1 : 0.58;
  }
  return w * fontSize;
}

/** Width available to the name above the dial. */
export const NAME_WIDTH = 224;

/**
 * Shortens a text to fit `maxWidth` at `fontSize`, ending it with "…" (SVG text cannot
 * ellipsise by itself). The full text stays in the tooltip and the accessible name.
 */
export function fitText(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}

/** The target tick: a radial line across the track. */
export function tickPath(angle: number): string {
  return `M${polar(angle, R.tickInner)}L${polar(angle, R.tickOuter)}`;
}

/** The 序时进度 marker: a small triangle outside the bands, pointing at the dial. */
export function markerPath(angle: number): string {
  return `M${polar(angle, R.scheduleTip)}L${polar(angle - 0.07, R.scheduleBase)}L${polar(angle + 0.07, R.scheduleBase)}Z`;
}

/** The overflow cue: an arrowhead past the end of the track (value beyond max). */
export function cuePath(angle: number): string {
  return `M${polar(angle + 0.02, R.trackInner)}L${polar(angle + 0.12, (R.trackInner + R.trackOuter) / 2)}L${polar(angle + 0.02, R.trackOuter)}Z`;
}
