import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { messages } from '../core/messages.js';
import type { Model } from '../core/model.js';
import { idList, missingRow } from '../core/pick.js';
import type { Failure } from '../core/problems.js';
import type { TieRule } from '../core/rank.js';
import { rankingList, type RankBy, type RankingEntry, type RankingList } from '../core/ranking.js';
import { textWidth } from '../core/text.js';
import type { Indicator } from '../core/types.js';
import type { ValidatedSet } from '../core/validate.js';
import { numberAttribute } from '../base/attributes.js';
import { KpiRowsElement } from '../base/rows.js';
import { Carousel } from './carousel.js';
import { rankingStyles } from './kpi-ranking.styles.js';

/**
 * A ranking: parks on one indicator, or indicators by completion, with a carousel for walls.
 *
 * @summary Rank, name, a bar from the axis and the figure; equal values share a rank (1, 2, 2, 4),
 * rows without a value go last as 暂无数据, and a badge says how far a row moved since the last
 * document. More rows than `rows` scroll by themselves, pausing on hover, on keyboard focus, while
 * the page is hidden and on the pause button; never under prefers-reduced-motion.
 *
 * With `indicator`: that indicator's rows across entities (of `entities`, if set), ranked by
 * value. Without: the rows (of `entity`, of `indicators`, if set), ranked by completion.
 *
 * @csspart base - The frame: the list and its controls, or a message.
 * @csspart list - The visible rows (focusable when it pages: PageUp/PageDown, Home/End, arrow keys).
 * @csspart row - One row.
 * @csspart rank - A row's rank.
 * @csspart name - A row's name.
 * @csspart bar - A row's bar.
 * @csspart figure - A row's value (or completion).
 * @csspart completion - A row's completion, with `show-completion`.
 * @csspart move - The ↑2 / ↓1 badge.
 * @csspart controls - Previous page, pause/play, next page and which rows show.
 *
 * @cssprop --kpi-ranking-row-height - Row height. Default: 32px.
 * @cssprop --kpi-ranking-bar-thickness - Bar thickness. Default: 10px.
 * @cssprop --kpi-ranking-font-size - Text size. Default: 14px.
 * @cssprop --kpi-ranking-color - The bars (ranked by value). Default: `--kpi-color-schedule`; by completion, the status colour.
 */
@customElement('kpi-ranking')
export class KpiRanking extends KpiRowsElement {
  static override styles = [...KpiRowsElement.styles, rankingStyles];

  /** Id of the indicator to rank entities on; without it, indicators are ranked by completion. */
  @property() indicator?: string;
  /** Entity ids to rank (with `indicator`); every entity by default. */
  @property() entities?: string;
  /** Entity whose indicators are ranked (without `indicator`). */
  @property() entity?: string;
  /** Indicator ids to rank (without `indicator`); every one by default. */
  @property() indicators?: string;
  /** `value` or `completion`; `value` with `indicator`, `completion` without. */
  @property() by?: RankBy;
  /** `desc` (largest first) or `asc`; by default `asc` only for values where lower is better. */
  @property() sort?: 'desc' | 'asc';
  /** `competition` (1, 2, 2, 4: default) or `dense` (1, 2, 2, 3). */
  @property() ties: TieRule = 'competition';
  /** Keeps the first N ranked rows; the rest are summed into one 其他 row (or hidden: `rest="hide"`). */
  @property({ converter: numberAttribute }) top: number | null = null;
  /** `sum` (default: one 其他 row) or `hide`. */
  @property() rest: 'sum' | 'hide' = 'sum';
  /** Rows visible at once (10 by default); more scroll. */
  @property({ converter: numberAttribute }) rows: number | null = null;
  /** `row` (default) or `page`: how far one step moves. */
  @property() step: 'row' | 'page' = 'row';
  /** Seconds between steps; 3 by default. */
  @property({ converter: numberAttribute }) interval: number | null = null;
  /** `keep` (default: a new document keeps the position and the pace) or `restart` (back to the top). */
  @property({ attribute: 'on-update' }) onUpdate: 'keep' | 'restart' = 'keep';
  /** Shows each row's completion beside its value. */
  @property({ type: Boolean, attribute: 'show-completion' }) showCompletion = false;
  /** The list's accessible name; the document title by default. */
  @property() label?: string;

