/**
 * KpiElement: the base every single-indicator widget extends. It owns the inputs shared by
 * all widgets, the data controller, row picking, the derived + presented model, locale,
 * staleness and the state frames (loading, error, stale, partial). A widget only draws.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { parseDate } from '../core/dates.js';
import { derive, type IndicatorView } from '../core/derive.js';
import { plainNumber } from '../core/format.js';
import { messages, resolveLocale, type Locale } from '../core/messages.js';
import { present, type Presented } from '../core/present.js';
import type { Indicator } from '../core/types.js';
import type { ValidatedSet } from '../core/validate.js';
import { spansEntities } from '../core/set.js';
import { baseStyles } from '../theme/base.styles.js';
import { motionAllowed, unwatchViewport } from '../theme/motion.js';
import { IndicatorSource, type SourceHost } from './indicator-source.js';
import type { PlainAttributes } from './normalize.js';

/** One picked row, ready to draw. */
export interface Model {
  row: Indicator;
  view: IndicatorView;
  text: Presented;
}

/**
 * What a row says to a screen reader: `role="meter"` over the indicator's range, clamped,
 * with the sentence a sighted user reads as aria-valuetext; `role="img"` and that sentence as
 * its name when there is no value (a meter needs one). Numbers are plain digits (never 1e+21).
 */
export function meterAria({ view, text }: Model): {
  role: 'meter' | 'img';
  label: string;
  now?: string;
  min?: string;
  max?: string;
  text?: string;
} {
  if (view.value === null) return { role: 'img', label: text.description };
  const now = Math.min(view.max, Math.max(view.min, view.value));
  return { role: 'meter', label: text.label, now: plainNumber(now), min: plainNumber(view.min), max: plainNumber(view.max), text: text.description };
}

/** Models by validated document (see modelOf). */
const models = new WeakMap<ValidatedSet, { withEntity: boolean; entities: Map<string, string>; byKey: Map<string, Model> }>();

const INPUTS = ['data', 'src', 'refresh', 'name', 'value', 'target', 'unit', 'min', 'max'];
const MAX_TIMER = 2_147_483_647;

export abstract class KpiElement extends LitElement implements SourceHost {
  static override styles = [baseStyles];

  /** An IndicatorSet, a lone Indicator, JSON text, or a Promise of one. Wins over every other input. */
  @property({ attribute: false }) data: unknown = null;
  /** URL of an IndicatorSet, fetched when no `data` or inline JSON is given. */
  @property() src?: string;
  /** Seconds between re-fetches of `src`; none by default. */
  @property({ type: Number }) refresh?: number;
  /** Seconds to wait for `src` before showing an error (or marking the last data stale). */
  @property({ type: Number }) timeout = 10;
  /** Id of the row to show, when the data is a set; the first row by default. */
  @property() indicator?: string;
  /** Entity id of the row to show, with `indicator`. */
  @property() entity?: string;
  /** `zh-CN` (default) or `en`; else the nearest `lang` attribute. */
  @property() locale?: string;
  /** Seconds after the row's `asOf` when its data counts as stale (dimmed, with 数据截至). */
  @property({ type: Number, attribute: 'stale-after' }) staleAfter?: number;
  /** Turns transitions off (they are also off under prefers-reduced-motion). */
  @property({ type: Boolean, attribute: 'no-animation' }) noAnimation = false;
  /** Plain-attribute input: the indicator's name. */
  @property() name?: string;
  /** Plain-attribute input: the value; empty or "null" means no data. */
  @property() value?: string;
  /** Plain-attribute input: the target. */
  @property() target?: string;
  /** Plain-attribute input: the unit (亿元, 家, %). */
  @property() unit?: string;
  /** Plain-attribute input: the range start. */
  @property() min?: string;
  /** Plain-attribute input: the range end. */
  @property() max?: string;

  /** @internal */
  protected readonly source = new IndicatorSource(this);
  /** @internal the rows drawn; empty unless the source is ready and the rows exist */
  protected models: Model[] = [];
  /** @internal why the requested row cannot be shown */
  protected pickError: string | null = null;

  private modelKey = '';
  private staleTimer: ReturnType<typeof setTimeout> | undefined;

  /** @internal */
  plainAttributes(): PlainAttributes {
    return { name: this.name, value: this.value, target: this.target, unit: this.unit, min: this.min, max: this.max };
  }

  /** @internal the locale in force, read once per update */
  protected resolvedLocale: Locale = 'zh-CN';

