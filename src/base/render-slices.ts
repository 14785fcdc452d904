/**
 * Many widgets' renders spread over several tasks. A wall of 500 widgets handed one document
 * renders all of them in one go: ~250 ms in one task here, a long task during which input,
 * animations and the clock wait. Renders run at once while the current task has spent less
 * than BUDGET_MS; the rest wait for the next tasks, in the order they asked, BUDGET_MS each,
 * so the browser can answer input between them. A page with a few widgets never reaches the
 * budget: its renders run exactly as Lit runs them. A task's budget counts from its first
 * render, or from earlier when the feed marked where the task began (data/page.ts
 * currentTask: the document's parse and validation spend the same budget).
 * Why 40 ms: a long task is one over 50, and the last render and the microtasks after it need
 * the rest. Fewer slices are also fewer frames: each slice tends to be followed by a frame
 * with a frame's fixed costs. At 12 ms (before) a push to 500 widgets cost 1.43–1.45× the same
 * change with no script, at 40 ms 1.20–1.22×, no long task either way; 200 one-row bars updated
 * at once 2.7× a plain Lit element, then 2.0× (bench/README.md, session 16).
 * What slices do not bound is the frame: Chromium need not paint between them, and the style,
 * layout and paint of what they changed mostly come in one frame after the last (95–111 ms for
 * 500 widgets here; the same change written with no script at all, 130–165 ms: bench/README.md,
 * session 15). Pacing slices by frames would bound it at the cost of a frame's fixed work each.
 */
import { currentTask, inNextTask } from '../data/page.js';

const BUDGET_MS = 40;

type Waiting = () => void;
const waiting: Waiting[] = [];
/** performance.now() when the current task began rendering (or was marked as begun); null between tasks */
let taskStart: number | null = null;

/** In a new task: renders that waited, oldest first, until the budget is spent; the rest in the task after. */
function drain(): void {
  taskStart = performance.now();
  // At least one per task, so a single slow widget cannot stall the queue.
  do waiting.shift()?.();
  while (waiting.length > 0 && performance.now() - taskStart < BUDGET_MS);
  if (waiting.length > 0) inNextTask(drain);
  else taskStart = null;
}

/**
 * Starts this task's budget at its first render (or earlier: when the feed began handling the
 * document that caused it); the next task closes it (and renders whatever waits).
 */
function openTask(now: number): number {
  if (taskStart === null) {
    taskStart = currentTask.began ?? now;
    inNextTask(drain);
  }
  return taskStart;
}

/**
 * Runs `render` (a widget's update) now if this task still has budget and nobody is waiting,
 * else later; resolves (or rejects with its error) once it has run.
 */
export function inRenderSlice(render: () => unknown): void | Promise<void> {
  const now = performance.now();
  const start = openTask(now);
  if (waiting.length === 0 && now - start < BUDGET_MS) {
    render();
    return;
  }
  return new Promise<void>((resolve, reject) => {
    waiting.push(() => {
      try {
        render();
        resolve();
      } catch (e) {
        // What the render threw, as Lit itself would have seen it (whatever it is).
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        reject(e);
      }
    });
  });
}

/**
 * Runs `render` now, whatever the budget (a widget whose cost lies elsewhere: a chart draws in its
 * batch), and counts its time against this task's budget, so the renders after it wait their turn.
 */
export function renderAtOnce(render: () => unknown): void {
  openTask(performance.now());
  render();
}

/** Resolves in a new task (the browser may paint and answer input first): for work spread over tasks, one piece each. */
export function nextTaskTurn(): Promise<void> {
  return new Promise((resolve) => inNextTask(resolve));
}