  private list: RankingList = { entries: [], ranks: new Map() };
  /**
   * The text columns' widths, each as wide as its longest text in the whole list (not only the
   * rows shown): every row's bar track then starts and ends at the same place, so bars compare,
   * and nothing moves as the list scrolls. Set on the list as --_name, --_figure, --_pct.
   */
  private columns = '';
  /** the document ranked last, its ranks, and the ranks of the one before (what moves are counted from) */
  private rankedSet: ValidatedSet | null = null;
  private previous = new Map<string, number>();

  private readonly carousel = new Carousel(
    this,
    () => ({ count: this.list.entries.length, rows: this.visibleRows, step: this.step === 'page' ? 'page' : 'row', interval: this.interval !== null && this.interval > 0 ? this.interval : 3, smooth: !this.noAnimation }),
    () => this.renderRoot.querySelector<HTMLElement>('ol'),
  );

  private get visibleRows(): number {
    return this.rows !== null && this.rows >= 1 ? Math.floor(this.rows) : 10;
  }

  private get rankBy(): RankBy {
    return this.by === 'value' || this.by === 'completion' ? this.by : this.indicator ? 'value' : 'completion';
  }

  protected override selectRows(set: ValidatedSet): Indicator[] | Failure {
    const entities = idList(this.entities);
    const ids = idList(this.indicators);
    const rows = this.indicator
      ? set.rows.filter((r) => r.id === this.indicator && (!entities || (r.entity !== undefined && entities.includes(r.entity))))
      : set.rows.filter((r) => (!ids || ids.includes(r.id)) && (this.entity === undefined || r.entity === this.entity));
    return rows.length ? rows : missingRow(set, this.indicator, this.entity);
  }

  /** Ranks the picked rows; the models come out in rank order (what toCSV exports). */
  protected override select(set: ValidatedSet): Model[] | Failure {
    const models = super.select(set);
    if (!Array.isArray(models)) return models;
    if (set !== this.rankedSet) {
      this.previous = this.list.ranks;
      if (this.rankedSet && this.onUpdate === 'restart') this.carousel.restart();
      this.rankedSet = set;
    }
    const byEntity = !!this.indicator;
    this.list = rankingList(models, {
      by: this.rankBy,
      order: this.sort === 'asc' || this.sort === 'desc' ? this.sort : undefined,
      ties: this.ties === 'dense' ? 'dense' : 'competition',
      top: this.top,
      rest: this.rest === 'hide' ? 'hide' : 'sum',
      nameOf: (m) => (byEntity ? (m.view.entityName ?? m.view.name) : this.entity ? m.view.name : m.text.label),
      locale: this.resolvedLocale,
      scale: this.scales?.get(models[0]?.view.unit ?? '') ?? null,
      previous: this.previous,
    });
    this.columns = `;--_name:${widest(this.list.entries.map((e) => e.name), 0.6)};--_figure:${widest(this.list.entries.map((e) => e.figure))};--_pct:${widest(this.list.entries.map((e) => e.completion))}`;
    return this.list.entries.flatMap((e) => (e.model ? [e.model] : []));
  }

