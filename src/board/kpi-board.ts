import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../index.js';
import { validateBoard, type ValidatedBoard, type ValidPage } from '../core/board.js';
import { boardWords, describeBoardProblem } from '../core/board-messages.js';
import { formatAsOf, formatClock } from '../core/format.js';
import { resolveLocale, type Locale } from '../core/messages.js';
import { describeFailure, type Failure } from '../core/problems.js';
import { clock } from '../data/clock.js';
import { emit } from '../data/events.js';
import { feedDotStyles, worstFeedStatus } from '../data/feed-status.js';
import { onPageChange, pageHidden } from '../data/page.js';
import { numberAttribute } from '../base/attributes.js';
import { Autoplay } from '../base/autoplay.js';
import { nextTaskTurn } from '../base/render-slices.js';
import { boardStyles } from './kpi-board.styles.js';
import { attributesOf, ELEMENT_OF, errorTileOf, tileOf } from './tiles.js';

export { validateBoard, describeBoardProblem };
export type * from '../core/board-types.js';
export type { ValidatedBoard } from '../core/board.js';

/** The longest a page build runs in one task, in ms (as the widgets' render slices). */
const SLICE_MS = 12;

/** The widget that draws with ECharts: one per task when a page is built. */
const CHART = ELEMENT_OF['park-compare'];

/** How long the controls stay after the last pointer or key activity. */
const CONTROLS_MS = 3000;

/**
 * A whole wall or dashboard from one JSON board document (docs/board-format.md).
 *
 * @summary Builds the board's `<kpi-source>` feeds and its widgets, lays each page out on a
 * stage (design pixels on `<kpi-screen>`) or a grid (cells; one column on a phone), and rotates
 * the pages: a dwell per page, paused on hover, focus and a hidden page, none under
 * prefers-reduced-motion, back to the first page after `idleReturn`. A broken widget is an error
 * tile in its own place; the rest of the board renders. Only the shown page is rendered, and only
 * its sources are connected.
 *
 * @fires kpi-board - A board document was read. `detail: { ok, problems }`.
 * @fires kpi-page - A page was shown. `detail: { id, index }`.
 *
 * @csspart base - The board.
 * @csspart controls - Previous page, pause/play, next page and which page shows (on pointer or keyboard activity).
 * @csspart problems - The list of the document's problems, by path.
 */
@customElement('kpi-board')
export class KpiBoard extends LitElement {
  static override styles = [boardStyles, feedDotStyles];

  /** The board document (an object or JSON text). Wins over `src` and inline JSON. */
  @property({ attribute: false }) board: unknown = null;
  /** URL of the board document. */
  @property() src?: string;
  /** Seconds between re-fetches of `src`: a changed document is applied in place. None by default. */
  @property({ converter: numberAttribute }) refresh: number | null = null;
  /** `zh-CN` or `en`; else the document's `defaults.locale`, else the nearest `lang`. */
  @property() locale?: string;

  @state() private validated: ValidatedBoard | null = null;
  @state() private index = 0;
  @state() private active = false;
  @state() private asOf = '';
  /** why `src` could not be read, while there is no board to show */
  @state() private loadError: Failure | null = null;

  private readonly autoplay = new Autoplay(this, {
    delay: () => ((this.validated?.pages.length ?? 0) > 1 ? this.currentPage!.dwellMs : null),
    advance: () => this.go(this.index + 1),
    pauseOn: () => this.validated?.rotation.pauseOn ?? new Set(['hover', 'focus', 'hidden']),
  });
  /** tiles by page, widget and definition: a widget whose definition did not change is kept */
  private tiles = new Map<string, HTMLElement>();
  /** documents read so far */
  private version = 0;
  private keys = new WeakMap<object, string>();
  /** the shown page's tiles going in */
  private building: Promise<void> = Promise.resolve();
  private lastText: string | null = null;
  private fetched: AbortController | null = null;
  // (Every field declared with its value: a field first set later changes the element's shape then.)
  private refetchTimer: number | undefined = undefined;
  private controlsTimer: number | undefined = undefined;
  private idleTimer: number | undefined = undefined;
  private clockTimer: number | undefined = undefined;
  private stopPage: (() => void) | null = null;

  /** The page shown. */
  get currentPage(): ValidPage | null {
    return this.validated?.pages[this.index] ?? null;
  }

