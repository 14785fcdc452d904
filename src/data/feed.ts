/**
 * The page's live feeds: one per absolute URL and mode, however many widgets and
 * <kpi-source> elements read it. A feed makes one request (or holds one stream) at a time,
 * validates each received document once for all its readers, keeps the last good one with
 * the time it was confirmed (monotonic), backs off while its server is down, pauses polling
 * while nobody can see the page, and lingers 5 s after its last reader leaves.
 * The contract a backend follows: README "Live data".
 */
import type { Failure } from '../core/problems.js';
import { applyPatch } from '../core/patch.js';
import type { Problem } from '../core/types.js';
import { validate, type ValidatedSet } from '../core/validate.js';
import { backoffDelay, retryAfterMs } from './backoff.js';
import { clock } from './clock.js';
import { asDocument } from './normalize.js';
import { markTaskStart, onPageChange, pageHidden, pageOffline } from './page.js';
import { SseParser, type SseEvent } from './sse.js';

export type FeedMode = 'poll' | 'sse';
/** What a feed's readers can show: nothing yet, current data, old data (kept), or nothing usable ever. */
export type FeedState = 'loading' | 'fresh' | 'stale' | 'error';
/** The transport: a first request or stream opening, open (or polling on time), backing off, paused while hidden or offline, closed. */
export type Connection = 'connecting' | 'open' | 'reconnecting' | 'paused' | 'closed';
/**
 * Why a load failed: no connection, no answer in time, HTTP 5xx/408/429 (`http`, retryable),
 * 401/403 (`auth`), another 4xx (`client`), a 200 that is not an IndicatorSet (`parse`), or one
 * pushed event that was malformed (`event`: skipped, the stream goes on).
 */
export type FailureKind = 'network' | 'timeout' | 'http' | 'auth' | 'client' | 'parse' | 'event';

export interface FeedFailure {
  kind: FailureKind;
  /** the HTTP status, where there was one */
  status: number | null;
  /** the developer's words (events and the console); users read `failure` in their locale */
  message: string;
  /** wall-clock ms of the next attempt; null when none is planned */
  retryAt: number | null;
  problems: Problem[];
  /** what a widget says about it, in words (core/problems.ts) */
  failure: Failure;
}

/** What a reader asks of the feed. Several readers: the smallest refresh, timeout and stale-after win; `run` wins over `pause`. */
export interface FeedOptions {
  /** seconds between polls (poll mode) */
  refresh?: number | null;
  /** seconds to wait for an answer (10 by default) */
  timeout?: number | null;
  /** seconds without a confirmed document before the data counts as stale */
  staleAfter?: number | null;
  /** `run`: keep polling, and keep a stream open, while the page is hidden */
  background?: 'pause' | 'run';
  /** seconds between the server's heartbeats (SSE); silence for 3× that reconnects */
  heartbeat?: number | null;
  /** a URL polled while the stream is down (SSE) */
  fallbackSrc?: string | null;
}

export type FeedChange = 'data' | 'failure' | 'problem' | 'state';

export interface FeedReader {
  feedOptions(): FeedOptions;
  feedChanged(feed: Feed, change: FeedChange): void;
}

export const LINGER_MS = 5_000;

/**
 * How long a hidden page keeps its stream open (background="pause", the default). A glance at
 * another tab keeps it; a tab left in the background closes it, and it opens again, with
 * Last-Event-ID, when the page is seen: reading a stream nobody sees cost a board ~3 ms of main
 * thread per document, and each open stream holds one of the browser's six connections per server.
 */
export const HIDDEN_STREAM_MS = 10_000;
const DEFAULT_TIMEOUT_S = 10;
const DEFAULT_HEARTBEAT_S = 15;
/** SSE: data counts as current while the stream is heard; stale after this long without a byte or a fallback document. */
const SSE_STALE_FLOOR_S = 60;

const positive = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;
const smallest = (values: (number | null | undefined)[]): number | null => {
  const ok = values.filter(positive);
  return ok.length ? Math.min(...ok) : null;
};

