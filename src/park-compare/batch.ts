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
 *
 * A chart marked `alone` draws in a task of its own, after the others. A board's big charts
 * (10-25 ms each on a 1920×1080 stage) updated by one document made one 50-55 ms long task
 * together. Not by default: a yield lets the page render a frame, and a page of 200 small
 * charts (about 4.5 ms each) drawn one per task cost twice the CPU (measured: 2.09×); yielding
 * after any draw of 8 ms or more instead, 1.56× (their draws run from 3 to 37 ms, p90 13 ms,
 * so many of them yield anyway).
 */
import { nextTaskTurn } from '../base/render-slices.js';

export interface Phases<T> {
  measure(): T;
  create(measured: T): void;
  draw(measured: T): void;
  alone?: boolean;
}

type Job = { run: Phases<unknown>; resolve: () => void; reject: (e: Error) => void; measured?: unknown; failed?: Error };

let queue: Job[] = [];
const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/** Resolves once the chart has drawn; rejects with what threw in its phases (the others go on). */
export function inBatch<T>(phases: Phases<T>): Promise<void> {
  return new Promise((resolve, reject) => {
    if (queue.length === 0) queueMicrotask(() => void flush());
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

async function flush(): Promise<void> {
  const jobs = queue;
  queue = [];
  step(jobs, (job) => (job.measured = job.run.measure()));
  step(jobs, (job) => job.run.create(job.measured));
  const together = jobs.filter((job) => !job.run.alone);
  step(together, (job) => job.run.draw(job.measured));
  together.forEach(settle);
  for (const job of jobs.filter((j) => j.run.alone)) {
    await nextTaskTurn();
    step([job], (j) => j.run.draw(j.measured));
    settle(job);
  }
}

function settle(job: Job): void {
  if (job.failed) job.reject(job.failed);
  else job.resolve();
}
