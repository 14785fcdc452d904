import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { numberAttribute } from '../base/attributes.js';
import { showsAge } from './age-ticker.js';
import { emit } from './events.js';
import { feedDotStyles, feedStatus } from './feed-status.js';
import { feedFor, type Feed, type FeedChange, type FeedMode, type FeedOptions, type FeedReader } from './feed.js';
import { sourcesChanged, type NamedSource } from './named-sources.js';

/**
 * One live feed for a page: widgets read it by `source="ID"` or by being inside it, and the
 * whole page costs one request per refresh (or one open stream) for that URL.
 *
 * @summary Names a live feed of IndicatorSets (polled JSON or Server-Sent Events) that any
 * number of widgets read. Keeps the last good document with its age, backs off while the
 * server is down (no attempt limit), pauses polling while the page is hidden, and never
 * blanks a good value. Renders nothing but its children, or a small status chip with `status`.
 *
 * @slot - Widgets that read this feed (they need no `source` attribute).
 *
 * @fires kpi-data - A new document arrived. `detail: { rows, problems, set }`.
 * @fires kpi-error - A load failed, or a pushed event was skipped.
 * `detail: { message, problems, stale, kind, status, retryAt }`.
 * @fires kpi-source-state - The state, connection or failure count changed.
 * `detail: { state, age, failures, connection }`.
 *
 * @csspart status - The status chip (with `status`): connected, reconnecting, stale with age.
 *
 * @cssprop --kpi-source-chip-color - The chip's text. Default: the muted text colour.
 */
@customElement('kpi-source')
export class KpiSource extends LitElement implements FeedReader, NamedSource {
  static override styles = [
    feedDotStyles,
    css`
      :host {
        display: contents;
      }
      [part='status'] {
        display: inline-flex;
        align-items: center;
        gap: 0.4em;
        font: 12px/1.4 var(--kpi-font-family, system-ui, sans-serif);
        color: var(--kpi-source-chip-color, var(--kpi-color-text-muted, #4b5563));
        white-space: nowrap;
      }
    `,
  ];

  /** URL of the feed: an IndicatorSet as JSON (`poll`) or a Server-Sent Events stream (`sse`). */
  @property() src?: string;
  /** `poll` (default): fetch `src` every `refresh` seconds; `sse`: hold one event stream open. */
  @property() mode: FeedMode = 'poll';
  /** Seconds between polls (the smallest any reader of the URL asks for wins). */
  @property({ converter: numberAttribute }) refresh: number | null = null;
  /** Seconds to wait for an answer (or for a stream to open); 10 by default. */
  @property({ converter: numberAttribute }) timeout: number | null = null;
  /** Seconds without a received or confirmed document before the data counts as stale; 2 × refresh by default (SSE: a minute). */
  @property({ attribute: 'stale-after', converter: numberAttribute }) staleAfter: number | null = null;
  /** `pause` (default): while the page is hidden, stop polling, and close a stream after 10 s (opened again when seen); `run`: keep both. */
  @property() background: 'pause' | 'run' = 'pause';
  /** SSE: a JSON URL polled while the stream is down. */
  @property({ attribute: 'fallback-src' }) fallbackSrc: string | null = null;
  /** SSE: seconds between the server's heartbeats (15 by default); 3 × that of silence reconnects. */
  @property({ converter: numberAttribute }) heartbeat: number | null = null;
  /** Shows a small status chip for the operator. */
  @property({ type: Boolean, reflect: true }) status = false;
  /** `zh-CN` (default) or `en`, for the chip; else the nearest `lang` attribute. */
  @property() locale?: string;

  private current: Feed | null = null;

  /** The feed this element names; null until it has a `src` and is connected. */
  get feed(): Feed | null {
    return this.current;
  }

  /**
   * Loads now, whatever the cadence (an answer still on its way is dropped). Named `reload`
   * because `refresh` is the cadence attribute, as on every widget.
   */
  reload(): void {
    this.current?.reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    showsAge(this, false);
    this.detach();
    sourcesChanged();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('mode')) {
      if (this.isConnected) this.attach();
    } else if (changed.size > 0) this.current?.optionsChanged();
  }

  private attach(): void {
    const next = this.src ? feedFor(this.src, this.mode === 'sse' ? 'sse' : 'poll') : null;
    if (next === this.current) return;
    this.detach();
    this.current = next;
    next?.subscribe(this);
    sourcesChanged();
  }

  private detach(): void {
    this.current?.unsubscribe(this);
    this.current = null;
  }

  /** @internal */
  feedOptions(): FeedOptions {
    return { refresh: this.refresh, timeout: this.timeout, staleAfter: this.staleAfter, background: this.background, heartbeat: this.heartbeat, fallbackSrc: this.fallbackSrc };
  }

  /** @internal */
  feedChanged(feed: Feed, change: FeedChange): void {
    if (feed !== this.current) return;
    if (change === 'data' && feed.set) emit(this, 'kpi-data', { rows: feed.set.rows, problems: feed.set.problems, set: feed.set });
    const f = change === 'failure' ? feed.failure : change === 'problem' ? feed.problem : null;
    if (f) emit(this, 'kpi-error', { message: f.message, problems: f.problems, stale: change === 'problem' || feed.set !== null, kind: f.kind, status: f.status, retryAt: f.retryAt });
    if (change === 'state') emit(this, 'kpi-source-state', { state: feed.state, age: feed.age, failures: feed.failures, connection: feed.connection });
    if (this.status) this.requestUpdate();
  }

  protected override render(): unknown {
    const feed = this.current;
    showsAge(this, this.status && feed?.state === 'stale');
    if (!this.status || !feed) return html`<slot></slot>`;
    const { shown, text } = feedStatus(feed, this.locale ?? this.closest('[lang]')?.getAttribute('lang'));
    return html`<span part="status" class=${shown} title=${feed.url}><span class="dot" aria-hidden="true"></span>${text}</span><slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-source': KpiSource;
  }
}
