// The simulated figures of the demo wall, one home for the dev server's live backend
// (live-backend.mjs) and the wall's own feed without a backend (wall.ts). Browser-safe.
// Computed from the published base at each tick, never from the previous tick: a wall left
// running for days shows figures in the same band as in its first minute (compounding from
// the last document made them grow without bound: 57,376,189 % after 5,000 ticks).

const COUNTS = new Set(['家', '个', '项']);
const DAY = 86_400_000;

/**
 * The document at a tick: values rise over the first 60 ticks (by up to 36 %), then move within
 * that band (counts such as 家 stay whole numbers); asOf moves on a day a tick (wrapping within
 * the year, so 序时进度 moves too).
 */
export function documentAt(base, tick) {
  const shift = (iso) => {
    const start = Date.parse(`${iso.slice(0, 4)}-01-01T00:00:00Z`);
    const day = (Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) - start) / DAY;
    return new Date(start + ((day + tick) % 365) * DAY).toISOString().slice(0, 10);
  };
  return {
    ...base,
    asOf: shift(base.asOf),
    indicators: base.indicators.map((r, i) => {
      if (r.value === null || typeof r.value !== 'number') return r;
      const grown = r.value * (1 + (((i * 37 + tick * 11) % 7) / 1000) * Math.min(tick, 60));
      const value = COUNTS.has(r.unit) ? Math.round(grown) : Math.round(grown * 100) / 100;
      return { ...r, value, ...(r.asOf && { asOf: shift(r.asOf) }) };
    }),
  };
}