type Outcome =
  | { ok: 'same' }
  | { ok: 'text'; text: string }
  | { fail: FailureKind; status?: number; message: string; retryAfter?: number; problems?: Problem[] };

function classify(status: number): FailureKind {
  if (status >= 500 || status === 408 || status === 429) return 'http';
  if (status === 401 || status === 403) return 'auth';
  return 'client';
}

function failureOf(kind: FailureKind, status: number | null, problems: Problem[], seconds: number): Failure {
  if (kind === 'timeout') return { kind: 'timeout', seconds };
  if (kind === 'network') return { kind: 'network' };
  if (status !== null) return { kind: 'http', status };
  return problems[0] ? { kind: 'problem', problem: problems[0] } : { kind: 'no-rows' };
}

export class Feed {
  /** the last good document, validated once for every reader */
  set: ValidatedSet | null = null;
  /** monotonic ms when the data was last received or confirmed (a 304, the same body, a byte of an open stream) */
  confirmedAt: number | null = null;
  /** why the last load failed; null once one succeeds */
  failure: FeedFailure | null = null;
  /** the last pushed event that was skipped */
  problem: FeedFailure | null = null;
  /** consecutive failures */
  failures = 0;
  connection: Connection = 'connecting';
  /** requests sent (polls and stream openings), for the operator and the tests */
  requests = 0;
  disposed = false;

  /** @internal the last good document as received (text, when it came as text), for sameness and patches */
  text: string | null = null;
  /** @internal */
  raw: unknown = null;

  private readonly readers = new Set<FeedReader>();
  private etag: string | null = null;
  private lastModified: string | null = null;
  private lastEventId = '';
  private serverRetryMs = 0;
  /** bumped by each request and by dispose: an answer for an older one is dropped */
  private seq = 0;
  private abort: AbortController | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: number | undefined = undefined;
  private staleTimer: number | undefined = undefined;
  private lingerTimer: number | undefined = undefined;
  private watchdog: number | undefined = undefined;
  /** a hidden page's stream: closed when it fires */
  private hiddenTimer: number | undefined = undefined;
  /** the page has been hidden for HIDDEN_STREAM_MS: the stream stays closed until it is seen */
  private asleep = false;
  /** hidden page, pushed documents: only the latest is kept, validated when the page is seen */
  private held: { text: string } | { doc: unknown } | null = null;
  /** the snapshots of the stream chunk being read, oldest first */
  private burst: string[] = [];
  private stopPage: (() => void) | null = null;
  private fallback: { feed: Feed; reader: FeedReader } | null = null;
  private said = '';
  /** console warnings given, one per distinct message (bounded: a feed can run for weeks) */
  private readonly warned = new Set<string>();
  /** the delay fail() chose */
  private retryIn = 0;
  /** a stream is open and being read */
  private streaming = false;

  constructor(
    readonly url: string,
    readonly mode: FeedMode,
    private readonly onDispose: () => void,
  ) {}

  // ── readers ────────────────────────────────────────────────────────────────

  subscribe(reader: FeedReader): void {
    clock.clearTimeout(this.lingerTimer);
    this.lingerTimer = undefined;
    const first = this.readers.size === 0 && this.stopPage === null;
    this.readers.add(reader);
    this.merged.clear();
    if (first) this.start();
  }

  unsubscribe(reader: FeedReader): void {
    if (!this.readers.delete(reader)) return;
    this.merged.clear();
    if (this.readers.size > 0) return;
    // A widget moved within the page comes back before this: it costs no new request.
    this.lingerTimer = clock.setTimeout(() => this.dispose(), LINGER_MS);
  }

  get readerCount(): number {
    return this.readers.size;
  }

  /** @internal A request is on its way (a poll, or a stream not yet open): tests wait for it to land. */
  get busy(): boolean {
    return this.inFlight !== null && !this.streaming;
  }

  private option<K extends keyof FeedOptions>(key: K): FeedOptions[K][] {
    return [...this.readers].map((r) => r.feedOptions()[key]);
  }