  protected override renderRows(_models: readonly Model[], stale: string | undefined): TemplateResult {
    const m = messages(this.resolvedLocale);
    const { entries } = this.list;
    const c = this.carousel;
    const paged = c.pages;
    const shown = c.window();
    const label = `${this.label ?? this.input.set?.title ?? m.ranking.list}${stale ?? ''}`;
    const showing = m.ranking.showing(c.position + 1, Math.min(entries.length, c.position + this.visibleRows), entries.length);
    return html`<div part="base" class="frame ${stale ? 'stale' : ''}"><div class="viewport ${paged ? 'paged' : ''}" style="--_rows:${this.visibleRows}"><ol part="list" class="${this.rankBy} ${this.showCompletion ? 'completion-shown' : ''}" aria-label=${label} tabindex=${paged ? '0' : nothing} style="--_back:${paged ? c.back : 0}${this.columns}" @keydown=${this.onKey}>${shown.map((i) => this.renderEntry(entries[i], i, entries.length))}</ol></div>${
      paged
        ? html`<div class="controls" part="controls"><span>${showing}</span><button type="button" aria-label=${m.ranking.previous} @click=${() => c.page(-1)}>‹</button>${
            c.autoplay.still ? nothing : html`<button type="button" class="pause" aria-label=${c.autoplay.userPaused ? m.ranking.play : m.ranking.pause} @click=${() => c.autoplay.togglePause()}>${c.autoplay.userPaused ? '▶' : '❚❚'}</button>`
          }<button type="button" aria-label=${m.ranking.next} @click=${() => c.page(1)}>›</button></div>`
        : nothing
    }</div>`;
  }

  private renderEntry(e: RankingEntry, i: number, n: number): TemplateResult {
    const m = messages(this.resolvedLocale);
    const status = e.model?.view.status ?? 'neutral';
    const kind = e.model === null ? 'other' : e.rank === null ? 'no-data' : status;
    const moved = e.move === null ? null : e.move > 0 ? { dir: 'up', shown: `↑${e.move}`, spoken: m.ranking.up(e.move) } : { dir: 'down', shown: `↓${-e.move}`, spoken: m.ranking.down(-e.move) };
    return html`<li part="row" class=${kind} aria-posinset=${i + 1} aria-setsize=${n}><span part="rank" class="rank ${e.rank !== null && e.rank <= 3 ? 'top' : ''}" data-shown=${e.rank ?? m.dash} data-spoken=${e.rank === null ? '' : m.ranking.rank(e.rank)}></span><span part="name" class="name" title=${e.name} .textContent=${e.name}></span><span class="track" aria-hidden="true">${
      e.bar ? html`<span part="bar" class="bar" style="left:${(e.bar.from * 100).toFixed(2)}%;width:${((e.bar.to - e.bar.from) * 100).toFixed(2)}%"></span>` : nothing
    }</span><span part="figure" class="figure" .textContent=${e.figure}></span><span part="completion" class="pct" .textContent=${this.showCompletion ? e.completion : ''}></span><span part="move" class="move ${moved?.dir ?? ''}" data-shown=${moved?.shown ?? ''} data-spoken=${moved?.spoken ?? ''}></span></li>`;
  }

  /** PageDown/PageUp a page, arrow keys a row, Home/End the ends. */
  private readonly onKey = (e: KeyboardEvent): void => {
    const c = this.carousel;
    if (!c.pages) return;
    const rows = this.visibleRows;
    const n = this.list.entries.length;
    const to = { PageDown: c.position + rows, PageUp: c.position - rows, ArrowDown: c.position + 1, ArrowUp: c.position - 1, Home: 0, End: n - rows }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    c.go(e.key === 'Home' || e.key === 'End' ? to : Math.max(0, Math.min(n - rows, to)));
  };
}

/**
 * The longest of `texts` as a CSS length (core's textWidth: em for wide characters, ch for the
 * rest, so digits fit whatever the font), plus `spare` em: names get 0.6em, as a name cut by an
 * ellipsis costs more than a few pixels of track.
 */
function widest(texts: string[], spare = 0): string {
  let [em, ch] = [0, 0];
  for (const t of texts) {
    const [e, c] = textWidth(t);
    // a ch is about 0.55–0.65em in the fonts the tokens name
    if (e + 0.6 * c > em + 0.6 * ch) [em, ch] = [e, c];
  }
  return `calc(${em + spare}em + ${ch}ch)`;
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-ranking': KpiRanking;
  }
}
