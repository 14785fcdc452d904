/**
 * The rows layer: a widget that draws many rows at once (a list, a comparison, a ranking).
 * A widget implements `selectRows(set)` (which rows, in order) and `renderRows(models)`;
 * the layer turns the rows into models, values of one unit sharing one magnitude (万 / 亿),
 * so a column reads alike.
 */
import type { TemplateResult } from 'lit';
import type { Model } from '../core/model.js';
import { missingRow, scalesByUnit } from '../core/pick.js';
import type { Failure } from '../core/problems.js';
import type { Indicator } from '../core/types.js';
import type { ValidatedSet } from '../core/validate.js';
import { KpiElement } from './kpi-element.js';

export abstract class KpiRowsElement extends KpiElement {
  /** The rows to draw, in order; none (or a Failure) when what was asked for is not there. */
  protected abstract selectRows(set: ValidatedSet): Indicator[] | Failure;

  /** Draws the rows; `stale` is the sentence a screen reader adds when the data is not current. */
  protected abstract renderRows(models: readonly Model[], stale: string | undefined): TemplateResult;

  /** Whether values of one unit share one magnitude (lists: yes; a comparison formats per chart). */
  protected sharedMagnitude = true;
  /** @internal the magnitude each unit's values were presented in, by the last select (a list's own figures, 其他's sum, use it too) */
  protected scales: Map<string, number | null> | null = null;

  protected override select(set: ValidatedSet): Model[] | Failure {
    const rows = this.selectRows(set);
    if (!Array.isArray(rows)) return rows;
    if (rows.length === 0) return missingRow(set);
    const scales = (this.scales = this.sharedMagnitude ? scalesByUnit(rows) : null);
    return rows.map((r) => this.modelOf(r, set, { scale: scales?.get(r.unit ?? '') }));
  }

  protected override renderReady(models: readonly Model[], stale: string | undefined): TemplateResult {
    return this.renderRows(models, stale);
  }
}