  /** Shows the next page (wrapping round). */
  next(): void {
    this.go(this.index + 1);
  }

  /** Shows the previous page (wrapping round). */
  previous(): void {
    this.go(this.index - 1);
  }

  private get resolvedLocale(): Locale {
    return resolveLocale(this.locale ?? this.validated?.defaults.locale ?? this.closest('[lang]')?.getAttribute('lang'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['pointermove', 'pointerdown', 'keydown', 'focusin', 'wheel']) this.addEventListener(type, this.onActivity, { passive: true });
    this.addEventListener('kpi-data', this.onData);
    this.addEventListener('kpi-source-state', this.onFeedState);
    this.stopPage = onPageChange(this.tick);
    // Back in the page after a move: the re-reads and the clock go on.
    if (this.hasUpdated) {
      if (this.board === null && this.src) void this.load();
      this.tick();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ['pointermove', 'pointerdown', 'keydown', 'focusin', 'wheel']) this.removeEventListener(type, this.onActivity);
    this.removeEventListener('kpi-data', this.onData);
    this.removeEventListener('kpi-source-state', this.onFeedState);
    this.stopPage?.();
    this.fetched?.abort();
    for (const t of [this.refetchTimer, this.controlsTimer, this.idleTimer, this.clockTimer]) clock.clearTimeout(t);
    this.refetchTimer = this.controlsTimer = this.idleTimer = this.clockTimer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('board') && this.board !== null) this.read(this.board);
    else if (!this.hasUpdated && this.board === null && !this.src) {
      const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent;
      if (inline) this.read(inline);
    }
    if ((changed.has('src') || changed.has('refresh')) && this.board === null && this.src) void this.load();
  }

  /** Reads a document; the same text again changes nothing. */
  private read(input: unknown): void {
    const text = typeof input === 'string' ? input : JSON.stringify(input);
    if (text === this.lastText) return;
    this.lastText = text;
    const before = this.currentPage?.id;
    const next = validateBoard(input, { attributesOf });
    this.validated = next;
    const again = next.pages.findIndex((p) => p.id === before);
    this.index = again >= 0 ? again : 0;
    const live = new Set(next.pages.flatMap((p) => p.widgets.map((w) => this.keyOf(p, w))));
    for (const key of [...this.tiles.keys()]) if (!live.has(key)) this.tiles.delete(key);
    this.version += 1;
    if (next.problems.length) console.warn(`<kpi-board>: ${next.problems.length} problem(s) in the board document`, next.problems);
    emit(this, 'kpi-board', { ok: next.ok, problems: next.problems });
    // The rotation's timer is left alone: a board re-saved every second still turns its pages.
  }

  private async load(): Promise<void> {
    this.fetched?.abort();
    const controller = (this.fetched = new AbortController());
    clock.clearTimeout(this.refetchTimer);
    try {
      const res = await fetch(this.src!, { cache: 'no-store', signal: controller.signal });
      const text = await res.text();
      if (controller.signal.aborted) return;
      // A failed re-read keeps the board that shows; only a first read says it failed.
      if (res.ok) this.read(text);
      else this.failed({ kind: 'http', status: res.status }, `HTTP ${res.status}`);
    } catch (e) {
      if (!controller.signal.aborted) this.failed({ kind: 'network' }, e instanceof Error ? e.message : String(e));
    }
    if (!controller.signal.aborted && this.refresh && this.refresh > 0 && this.isConnected)
      this.refetchTimer = clock.setTimeout(() => void (pageHidden() ? this.refetchLater() : this.load()), Math.max(5, this.refresh) * 1000);
  }

  /** The user reads a sentence in the board's locale (core's, as every widget's); the developer's detail goes to the console. */
  private failed(failure: Failure, detail: string): void {
    console.warn(`<kpi-board>: could not load ${this.src}: ${detail}`);
    if (!this.validated) this.loadError = failure;
  }

  private refetchLater(): void {
    this.refetchTimer = clock.setTimeout(() => void this.load(), Math.max(5, this.refresh ?? 60) * 1000);
  }

  /** A widget's identity for keeping its tile: its page, layout and definition (serialised once per document). */
  private keyOf(page: ValidPage, w: ValidPage['widgets'][number]): string {
    let key = this.keys.get(w);
    if (key === undefined) this.keys.set(w, (key = `${page.id}\u0000${page.layout}\u0000${JSON.stringify(w)}`));
    return key;
  }

