/** The park comparison both sides of the benchmark draw: the four parks on four indicators. */
import parks from '../demo/data/parks-demo.json';

export const COMPARE_INDICATORS = 'industrial-output,fai,hte-total,sishang-total';

/** The sample document with every value nudged by `round`, so an update changes every bar. */
export function parksDoc(round: number): unknown {
  return {
    ...parks,
    indicators: parks.indicators.map((r, i) => ({ ...r, value: (r.value as number | null) === null ? null : r.value * (1 + (((i * 7 + round * 3) % 11) - 5) / 100) })),
  };
}
