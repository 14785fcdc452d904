import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { messages } from '../core/messages.js';
import type { Model } from '../core/model.js';
import { idList, missingRow, rowsByIds, scalesByUnit } from '../core/pick.js';
import type { Failure } from '../core/problems.js';
import { barDomain, barEnd } from '../core/scale.js';
import { sortViews, type SortKey } from '../core/set.js';
import type { ValidatedSet } from '../core/validate.js';
import { emit } from '../data/events.js';
import { meterAria } from '../base/frames.js';
import { numberAttribute } from '../base/attributes.js';
import { BoxSize } from '../base/box-size.js';
import { KpiSingleElement } from '../base/single-row.js';
import type { StatusBand } from '../core/derive.js';
import type { Status } from '../core/types.js';
import { along, barPath, boxPath, crossPath, type Orientation } from './geometry.js';
import { targetBarStyles } from './kpi-target-bar.styles.js';

/** How a list can be ordered: by completion, gap to schedule or name; `-` first for descending. */
export type TargetBarSort = 'completion' | '-completion' | 'gap' | '-gap' | 'name' | '-name';
const SORTS = ['completion', 'gap', 'name'];
/**
 * The status-coloured shapes' classes, whole: a binding of one value is compared at an update,
 * where `class="actual ${status}"` is joined again (a string per shape per update).
 */
