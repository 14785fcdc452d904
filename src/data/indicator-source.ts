/**
 * The data controller every widget shares. It resolves the input (the `data` property, an
 * inline <script type="application/json"> child, a `src` URL, a named or enclosing
 * <kpi-source>, or plain attributes, in that order), validates through core, keeps the last
 * good document and fires `kpi-data` / `kpi-error` / `kpi-source-state`. A `src` and a
 * <kpi-source> are read through the page's feeds (feed.ts): one request per URL however many
 * widgets read it. Everything it starts is stopped on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validate, type ValidatedSet } from '../core/validate.js';
import type { Failure } from '../core/problems.js';
import type { Problem } from '../core/types.js';
import { emit } from './events.js';
import type { Feed, FeedChange, FeedOptions, FeedReader } from './feed.js';
import { findSource, onSourcesChanged } from './named-sources.js';
import { asDocument, fromAttributes, type PlainAttributes } from './normalize.js';

export type Phase = 'idle' | 'loading' | 'ready' | 'error';

export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  data: unknown;
  src?: string;
  /** id of the <kpi-source> to read (else the enclosing one) */
  source?: string;
  /** seconds between re-fetches of `src` */
  refresh: number | null;
  /** seconds to wait for `src` (10 when null) */
  timeout: number | null;
  /** seconds without news before the data counts as stale */
  staleAfter: number | null;
  /** the row plain attributes describe, for widgets that take one */
  plainAttributes?(): PlainAttributes;
}

const INLINE = ':scope > script[type="application/json"]';

/**
 * One MutationObserver for every widget on the page (one each cost ~6 ms per 200 widgets
 * at mount). It watches each connected host that has no `data` for inline JSON arriving or
 * changing; records for a disconnected host are ignored, and its registration dies with the node.
 */
const watching = new WeakMap<Node, IndicatorSource>();
let observer: MutationObserver | null = null;

function watch(host: Node, source: IndicatorSource): void {
  observer ??= new MutationObserver((records) => {
    const touched = new Set<IndicatorSource>();
    for (const r of records) {
      for (let n: Node | null = r.target; n; n = n.parentNode) {
        const hit = watching.get(n);
        if (hit) {
          touched.add(hit);
          break;
        }
      }
    }
    for (const source of touched) source.childrenChanged();
  });
  watching.set(host, source);
  observer.observe(host, { childList: true, subtree: true, characterData: true });
}

/**
 * The feeds module, loaded on first use of a `src`: a page of widgets fed by `data` does not
 * download it (5 kB gzip of polling, streaming and backoff). A <kpi-source> loads it itself.
 */
let feeds: typeof import('./feed.js') | null = null;
let loadingFeeds: Promise<typeof import('./feed.js')> | null = null;

function loadFeeds(): Promise<typeof import('./feed.js')> {
  loadingFeeds ??= import('./feed.js').then((m) => (feeds = m));
  return loadingFeeds;
}

/** Documents whose problems were said already: many widgets on one feed warn once. */
const warnedSets = new WeakSet<ValidatedSet>();

export class IndicatorSource implements ReactiveController, FeedReader {
  phase: Phase = 'idle';
  /** the last good document */
  set: ValidatedSet | null = null;
  /** why the phase is 'error', or why the last good document is now stale (the developer's words) */
  error: string | null = null;
  /** the same, as what a user is told (in the widget's locale, by core's describeFailure) */
  failure: Failure | null = null;
  /** bumped whenever set, phase, error or the feed's state change, so hosts re-derive only then */
  version = 0;
  /** the feed read (the widget's own `src`, or its <kpi-source>'s); null for other inputs */
  feed: Feed | null = null;

  private readonly host: SourceHost;
  /** what this widget warned of already (made at its first warning: most widgets never warn) */
  private warned: Set<string> | null = null;
  private connected = false;
  private pending: PromiseLike<unknown> | null = null;
  /** reading a <kpi-source>: looking again whenever sources change */
  private stopLooking: (() => void) | null = null;
  /** reading the feed of a <kpi-source> (whose element carries the options) rather than its own src */
  private viaSource = false;

  constructor(host: SourceHost) {
    this.host = host;
    host.addController(this);
  }

  /** The feed says its data is not current (the last load failed, or nothing new for stale-after). */
  get feedStale(): boolean {
    return this.feed?.state === 'stale';
  }