  /** @internal whether a change may animate now (never the first paint: no count-up from 0) */
  protected get mayAnimate(): boolean {
    return this.hasUpdated && motionAllowed(this.noAnimation, this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.resolvedLocale = resolveLocale(this.locale ?? this.closest('[lang]')?.getAttribute('lang'));
    if (!this.hasUpdated || INPUTS.some((k) => changed.has(k as keyof KpiElement))) this.source.sync();
    const key = `${this.source.version}|${this.selectionKey()}|${this.resolvedLocale}`;
    if (key !== this.modelKey) {
      this.modelKey = key;
      this.pick();
    }
  }

  /** @internal what, besides the data and locale, decides which rows are drawn */
  protected selectionKey(): string {
    return `${this.indicator}|${this.entity}`;
  }

  private pick(): void {
    this.models = [];
    this.pickError = null;
    const set = this.source.set;
    if (!set || this.source.phase !== 'ready') return;
    const picked = this.select(set);
    if (typeof picked === 'string') this.pickError = picked;
    else this.models = picked;
  }

  /**
   * @internal The rows this widget draws, or why it cannot. Single-value widgets take the
   * row named by `indicator` (and `entity`), else the first; a list widget overrides this.
   */
  protected select(set: ValidatedSet): Model[] | string {
    const row = this.findRow(set);
    return row ? [this.modelOf(row, set)] : this.missingRowReason(set);
  }

  /** @internal derive + present one row, in the widget's locale (and a shared magnitude). */
  protected modelOf(row: Indicator, set: ValidatedSet, scale?: number | null): Model {
    // Widgets sharing a document share its rows' models (they are plain, read-only data).
    let cache = models.get(set);
    if (!cache) models.set(set, (cache = { withEntity: spansEntities(set), entities: new Map(set.entities.map((e) => [e.id, e.name])), byKey: new Map() }));
    const key = `${this.resolvedLocale}|${scale}|${row.id}\u0000${row.entity ?? ''}`;
    let model = cache.byKey.get(key);
    if (!model) {
      const view = derive(row, { entities: cache.entities });
      model = { row, view, text: present(view, { locale: this.resolvedLocale, withEntity: cache.withEntity, scale }) };
      cache.byKey.set(key, model);
    }
    return model;
  }

  private findRow(set: ValidatedSet): Indicator | undefined {
    if (this.indicator === undefined) return set.rows.find((r) => this.entity === undefined || r.entity === this.entity);
    return set.rows.find((r) => r.id === this.indicator && (this.entity === undefined || r.entity === this.entity));
  }

  /** @internal */
  protected missingRowReason(set: ValidatedSet, id = this.indicator): string {
    const wanted = `${id ?? '(first row)'}${this.entity ? ` @ ${this.entity}` : ''}`;
    const skipped = set.problems.find((p) => p.skipped && p.id === id && (!this.entity || p.entity === this.entity));
    if (skipped) return `${wanted}: ${skipped.field ? `${skipped.field} ` : ''}${skipped.reason}`;
    return set.rows.length === 0 ? 'The document has no usable rows' : `No row ${wanted} in the document`;
  }

  /** @internal true when the last refresh failed or asOf is older than stale-after */
  protected get stale(): boolean {
    return this.source.failed || this.msUntilStale() === 0;
  }

  /** Until the newest asOf among the drawn rows is older than stale-after; null if it never is. */
  private msUntilStale(): number | null {
    if (this.staleAfter === undefined) return null;
    let newest: number | null = null;
    for (const m of this.models) {
      const at = parseDate(m.view.asOf)?.instant;
      if (at !== undefined && (newest === null || at > newest)) newest = at;
    }
    return newest === null ? null : Math.max(0, newest + this.staleAfter * 1000 - Date.now());
  }

  protected override updated(_changed: PropertyValues<this>): void {
    // A wall page runs all day: turn stale on time even if no new data arrives.
    clearTimeout(this.staleTimer);
    const ms = this.msUntilStale();
    if (ms) this.staleTimer = setTimeout(() => this.requestUpdate(), Math.min(ms + 50, MAX_TIMER));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.staleTimer);
    unwatchViewport(this);
  }

  /**
   * Draws the picked row inside the meter frame the base renders (single-value widgets).
   * A widget that draws many rows overrides `renderReady` instead.
   */
  protected renderModel?(model: Model): TemplateResult;

  protected override render(): TemplateResult {
    const stale = this.models.length > 0 && this.stale;
    const body = this.models.length ? this.renderReady(this.models, stale) : this.renderMessage();
    return html`${body}${this.renderBadges(stale)}`;
  }

  /** @internal the ready state: one meter for single-value widgets; a list overrides it */
  protected renderReady(models: Model[], stale: boolean): TemplateResult {
    return this.renderMeter(models[0], stale);
  }

  /**
   * The frame of a row: `role="meter"` over the indicator's range with the sentence a
   * sighted user reads as aria-valuetext; `role="img"` when there is no value. Badges stay
   * outside it (a meter's children are presentational).
   */
  protected renderMeter(model: Model, stale: boolean): TemplateResult {
    const a = meterAria(model);
    return html`<div
      part="base"
      class="frame content ${stale ? 'stale' : ''}"
      role=${a.role}
      aria-label=${a.label}
      aria-valuenow=${a.now ?? nothing}
      aria-valuemin=${a.min ?? nothing}
      aria-valuemax=${a.max ?? nothing}
      aria-valuetext=${a.text ?? nothing}
    >
      ${this.renderModel?.(model) ?? nothing}
    </div>`;
  }

  /** Loading, error and nothing-to-show, in a frame that scales its text with the box. */
  private renderMessage(): TemplateResult {
    const m = messages(this.resolvedLocale);
    const { phase, error } = this.source;
    let body: TemplateResult;
    if (phase === 'loading') body = html`<div class="message" role="status">${m.loading}</div>`;
    else if (phase === 'error' || this.pickError)
      body = html`<div class="message error" role="alert" part="error">
        <div>${m.error}</div>
        <small>${this.pickError ?? error}</small>
      </div>`;
    else body = html`<div class="message" role="status">${m.noData}</div>`;
    return html`<div part="base" class="frame boxed" aria-busy=${phase === 'loading' ? 'true' : 'false'}>${body}</div>`;
  }

  private renderBadges(stale: boolean): TemplateResult | typeof nothing {
    const m = messages(this.resolvedLocale);
    const skipped = this.source.set?.problems.filter((p) => p.skipped).length ?? 0;
    if (!stale && skipped === 0) return nothing;
    const asOf = this.models[0]?.text.asOf;
    return html`<div class="badges" part="badges">
      ${stale ? html`<span class="stale" part="stale">${asOf || m.stale}</span>` : nothing}
      ${skipped ? html`<span class="partial" part="partial" title=${m.partial(skipped)} role="img" aria-label=${m.partial(skipped)}>⚠ ${skipped}</span>` : nothing}
    </div>`;
  }
}