const statusClasses = (shape: string): Record<Status | 'neutral', string> => ({ good: `${shape} good`, warn: `${shape} warn`, bad: `${shape} bad`, neutral: `${shape} neutral` });
const ACTUAL = statusClasses('actual');
const OVER_CUE = statusClasses('over-cue');
const HOST_EVENTS = ['click', 'keydown', 'focusin', 'focusout', 'mouseover', 'mouseleave'];

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
  /**
   * `horizontal` (default) or `vertical`. Reflected once set; unset, no attribute is written
   * (200 one-row bars each reflecting the default cost a style invalidation apiece).
   */
  @property({ reflect: true }) orientation?: Orientation;
  /** Denser rows for tables. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** One row: the name shown and spoken instead of the row's. A list: its accessible name (the document title by default). */
  @property() override label?: string;

  /** @internal the row whose details show */
  @state() private active = -1;
  /** the rows drawn, by index (events find their row by data-i) */
  private shown: readonly Model[] = [];
  /**
   * A lone row folds by its width in em (kpi-target-bar.styles.ts): measured on an invisible
   * box spanning the frame, 1em tall, whose size the fold does not change.
   */
  private readonly fold = new BoxSize(this, foldRow, measureBoxOf);

  constructor() {
    super();
    // Listened to on the host, once: no listener parts to create per row or per render, and
    // one function for every bar (no closures per element).
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the host as `this`, as declared
    for (let i = 0; i < HOST_EVENTS.length; i++) this.addEventListener(HOST_EVENTS[i], KpiTargetBar.onHostEvent);
  }

  /** Every bar's host events, `this` being the bar (addEventListener calls it so). */
  private static onHostEvent(this: KpiTargetBar, e: Event): void {
    if (e.type === 'click') this.onClick(e);
    else if (e.type === 'keydown') this.onKey(e as KeyboardEvent);
    else if (e.type === 'focusin' || e.type === 'mouseover') this.onFocus(e);
    else this.onBlur();
  }

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
    // A list of one entity's rows does not repeat its name on each row.
    const models = rows.map((r) => this.modelOf(r, set, { scale: scales.get(r.unit ?? ''), withEntity: this.entity === undefined ? undefined : false }));
    const key = this.sort?.replace(/^-/, '');
    return key && SORTS.includes(key) ? sortViews(models, key as SortKey, this.sort?.startsWith('-')) : models;
  }


  /**
   * One row: the row itself is the frame and the meter (focusable, with details); a list: a
   * labelled list of them. Templates are written without whitespace between tags, and every
   * element is always there (empty or hidden when it has nothing to show): a one-row bar is
   * about 25 nodes (it was 65), and nothing is created or re-bound at an update.
   */
  protected override renderReady(models: readonly Model[], stale: string | undefined): TemplateResult {
    if (!this.isList) {
      this.shown = models; // (one row: the single-row layer picks one)
      return this.renderRow(models[0], 0, barEnd(models[0].view.ratio), stale ? 'meter frame single stale' : 'meter frame single', stale);
    }
    const m = messages(this.resolvedLocale);
    const shown = (this.shown = this.maxRows !== null && this.maxRows >= 0 ? models.slice(0, this.maxRows) : models);
    const domain = barDomain(models.map((x) => x.view.ratio));
    // A stale list says so in its name (each row's meter would repeat it).
    const label = `${this.label ?? this.input.set?.title ?? m.targetsList}${stale ?? ''}`;
    return html`<div part="base" class="frame list ${shown.length === 1 ? 'lone' : ''} ${stale ? 'stale' : ''}">${shown.length === 1 ? MEASURE : nothing}<ul aria-label=${label}>${shown.map(
      (model, i) => html`<li>${this.renderRow(model, i, domain)}</li>`,
    )}${shown.length < models.length ? html`<li class="more" part="more">${m.more(models.length - shown.length)}</li>` : nothing}</ul></div>`;
  }

  protected override renderModel(model: Model): TemplateResult {
    return this.renderReady([model], undefined);
  }

  /**
   * A row, and its details beside it while they show, in one template: a lone row is also the
   * frame (`frame`: its whole class, "meter frame single …") and says in its meter when its data
   * is stale (`stale`). Events are listened to on the host.
   */
  private renderRow(model: Model, i: number, domain: number, frame?: string, stale?: string): TemplateResult {
    const { text } = model;
    const a = meterAria(model, stale);
    const active = this.active === i;
    return html`<div class=${frame ?? 'meter'} part=${frame ? 'base row' : 'row'} role=${a.role} tabindex="0" data-i=${i} aria-label=${a.label} aria-valuenow=${a.now ?? nothing} aria-valuemin=${a.min ?? nothing} aria-valuemax=${a.max ?? nothing} aria-valuetext=${a.text ?? nothing} aria-describedby=${active ? 'details' : nothing}>${frame ? MEASURE : nothing}<span class="name" part="name" title=${text.label} .textContent=${text.label}></span>${this.renderBar(model, domain)}<span class="figures" part="figures">${text.versus}</span><span class="pct" part="completion">${text.completion}</span><span class="gap">${text.gap}</span></div>${active ? this.renderDetails(model) : nothing}`;
  }

  /** The bullet: bands as one path per status, the actual bar, the target and 序时进度 lines. */
  private renderBar({ view }: Model, domain: number): TemplateResult {
    const m = messages(this.resolvedLocale);
    // No target: say so. A target with no ratio (value missing, target 0): no bar, a dash.
    if (view.ratio === null || view.target === null)
      return html`<span class="cell"><span class="no-target" .textContent=${view.target === null ? m.noTarget : m.dash}></span></span>`;
    const o = this.orientation === 'vertical' ? 'vertical' : 'horizontal';
    // The status class sits on the two shapes it colours, not on the row: on the row it sets an
    // inherited custom property, and a status change restyled all of the row's nodes (200
    // one-row bars, an update: style 12.6 → 4.7 ms).
    const status = view.status ?? 'neutral';
    const bands = bandPaths(view.ratioBands, domain, o);
    const schedule = view.better === 'higher' && view.schedule !== null ? crossPath(along(view.schedule, domain), o) : '';
    return html`<span class="cell"><svg class="bar" part="bar" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true"><path class="band bad" d=${bands.bad}></path><path class="band warn" d=${bands.warn}></path><path class="band good" d=${bands.good}></path><path class=${ACTUAL[status]} d=${barPath(along(view.ratio, domain), o)}></path><path class="target" d=${crossPath(along(1, domain), o)}></path><path class="schedule" d=${schedule}></path></svg><span class=${OVER_CUE[status]} aria-hidden="true" ?hidden=${view.ratio <= domain}>▶</span></span>`;
  }

  private renderDetails({ view, text }: Model): TemplateResult {
    const m = messages(this.resolvedLocale);
    return html`<div class="details" part="details" id="details" role="tooltip" popover="manual">
      <div>${text.description}</div>
      ${text.asOf ? html`<div>${text.asOf}</div>` : nothing}
      ${view.source ? html`<div>${m.source}: ${view.source}</div>` : nothing}
      ${view.note ? html`<div>${view.note}</div>` : nothing}
    </div>`;
  }

  /** while a row's details are raised: stops watching the page's scrolling */
  private unraise: AbortController | null = null;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.active >= 0) this.raiseDetails();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.onBlur();
  }

  /**
   * A row's details show in the page's top layer (a popover) where the browser has one, placed
   * under the row: no box around them clips them (a list's scrolling frame, a page's card with
   * overflow hidden). Placed once: scrolling the page hides them (a hover shows them again).
   * Without popovers they stay placed under the row by the styles.
   */
  private raiseDetails(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.details');
    const row = this.renderRoot.querySelector<HTMLElement>(`.meter[data-i="${this.active}"]`);
    if (!tip || !row || typeof tip.showPopover !== 'function' || tip.matches(':popover-open')) return;
    const r = row.getBoundingClientRect();
    const vertical = this.orientation === 'vertical';
    tip.style.top = `${r.bottom}px`;
    tip.style.left = `${vertical ? r.left : r.left + 0.3 * r.width}px`;
    if (!vertical) tip.style.maxWidth = `${0.7 * r.width}px`;
    tip.showPopover();
    this.lowerDetails();
    this.unraise = new AbortController();
    window.addEventListener('scroll', () => this.onBlur(), { capture: true, passive: true, once: true, signal: this.unraise.signal });
  }

  private lowerDetails(): void {
    this.unraise?.abort();
    this.unraise = null;
  }

  /** The row an event happened in, by its index among the shown rows. */
  private rowOf(e: Event): { row: HTMLElement; index: number; model: Model } | null {
    const row = (e.composedPath()[0] as Element | undefined)?.closest?.<HTMLElement>('.meter[data-i]');
    const index = Number(row?.dataset.i);
    const model = this.shown[index];
    return row && model ? { row, index, model } : null;
  }

  private onClick(e: Event): void {
    const hit = this.rowOf(e);
    if (hit) emit(this, 'kpi-select', { row: hit.model.row });
  }

  /** Enter/Space choose a row; arrow keys move between rows, Home/End to the ends. */
  private onKey(e: KeyboardEvent): void {
    const hit = this.rowOf(e);
    if (!hit) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      emit(this, 'kpi-select', { row: hit.model.row });
      return;
    }
    const rows = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('.meter') ?? [])];
    const at = rows.indexOf(hit.row);
    const next = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: rows.length - 1 }[e.key];
    if (next === undefined || at < 0) return;
    e.preventDefault();
    rows[Math.max(0, Math.min(rows.length - 1, next))]?.focus();
  }

  /** Hover or focus on a row shows its details. */
  private onFocus(e: Event): void {
    const hit = this.rowOf(e);
    if (hit && hit.index !== this.active) this.active = hit.index;
  }

  private onBlur(): void {
    this.active = -1;
    this.lowerDetails();
  }
}

