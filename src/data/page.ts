/**
 * The page's lifecycle, as the live feed and the widgets see it: hidden (a background tab, a
 * minimised window, a frozen page) and offline. One set of listeners for the whole page,
 * added on first use; whoever listens gets a call on every change. Also when the current task
 * began, where the feed knows it.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let frozen = false;
let listening = false;

/** True while nobody can see the page: polling pauses and widgets defer their renders. */
export function pageHidden(): boolean {
  return frozen || document.visibilityState === 'hidden';
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
 * When the current task began, where the feed marked it (it does on receiving a document, whose
 * parse and validation run before any widget renders); null when not known. The render slices
 * count their budget from it; the feed clears it when the task ends.
 */
export const currentTask: { began: number | null } = { began: null };
