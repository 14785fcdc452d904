import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { linePath } from '../core/paths.js';
import { formatLike, joinValue } from '../core/format.js';
import { messages } from '../core/messages.js';
import { clamp01 } from '../core/scale.js';
import type { Model } from '../core/model.js';
import { KpiSingleElement } from '../base/single-row.js';
import { Tween } from '../base/motion.js';
import { BoxSize } from '../base/box-size.js';
import { sparkPoints, type SparkPoint } from './sparkline.js';
import { statStyles } from './kpi-stat.styles.js';

/** Sparkline points on the 100 × 20 viewBox, y pointing down. */
const sparkPath = (points: SparkPoint[]) => linePath(points.map((p) => ({ x: p.x * 100, y: p.y === null ? null : 20 - p.y * 20 })));

/**
 * A KPI tile: the name, a big formatted value, a delta badge, a completion bar with the
 * 序时进度 tick, a sparkline from `history`, and the 数据截至 stamp.
 *
 * @summary The KPI tile: one indicator as a big number with its context.
 *
 *
 * @csspart base - The frame filling the host: the tile (`role="meter"`), or a message.
 * @csspart name - The indicator's name.
 * @csspart value - The big number.
 * @csspart delta - The year-on-year or schedule badge.
 *
 * @cssprop --kpi-stat-font-size - The tile's base text size. Default: scales with the box (10–28px).
 * @cssprop --kpi-stat-value-size - The big number's size, relative to the tile's text. Default: `2.2em`.
 * @cssprop --kpi-stat-bar-color - The completion bar. Default: the status colour.
 * @cssprop --kpi-stat-schedule-color - The schedule tick. Default: `--kpi-color-schedule`.
 * @cssprop --kpi-stat-spark-color - The sparkline. Default: `currentColor`.
 */
@customElement('kpi-stat')
export class KpiStat extends KpiSingleElement {
  static override styles = [...KpiSingleElement.styles, statStyles];

  private readonly tween = new Tween(this);
  /** 1 % of the tile's width and height, for its text and spacing (kpi-stat.styles.ts). */
  private readonly box = new BoxSize(this, (frame, width, height) => {
    frame.style.setProperty('--_cqw', `${width / 100}px`);
    frame.style.setProperty('--_cqh', `${height / 100}px`);
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.tween.set(this.models[0]?.view.value ?? null, this.mayAnimate);
  }

  protected override renderModel(model: Model): TemplateResult {
    const { view, text } = model;
    const m = messages(this.resolvedLocale);
    // Count-up frames keep the final value's magnitude and digits.
    const shown =
      this.tween.value !== null && view.value !== null && this.tween.value !== view.value
        ? formatLike(this.tween.value, view.value, view.unit, { locale: this.resolvedLocale })
        : text.value;
    return html`<div class="head">
          <span class="name" part="name" title=${text.label}>${text.label}</span>
          ${this.delta(model)}
        </div>
        <div class="figure">
          ${view.value === null
            ? html`<span class="nodata">${text.valueText}</span>`
            : html`<span class="big" part="value" title=${joinValue(text.value)}>${shown.value}</span
                ><span class="unit">${shown.unit}</span>`}
        </div>
        ${view.completion === null
          ? nothing
          : html`<div class="progress">
              <svg class="bar ${view.status ?? 'neutral'}" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                <rect class="track" width="100" height="6" rx="3"></rect>
                <rect class="fill" width=${clamp01(view.completion) * 100} height="6" rx="3"></rect>
                ${view.schedule === null ? nothing : svg`<line class="tick" x1=${view.schedule * 100} x2=${view.schedule * 100} y1="-2" y2="8"></line>`}
              </svg>
              <span>${m.completion} ${text.completion}</span>
            </div>`}
        ${this.spark(model)}
        ${text.asOf ? html`<div class="asof">${text.asOf}</div>` : nothing}`;
  }

  /** Year-on-year when known, else the gap to schedule. */
  private delta({ view, text }: Model): TemplateResult | typeof nothing {
    const m = messages(this.resolvedLocale);
    if (text.yoy) return html`<span class="delta tone-${view.yoyTone ?? 'neutral'}" part="delta">${m.yoy} ${text.yoyArrow}</span>`;
    if (text.gap) return html`<span class="delta tone-${view.gapTone ?? 'neutral'}" part="delta">${text.gap}</span>`;
    return nothing;
  }

  private spark({ view }: Model): TemplateResult | typeof nothing {
    const current = view.asOf ? { at: view.asOf, value: view.value } : null;
    const points = sparkPoints(view.history, current);
    if (points.length === 0) return nothing;
    return html`<svg class="spark" viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true">
      <path d=${sparkPath(points)}></path>
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-stat': KpiStat;
  }
}
