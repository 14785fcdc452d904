/**
 * A clock for the live feed's tests: time moves only when a test says so, and each timer that
 * falls due runs in order. Requests still go to the real test server: after each timer, the
 * clock waits (in real time, briefly) for the feeds' requests to land before moving on.
 */
import { liveFeeds } from '../../src/data/feed.js';
import { emulateMedia } from '@web/test-runner-commands';
import { useClock, type Clock } from '../../src/data/clock.js';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class FakeClock implements Clock {
  private t = 1_000;
  private seq = 0;
  private readonly timers = new Map<number, { at: number; fn: () => void }>();
  /** wall-clock offset: Date.now() at t = 0 */
  wallStart = Date.parse('2024-08-21T08:00:00Z');

  now(): number {
    return this.t;
  }
  wallNow(): number {
    return this.wallStart + this.t;
  }
  setTimeout(fn: () => void, ms: number): number {
    this.seq += 1;
    this.timers.set(this.seq, { at: this.t + Math.max(0, ms), fn });
    return this.seq;
  }
  clearTimeout(id: number | undefined): void {
    if (id !== undefined) this.timers.delete(id);
  }
  random(): number {
    return 0.5;
  }
  /** timers set and not yet run or cleared */
  get pending(): number {
    return this.timers.size;
  }

  /** Lets requests in flight land (up to `patience` ms of real time: a hanging server does not land). */
  async settle(patience = 400): Promise<void> {
    for (let waited = 0; waited < patience && liveFeeds().some((f) => f.busy); waited += 5) await sleep(5);
    await sleep(0);
  }

  /** Moves time on by `ms`, running each timer that falls due, in order, and letting requests land after each. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      await this.settle();
      let next: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of this.timers) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.t = Math.max(this.t, next[1].at);
      next[1].fn();
    }
    this.t = end;
    await this.settle();
  }

  install(): this {
    useClock(this);
    return this;
  }
}

/** Pretends the page is hidden or shown (document.hidden, document.visibilityState and their event). */
export function setPageHidden(hidden: boolean): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Gives the page back its real visibility. */
export function restorePageVisibility(): void {
  delete (document as unknown as { visibilityState?: string }).visibilityState;
  delete (document as unknown as { hidden?: boolean }).hidden;
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Scripts the test server's answers for `key` (see scripts/test-routes.mjs). */
export async function script(key: string, steps: unknown[]): Promise<void> {
  await fetch(`/__test__/script/${key}`, { method: 'POST', body: JSON.stringify(steps) });
}

/** What the test server saw for `key`: the request count and each request's headers. */
export async function seen(key: string): Promise<{ count: number; headers: { lastEventId: string | null; ifNoneMatch: string | null }[] }> {
  return (await fetch(`/__test__/seen/${key}`)).json() as Promise<{ count: number; headers: { lastEventId: string | null; ifNoneMatch: string | null }[] }>;
}

/**
 * Each test of the suite runs on a fresh fake clock; after each: the real clock again, the page
 * visible, motion allowed. Returns the current test's clock.
 */
export function fakeClockPerTest(): () => FakeClock {
  let current: FakeClock;
  beforeEach(() => {
    current = new FakeClock().install();
  });
  afterEach(async () => {
    useClock();
    restorePageVisibility();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
  return () => current;
}
