import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { placeOnRange, type PlacedBand } from '../core/derive.js';
import { sectorPath } from '../core/paths.js';
import type { Status } from '../core/types.js';
import { messages } from '../core/messages.js';
import type { Model } from '../core/model.js';
import { presentRange } from '../core/present.js';
import { KpiSingleElement } from '../base/single-row.js';
import { Tween } from '../base/motion.js';
import { angleAt, cuePath, fitText, layoutOf, markerPath, NAME_WIDTH, point, R, shapeOf, textWidth, tickPath, type GaugeShape } from './geometry.js';
import { gaugeStyles } from './kpi-gauge.styles.js';

const MAX_VALUE_WIDTH = 150;
const NAME_SIZE = 17;

/**
 * A KPI gauge: one indicator, how far along it is, and whether that is good.
 *
 * @summary An SVG dial for one indicator: value arc coloured by status, status bands, target
 * and 序时进度 (expected-by-now) markers, the formatted value, completion and year-on-year.
 *
 *
 * @csspart base - The frame filling the host: the dial and its labels (`role="meter"`), or a message.
 * @csspart dial - The SVG dial.
 * @csspart name - The indicator's name (SVG text, shortened with … to fit; the full name is its tooltip).
 *
 * @cssprop --kpi-gauge-track-color - The unfilled track. Default: `--kpi-color-track`.
 * @cssprop --kpi-gauge-value-color - The value arc. Default: the status colour.
 * @cssprop --kpi-gauge-target-color - The target tick. Default: `--kpi-color-target`.
 * @cssprop --kpi-gauge-schedule-color - The expected-by-now marker. Default: `--kpi-color-schedule`.
 */
@customElement('kpi-gauge')
export class KpiGauge extends KpiSingleElement {
  static override styles = [...KpiSingleElement.styles, gaugeStyles];

  /** `arc` (270°, default), `semi` (180°) or `ring` (360°). */
  @property() shape: GaugeShape = 'arc';
  /** Draws a needle to the value as well as the arc. */
  @property({ type: Boolean }) needle = false;

  private readonly tween = new Tween(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this.models[0]?.view;
    this.tween.set(view ? placeOnRange(view).value : null, this.mayAnimate);
  }

  protected override renderModel({ view, text }: Model): TemplateResult {
    const m = messages(this.resolvedLocale);
    return this.renderDial(dialOf(view, text, this.resolvedLocale), m.completion, m.yoy);
  }

  /**
   * One flat SVG template: every element is always there and empty when it has nothing to
   * show (d="", no text). Nested conditional templates cost a clone each. What depends only
   * on the shape (view box, track, baselines, label spots) is written into the template (one
   * per shape and needle, cloned, nothing to set), and text-only elements take their text as
   * a property (no marker, no text node to place): each measurably faster (bench/README.md).
   */
  private renderDial(d: Dial, completionWord: string, yoyWord: string): TemplateResult {
    const shape = shapeOf(this.shape);
    const s = staticsOf(shape, this.needle);
    const at = (f: number) => angleAt(shape, f);
    const ring = (inner: number, outer: number, from: number, to: number) => sectorPath(inner, outer, at(from), at(to));
    const bands: Record<Status, string> = { good: '', warn: '', bad: '' };
    for (const b of d.bands) bands[b.status] += ring(R.bandInner, R.bandOuter, b.from, b.to);
    const f = this.tween.value;
    const valueWidth = textWidth(d.value, 30) + (d.unit ? textWidth(d.unit, 16) + 4 : 0);
    const [needleX, needleY] = point(at(f ?? 0), R.needle);
    // The full name is a tooltip only when the drawn one is shortened.
    const name = fitText(d.label, NAME_SIZE, NAME_WIDTH);
    return s.html`<svg viewBox="${s.viewBox}" aria-hidden="true" part="dial">
      <text class="name" part="name" y="${s.nameY}">${name !== d.label ? svg`<title>${d.label}</title>` : nothing}${name}</text>
      <path class="track" d="${s.track}"></path>
      <path class="band bad" d=${bands.bad}></path>
      <path class="band warn" d=${bands.warn}></path>
      <path class="band good" d=${bands.good}></path>
      <path class="value ${d.status}" d=${f === null ? '' : ring(R.trackInner, R.trackOuter, d.zero, f) + (d.over ? cuePath(at(1)) : '')}></path>
      <path class="target" d=${d.target === null ? '' : tickPath(at(d.target))}></path>
      <path class="schedule" d=${d.expected === null ? '' : markerPath(at(d.expected))}></path>
      ${this.needle && f !== null
        ? svg`<line class="needle" x1="0" y1="0" x2=${needleX} y2=${needleY}></line><circle class="hub" r="5"></circle>`
        : nothing}
      <text class=${f === null ? 'nodata' : 'big'} y="${s.valueY}"
        textLength=${valueWidth > MAX_VALUE_WIDTH ? MAX_VALUE_WIDTH : nothing} lengthAdjust="spacingAndGlyphs"
        >${d.value}<tspan class="unit" dx="4" .textContent=${d.unit}></tspan></text>
      <text class="sub" y="${s.completionY}" .textContent=${d.completion ? `${completionWord} ${d.completion}` : ''}></text>
      <text class="sub tone-${d.yoyTone}" y="${s.yoyY}" .textContent=${d.yoy ? `${yoyWord} ${d.yoy}` : ''}></text>
      <text class="limit" x="${s.minX}" y="${s.minY}" .textContent=${s.limits ? d.min : ''}></text>
      <text class="limit" x="${s.maxX}" y="${s.maxY}" .textContent=${s.limits ? d.max : ''}></text>
    </svg>`;
  }
}

