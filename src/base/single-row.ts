/**
 * The single-row layer: a widget that draws one indicator (a gauge, a tile). It picks the row
 * named by `indicator` (and `entity`), the first one by default, and also takes the row from
 * plain attributes (`name`, `value`, `target`, `unit`, `min`, `max`). It draws the meter frame
 * and its ARIA; a widget implements one hook, `renderModel(model)`.
 */
import { type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Model } from '../core/model.js';
import { findRow, missingRow } from '../core/pick.js';
import type { Failure } from '../core/problems.js';
import type { ValidatedSet } from '../core/validate.js';
import type { PlainAttributes } from '../data/normalize.js';
import { numberAttribute } from './attributes.js';
import { meterFrame } from './frames.js';
import { KpiElement } from './kpi-element.js';

export abstract class KpiSingleElement extends KpiElement {
  static override dataInputs = [...KpiElement.dataInputs, 'name', 'value', 'target', 'unit', 'min', 'max'];

  /** Id of the row to show, when the data is a set; the first row by default. */
  @property() indicator?: string;
  /** Entity id of the row to show, with `indicator`. */
  @property() entity?: string;
  /**
   * The name shown and spoken instead of the row's: "全年GDP增速" where the page's title already
   * names the zone (the row's name, with its entity's when the document has several, by default).
   */
  @property() label?: string;
  /** Plain-attribute input: the indicator's name. */
  @property() name?: string;
  /** Plain-attribute input: the value; empty or "null" means no data. */
  @property({ converter: numberAttribute }) value: number | null = null;
  /** Plain-attribute input: the target. */
  @property({ converter: numberAttribute }) target: number | null = null;
  /** Plain-attribute input: the unit (亿元, 家, %). */
  @property() unit?: string;
  /** Plain-attribute input: the range start. */
  @property({ converter: numberAttribute }) min: number | null = null;
  /** Plain-attribute input: the range end. */
  @property({ converter: numberAttribute }) max: number | null = null;

  /** Draws one row inside the meter frame the layer renders. */
  protected abstract renderModel(model: Model): TemplateResult;

  /**
   * @internal The row the plain attributes describe. A numeric attribute that is not a number
   * reaches the validator as its text, so it is reported, not silently dropped.
   */
  plainAttributes(): PlainAttributes {
    const num = (n: number | null, attr: string) => n ?? this.getAttribute(attr);
    return { name: this.name, value: num(this.value, 'value'), target: num(this.target, 'target'), unit: this.unit, min: num(this.min, 'min'), max: num(this.max, 'max') };
  }

  protected override select(set: ValidatedSet): Model[] | Failure {
    const row = findRow(set, this.indicator, this.entity);
    return row ? [this.modelOf(row, set, { label: this.label })] : missingRow(set, this.indicator, this.entity);
  }

  protected override renderReady(models: readonly Model[], stale: string | undefined): TemplateResult {
    return meterFrame(models[0], stale, this.renderModel(models[0]));
  }
}
