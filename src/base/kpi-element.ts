/**
 * KpiElement: the render base every widget extends (through the single-row or the rows layer).
 * It owns the data inputs every widget shares (handed to the data controller), the locale,
 * the motion gate, staleness on time, and which frame shows: loading, error, no data, or the
 * widget's own drawing with the stale and partial badges.
 *
 * A subclass implements two hooks: `select` (the rows to draw, or why there are none) and
 * `renderReady` (draws them). The layers in this folder implement both and leave one each:
 * `KpiSingleElement.renderModel(model)` and `KpiRowsElement.selectRows(set)` + `renderRows`.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseDate } from '../core/dates.js';
import { formatAge } from '../core/format.js';
import { messages, resolveLocale, type Locale } from '../core/messages.js';
import { modelOf, type Model, type ModelOptions } from '../core/model.js';
import { describeFailure, type Failure } from '../core/problems.js';
import { exportTable, toCsv } from '../core/export.js';
import type { Indicator } from '../core/types.js';
import type { ValidatedSet } from '../core/validate.js';
import { showsAge } from '../data/age-ticker.js';
import { IndicatorSource, type SourceHost } from '../data/indicator-source.js';
import { pageHidden, whenVisible } from '../data/page.js';
import { numberAttribute } from './attributes.js';
import { baseStyles } from './base.styles.js';
import { badges, messageFrame } from './frames.js';
import type { ExportKind } from './export-menu.js';
import { motionAllowed, unwatchViewport } from './motion.js';
import { inRenderSlice, renderAtOnce } from './render-slices.js';

export type { Model };

const MAX_TIMER = 2_147_483_647;

/** The export menu's module, loaded by the first widget with the `export` attribute (widgets without it do not carry it). */
let exportModule: typeof import('./export-menu.js') | null = null;
const loadExportMenu = () => import('./export-menu.js').then((m) => (exportModule = m));

// Helpers of every update, written as loops: they also run before V8 optimises them (a page's
// first updates), where a callback or an iterator allocates.

