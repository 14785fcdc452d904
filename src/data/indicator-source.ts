/**
 * The data controller every widget shares. It resolves the input (the `data` property, an
 * inline <script type="application/json"> child, a `src` URL, or plain attributes, in that
 * order), fetches and re-fetches, validates through core, keeps the last good document,
 * and fires `kpi-data` / `kpi-error`. Everything it starts is stopped on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validate, type ValidatedSet } from '../core/validate.js';
import type { Failure } from '../core/problems.js';
import type { Problem } from '../core/types.js';
import { emit } from './events.js';
import { asDocument, fromAttributes, type PlainAttributes } from './normalize.js';

export type Phase = 'idle' | 'loading' | 'ready' | 'error';

export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  data: unknown;
  src?: string;
  /** seconds between re-fetches of `src` */
  refresh: number | null;
  /** seconds to wait for `src` (10 when null) */
  timeout: number | null;
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

export class IndicatorSource implements ReactiveController {
  phase: Phase = 'idle';
  /** the last good document */
  set: ValidatedSet | null = null;
  /** why the phase is 'error', or why the last good document is now stale (the developer's words) */
  error: string | null = null;
  /** the same, as what a user is told (in the widget's locale, by core's describeFailure) */
  failure: Failure | null = null;
  /** the last load from `src` failed; `set` is the last good one */
  failed = false;
  /** bumped whenever set, phase or error change, so hosts re-derive only then */
  version = 0;

  private readonly host: SourceHost;
  private readonly warned = new Set<string>();
  private abort: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;
  private pending: PromiseLike<unknown> | null = null;
  /** what the current or last fetch was for: a change of either fetches again */
  private fetched: { src: string; refresh: number | null } | null = null;

  constructor(host: SourceHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // Inline JSON may arrive or change after the element (a CMS, a template): watched for
    // while nothing outranks it (a `data` property wins over inline JSON; see sync()).
    if (this.host.data === null || this.host.data === undefined) watch(this.host, this);
    // The first update syncs (willUpdate); a re-attached element fetches again and restarts its timer.
    if (this.host.hasUpdated) {
      this.fetched = null;
      this.sync();
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    watching.delete(this.host);
    this.stopFetching();
  }

  /** @internal called by the shared observer */
  childrenChanged(): void {
    this.sync();
    this.host.requestUpdate();
  }

  /** Re-reads the inputs. The host calls it when `data`, `src`, `refresh` or a plain attribute changes. */
  sync(): void {
    const { data, src } = this.host;
    if (isThenable(data)) return this.await(data);
    // (While `data` is given, inline JSON is not read: its changes need no watching.)
    if (data !== null && data !== undefined) return this.fromValue(asDocument(data), data);
    if (this.connected && !watching.has(this.host)) watch(this.host, this);
    const inline = this.host.querySelector(INLINE);
    if (inline) return this.fromValue(asDocument(inline.textContent ?? ''));
    if (src) {
      const same = this.fetched?.src === src && this.fetched.refresh === this.host.refresh;
      if (this.connected && !same) void this.load(src);
      return;
    }
    this.stopFetching();
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
    this.stopFetching();
    this.pending = promise;
    if (!this.set) {
      this.phase = 'loading';
      this.version += 1;
    }
    promise.then(
      (doc) => {
        if (this.pending !== promise) return; // data changed meanwhile
        this.pending = null;
        this.accept(validate(asDocument(doc)), false);
        this.host.requestUpdate();
      },
      (e: unknown) => {
        if (this.pending !== promise) return;
        this.pending = null;
        this.fail(`The data promise was rejected: ${e instanceof Error ? e.message : String(e)}`, { kind: 'rejected' }, [], false);
        this.host.requestUpdate();
      },
    );
  }

  private fromValue(doc: unknown, original?: unknown): void {
    this.stopFetching();
    this.accept(validated(doc, original), false);
  }

  private stopFetching(): void {
    this.pending = null;
    this.abort?.abort();
    this.abort = null;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.fetched = null;
  }

  private accept(set: ValidatedSet, keepLast: boolean): void {
    const first = set.problems[0];
    if (!set.ok) return this.fail(first ? problemText(first) : 'unusable document', first ? { kind: 'problem', problem: first } : { kind: 'no-rows' }, set.problems, keepLast);
    this.version += 1;
    this.set = set;
    this.phase = 'ready';
    this.error = null;
    this.failure = null;
    this.failed = false;
    for (const p of set.problems) this.warnOnce(problemText(p));
    emit(this.host, 'kpi-data', { rows: set.rows, problems: set.problems, set });
  }

  private fail(message: string, failure: Failure, problems: Problem[], keepLast: boolean): void {
    const stale = keepLast && this.set !== null;
    this.version += 1;
    this.error = message;
    this.failure = failure;
    this.failed = stale;
    if (!stale) {
      this.phase = 'error';
      this.set = null;
    }
    this.warnOnce(message);
    emit(this.host, 'kpi-error', { message, problems, stale });
  }

  private async load(src: string): Promise<void> {
    this.stopFetching();
    const controller = new AbortController();
    this.abort = controller;
    this.fetched = { src, refresh: this.host.refresh };
    const seconds = this.host.timeout !== null && this.host.timeout > 0 ? this.host.timeout : 10;
    let timedOut = false;
    let status = 0;
    const timeout = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, seconds * 1000);
    if (!this.set) {
      this.phase = 'loading';
      this.version += 1;
    }
    try {
      const res = await fetch(src, { signal: controller.signal, headers: { Accept: 'application/json' } });
      if (!res.ok) {
        status = res.status;
        throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      const text = await res.text();
      if (controller !== this.abort) return;
      this.accept(validate(asDocument(text)), true);
    } catch (e) {
      if (controller !== this.abort) return; // superseded or disconnected
      const why = timedOut ? `no answer within ${seconds} s` : e instanceof Error ? e.message : 'network error';
      const failure: Failure = timedOut ? { kind: 'timeout', seconds } : status ? { kind: 'http', status } : { kind: 'network' };
      this.fail(`Could not load ${src}: ${why}`, failure, [], true);
    } finally {
      clearTimeout(timeout);
    }
    if (controller !== this.abort) return;
    this.abort = null;
    const every = this.host.refresh;
    if (this.connected && every !== null && every > 0)
      this.timer = setTimeout(() => void this.load(src), every * 1000);
    this.host.requestUpdate();
  }

  /** One console warning per distinct problem per element, not one per render or refresh. */
  private warnOnce(text: string): void {
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

function problemText(p: Problem): string {
  const where = p.row === null ? 'document' : `row ${p.row}${p.id ? ` (${p.id}${p.entity ? ` @ ${p.entity}` : ''})` : ''}`;
  return `${where}${p.field ? ` ${p.field}` : ''}: ${p.reason}${p.skipped ? ' — skipped' : ''}`;
}