  /**
   * What the readers ask for, merged once and kept until a reader comes, goes or changes its
   * options: every widget reads the feed's state at every render, and merging 500 readers'
   * options each time made a push to 500 widgets cost 1.5× as much as handing them `data`.
   */
  private readonly merged = new Map<string, unknown>();
  private asked<T>(key: string, merge: () => T): T {
    if (!this.merged.has(key)) this.merged.set(key, merge());
    return this.merged.get(key) as T;
  }

  /** ms between polls: the smallest any reader asks for */
  get refreshMs(): number | null {
    return this.asked('refresh', () => {
      const s = smallest(this.option('refresh'));
      return s === null ? null : s * 1000;
    });
  }

  private get timeoutS(): number {
    return this.asked('timeout', () => smallest(this.option('timeout')) ?? DEFAULT_TIMEOUT_S);
  }

  private get heartbeatMs(): number {
    return this.asked('heartbeat', () => (smallest(this.option('heartbeat')) ?? DEFAULT_HEARTBEAT_S) * 1000);
  }

  private get runsHidden(): boolean {
    return this.asked('background', () => this.option('background').includes('run'));
  }

  /** When the data counts as stale without news: what a reader asks, else 2 × refresh (poll) or a minute (SSE). */
  get staleAfterMs(): number | null {
    return this.asked('staleAfter', () => {
      const asked = smallest(this.option('staleAfter'));
      if (asked !== null) return asked * 1000;
      if (this.mode === 'sse') return Math.max(SSE_STALE_FLOOR_S * 1000, 3 * this.heartbeatMs);
      const every = this.refreshMs;
      return every === null ? null : 2 * every;
    });
  }

  /** ms since the data was last confirmed; never negative */
  get age(): number | null {
    return this.confirmedAt === null ? null : Math.max(0, clock.now() - this.confirmedAt);
  }

  /**
   * The last poll failed (its data is kept, and shown stale). A stream that drops is not a
   * failed load: it reconnects, and its data turns stale only by age (a deploy's blip does not
   * dim the wall).
   */
  get failedLoad(): boolean {
    return this.mode === 'poll' && this.failure !== null;
  }

  get state(): FeedState {
    if (!this.set) return this.failure ? 'error' : 'loading';
    const limit = this.staleAfterMs;
    return this.failedLoad || (limit !== null && (this.age ?? 0) >= limit) ? 'stale' : 'fresh';
  }

  /** A reader's options changed (a new refresh, say): the cadence follows at the next poll. */
  optionsChanged(): void {
    this.merged.clear();
    this.armStaleTimer();
  }

  /** Loads now (a reader's refresh()): an answer still on its way for an earlier request is dropped. */
  reload(): void {
    if (this.disposed) return;
    this.cancelRequest();
    if (this.mode === 'poll') return void this.poll();
    this.sleepWhenHidden();
    void this.connect();
  }

  // ── lifecycle ──────────────────────────────────────────────────────────────

  private start(): void {
    this.stopPage = onPageChange(() => this.pageChanged());
    if (this.mode === 'poll') return void this.poll();
    this.sleepWhenHidden();
    void this.connect();
  }

