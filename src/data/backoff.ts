/**
 * When to try again after consecutive failures: exponential with jitter and a cap, and no
 * attempt limit (a wall must come back by itself when its server does). Never sooner than
 * the normal cadence, nor than the server's Retry-After.
 */
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 60_000;

/**
 * Milliseconds to wait after the `failures`-th failure in a row (1, 2, …): base × 2^failures,
 * capped, then "equal jitter" (a random point in its upper half) so that a wall of pages
 * that lost one server do not all come back in the same second.
 */
export function backoffDelay(failures: number, random: number, cadenceMs = 0, retryAfterMs = 0): number {
  const exp = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(Math.max(failures, 1), 16));
  const jittered = exp / 2 + (random * exp) / 2;
  return Math.round(Math.max(jittered, cadenceMs, retryAfterMs));
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date; 0 when absent or unreadable. */
export function retryAfterMs(header: string | null, wallNow: number): number {
  if (!header) return 0;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, 24 * 3_600_000);
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.min(Math.max(0, at - wallNow), 24 * 3_600_000) : 0;
}
