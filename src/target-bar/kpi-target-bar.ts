import { html, nothing, svg, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { messages } from '../core/messages.js';
import type { Model } from '../core/model.js';
import { idList, missingRow, rowsByIds, scalesByUnit } from '../core/pick.js';
import type { Failure } from '../core/problems.js';
import { barDomain } from '../core/scale.js';
import { sortViews, type SortKey } from '../core/set.js';
import type { ValidatedSet } from '../core/validate.js';
import { emit } from '../data/events.js';
import { meterAria } from '../base/frames.js';
import { numberAttribute } from '../base/attributes.js';
import { KpiSingleElement } from '../base/single-row.js';
import { along, cross, span, type Orientation } from './geometry.js';
import { targetBarStyles } from './kpi-target-bar.styles.js';

/** How a list can be ordered: by completion, gap to schedule or name; `-` first for descending. */
export type TargetBarSort = 'completion' | '-completion' | 'gap' | '-gap' | 'name' | '-name';
const SORTS = ['completion', 'gap', 'name'];

/**
 * Target vs actual, against the calendar: a bullet graph per indicator.
 *
 * @summary Bullet bars: the actual (coloured by status) against the target tick, status bands
 * behind it, the 序时进度 (expected-by-now) marker and the gap in 百分点. One row, or an aligned
 * list on a common completion scale.
 *
 * One row when `indicator` is set; otherwise a list of every row (of `entity`, if set), or of
 * `indicators="a,b,c"` in that order.
 *
 * @fires kpi-select - A row was clicked or chosen with Enter/Space. `detail: { row }`.
 *
 * @csspart base - The frame: the list, the single row, or a message.
 * @csspart row - One row (`role="meter"`, focusable).
 * @csspart name - A row's name.
 * @csspart bar - A row's bar (SVG).
 * @csspart figures - "value / target unit".
 * @csspart completion - The completion percentage.
 * @csspart details - The details shown on hover or focus.
 * @csspart more - The "+N more" line under a truncated list.
 *
 * @cssprop --kpi-target-bar-row-height - Row height. Default: 30px (22px compact).
 * @cssprop --kpi-target-bar-thickness - Bar thickness. Default: 12px (8px compact).
 * @cssprop --kpi-target-bar-font-size - Text size. Default: 14px (12px compact).
 * @cssprop --kpi-target-bar-color - The actual bar. Default: the status colour.
 * @cssprop --kpi-target-bar-target-color - The target tick. Default: `--kpi-color-target`.
 * @cssprop --kpi-target-bar-schedule-color - The expected-by-now marker. Default: `--kpi-color-schedule`.
 */
@customElement('kpi-target-bar')
export class KpiTargetBar extends KpiSingleElement {
  static override styles = [...KpiSingleElement.styles, targetBarStyles];

  /** Ids of the rows to list, in order, comma-separated. */
  @property() indicators?: string;
  /** `completion`, `gap` or `name`; prefix `-` for descending. Document order by default. */
  @property() sort?: TargetBarSort;
  /** Shows at most this many rows, then "+N more". */
  @property({ attribute: 'max-rows', converter: numberAttribute }) maxRows: number | null = null;
  /** `horizontal` (default) or `vertical`. */
  @property({ reflect: true }) orientation: Orientation = 'horizontal';
  /** Denser rows for tables. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** The list's accessible name; the document title by default. */
  @property() label?: string;

  /** @internal the row whose details show */
  @state() private active = -1;

  private get isList(): boolean {
    return this.indicator === undefined || this.indicators !== undefined;
  }

  /**
   * A list (no `indicator`, or `indicators`) picks its rows here; one row is the single-row
   * layer's pick. Values of one unit share a magnitude, so a column reads alike.
   */
  protected override select(set: ValidatedSet): Model[] | Failure {
    if (!this.isList) return super.select(set);
    const ids = idList(this.indicators);
    const ofEntity = set.rows.filter((r) => this.entity === undefined || r.entity === this.entity);
    const rows = ids ? rowsByIds(ofEntity, ids) : ofEntity;
    if (rows.length === 0) return missingRow(set, ids?.join(','), this.entity);
    const scales = scalesByUnit(rows);
    const models = rows.map((r) => this.modelOf(r, set, scales.get(r.unit ?? '')));
    const key = this.sort?.replace(/^-/, '');
    return key && SORTS.includes(key) ? sortViews(models, key as SortKey, this.sort?.startsWith('-')) : models;
  }

  protected override renderModel(model: Model): TemplateResult {
    return this.renderRow(model, 0, barDomain([model.view.ratio]));
  }

  /** One row: the row itself is the meter (focusable, with details); a list: a labelled list of them. */
  protected override renderReady(models: readonly Model[], stale: string | undefined): TemplateResult {
    const frame = `frame ${stale ? 'stale' : ''}`;
    if (!this.isList) return html`<div part="base" class="${frame} single">${this.renderModel(models[0])}</div>`;
    const m = messages(this.resolvedLocale);
    const shown = this.maxRows !== null && this.maxRows >= 0 ? models.slice(0, this.maxRows) : models;
    const domain = barDomain(models.map((x) => x.view.ratio));
    const label = this.label ?? this.source.set?.title ?? m.targetsList;
    return html`<div part="base" class=${frame}>
      <ul aria-label=${label} @keydown=${this.onListKey}>
        ${shown.map((model, i) => html`<li>${this.renderRow(model, i, domain)}</li>`)}
        ${shown.length < models.length ? html`<li class="more" part="more">${m.more(models.length - shown.length)}</li>` : nothing}
      </ul>
    </div>`;
  }

  private renderRow(model: Model, i: number, domain: number): TemplateResult {
    const { view, text } = model;
    const a = meterAria(model);
    const active = this.active === i;
    return html`<div
        class="meter ${view.status ?? 'neutral'}"
        part="row"
        role=${a.role}
        tabindex="0"
        aria-label=${a.label}
        aria-valuenow=${a.now ?? nothing}
        aria-valuemin=${a.min ?? nothing}
        aria-valuemax=${a.max ?? nothing}
        aria-valuetext=${a.text ?? nothing}
        aria-describedby=${active ? 'details' : nothing}
        @click=${() => this.choose(model)}
        @keydown=${(e: KeyboardEvent) => this.onRowKey(e, model)}
        @focus=${() => (this.active = i)}
        @blur=${() => (this.active = -1)}
        @mouseenter=${() => (this.active = i)}
        @mouseleave=${() => (this.active = -1)}
      >
        <span class="name" part="name" title=${text.label}>${text.label}</span>
        ${this.renderBar(model, domain)}
        <span class="figures" part="figures">${text.versus}</span>
        <span class="pct" part="completion">${text.completion}</span>
        <span class="gap">${text.gap}</span>
      </div>
      ${active ? this.renderDetails(model) : nothing}`;
  }

  private renderBar({ view }: Model, domain: number): TemplateResult {
    const m = messages(this.resolvedLocale);
    // No target: say so. A target with no ratio (value missing, target 0): no bar, a dash.
    if (view.ratio === null || view.target === null)
      return html`<span class="cell"><span class="no-target">${view.target === null ? m.noTarget : m.dash}</span></span>`;
    const o = this.orientation === 'vertical' ? 'vertical' : 'horizontal';
    const viewBox = o === 'horizontal' ? '0 0 100 10' : '0 0 10 100';
    const pos = (r: number | null, open: number) => (r === null ? open : along(r, domain));
    const bands = view.ratioBands.map((b) => ({ ...span(pos(b.from, 0), pos(b.to, 100), o), status: b.status }));
    const bar = span(0, along(view.ratio, domain), o, 2.5, 5);
    const target = cross(along(1, domain), o);
    const expected = view.better === 'higher' && view.schedule !== null ? cross(along(view.schedule, domain), o) : null;
    return html`<span class="cell">
      <svg class="bar" part="bar" viewBox=${viewBox} preserveAspectRatio="none" aria-hidden="true">
        ${bands.map((b) => svg`<rect class="band ${b.status}" x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`)}
        <rect class="actual" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}></rect>
        <line class="target" x1=${target[0]} y1=${target[1]} x2=${target[2]} y2=${target[3]}></line>
        ${expected ? svg`<line class="schedule" x1=${expected[0]} y1=${expected[1]} x2=${expected[2]} y2=${expected[3]}></line>` : nothing}
      </svg>
      ${view.ratio > domain ? html`<span class="over-cue" aria-hidden="true">▶</span>` : nothing}
    </span>`;
  }

  private renderDetails({ view, text }: Model): TemplateResult {
    const m = messages(this.resolvedLocale);
    return html`<div class="details" part="details" id="details" role="tooltip">
      <div>${text.description}</div>
      ${text.asOf ? html`<div>${text.asOf}</div>` : nothing}
      ${view.source ? html`<div>${m.source}: ${view.source}</div>` : nothing}
      ${view.note ? html`<div>${view.note}</div>` : nothing}
    </div>`;
  }

  private choose(model: Model): void {
    emit(this, 'kpi-select', { row: model.row });
  }

  private onRowKey(e: KeyboardEvent, model: Model): void {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    this.choose(model);
  }

  /** Arrow keys move between rows, Home/End to the ends. */
  private readonly onListKey = (e: KeyboardEvent): void => {
    const rows = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('.meter') ?? [])];
    const at = rows.indexOf(e.target as HTMLElement);
    const next = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: rows.length - 1 }[e.key];
    if (next === undefined || at < 0) return;
    e.preventDefault();
    rows[Math.max(0, Math.min(rows.length - 1, next))]?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-target-bar': KpiTargetBar;
  }
}
