/**
 * The time the live feed runs on: a monotonic clock for ages (immune to wall-clock jumps), the
 * wall clock for `asOf`, timers and jitter. One object, so that tests can swap in a fake clock
 * and step through minutes of polling and backoff without waiting for them.
 */
export interface Clock {
  /** monotonic milliseconds (performance.now()) */
  now(): number;
  /** wall-clock milliseconds since the epoch (Date.now()) */
  wallNow(): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
  /** in [0, 1): the jitter of a backoff */
  random(): number;
}

/** Browsers cap timers at 2^31 − 1 ms; a longer one would fire at once. */
export const MAX_TIMER = 2_147_483_647;

const realClock: Clock = {
  now: () => performance.now(),
  wallNow: () => Date.now(),
  setTimeout: (fn, ms) => window.setTimeout(fn, Math.min(Math.max(0, ms), MAX_TIMER)),
  clearTimeout: (id) => window.clearTimeout(id),
  random: () => Math.random(),
};

export let clock: Clock = realClock;

/** @internal Tests only: run the feed on another clock; `useClock()` restores the real one. */
export function useClock(next?: Clock): void {
  clock = next ?? realClock;
}
