/**
 * Charts drawn in the same turn go through three phases together: every chart measures
 * (its box, its theme), then every new chart creates its ECharts instance, then every chart
 * sets its option. Why: reading layout after another chart has changed the DOM forces a
 * fresh layout. Measured first, a board lays out once; created together, the page around
 * the charts settles in the first forced layout, and each later one (ECharts' tooltip reads
 * an offset) only lays out the one chart drawn before it, inside its own <svg>.
 *
 * Charts that finish loading in the same microtask turn share a batch: the first one queues
 * the flush behind the others' pending continuations.
 */
export interface Phases<T> {
  measure(): T;
  create(measured: T): void;
  draw(measured: T): void;
}

type Job = { run: Phases<unknown>; resolve: () => void; reject: (e: Error) => void; measured?: unknown; failed?: Error };

let queue: Job[] = [];
const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/** Resolves once the chart has drawn; rejects with what threw in its phases (the others go on). */
export function inBatch<T>(phases: Phases<T>): Promise<void> {
  return new Promise((resolve, reject) => {
    if (queue.length === 0) queueMicrotask(flush);
    queue.push({ run: phases, resolve, reject });
  });
}

function step(jobs: Job[], phase: (job: Job) => void): void {
  for (const job of jobs) {
    if (job.failed) continue;
    try {
      phase(job);
    } catch (e) {
      job.failed = asError(e);
    }
  }
}

function flush(): void {
  const jobs = queue;
  queue = [];
  step(jobs, (job) => (job.measured = job.run.measure()));
  step(jobs, (job) => job.run.create(job.measured));
  step(jobs, (job) => job.run.draw(job.measured));
  for (const job of jobs) {
    if (job.failed) job.reject(job.failed);
    else job.resolve();
  }
}
