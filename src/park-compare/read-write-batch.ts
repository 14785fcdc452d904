/**
 * Read, then write, for every chart drawn in the same turn. Drawing a chart adds DOM, so a
 * chart that measures its box after another one has drawn forces a fresh layout: a board of
 * 200 charts paid 200 forced layouts (ECharts measures its container on init). Queued here,
 * every chart measures first (one layout), then every chart draws.
 *
 * Charts that finish loading in the same microtask turn share a batch: the first one queues
 * the flush behind the others' pending continuations.
 */
type Job = () => () => void;

let queue: Job[] = [];
const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/** Resolves once `write` has run with what `read` returned; rejects if either threw. */
export function readThenWrite<T>(read: () => T, write: (measured: T) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (queue.length === 0) queueMicrotask(flush);
    queue.push(() => {
      try {
        const measured = read();
        return () => {
          try {
            write(measured);
            resolve();
          } catch (e) {
            reject(asError(e));
          }
        };
      } catch (e) {
        return () => reject(asError(e));
      }
    });
  });
}

function flush(): void {
  const jobs = queue;
  queue = [];
  const writes = jobs.map((read) => read());
  for (const write of writes) write();
}