/** A number of the dial's layout written into its template (never data): see staticHtml. */
class Static {
  constructor(readonly text: string) {}
}

/**
 * The dial's template with what depends only on the shape written into it (as Lit's static
 * `html` does, but merged once per shape: Lit's tag merges and joins the strings into a cache key
 * at every render, 1–2 kB of strings a gauge update, the biggest share of a live wall's garbage
 * after the data). Later renders pass only the dynamic values with the merged strings (the same
 * array, so Lit's template cache holds).
 */
function staticHtml(): (strings: TemplateStringsArray, ...values: unknown[]) => TemplateResult {
  let merged: { source: TemplateStringsArray; strings: TemplateStringsArray; dynamic: boolean[] } | undefined;
  return (strings, ...values) => {
    if (merged?.source !== strings) {
      const out = [strings[0]];
      const dynamic = values.map((v, i) => {
        if (v instanceof Static) out[out.length - 1] += v.text + strings[i + 1];
        else out.push(strings[i + 1]);
        return !(v instanceof Static);
      });
      // Lit takes only arrays with a `raw`, as a literal's strings have (our own text, as a literal is).
      merged = { source: strings, strings: Object.assign(out, { raw: out }) as unknown as TemplateStringsArray, dynamic };
    }
    const dynamic: unknown[] = [];
    for (let i = 0; i < values.length; i++) if (merged.dynamic[i]) dynamic.push(values[i]);
    return html(merged.strings, ...dynamic);
  };
}

type Statics = Record<'viewBox' | 'nameY' | 'track' | 'valueY' | 'completionY' | 'yoyY' | 'minX' | 'minY' | 'maxX' | 'maxY', Static> & {
  limits: boolean;
  /** the tag of the dial's template, these statics merged in on its first render (staticHtml) */
  html: ReturnType<typeof staticHtml>;
};
const statics = new Map<string, Statics>();

/** What depends only on the shape, as static template values (our own numbers, never data). */
function staticsOf(shape: GaugeShape, needle: boolean): Statics {
  const key = `${shape}|${needle}`;
  let found = statics.get(key);
  if (!found) {
    const layout = layoutOf(shape, needle);
    const [minX, minY] = layout.minLabel ?? [0, 0];
    const [maxX, maxY] = layout.maxLabel ?? [0, 0];
    const value = (x: string | number) => new Static(String(x));
    found = {
      viewBox: value(layout.viewBox),
      nameY: value(layout.nameY),
      track: value(sectorPath(R.trackInner, R.trackOuter, angleAt(shape, 0), angleAt(shape, 1))),
      valueY: value(layout.valueY),
      completionY: value(layout.completionY),
      yoyY: value(layout.yoyY),
      minX: value(minX),
      minY: value(minY),
      maxX: value(maxX),
      maxY: value(maxY),
      limits: layout.minLabel !== null,
      html: staticHtml(),
    };
    statics.set(key, found);
  }
  return found;
}

/** What the dial draws: fractions and strings, picked from the view model and its text. */
interface Dial {
  label: string;
  value: string;
  unit: string;
  status: string;
  zero: number;
  over: boolean;
  target: number | null;
  expected: number | null;
  bands: PlacedBand[];
  completion: string;
  yoy: string;
  yoyTone: string;
  min: string;
  max: string;
}

function dialOf(view: Model['view'], text: Model['text'], locale: string): Dial {
  const at = placeOnRange(view);
  const ends = presentRange(view, { locale });
  return {
    label: text.label,
    value: text.value.value,
    unit: text.value.unit,
    status: view.status ?? 'neutral',
    zero: at.zero,
    over: view.over,
    target: at.target,
    expected: at.expected,
    bands: at.bands,
    completion: text.completion,
    yoy: text.yoyArrow,
    yoyTone: view.yoyTone ?? 'neutral',
    min: ends.min,
    max: ends.max,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-gauge': KpiGauge;
  }
}
