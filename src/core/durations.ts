/**
 * Durations as a person writes them in a board document: "500ms", "30s", "5m", "2h", "1d".
 * Digits, an optional fraction and a unit; nothing else ("1e9h", "-5s", "5 minutes" are refused).
 */
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION = /^(\d{1,9}(?:\.\d{1,3})?)(ms|s|m|h|d)$/;

/** Milliseconds, or null when the text is not a duration. */
export function parseDuration(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const m = DURATION.exec(text.trim());
  return m ? Math.round(Number(m[1]) * UNITS[m[2]]) : null;
}

/** The longest any duration may be: a week (a wall's unattended run). */
export const MAX_DURATION_MS = 7 * 86_400_000;