/** Whether `changed` holds one of `inputs`. */
function changesInput(changed: PropertyValues, inputs: readonly string[]): boolean {
  for (let i = 0; i < inputs.length; i++) if (changed.has(inputs[i])) return true;
  return false;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** How many rows of the document were skipped (the ⚠ N badge). */
function skippedRows(set: ValidatedSet | null): number {
  let n = 0;
  if (set) for (let i = 0; i < set.problems.length; i++) if (set.problems[i].skipped) n++;
  return n;
}

/**
 * The parts, events and custom properties every widget has (inherited in the manifest).
 *
 * @fires kpi-data - A document was accepted. `detail: { rows, problems, set }`.
 * @fires kpi-error - A load failed or the document is unusable. `detail: { message, problems, stale, kind, status, retryAt }`
 * (`message` is the developer's detail; the widget shows a sentence in its locale).
 * @fires kpi-source-state - The feed the widget reads (`src` or a <kpi-source>) changed state.
 * `detail: { state, age, failures, connection }`.
 *
 * @csspart error - The error message (a heading and one sentence saying what is wrong, in the widget's locale).
 * @csspart badges - The corner holding the stale stamp and the skipped-rows marker.
 * @csspart stale - The stale stamp when the data is not current: 数据截至 … · n 分钟前 (the data's date, and how long ago it was last received).
 * @csspart partial - The ⚠ N marker: rows of the document that were skipped.
 * @csspart export - The export control (with the `export` attribute).
 * @csspart export-button - Its button.
 * @csspart export-menu - Its menu: PNG, SVG, CSV.
 * @fires kpi-export - An export was chosen. `detail: { kind, filename, blob }`; cancel it to keep the file from downloading.
 */
export abstract class KpiElement extends LitElement implements SourceHost {
  static override styles = [baseStyles];
  /** @internal the properties whose change makes the data controller read its inputs again */
  static dataInputs: readonly string[] = ['data', 'src', 'source', 'refresh', 'timeout', 'staleAfter'];
  /** @internal whether updates take their turn in the render slices (render-slices.ts); mounts never do */
  static slicedUpdates = true;

  /** An IndicatorSet, a lone Indicator, JSON text, or a Promise of one. Wins over every other input. */
  @property({ attribute: false }) data: unknown = null;
  /** URL of an IndicatorSet, fetched when no `data` or inline JSON is given (through the page's feed for that URL: one request however many widgets name it). */
  @property() src?: string;
  /** Id of the `<kpi-source>` to read, when no `data`, inline JSON or `src` is given; without it, the enclosing `<kpi-source>`. */
  @property() source?: string;
  /** Seconds between re-fetches of `src`; none by default. */
  @property({ converter: numberAttribute }) refresh: number | null = null;
  /** Seconds to wait for `src` before showing an error (or marking the last data stale); 10 by default. */
  @property({ converter: numberAttribute }) timeout: number | null = null;
  /** `zh-CN` (default) or `en`; else the nearest `lang` attribute. */
  @property() locale?: string;
  /**
   * Seconds after which the data counts as stale (dimmed, with 数据截至 and its age): after the
   * row's `asOf`, and, for `src`, without a received or confirmed document (2 × refresh by default).
   */
  @property({ attribute: 'stale-after', converter: numberAttribute }) staleAfter: number | null = null;
  /** Shows a small export menu (PNG, SVG, CSV) in the top corner; off by default. A choice fires a cancelable `kpi-export`. */
  @property({ type: Boolean, attribute: 'export' }) exportMenu = false;
  /** Turns transitions off (they are also off under prefers-reduced-motion). */
  @property({ type: Boolean, attribute: 'no-animation' }) noAnimation = false;

  /** @internal */
  protected readonly input = new IndicatorSource(this);
  /** @internal the rows drawn; empty unless the source is ready and the rows exist */
  protected models: readonly Model[] = [];
  /** @internal why the requested rows cannot be shown */
  protected pickFailure: Failure | null = null;
  /** @internal the locale in force, read once per update */
  protected resolvedLocale: Locale = 'zh-CN';

  /** the input's version and the locale the models were picked for */
  private pickedVersion = -1;
  private pickedLocale = '';
  @state() private exportOpen = false;
  private staleTimer: ReturnType<typeof setTimeout> | undefined = undefined;

  /**
   * @internal The rows this widget draws, or why it cannot. Called when the data, the locale
   * or any property changes; return the same models (they are cached) for the same selection.
   */
  protected abstract select(set: ValidatedSet): Model[] | Failure;

  /** @internal Draws the picked rows; `stale` is the sentence a screen reader adds when the data is not current. */
  protected abstract renderReady(models: readonly Model[], stale: string | undefined): TemplateResult;

  /**
   * The rows shown, as CSV for a spreadsheet: raw numbers and the text as shown, UTF-8 with a
   * BOM and CRLF (a Chinese Excel opens it correctly); a cell that looks like a formula is kept
   * as text. Empty (the header only) while nothing is shown.
   */
  toCSV(): string {
    return toCsv(exportTable(this.models, this.resolvedLocale));
  }

  /**
   * The widget as it looks now, as a standalone SVG string (theme colours resolved, fonts named,
   * no page CSS needed). A promise: the picture code (0.8 kB gzip) loads on the first picture,
   * not with every widget.
   */
  async toSVG(): Promise<string> {
    return (await import('./picture.js')).pictureSvg(this);
  }

  /** The widget as it looks now, as a PNG Blob drawn at `scale` (2 by default: crisp on a slide). */
  async toPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    return (await import('./picture.js')).picturePng(this, scale);
  }

  /** The rows shown, as data (also what `JSON.stringify(el)` gives): the document's asOf and the rows as validated. */
  toJSON(): { asOf: string | null; rows: Indicator[] } {
    return { asOf: this.input.set?.asOf ?? null, rows: this.models.map((m) => m.row) };
  }

  /** @internal derive + present one row, in the widget's locale (`opts`: see core's modelOf). */
  protected modelOf(row: Indicator, set: ValidatedSet, opts?: ModelOptions): Model {
    return modelOf(set, row, this.resolvedLocale, opts);
  }

  /** @internal whether a change may animate now (never the first paint: no count-up from 0) */
  protected get mayAnimate(): boolean {
    return this.hasUpdated && motionAllowed(this.noAnimation, this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The export menu's module and styles come with the first widget that asks for it.
    if (this.exportMenu && !exportModule) void loadExportMenu().then(() => this.requestUpdate());
    if (this.exportMenu && exportModule) exportModule.adoptMenuStyles(this.renderRoot as ShadowRoot);
    this.resolvedLocale = resolveLocale(this.locale ?? this.closest('[lang]')?.getAttribute('lang'));
    if (!this.hasUpdated || changesInput(changed, (this.constructor as typeof KpiElement).dataInputs)) this.input.sync();
    const { version } = this.input;
    if (version !== this.pickedVersion || this.resolvedLocale !== this.pickedLocale || changed.size > 0) {
      this.pickedVersion = version;
      this.pickedLocale = this.resolvedLocale;
      this.pick();
    }
  }

  private pick(): void {
    const set = this.input.set;
    const picked = set && this.input.phase === 'ready' ? this.select(set) : [];
    this.pickFailure = Array.isArray(picked) ? null : picked;
    const next = Array.isArray(picked) ? picked : [];
    // The same rows keep the same array: what is laid out from it is not laid out again.
    if (!sameItems(next, this.models)) this.models = next;
  }

  /** @internal true when the feed says the data is not current, or asOf is older than stale-after */
  protected get stale(): boolean {
    return this.input.feedStale || this.msUntilStale() === 0;
  }

  /** The newest asOf among the drawn rows (epoch ms); null when none has one. */
  private newestAsOf(): number | null {
    let newest: number | null = null;
    for (const m of this.models) {
      const at = parseDate(m.view.asOf)?.instant;
      if (at !== undefined && (newest === null || at > newest)) newest = at;
    }
    return newest;
  }

  /** Until the newest asOf among the drawn rows is older than stale-after; null if it never is. */
  private msUntilStale(): number | null {
    if (this.staleAfter === null) return null;
    const newest = this.newestAsOf();
    return newest === null ? null : Math.max(0, newest + this.staleAfter * 1000 - Date.now());
  }

  /**
   * How old the shown data is: since its feed last received or confirmed it, else since its
   * asOf. Never negative (a server clock ahead of this one reads as "just now").
   */
  private ageMs(): number | null {
    const fromFeed = this.input.age;
    if (fromFeed !== null) return fromFeed;
    const newest = this.newestAsOf();
    return newest === null ? null : Math.max(0, Date.now() - newest);
  }

  /**
   * @internal While the data is not current: the stale stamp ("数据截至 8月21日 · 5 分钟前") and
   * what a screen reader adds for it ("，数据可能已过期，数据截至 …"); undefined while it is current.
   */
  protected staleWords(m: ReturnType<typeof messages>): { stamp: string; said: string } | undefined {
    if (!this.stale) return undefined;
    const stamp = m.staleStamp(this.models[0]?.text.asOf ?? '', formatAge(this.ageMs(), { locale: this.resolvedLocale })) || m.stale;
    return { stamp, said: `${m.listSeparator}${m.stale}${m.listSeparator}${stamp}` };
  }

  /**
   * While nobody can see the page, an update waits (the newest data is kept in the
   * properties): a hidden wall fed every second renders nothing until it is seen, then once.
   * Updates of many widgets at once are spread over several tasks (render-slices.ts): no long
   * task when a feed hands 500 widgets a document (a widget with `slicedUpdates` false renders at
   * once, its time counted against the slice). Not an async method: an update that runs at
   * once costs no extra promise turn.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hasUpdated) return super.scheduleUpdate();
    if (pageHidden()) return whenVisible().then(() => this.updateInTurn());
    return this.updateInTurn();
  }

  /**
   * Lit's update, as a function made once per widget (not a closure or two at every update).
   * Declared with its null here, not added at the first update: a field added later changes every
   * widget's shape then, and the first update of 200 one-row bars ran ~8 ms more script (traced).
   */
  private runUpdate: (() => unknown) | null = null;

  /** The update in its render slice, or at once for a widget whose time is counted elsewhere (`slicedUpdates`). */
  private updateInTurn(): void | Promise<unknown> {
    const run = (this.runUpdate ??= () => super.scheduleUpdate());
    return (this.constructor as typeof KpiElement).slicedUpdates ? inRenderSlice(run) : renderAtOnce(run);
  }

  protected override updated(_changed: PropertyValues<this>): void {
    // A wall page runs all day: turn stale on time even if no new data arrives.
    this.clearStaleTimer();
    const ms = this.msUntilStale();
    if (ms) this.staleTimer = setTimeout(() => this.requestUpdate(), Math.min(ms + 50, MAX_TIMER));
    showsAge(this, this.models.length > 0 && this.stale);
  }

  /** (clearTimeout is not free: 200 widgets updating spent ~30 ms in it with no timer set.) */
  private clearStaleTimer(): void {
    if (this.staleTimer === undefined) return;
    clearTimeout(this.staleTimer);
    this.staleTimer = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clearStaleTimer();
    showsAge(this, false);
    unwatchViewport(this);
  }

  protected override render(): TemplateResult {
    const m = messages(this.resolvedLocale);
    const skipped = skippedRows(this.input.set);
    if (this.models.length === 0) {
      const failure = this.input.phase === 'error' ? this.input.failure : this.pickFailure;
      const state = this.input.phase === 'loading' ? ({ kind: 'loading' } as const) : failure ? ({ kind: 'error', text: describeFailure(failure, this.resolvedLocale) } as const) : ({ kind: 'no-data' } as const);
      return html`${messageFrame(state, m)}${badges(undefined, skipped, m)}`;
    }
    const stale = this.staleWords(m);
    const menu = this.exportMenu && exportModule ? exportModule.exportMenu(this.exportOpen, m, ...this.exportHandlers()) : nothing;
    return html`${this.renderReady(this.models, stale?.said)}${badges(stale?.stamp, skipped, m)}${menu}`;
  }

  /** The menu's toggle and choice, made for the widgets that show one (not two closures in every widget). */
  private menuHandlers: [() => void, (kind: ExportKind) => void] | null = null;

  private exportHandlers(): [() => void, (kind: ExportKind) => void] {
    return (this.menuHandlers ??= [
      () => (this.exportOpen = !this.exportOpen),
      (kind) => {
        this.exportOpen = false;
        const menu = exportModule;
        if (menu) void menu.exportBlob(this, kind).then((blob) => menu.deliver(this, kind, blob, this.input.set?.asOf ?? null));
      },
    ]);
  }
}