  /** ms since the feed last received or confirmed the data; null without a feed. */
  get age(): number | null {
    return this.feed?.age ?? null;
  }

  hostConnected(): void {
    this.connected = true;
    // Inline JSON may arrive or change after the element (a CMS, a template): watched for
    // while nothing outranks it (a `data` property wins over inline JSON; see sync()).
    if (this.host.data === null || this.host.data === undefined) watch(this.host, this);
    // The first update syncs (willUpdate); a re-attached element reads its feed again.
    if (this.host.hasUpdated) {
      this.sync();
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    watching.delete(this.host);
    this.stopFeeds();
  }

  /** @internal called by the shared observer */
  childrenChanged(): void {
    this.sync();
    this.host.requestUpdate();
  }

  /** Re-reads the inputs. The host calls it when `data`, `src`, `source`, `refresh` or a plain attribute changes. */
  sync(): void {
    const { data, src } = this.host;
    if (isThenable(data)) return this.await(data);
    // (While `data` is given, inline JSON is not read: its changes need no watching.)
    if (data !== null && data !== undefined) return this.fromValue(asDocument(data), data);
    if (this.connected && !watching.has(this.host)) watch(this.host, this);
    const inline = this.host.querySelector(INLINE);
    if (inline) return this.fromValue(asDocument(inline.textContent ?? ''));
    if (!this.connected) return;
    if (src) return this.followSrc(src);
    if (this.host.source || this.host.closest('kpi-source')) return this.followSource();
    this.stopFeeds();
    const plain = this.host.plainAttributes ? fromAttributes(this.host.plainAttributes()) : null;
    if (plain === null) {
      if (this.phase !== 'idle') this.version += 1;
      this.phase = 'idle';
      this.set = null;
      this.error = null;
      this.failure = null;
      return;
    }
    this.fromValue(plain);
  }

  /** `data` may be a Promise of a document (`fetch(…).then(r => r.json())`): loading until it settles. */
  private await(promise: PromiseLike<unknown>): void {
    this.stopFeeds();
    this.pending = promise;
    if (!this.set) {
      this.phase = 'loading';
      this.version += 1;
    }
    promise.then(
      (doc) => {
        if (this.pending !== promise) return; // data changed meanwhile
        this.pending = null;
        this.accept(validate(asDocument(doc)));
        this.host.requestUpdate();
      },
      (e: unknown) => {
        if (this.pending !== promise) return;
        this.pending = null;
        this.fail(`The data promise was rejected: ${e instanceof Error ? e.message : String(e)}`, { kind: 'rejected' }, []);
        this.host.requestUpdate();
      },
    );
  }

  private fromValue(doc: unknown, original?: unknown): void {
    this.stopFeeds();
    this.accept(validated(doc, original));
  }

  // ── feeds ──────────────────────────────────────────────────────────────────

  /** Reads `feed`: what it has now at once, then every change it announces. */
  private follow(feed: Feed | null, viaSource: boolean): void {
    this.pending = null;
    this.viaSource = viaSource;
    if (feed === this.feed && feed) {
      feed.optionsChanged();
      return;
    }
    this.feed?.unsubscribe(this);
    this.feed = feed;
    if (!feed) return this.fromFeed(null, 'state');
    feed.subscribe(this);
    this.fromFeed(feed, feed.set ? 'data' : feed.failure ? 'failure' : 'state');
  }

  /** The page's feed for `src` (loading the feeds module the first time one is needed). */
  private followSrc(src: string): void {
    if (feeds) return this.follow(feeds.feedFor(src, 'poll'), false);
    this.stopFeeds();
    if (this.phase !== 'loading') this.version += 1;
    this.phase = 'loading';
    this.set = null;
    void loadFeeds().then(() => {
      // Still connected and still reading that src: follow it now.
      if (!this.connected || this.host.src !== src || this.feed) return;
      this.sync();
      this.host.requestUpdate();
    });
  }

  /** The <kpi-source> named by `source`, else the enclosing one; looked for again when sources change. */
  private followSource(): void {
    const look = () => {
      const el = findSource(this.host, this.host.source);
      this.follow(el?.feed ?? null, true);
    };
    this.stopLooking ??= onSourcesChanged(() => {
      if (!this.connected) return;
      const before = this.feed;
      look();
      if (this.feed !== before) this.host.requestUpdate();
    });
    look();
  }

  private stopFeeds(): void {
    this.stopLooking?.();
    this.stopLooking = null;
    this.feed?.unsubscribe(this);
    this.feed = null;
  }

  /** @internal What this widget asks of its own `src`'s feed (a <kpi-source> carries its own). */
  feedOptions(): FeedOptions {
    if (this.viaSource) return {};
    const { refresh, timeout, staleAfter } = this.host;
    return { refresh, timeout, staleAfter };
  }

  /** @internal */
  feedChanged(feed: Feed, change: FeedChange): void {
    if (feed !== this.feed) return;
    this.fromFeed(feed, change);
    this.host.requestUpdate();
  }

  private fromFeed(feed: Feed | null, change: FeedChange): void {
    this.version += 1;
    if (!feed) {
      this.phase = 'loading';
      this.set = null;
      return;
    }
    if (change === 'data' && feed.set) {
      this.accept(feed.set);
    } else if (change === 'failure' && feed.failure) {
      const f = feed.failure;
      this.error = f.message;
      this.failure = f.failure;
      if (!feed.set) {
        this.phase = 'error';
        this.set = null;
      }
      emit(this.host, 'kpi-error', { message: f.message, problems: f.problems, stale: feed.set !== null, kind: f.kind, status: f.status, retryAt: f.retryAt });
    } else if (change === 'problem' && feed.problem) {
      const p = feed.problem;
      emit(this.host, 'kpi-error', { message: p.message, problems: p.problems, stale: false, kind: p.kind, status: null, retryAt: null });
    } else if (change === 'state') {
      if (!feed.set && !feed.failure) this.phase = 'loading';
      emit(this.host, 'kpi-source-state', { state: feed.state, age: feed.age, failures: feed.failures, connection: feed.connection });
    }
  }

  // ── results ────────────────────────────────────────────────────────────────

  private accept(set: ValidatedSet): void {
    const first = set.problems[0];
    if (!set.ok) return this.fail(first ? problemText(first) : 'unusable document', first ? { kind: 'problem', problem: first } : { kind: 'no-rows' }, set.problems);
    this.version += 1;
    this.set = set;
    this.phase = 'ready';
    this.error = null;
    this.failure = null;
    if (set.problems.length > 0 && !warnedSets.has(set)) {
      warnedSets.add(set);
      for (const p of set.problems) this.warnOnce(problemText(p));
    }
    emit(this.host, 'kpi-data', { rows: set.rows, problems: set.problems, set });
  }

  private fail(message: string, failure: Failure, problems: Problem[]): void {
    this.version += 1;
    this.error = message;
    this.failure = failure;
    this.phase = 'error';
    this.set = null;
    this.warnOnce(message);
    emit(this.host, 'kpi-error', { message, problems, stale: false, kind: 'document', status: null, retryAt: null });
  }

  /** One console warning per distinct problem per element, not one per render or refresh. */
  private warnOnce(text: string): void {
    this.warned ??= new Set();
    if (this.warned.has(text)) return;
    this.warned.add(text);
    console.warn(`<${this.host.localName}>: ${text}`);
  }
}

/**
 * Validation results by input object: a board hands the same document to many widgets,
 * and it is validated once. Data is treated as immutable, as Lit properties are: assign a
 * new object to change it.
 */
const validatedDocs = new WeakMap<object, ValidatedSet>();

function validated(doc: unknown, original: unknown): ValidatedSet {
  if (typeof original !== 'object' || original === null) return validate(doc);
  let set = validatedDocs.get(original);
  if (!set) validatedDocs.set(original, (set = validate(doc)));
  return set;
}

function isThenable(x: unknown): x is PromiseLike<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as { then?: unknown }).then === 'function';
}

/** A problem in the developer's words (events and the console), e.g. "row 3 (gdp) value: …". */
function problemText(p: Problem): string {
  const where = p.row === null ? 'document' : `row ${p.row}${p.id ? ` (${p.id}${p.entity ? ` @ ${p.entity}` : ''})` : ''}`;
  return `${where}${p.field ? ` ${p.field}` : ''}: ${p.reason}${p.skipped ? ' — skipped' : ''}`;
}