  private go(to: number): void {
    const n = this.validated?.pages.length ?? 0;
    if (n < 2) return;
    this.index = ((to % n) + n) % n;
    this.autoplay.restart();
  }

  protected override render() {
    const words = boardWords(this.resolvedLocale);
    const b = this.validated;
    if (!b && this.loadError) return html`<div part="base" class="board"><div class="message error" role="status"><strong>${words.unreadable}</strong><p>${describeFailure(this.loadError, this.resolvedLocale)}</p></div></div>`;
    if (!b) return html`<div part="base" class="board"><p class="message">${this.src ? words.loading : ''}</p></div>`;
    if (!b.ok)
      return html`<div part="base" class="board"><div class="message error" role="status"><strong>${words.unusable}</strong>${b.problems.slice(0, 3).map((p) => html`<p>${describeBoardProblem(p, this.resolvedLocale)}</p>`)}</div></div>`;
    const page = this.currentPage!;
    const used = new Set(page.widgets.flatMap((w) => (w.ok && w.source ? [w.source] : [])));
    const sources = [...b.sources].filter(([id]) => used.has(id));
    const grid = `--_cols:${b.grid.columns};--_row-height:${b.grid.rowHeight}px;--_gap:${b.grid.gap}px`;
    const body =
      page.layout === 'stage' && b.stage
        ? html`<kpi-screen design-width=${b.stage.width} design-height=${b.stage.height} fit=${b.stage.fit}><div class="page stage" style="width:${b.stage.width}px;height:${b.stage.height}px"></div></kpi-screen>`
        : html`<div class="page grid" style=${grid}></div>`;
    const errors = b.problems.filter((p) => p.severity === 'error').length;
    return html`<div part="base" class="board ${this.active ? 'active' : ''}" data-kpi-theme=${ifDefined(b.defaults.theme ?? undefined)} lang=${this.resolvedLocale}>
      ${sources.map(([id, s]) => html`<kpi-source id=${id} src=${s.src} mode=${s.mode} refresh=${ifDefined(s.refresh)} timeout=${ifDefined(s.timeout)} stale-after=${ifDefined(s.staleAfter)} heartbeat=${ifDefined(s.heartbeat)} fallback-src=${ifDefined(s.fallbackSrc)}></kpi-source>`)}
      ${body}
      ${b.pages.length > 1 ? this.renderControls(words) : nothing}
      ${errors ? html`<details class="problems" part="problems"><summary>⚠ ${words.problems(b.problems.length)}</summary><ul>${b.problems.map((p) => html`<li>${describeBoardProblem(p, this.resolvedLocale)}</li>`)}</ul></details>` : nothing}
    </div>`;
  }

  private renderControls(words: ReturnType<typeof boardWords>) {
    const pages = this.validated!.pages;
    const page = this.currentPage!;
    return html`<nav class="controls" part="controls" aria-label=${words.pages}>
      <button type="button" aria-label=${words.previous} @click=${() => this.previous()}>‹</button>
      <span>${words.page(this.index + 1, pages.length, page.title ?? '')}</span>
      ${this.autoplay.still ? nothing : html`<button type="button" class="pause" aria-label=${this.autoplay.userPaused ? words.play : words.pause} @click=${() => this.autoplay.togglePause()}>${this.autoplay.userPaused ? '▶' : '❚❚'}</button>`}
      <button type="button" aria-label=${words.next} @click=${() => this.next()}>›</button>
    </nav>`;
  }

  protected override updated(): void {
    const page = this.currentPage;
    if (!page) return;
    // The tiles go in once per document and page (the container is new when the layout changes).
    const key = `${this.version}:${this.index}`;
    const container = this.renderRoot.querySelector<HTMLElement>('.page');
    if (!container || container.dataset.shown === key) return;
    container.dataset.shown = key;
    const words = boardWords(this.resolvedLocale);
    const tiles = page.widgets.flatMap((w) => {
      if (!w.ok && page.layout === 'stage' && !w.at) return []; // no place: listed in the problems
      const k = this.keyOf(page, w);
      let tile = this.tiles.get(k);
      if (!tile) this.tiles.set(k, (tile = w.ok ? tileOf(w, page) : errorTileOf(w, page, this.resolvedLocale, words.broken)));
      return [tile];
    });
    this.building = this.build(container, tiles, key).then(() => {
      emit(this, 'kpi-page', { id: page.id, index: this.index });
      this.tick();
    });
  }

