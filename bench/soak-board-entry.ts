// The long run's page for the board (`npm run soak`): the demo wall's board document
// (demo/boards/gaoxin-2024.json) live from the simulated backend's SSE stream, its pages rotating
// every 5 s (the shortest dwell). Counts the documents the board's feed delivered, the pages
// shown and the long tasks; can pretend the page is hidden.
import '../src/board/kpi-board.js';
import board from '../demo/boards/gaoxin-2024.json';

/** What bench/soak.mjs reads (the wall's page has the first two). */
interface BoardSoak {
  updates(): number;
  pages(): number;
  /** the long tasks seen: start and duration, in the page's performance.now() ms */
  longTasks(): [number, number][];
  running(): number;
  setHidden(hidden: boolean): void;
  /** resolves once the page `id` has been shown and has settled for a second */
  onPage(id: string): Promise<void>;
  stop(): void;
}

const el = document.createElement('kpi-board');
el.style.cssText = 'width:1920px;height:1080px';
el.board = { ...board, pages: board.pages.map((p) => ({ ...p, dwell: '5s' })) };
document.body.append(el);
let updates = 0;
let pages = 0;
const longTasks: [number, number][] = [];
document.addEventListener('kpi-data', (e) => {
  if ((e.composedPath()[0] as Element).localName === 'kpi-source') updates += 1;
});
el.addEventListener('kpi-page', () => (pages += 1));
new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e): [number, number] => [e.startTime, e.duration]))).observe({ type: 'longtask' });

(window as unknown as { soak: BoardSoak }).soak = {
  updates: () => updates,
  pages: () => pages,
  longTasks: () => longTasks,
  /** animations running anywhere on the page, shadow trees included */
  running: () => document.getAnimations().filter((a) => a.playState === 'running').length,
  setHidden(hidden: boolean) {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  },
  onPage: (id) =>
    new Promise<void>((resolve) => {
      const on = (e: Event) => {
        if ((e as CustomEvent<{ id: string }>).detail.id !== id) return;
        el.removeEventListener('kpi-page', on);
        setTimeout(resolve, 1000);
      };
      el.addEventListener('kpi-page', on);
    }),
  stop: () => el.remove(),
};
