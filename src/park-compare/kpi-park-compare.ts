import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { compare, type Comparison } from '../core/compare.js';
import { messages } from '../core/messages.js';
import type { Model } from '../core/model.js';
import { idList } from '../core/pick.js';
import type { Failure } from '../core/problems.js';
import type { Indicator } from '../core/types.js';
import type { ValidatedSet } from '../core/validate.js';
import { emit } from '../data/events.js';
import { numberAttribute } from '../base/attributes.js';
import { KpiRowsElement } from '../base/rows.js';
import type { ECharts } from './echarts.js';
import { buildOption, fadeOf, type ChartView, type ItemData, type Theme } from './options.js';
import { parkCompareStyles } from './kpi-park-compare.styles.js';
import { inBatch } from './batch.js';
import { buildTable } from './table.js';

export type CompareView = ChartView | 'table';
const VIEWS: CompareView[] = ['grouped', 'ranking', 'radar', 'table'];
interface Size {
  width: number;
  height: number;
}
/** The container's box as ECharts measures it (client size; the chart box has no padding). */
const sizeOf = (el: HTMLElement): Size => ({ width: el.clientWidth, height: el.clientHeight });

/**
 * Compare parks (or any entities) on their indicators.
 *
 * @summary Grouped bars, a ranking, a radar or a table of indicators × parks. A park with no
 * row is marked 暂无数据, never drawn as 0. ECharts is loaded on first render, only here.
 *
 * @fires kpi-select - A park was clicked in the chart, or chosen in the table. `detail: { row, entity }`.
 *
 * @csspart base - The frame: legend, chart and the hidden table, or a message.
 * @csspart legend - The park toggles.
 * @csspart chart - The ECharts container.
 * @csspart table - The table (the `table` view, and the screen-reader copy behind charts).
 *
 */
@customElement('kpi-park-compare')
export class KpiParkCompare extends KpiRowsElement {
  static override styles = [...KpiRowsElement.styles, parkCompareStyles];

  /** Indicator ids, in order; every indicator by default (the first one for `ranking`). */
  @property() indicators?: string;
  /** Entity ids, in order; every declared entity by default. */
  @property() entities?: string;
  /** `grouped` (default), `ranking`, `radar` or `table`. */
  @property() view: CompareView = 'grouped';
  /** Entity id to emphasise. */
  @property() highlight?: string;
  /** `svg` (default: crisp on a scaled wall) or `canvas`. */
  @property() renderer: 'svg' | 'canvas' = 'svg';
  /** grouped: `normalized` (each indicator over its best park, default) or `raw` (one magnitude; same unit only). */
  @property() scale: 'normalized' | 'raw' = 'normalized';
  /** radar: `best` (over the best park, default) or `completion` (of each park's target). */
  @property({ attribute: 'normalize' }) normalization: 'best' | 'completion' = 'best';
  /** ranking: show this many parks, then one 其他 bar (15 by default when there are more than 20). */
  @property({ converter: numberAttribute }) top: number | null = null;
  /** The chart's and table's title; the document title by default. */
  @property() label?: string;

  /**
   * @internal Draws its chart in a task of its own, not with the other charts of its turn
   * (set by <kpi-board> on its tiles: a wall's big charts drawn together made long tasks).
   */
  drawsAlone = false;

  /**
   * @internal Not in the render slices: a chart's cost is its draw, which the chart batch runs
   * after the slice whatever the slice's budget (batch.ts). Sliced, 200 charts updated at once
   * still drew in long tasks, and each slice let in a frame (7 frames, not 2; ~25 ms of
   * layerizing each on that page): update 1.40× raw ECharts, 1.09× unsliced.
   */
  static override slicedUpdates = false;

  /** @internal parks toggled off in the legend */
  @state() private switchedOff = new Set<string>();

  private chart: ECharts | null = null;
  private chartRenderer: string | null = null;
  private lib: Promise<typeof import('./echarts.js')> | null = null;
  private resizer: ResizeObserver | null = null;
  private themeCache: Theme | null = null;
  /** the table node and what it was built from: rebuilt only when one of those changes */
  private table: { node: HTMLTableElement; from: Comparison<Model>; caption: string; highlight?: string } | null = null;
  private laidOut: { models: readonly Model[]; comparison: Comparison<Model> } | null = null;
  private chartRatio = 1;
  /** the stage this chart sits on, if any (remembered: a detached element cannot find it) */
  private screen: Element | null = null;
  private drawing: Promise<void> = Promise.resolve();

  private get currentView(): CompareView {
    return VIEWS.includes(this.view) ? this.view : 'grouped';
  }

  /** Each chart formats its own magnitudes (one per indicator, or one for the raw view). */
  protected override sharedMagnitude = false;

