import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sectorPath } from '../core/paths.js';
import { messages, type Messages } from '../core/messages.js';
import { KpiElement, type Model } from '../data/kpi-element.js';
import { Tween } from '../theme/motion.js';
import { angleAt, layoutOf, point, R, shapeOf, textWidth, type GaugeShape } from './geometry.js';
import { gaugeStyles } from './kpi-gauge.styles.js';

const MAX_VALUE_WIDTH = 150;

/**
 * A KPI gauge: one indicator, how far along it is, and whether that is good.
 *
 * @summary An SVG dial for one indicator: value arc coloured by status, status bands, target
 * and 序时进度 (expected-by-now) markers, the formatted value, completion and year-on-year.
 *
 * @fires kpi-data - A document was accepted. `detail: { rows, problems, set }`.
 * @fires kpi-error - A load failed or the document is unusable. `detail: { message, problems, stale }`.
 *
 * @csspart base - The frame filling the host.
 * @csspart meter - The dial and its labels (`role="meter"`).
 * @csspart name - The indicator's name.
 * @csspart error - The error message.
 * @csspart badges - The stale and partial markers.
 *
 * @cssprop --kpi-gauge-track-color - The unfilled track. Default: `--kpi-color-track`.
 * @cssprop --kpi-gauge-value-color - The value arc. Default: the status colour.
 * @cssprop --kpi-gauge-target-color - The target tick. Default: `--kpi-color-target`.
 * @cssprop --kpi-gauge-schedule-color - The expected-by-now marker. Default: `--kpi-color-schedule`.
 */
@customElement('kpi-gauge')
export class KpiGauge extends KpiElement {
  static override styles = [...KpiElement.styles, gaugeStyles];

  /** `arc` (270°, default), `semi` (180°) or `ring` (360°). */
  @property({ reflect: true }) shape: GaugeShape = 'arc';
  /** Draws a needle to the value as well as the arc. */
  @property({ type: Boolean }) needle = false;

  private readonly tween = new Tween(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.tween.set(this.model?.view.pos.value ?? null, this.mayAnimate);
  }

  protected renderModel(model: Model): TemplateResult {
    const { view, text } = model;
    const m = messages(this.resolvedLocale);
    return this.meter(
      model,
      'meter',
      html`<div class="name" part="name" title=${text.label}>${text.label}</div>
        ${this.renderDial(dialOf(view, text, m), m.completion, m.yoy)}`,
    );
  }

  private renderDial(d: Dial, completionWord: string, yoyWord: string): TemplateResult {
    const shape = shapeOf(this.shape);
    const layout = layoutOf(shape, this.needle);
    const at = (f: number) => angleAt(shape, f);
    const ring = (inner: number, outer: number, from: number, to: number) => sectorPath(inner, outer, at(from), at(to));
    const f = this.tween.value;
    const valueText = d.value;
    const valueWidth = textWidth(valueText, 30) + (d.unit ? textWidth(d.unit, 14) + 4 : 0);
    return html`<svg viewBox=${layout.viewBox} aria-hidden="true" part="dial">
      <path class="track" d=${ring(R.trackInner, R.trackOuter, 0, 1)}></path>
      ${d.bands.map((b) => svg`<path class="band ${b.status}" d=${ring(R.bandInner, R.bandOuter, b.from, b.to)}></path>`)}
      ${f === null ? nothing : svg`<path class="value ${d.status}" d=${ring(R.trackInner, R.trackOuter, d.zero, f)}></path>`}
      ${d.over && f !== null ? this.overflowCue(at(1), d.status) : nothing}
      ${d.target === null ? nothing : this.tick(at(d.target))}
      ${d.expected === null ? nothing : this.scheduleMarker(at(d.expected), d.scheduleLabel)}
      ${this.needle && f !== null ? this.needleAt(at(f)) : nothing}
      ${f === null
        ? svg`<text class="nodata" y=${layout.valueY}>${valueText}</text>`
        : svg`<text class="big" y=${layout.valueY} textLength=${valueWidth > MAX_VALUE_WIDTH ? MAX_VALUE_WIDTH : nothing}
            lengthAdjust="spacingAndGlyphs">${valueText}${d.unit ? svg`<tspan class="unit" dx="4">${d.unit}</tspan>` : nothing}</text>`}
      ${d.completion ? svg`<text class="sub" y=${layout.completionY}>${completionWord} ${d.completion}</text>` : nothing}
      ${d.yoy
        ? svg`<text class="sub" y=${layout.yoyY}>${yoyWord} <tspan class="tone-${d.yoyTone}">${d.yoyArrow}${d.yoy}</tspan></text>`
        : nothing}
      ${layout.minLabel ? svg`<text class="limit" x=${layout.minLabel[0]} y=${layout.minLabel[1]}>${d.min}</text>` : nothing}
      ${layout.maxLabel ? svg`<text class="limit" x=${layout.maxLabel[0]} y=${layout.maxLabel[1]}>${d.max}</text>` : nothing}
    </svg>`;
  }

  private tick(angle: number) {
    const [x1, y1] = point(angle, R.tickInner);
    const [x2, y2] = point(angle, R.tickOuter);
    return svg`<line class="target" x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>`;
  }

  private scheduleMarker(angle: number, label: string) {
    const tip = point(angle, R.scheduleTip);
    const left = point(angle - 0.07, R.scheduleBase);
    const right = point(angle + 0.07, R.scheduleBase);
    return svg`<path class="schedule" d="M${tip.join(',')}L${left.join(',')}L${right.join(',')}Z"><title>${label}</title></path>`;
  }

  private needleAt(angle: number) {
    const [x, y] = point(angle, R.needle);
    return svg`<line class="needle" x1="0" y1="0" x2=${x} y2=${y}></line><circle class="hub" r="5"></circle>`;
  }

  private overflowCue(angle: number, status: string) {
    const tip = point(angle + 0.12, (R.trackInner + R.trackOuter) / 2);
    const a = point(angle + 0.02, R.trackInner);
    const b = point(angle + 0.02, R.trackOuter);
    return svg`<path class="overflow ${status}" d="M${a.join(',')}L${tip.join(',')}L${b.join(',')}Z"></path>`;
  }
}

/** What the dial draws: fractions and strings, picked from the view model and its text. */
interface Dial {
  value: string;
  unit: string;
  status: string;
  zero: number;
  over: boolean;
  target: number | null;
  expected: number | null;
  scheduleLabel: string;
  bands: { from: number; to: number; status: string }[];
  completion: string;
  yoy: string;
  yoyTone: string;
  yoyArrow: string;
  min: string;
  max: string;
}

function dialOf(view: Model['view'], text: Model['text'], m: Messages): Dial {
  return {
    value: text.value.value,
    unit: text.value.unit,
    status: view.status ?? 'neutral',
    zero: view.pos.zero,
    over: view.over,
    target: view.pos.target,
    expected: view.pos.expected,
    scheduleLabel: `${m.schedule} ${text.schedule}`,
    bands: view.placedBands,
    completion: text.completion,
    yoy: text.yoy,
    yoyTone: view.yoyTone ?? 'neutral',
    yoyArrow: view.yoy === null || view.yoy === 0 ? '' : view.yoy > 0 ? '▲' : '▼',
    min: text.min,
    max: text.max,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-gauge': KpiGauge;
  }
}