/** The lone row's measuring box (see `fold`). */
const MEASURE = html`<i class="measure"></i>`;
/**
 * The measuring box, where there is one: the frame's first child. (Looked for at each update of a
 * list with none: not a search of every node of a long list's shadow tree.)
 */
function measureBoxOf(root: HTMLElement | DocumentFragment): Element | null {
  const box = root.querySelector('.frame')?.firstElementChild;
  return box?.classList.contains('measure') ? box : null;
}

/**
 * Below 40em a lone row puts its bar on a line of its own, below 28em it drops the gap text
 * (the row's content box against the measuring box's 1em, both px).
 */
function foldRow(frame: HTMLElement, width: number, em: number): void {
  const fold = width < 28 * em ? 'narrow' : width < 40 * em ? 'fold' : undefined;
  if (frame.dataset.fold === fold) return;
  if (fold) frame.dataset.fold = fold;
  else delete frame.dataset.fold;
}

/**
 * The band paths of one set of bands on one scale. The rows of a document mostly share their
 * bands (one schedule: derive's cache hands them the same array), so their paths are made once.
 */
const drawnBands = new WeakMap<readonly StatusBand[], { domain: number; o: Orientation; d: Record<Status, string> }>();

function bandPaths(bands: readonly StatusBand[], domain: number, o: Orientation): Record<Status, string> {
  const drawn = drawnBands.get(bands);
  if (drawn && drawn.domain === domain && drawn.o === o) return drawn.d;
  const d: Record<Status, string> = { bad: '', warn: '', good: '' };
  for (const b of bands) d[b.status] += boxPath(b.from === null ? 0 : along(b.from, domain), b.to === null ? 100 : along(b.to, domain), o);
  drawnBands.set(bands, { domain, o, d });
  return d;
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-target-bar': KpiTargetBar;
  }
}
