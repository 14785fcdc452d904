/**
 * The page's lifecycle, as the live feed and the widgets see it: hidden (a background tab, a
 * minimised window, a frozen page) and offline. One set of listeners for the whole page,
 * added on first use; whoever listens gets a call on every change. Also the page's tasks: a
 * callback in the next task (one channel for everyone), and when the current task began, where
 * the feed knows it.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let frozen = false;
let listening = false;

/** True while nobody can see the page: polling pauses and widgets defer their renders. */
export function pageHidden(): boolean {
  // (`hidden`, not `visibilityState === 'hidden'`: every widget's every update asks, and a
  // boolean costs nothing to hand over where a string does.)
  return frozen || document.hidden;
}

export function pageOffline(): boolean {
  return navigator.onLine === false;
}

function changed(): void {
  for (const fn of [...listeners]) fn();
}

/** Calls `fn` on every change of hidden/visible, frozen/resumed, offline/online. Returns the way to stop. */
export function onPageChange(fn: Listener): () => void {
  if (!listening) {
    listening = true;
    document.addEventListener('visibilitychange', changed);
    document.addEventListener('freeze', () => {
      frozen = true;
      changed();
    });
    document.addEventListener('resume', () => {
      frozen = false;
      changed();
    });
    window.addEventListener('online', changed);
    window.addEventListener('offline', changed);
  }
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Resolves when the page is visible (at once if it is). */
export function whenVisible(): Promise<void> {
  if (!pageHidden()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = onPageChange(() => {
      if (pageHidden()) return;
      stop();
      resolve();
    });
  });
}

/**
 * Runs `fn` in a task of its own, after this one (the browser may paint and answer input first):
 * a MessageChannel message runs as soon as the task queue allows, where setTimeout(0) is clamped
 * to 4 ms when nested. One channel for the page; callbacks run in the order they were posted.
 */
export function inNextTask(fn: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queued.shift()?.();
  }
  queued.push(fn);
  channel.port2.postMessage(null);
}

let channel: MessageChannel | null = null;
const queued: (() => void)[] = [];

/**
 * When the current task began, where the feed marked it (it does on receiving a document, whose
 * parse and validation run before any widget renders); null when not known. The render slices
 * count their budget from it.
 */
export const currentTask: { began: number | null } = { began: null };

/**
 * Marks now as the start of the current task, so the render slices count the parse and
 * validation of a received document against the task's budget; the next task clears the mark.
 * (A task of another source that runs before then sees an older start: it renders less at
 * once, never more.)
 */
export function markTaskStart(): void {
  if (currentTask.began !== null) return;
  currentTask.began = performance.now();
  inNextTask(() => (currentTask.began = null));
}