  protected override selectRows(set: ValidatedSet): Indicator[] | Failure {
    const ids = idList(this.indicators);
    const entities = idList(this.entities);
    const wanted = ids ? (this.currentView === 'ranking' ? ids.slice(0, 1) : ids) : undefined;
    const rows = set.rows.filter((r) => (!wanted || wanted.includes(r.id)) && (!entities || (r.entity !== undefined && entities.includes(r.entity))));
    const first = this.currentView === 'ranking' && !wanted ? rows[0]?.id : undefined;
    const picked = rows.filter((r) => !first || r.id === first);
    return picked.length || !ids ? picked : { kind: 'no-row', id: ids.join(',') };
  }

  /** The comparison of the drawn rows, laid out once per selection (render and draw share it). */
  private comparison(): Comparison<Model> {
    if (this.laidOut?.models !== this.models) {
      const declared = this.input.set?.entities ?? [];
      this.laidOut = { models: this.models, comparison: compare(this.models, declared, idList(this.indicators), idList(this.entities)) };
    }
    return this.laidOut.comparison;
  }

  protected override renderRows(_models: readonly Model[], stale: string | undefined): TemplateResult {
    const c = this.comparison();
    const table = this.renderTable(c);
    if (this.currentView === 'table')
      return html`<div part="base" class="frame ${stale ? 'stale' : ''}"><div class="table" part="table">${table}</div></div>`;
    return html`<div part="base" class="frame ${stale ? 'stale' : ''}">
      ${this.renderLegend(c)}
      <div class="chart" part="chart" role="img" aria-label=${this.describe(c)}></div>
      <div class="sr-only table" part="table">${table}</div>
      <span class="probe" aria-hidden="true" @transitionrun=${this.retheme}></span>
    </div>`;
  }

  private renderLegend(c: Comparison<Model>): TemplateResult | typeof nothing {
    if (this.currentView === 'ranking') return nothing;
    const m = messages(this.resolvedLocale);
    // One listener for the legend, not one closure per park per render.
    return html`<div class="legend" part="legend" role="group" aria-label=${m.entity} @click=${this.onLegendClick}>
      ${c.entities.map(
        (e, i) => html`<button type="button" class="s${(i % 6) + 1}" style="--_fade:${fadeOf(this.highlight, e.id)}" data-index=${i} aria-pressed=${this.switchedOff.has(e.id) ? 'false' : 'true'}>${e.name}</button>`,
      )}
    </div>`;
  }

  private readonly onLegendClick = (event: Event): void => {
    const button = (event.target as Element).closest('button[data-index]');
    const entity = button && this.comparison().entities[Number(button.getAttribute('data-index'))];
    if (entity) this.toggle(entity.id);
  };

  /**
   * The table node, rebuilt only when what it shows changes: the comparison (new data,
   * selection or locale make a new one), the caption or the highlighted park.
   */
  private renderTable(c: Comparison<Model>): HTMLTableElement {
    const m = messages(this.resolvedLocale);
    const caption = this.label ?? this.input.set?.title ?? m.compare;
    const t = this.table;
    if (t && t.from === c && t.caption === caption && t.highlight === this.highlight) return t.node;
    const node = buildTable(c, {
      caption,
      locale: this.resolvedLocale,
      highlight: this.highlight,
      onSelect: (row, entity) => emit(this, 'kpi-select', { row, entity }),
    });
    this.table = { node, from: c, caption, highlight: this.highlight };
    return node;
  }

  private toggle(entity: string): void {
    const next = new Set(this.switchedOff);
    if (next.has(entity)) next.delete(entity);
    else next.add(entity);
    this.switchedOff = next;
  }

  /** The theme, from the resolved tokens on the host; read once, again when a token changes. */
  private theme(): Theme {
    return (this.themeCache ??= this.readTheme());
  }

  /**
   * Resolved tokens follow data-kpi-theme (or any override) on any ancestor. Their defaults
   * live in the stylesheet (`:host`), so a connected chart always reads a value.
   */
  private readTheme(): Theme {
    const style = getComputedStyle(this);
    const get = (name: string) => style.getPropertyValue(name).trim();
    return {
      text: get('--_text'),
      muted: get('--_muted'),
      track: get('--_track'),
      target: get('--_target'),
      font: get('--_font'),
      // what is not a number (a typo in --kpi-chart-font-size) gets the stylesheet's default
      fontSize: parseFloat(get('--_chart-font-size')) || 12,
      series: ['--_s1', '--_s2', '--_s3', '--_s4', '--_s5', '--_s6'].map(get),
    };
  }

  private readonly retheme = (): void => {
    this.themeCache = null;
    this.drawing = this.draw();
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.drawing = this.draw();
  }

