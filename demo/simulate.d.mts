// Types of demo/simulate.mjs.
/** The document at a tick, from `base`: values in a bounded band around the base, asOf a day a tick (wrapping within the year). */
export function documentAt<T>(base: T, tick: number): T;