  private dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.cancelRequest();
    for (const t of [this.timer, this.staleTimer, this.lingerTimer, this.watchdog, this.hiddenTimer]) clock.clearTimeout(t);
    this.stopPage?.();
    this.stopFallback();
    this.held = null;
    this.connection = 'closed';
    this.onDispose();
  }

  private cancelRequest(): void {
    this.seq += 1;
    this.abort?.abort();
    this.abort = null;
    this.inFlight = null;
    this.streaming = false;
    clock.clearTimeout(this.watchdog);
    this.watchdog = undefined;
  }

  private schedule(ms: number, run: () => void): void {
    clock.clearTimeout(this.timer);
    this.timer = clock.setTimeout(() => {
      this.timer = undefined;
      run();
    }, ms);
  }

  /** Polling pauses while nobody can see the page (unless background="run"), and while offline. */
  private get mustPause(): boolean {
    return pageOffline() || (pageHidden() && !this.runsHidden);
  }

  private pageChanged(): void {
    if (this.disposed) return;
    if (this.mode === 'sse') {
      this.sleepWhenHidden();
      if (!pageHidden() && this.held) this.release();
      // Back online while waiting to reconnect: try at once.
      if (!pageOffline() && (this.connection === 'paused' || (this.connection === 'reconnecting' && !this.inFlight))) void this.connect();
      return;
    }
    if (this.mustPause) {
      if (!this.inFlight) {
        clock.clearTimeout(this.timer);
        this.timer = undefined;
        this.setConnection('paused');
      }
      return;
    }
    if (this.connection !== 'paused' || this.inFlight) return;
    // Seen again: fetch once at once if the data is older than the cadence (or never came), then resume it.
    const every = this.refreshMs;
    const age = this.age;
    if (this.failure || age === null) void this.poll();
    else if (every !== null) {
      if (age >= every) void this.poll();
      else {
        this.setConnection('open');
        this.schedule(every - age, () => void this.poll());
      }
    } else this.setConnection('open');
  }

  // ── polling ────────────────────────────────────────────────────────────────

  private async poll(): Promise<void> {
    if (this.disposed || this.inFlight) return; // a tick that finds a request in flight is skipped
    clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.mustPause) return this.setConnection('paused');
    const seq = ++this.seq;
    const controller = new AbortController();
    this.abort = controller;
    this.requests += 1;
    if (this.connection === 'paused') this.setConnection(this.failures ? 'reconnecting' : this.set ? 'open' : 'connecting');
    const seconds = this.timeoutS;
    let timedOut = false;
    const timeout = clock.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, seconds * 1000);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.etag) headers['If-None-Match'] = this.etag;
    if (this.lastModified) headers['If-Modified-Since'] = this.lastModified;
    const run = (async () => {
      let outcome: Outcome;
      try {
        const res = await fetch(this.url, { signal: controller.signal, headers, cache: 'no-store' });
        if (res.status === 304) outcome = { ok: 'same' };
        else if (!res.ok) {
          void res.body?.cancel().catch(() => undefined);
          outcome = { fail: classify(res.status), status: res.status, message: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, retryAfter: retryAfterMs(res.headers.get('Retry-After'), clock.wallNow()) };
        } else {
          const text = await res.text();
          if (seq === this.seq) {
            this.etag = res.headers.get('ETag');
            this.lastModified = res.headers.get('Last-Modified');
          }
          outcome = { ok: 'text', text };
        }
      } catch (e) {
        outcome = timedOut ? { fail: 'timeout', message: `no answer within ${seconds} s` } : { fail: 'network', message: e instanceof Error ? e.message : 'network error' };
      } finally {
        clock.clearTimeout(timeout);
      }
      if (seq !== this.seq) return; // a newer request, a reload or dispose: this answer is dropped
      this.abort = null;
      this.inFlight = null;
      const retryIn = this.settle(outcome);
      const every = this.refreshMs;
      if (retryIn !== null) this.schedule(retryIn, () => void this.poll());
      else if (every !== null) this.schedule(every, () => void this.poll());
      if (this.mustPause) {
        clock.clearTimeout(this.timer);
        this.timer = undefined;
        this.setConnection('paused');
      } else this.setConnection(retryIn !== null ? 'reconnecting' : 'open');
    })();
    this.inFlight = run;
    await run;
  }

  /** Applies a poll's answer; returns when to try again after a failure (null: the normal cadence). */
  private settle(outcome: Outcome): number | null {
    if ('fail' in outcome) return this.fail(outcome.fail, outcome.status ?? null, outcome.message, outcome.problems ?? [], outcome.retryAfter);
    if (outcome.ok === 'same') this.confirm();
    else this.takeText(outcome.text, 'parse');
    return this.failure ? this.retryIn : null;
  }

  // ── documents ──────────────────────────────────────────────────────────────

  /** Validates a received document once; a good one replaces the last (true), a bad one is a failure (poll) or a skipped event (SSE). */
  private take(doc: unknown, text: string | null, bad: 'parse' | 'event'): boolean {
    this.retryIn = 0;
    const set = validate(doc);
    if (!set.ok) {
      const first = set.problems[0];
      const message = `the ${bad === 'event' ? 'event' : 'answer'} is not an IndicatorSet${first ? `: ${first.reason}` : ''}`;
      if (bad === 'event') this.skipEvent(message, set.problems);
      else this.fail('parse', null, message, set.problems);
      return false;
    }
    this.text = text;
    this.raw = doc;
    this.set = set;
    this.failure = null;
    this.failures = 0;
    this.confirmedAt = clock.now();
    this.armStaleTimer();
    this.notify('data');
    return true;
  }

  /** A document received as text: the same text as the last good one only confirms it (no parse, no render). */
  private takeText(text: string, bad: 'parse' | 'event'): boolean {
    markTaskStart();
    if (text !== this.text) return this.take(asDocument(text), text, bad);
    this.confirm();
    return true;
  }

  /** The data is still current (304, the same body, the stream heard): its age restarts; nothing re-renders unless it was stale. */
  private confirm(): void {
    this.confirmedAt = clock.now();
    this.failures = 0;
    this.failure = null;
    this.armStaleTimer();
    this.stateMaybeChanged();
  }

  /**
   * A failed load: backoff from the failures in a row, never sooner than the cadence (the
   * refresh, or the server's `retry:`) nor than Retry-After. Returns the delay.
   */
  private fail(kind: FailureKind, status: number | null, message: string, problems: Problem[], retryAfter = 0): number {
    this.failures += 1;
    const cadence = this.mode === 'poll' ? (this.refreshMs ?? 0) : this.serverRetryMs;
    const delay = backoffDelay(this.failures, clock.random(), cadence, retryAfter);
    this.retryIn = delay;
    this.failure = { kind, status, message: `Could not load ${this.url}: ${message}`, retryAt: clock.wallNow() + delay, problems, failure: failureOf(kind, status, problems, this.timeoutS) };
    this.warn(this.failure.message);
    this.notify('failure');
    return delay;
  }

  private skipEvent(message: string, problems: Problem[] = []): void {
    this.problem = { kind: 'event', status: null, message: `${this.url}: ${message}; skipped, the stream goes on`, retryAt: null, problems, failure: failureOf('event', null, problems, 0) };
    this.warn(this.problem.message);
    for (const r of [...this.readers]) r.feedChanged(this, 'problem');
  }

  /** One console warning per distinct message for the whole page, however many widgets read the feed. */
  private warn(text: string): void {
    if (this.warned.has(text)) return;
    if (this.warned.size >= 100) this.warned.clear();
    this.warned.add(text);
    console.warn(`kpi-elements: ${text}`);
  }

  /** Flips the state to stale on time, even if no news comes. */
  private armStaleTimer(): void {
    clock.clearTimeout(this.staleTimer);
    this.staleTimer = undefined;
    const limit = this.staleAfterMs;
    const age = this.age;
    if (limit === null || age === null || this.disposed) return;
    if (age < limit) this.staleTimer = clock.setTimeout(() => this.stateMaybeChanged(), limit - age + 1);
  }

  private notify(change: FeedChange): void {
    for (const r of [...this.readers]) r.feedChanged(this, change);
    this.stateMaybeChanged();
  }

  private setConnection(c: Connection): void {
    if (this.connection === c) return;
    this.connection = c;
    this.stateMaybeChanged();
  }

  /** Readers hear of a change of state, connection or failure count, not of every poll. */
  private stateMaybeChanged(): void {
    const now = `${this.state}|${this.connection}|${this.failures}`;
    if (now === this.said) return;
    this.said = now;
    for (const r of [...this.readers]) r.feedChanged(this, 'state');
  }

  // ── Server-Sent Events ─────────────────────────────────────────────────────

  /** Hidden: the stream closes after HIDDEN_STREAM_MS (unless background="run"); seen: it may open again. */
  private sleepWhenHidden(): void {
    if (!pageHidden() || this.runsHidden) {
      clock.clearTimeout(this.hiddenTimer);
      this.hiddenTimer = undefined;
      this.asleep = false;
      return;
    }
    if (this.hiddenTimer !== undefined || this.asleep) return;
    this.hiddenTimer = clock.setTimeout(() => {
      this.hiddenTimer = undefined;
      if (!pageHidden() || this.runsHidden || this.disposed) return;
      this.asleep = true;
      this.cancelRequest();
      clock.clearTimeout(this.timer);
      this.timer = undefined;
      this.stopFallback();
      this.setConnection('paused');
    }, HIDDEN_STREAM_MS);
  }

  private async connect(): Promise<void> {
    if (this.disposed || this.inFlight || this.connection === 'closed') return;
    clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (pageOffline() || this.asleep) return this.setConnection('paused');
    const seq = ++this.seq;
    const controller = new AbortController();
    this.abort = controller;
    this.requests += 1;
    this.setConnection(this.failures ? 'reconnecting' : 'connecting');
    let silent: string | null = null;
    // Until the first byte, the request's timeout; then 3 heartbeats of silence.
    const listen = (ms: number, why: string) => {
      clock.clearTimeout(this.watchdog);
      this.watchdog = clock.setTimeout(() => {
        silent = why;
        controller.abort();
      }, ms);
    };
    listen(this.timeoutS * 1000, `no answer within ${this.timeoutS} s`);
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (this.lastEventId) headers['Last-Event-ID'] = this.lastEventId;
    const run = (async () => {
      let outcome: Outcome;
      try {
        const res = await fetch(this.url, { signal: controller.signal, headers, cache: 'no-store' });
        if (seq !== this.seq) return;
        if (res.status === 204) {
          // The one answer that ends a stream for good.
          clock.clearTimeout(this.watchdog);
          this.abort = null;
          this.inFlight = null;
          this.stopFallback();
          return this.setConnection('closed');
        }
        if (!res.ok || !res.body) {
          void res.body?.cancel().catch(() => undefined);
          outcome = { fail: classify(res.status), status: res.status, message: `HTTP ${res.status}`, retryAfter: retryAfterMs(res.headers.get('Retry-After'), clock.wallNow()) };
        } else if (!(res.headers.get('Content-Type') ?? '').includes('text/event-stream')) {
          void res.body.cancel().catch(() => undefined);
          outcome = { fail: 'parse', message: `the answer is ${res.headers.get('Content-Type') ?? 'untyped'}, not text/event-stream` };
        } else {
          this.stopFallback();
          this.streaming = true;
          this.setConnection('open');
          const beat = this.heartbeatMs * 3;
          listen(beat, `the stream was silent for ${beat / 1000} s`);
          const parser: SseParser = new SseParser({
            event: (e) => this.onEvent(e),
            retry: (ms) => (this.serverRetryMs = Math.min(ms, 600_000)),
            oversized: () => this.skipEvent('an event over 4 MiB was dropped'),
          });
          parser.lastEventId = this.lastEventId; // the id survives reconnects
          const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
          for (;;) {
            const { value, done } = await reader.read();
            if (seq !== this.seq) return;
            if (done) break;
            markTaskStart(); // what follows (parse, validate) counts against this task's render budget
            listen(beat, `the stream was silent for ${beat / 1000} s`);
            this.heard();
            parser.push(value);
            this.takeBurst();
            this.lastEventId = parser.lastEventId;
          }
          outcome = { fail: 'network', message: 'the stream ended' };
        }
      } catch (e) {
        if (seq !== this.seq) return;
        this.streaming = false;
        outcome = silent !== null ? { fail: 'timeout', message: silent } : { fail: 'network', message: e instanceof Error ? e.message : 'network error' };
      }
      this.streaming = false;
      if (seq !== this.seq || !('fail' in outcome)) return;
      clock.clearTimeout(this.watchdog);
      this.abort = null;
      this.inFlight = null;
      const delay = this.fail(outcome.fail, outcome.status ?? null, outcome.message, [], outcome.retryAfter);
      this.setConnection('reconnecting');
      this.startFallback();
      this.schedule(delay, () => void this.connect());
    })();
    this.inFlight = run;
    await run;
  }

  /** A byte of an open stream: the data is current. */
  private heard(): void {
    if (this.set || this.held) this.confirm();
  }

  private onEvent(e: SseEvent): void {
    const type = e.type || 'snapshot';
    if (type === 'message' || type === 'snapshot') {
      this.burst.push(e.data);
      return;
    }
    if (type !== 'patch') return; // other event names are for other readers (forward compatible)
    this.takeBurst(); // a patch applies to the newest snapshot before it
    let patch: unknown;
    try {
      patch = JSON.parse(e.data) as unknown;
    } catch {
      return this.skipEvent('a patch event is not JSON');
    }
    const base = this.held === null ? this.raw : 'doc' in this.held ? this.held.doc : asDocument(this.held.text);
    const merged = applyPatch(base, patch);
    if ('error' in merged) return this.skipEvent(merged.error);
    if (pageHidden() && !this.runsHidden) this.held = { doc: merged.doc };
    else this.take(merged.doc, null, 'event');
  }

  /** A snapshot event: held while hidden, else taken; false when it was not a good document. */
  private snapshot(text: string): boolean {
    if (!pageHidden() || this.runsHidden) return this.takeText(text, 'event');
    this.held = { text };
    return true;
  }

  /**
   * Snapshots that arrived in one chunk (a backend catching up after a stall, a page resumed from
   * freeze): each replaces the one before, so only the newest good one is validated and drawn,
   * one render instead of one per event in a single long task. Bad ones newer than it are
   * reported as skipped; older ones are superseded unread.
   */
  private takeBurst(): void {
    const burst = this.burst;
    if (burst.length === 0) return; // a heartbeat or a patch: no garbage per read
    this.burst = [];
    for (let i = burst.length - 1; i >= 0 && !this.snapshot(burst[i]); i--);
  }

  /** The page is seen again: the latest document pushed while it was hidden, validated and delivered once. */
  private release(): void {
    const held = this.held;
    this.held = null;
    if (!held) return;
    if ('text' in held) this.takeText(held.text, 'event');
    else this.take(held.doc, null, 'event');
  }

  /** While the stream is down, poll `fallback-src` (if a reader gave one) at the stream's cadence. */
  private startFallback(): void {
    const src = this.option('fallbackSrc').find((s) => typeof s === 'string' && s);
    if (!src || this.fallback) return;
    const feed = feedFor(src, 'poll');
    const reader: FeedReader = {
      feedOptions: () => ({ refresh: this.refreshMs === null ? 30 : this.refreshMs / 1000, timeout: this.timeoutS }),
      feedChanged: (from, change) => {
        if (change !== 'data' || !from.set || this.disposed) return;
        // A document from the fallback is as good as one pushed.
        this.take(from.raw, from.text, 'event');
      },
    };
    this.fallback = { feed, reader };
    feed.subscribe(reader);
  }

  private stopFallback(): void {
    this.fallback?.feed.unsubscribe(this.fallback.reader);
    this.fallback = null;
  }
}

// ── the page's registry ──────────────────────────────────────────────────────

const feeds = new Map<string, Feed>();

/** The page's one feed for this URL (made absolute against the document) and mode. */
export function feedFor(src: string, mode: FeedMode): Feed {
  const url = new URL(src, document.baseURI).href;
  const key = `${mode} ${url}`;
  let feed = feeds.get(key);
  if (!feed) {
    const made: Feed = new Feed(url, mode, () => {
      if (feeds.get(key) === made) feeds.delete(key);
    });
    feeds.set(key, (feed = made));
  }
  return feed;
}

/** @internal The feeds alive on the page (tests and the operator's console). */
export function liveFeeds(): Feed[] {
  return [...feeds.values()];
}