  /** `await el.updateComplete` also waits for the chart to be drawn (ECharts loads on first use). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.drawing;
    return done;
  }

  /** Creates the chart on first need (loading ECharts), then sets the option. */
  private async draw(): Promise<void> {
    const container = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (!container || this.models.length === 0) return this.dispose();
    this.lib ??= import('./echarts.js');
    const lib = await this.lib;
    const renderer = this.renderer === 'canvas' ? 'canvas' : 'svg';
    await lib.prepare(this.currentView, renderer);
    const ratio = renderer === 'canvas' ? this.pixelRatio() : 1;
    let fresh = false;
    // With every other chart of this turn: all measure, then all create, then all draw.
    // A chart detached meanwhile does none of it (its theme would read as the defaults).
    const attached = () => this.isConnected && container.isConnected;
    await inBatch({
      measure: () => (attached() ? { size: sizeOf(container), theme: this.theme() } : null),
      create: (measured) => {
        if (!measured || !attached()) return;
        const chart = this.chart;
        fresh = !chart || chart.getDom() !== container || this.chartRenderer !== renderer || this.chartRatio !== ratio;
        if (fresh) this.create(lib, container, renderer, ratio, measured.size);
      },
      draw: (measured) => {
        if (!measured || !attached() || !this.chart) return;
        // A new chart shows its data at once (nothing grows from 0); changes animate.
        this.chart.setOption(this.option(measured.theme, !fresh && this.mayAnimate), { notMerge: true });
      },
      alone: this.drawsAlone,
    });
  }

  private option(theme: Theme, animate: boolean): ReturnType<typeof buildOption> {
    const view = this.currentView === 'table' ? 'grouped' : this.currentView;
    const comparison = this.comparison();
    const entityCount = comparison.entities.length;
    return buildOption({
      comparison,
      view,
      theme,
      locale: this.resolvedLocale,
      highlight: this.highlight,
      hidden: this.switchedOff,
      scale: this.scale,
      normalize: this.normalization,
      top: this.top ?? (entityCount > 20 ? 15 : undefined),
      description: this.describe(comparison),
      animate,
    });
  }

  private create(lib: typeof import('./echarts.js'), container: HTMLElement, renderer: 'svg' | 'canvas', ratio: number, size: Size): void {
    this.dispose();
    this.chartRatio = ratio;
    this.chartRenderer = renderer;
    // Given its size, ECharts does not measure the container itself (a forced layout each).
    const chart = (this.chart = lib.init(container, renderer, ratio, size));
    chart.on('click', (p) => this.onChartClick(p.data as Partial<ItemData> | undefined));
    // A ResizeObserver reports once on observe(): redrawing then would draw every chart twice.
    let last = size;
    this.resizer = new ResizeObserver(() => {
      const now = sizeOf(container);
      if (now.width === last.width && now.height === last.height) return;
      last = now;
      this.chart?.resize(now);
    });
    this.resizer.observe(container);
  }

  /**
   * On a scaled <kpi-screen>, a canvas drawn at the page's pixel ratio would be blurred by the
   * stage's transform: draw it at the effective ratio instead (SVG needs nothing).
   */
  private pixelRatio(): number {
    const scale = (this.screen as { scale?: number } | null)?.scale ?? 1;
    return (globalThis.devicePixelRatio || 1) * scale;
  }

  private onChartClick(data: Partial<ItemData> | undefined): void {
    if (!data?.entity) return;
    const model = this.models.find((x) => x.view.entity === data.entity && (!data.indicator || x.view.id === data.indicator));
    if (model) emit(this, 'kpi-select', { row: model.row, entity: data.entity });
  }

  /**
   * One sentence for ECharts' aria description: what the chart compares (the table holds the
   * figures), and that the data is stale when it is.
   */
  private describe(c: Comparison<Model>): string {
    const m = messages(this.resolvedLocale);
    const title = this.label ?? this.input.set?.title ?? m.compare;
    return `${title}${m.listSeparator}${c.entities.map((e) => e.name).join('、')}${m.listSeparator}${c.indicators.map((i) => i.name).join('、')}${this.staleWords(m)?.said ?? ''}`;
  }

  private dispose(): void {
    this.resizer?.disconnect();
    this.resizer = null;
    this.chart?.dispose();
    this.chart = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) {
      // Re-attached: updated() re-creates the chart, in the theme of where it is now.
      this.themeCache = null;
      this.requestUpdate();
    }
    this.screen = this.closest('kpi-screen');
    this.screen?.addEventListener('kpi-screen-resize', this.rescale);
  }

  private readonly rescale = (): void => {
    if (this.renderer === 'canvas') this.drawing = this.draw();
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.screen?.removeEventListener('kpi-screen-resize', this.rescale);
    this.screen = null;
    this.dispose();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-park-compare': KpiParkCompare;
  }
}
