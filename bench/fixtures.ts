/** The same indicator rows for every library in the benchmark. */
export const ROW_COUNT_TARGET = 600;

/**
 * The rows' 序时进度 (asOf 2024-08-21 is day 234 of 2024's 366) and the contract's default status
 * rule against it, for the sides written by hand (raw ECharts, the plain bullet): they draw the
 * widget's picture without its pipeline.
 */
export const SCHEDULE = 234 / 366;
export type BenchStatus = 'good' | 'warn' | 'bad';
export const statusOf = (completion: number): BenchStatus => (completion >= SCHEDULE ? 'good' : completion >= 0.9 * SCHEDULE ? 'warn' : 'bad');

export function row(i: number, round: number) {
  return {
    id: `signed-${i}`,
    name: `新签约项目签约额 ${i + 1}`,
    unit: '亿元',
    value: 200 + ((i * 37 + round * 53) % 380),
    target: ROW_COUNT_TARGET,
    period: { start: '2024-01-01', end: '2024-12-31' },
    asOf: '2024-08-21',
  };
}

export const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

export interface BenchApi {
  /** mounts n widgets of `kind` and waits until they are painted */
  mount(n: number, kind: string): Promise<void>;
  /** gives every mounted widget a new value and waits until painted */
  update(round: number): Promise<void>;
  /** removes (and disposes) every widget */
  clear(): Promise<void>;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}

export function makeHost(): HTMLElement {
  const host = document.createElement('div');
  host.style.cssText = 'display:flex;flex-wrap:wrap;gap:4px';
  document.body.append(host);
  return host;
}

/** A ranking's document: one indicator across `rows` enterprises, values moving with `round`. */
export function rankingDoc(i: number, round: number, rows = 10) {
  return {
    asOf: '2024-08-21',
    entities: Array.from({ length: rows }, (_, k) => ({ id: `e${k}`, name: `企业 ${i + 1}-${k + 1}` })),
    indicators: Array.from({ length: rows }, (_, k) => ({ id: 'revenue', name: '营业收入', unit: '亿元', value: 10 + ((k * 37 + i * 11 + round * 53) % 90), entity: `e${k}` })),
  };
}