  /**
   * Puts a page's tiles in over as many tasks as it takes to keep each under SLICE_MS (a widget's
   * first render runs right after it goes in), so a page change is no long task. One tile per
   * task cost a 40-widget board 1.49× the mount time of the same elements by hand; slices of
   * 12 ms keep the tasks short without the extra turns. A chart (ECharts draws ~25 ms of it in
   * one go) gets a task of its own and is drawn before the next tile goes in: two comparisons
   * drawn together were the soak's only long tasks (51–53 ms). A newer page stops an older build.
   */
  private async build(container: HTMLElement, tiles: HTMLElement[], key: string): Promise<void> {
    container.replaceChildren();
    let slice = performance.now();
    for (const tile of tiles) {
      const chart = tile.querySelector<LitElement>(CHART);
      if (performance.now() - slice > (chart ? 0 : SLICE_MS)) {
        await nextTaskTurn();
        slice = performance.now();
      }
      if (container.dataset.shown !== key || !container.isConnected) return;
      container.append(tile);
      // Its first render (Lit updates two microtask turns after connecting) counts in this slice.
      await Promise.resolve();
      await Promise.resolve();
      if (chart) {
        // (A chart that cannot draw shows its own error; the page goes on.)
        await chart.updateComplete.catch(() => undefined);
        await nextTaskTurn();
        slice = performance.now();
      }
    }
  }

  /** The update, the shown page's tiles all in place, and their widgets drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.building;
    const widgets = [...this.renderRoot.querySelectorAll('.page > .tile > *')].filter((w): w is LitElement => w instanceof LitElement);
    await Promise.all(widgets.map((w) => w.updateComplete));
    return done;
  }

  /** The clock tiles of the shown page: once a second, while the page is seen. */
  private readonly tick = (): void => {
    clock.clearTimeout(this.clockTimer);
    this.clockTimer = undefined;
    const clocks = [...this.renderRoot.querySelectorAll<HTMLElement>('.page .clock')];
    if (!clocks.length || pageHidden() || !this.isConnected) return;
    const now = formatClock(clock.wallNow(), this.resolvedLocale);
    // The feeds the shown page reads (the board renders only those), as their status chips word them.
    const feeds = [...this.renderRoot.querySelectorAll('kpi-source')].flatMap((source) => (source.feed ? [source.feed] : []));
    const feed = worstFeedStatus(feeds, this.resolvedLocale);
    for (const c of clocks) {
      c.querySelector('.time')!.textContent = now;
      c.querySelector('.as-of')!.textContent = this.asOf;
      const line = c.querySelector<HTMLElement>('.feed')!;
      line.hidden = !feed;
      line.className = `feed ${feed?.shown ?? ''}`;
      line.title = line.lastChild!.textContent = feed?.text ?? ''; // (the title: the whole of it, where the tile cuts it)
    }
    this.clockTimer = clock.setTimeout(this.tick, 1000 - (clock.wallNow() % 1000));
  };

  /** A feed's state changed: the clock tiles say so now, with the widgets, not at the next second. */
  private readonly onFeedState = (e: Event): void => {
    if ((e.composedPath()[0] as Element | undefined)?.localName === 'kpi-source') this.tick();
  };

  /** The newest 数据截至 among the board's sources, for its clock tiles. */
  private readonly onData = (e: Event): void => {
    const set = (e as CustomEvent<{ set?: { asOf?: string } }>).detail?.set;
    // (Seen from the host, the event's target is the board itself: the source is first on its path.)
    if ((e.composedPath()[0] as Element | undefined)?.localName === 'kpi-source' && set?.asOf) this.asOf = formatAsOf(set.asOf, { locale: this.resolvedLocale });
  };

  /** Pointer or key activity shows the controls for a while, and holds off the return to the first page. */
  private readonly onActivity = (): void => {
    if (!this.active) this.active = true;
    clock.clearTimeout(this.controlsTimer);
    this.controlsTimer = clock.setTimeout(() => (this.active = false), CONTROLS_MS);
    const idle = this.validated?.rotation.idleReturnMs;
    clock.clearTimeout(this.idleTimer);
    if (idle && this.index !== 0) this.idleTimer = clock.setTimeout(() => this.go(0), idle);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-board': KpiBoard;
  }
}
