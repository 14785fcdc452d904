/**
 * Tween: eases a number from its previous value to a new one, one requestUpdate per frame.
 * The first value shows at once (no count-up from 0); later changes animate unless the
 * host says not to (no-animation, prefers-reduced-motion, a hidden page).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageHidden } from '../data/page.js';

const ease = (t: number) => 1 - (1 - t) ** 3;

let reducedMotion: MediaQueryList | undefined;

/** The page's prefers-reduced-motion query (one, live): a carousel listens to it to stop and start. */
export function reducedMotionQuery(): MediaQueryList | undefined {
  return (reducedMotion ??= globalThis.matchMedia?.('(prefers-reduced-motion: reduce)'));
}

/**
 * Which widgets are outside the viewport, kept by one IntersectionObserver for the page.
 * Measuring each widget when it updates would force a layout per widget: a wall that
 * refreshes 50 gauges at once would lay the page out 50 times.
 */
let viewport: IntersectionObserver | undefined;
const watched = new WeakSet<Element>();
const offScreen = new WeakSet<Element>();

/**
 * Starts following whether a connected `host` is on screen (reported after the next frame);
 * its disconnect unobserves it.
 */
function watchViewport(host: Element): void {
  if (watched.has(host) || typeof IntersectionObserver === 'undefined') return;
  viewport ??= new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (e.isIntersecting) offScreen.delete(e.target);
      else offScreen.add(e.target);
    }
  });
  viewport.observe(host);
  watched.add(host);
}

/** Stops following `host` (on disconnect: nothing of it stays in the observer). */
export function unwatchViewport(host: Element): void {
  if (!watched.has(host)) return;
  viewport?.unobserve(host);
  watched.delete(host);
  offScreen.delete(host);
}

/**
 * Whether a change may animate: not when asked not to, not under prefers-reduced-motion,
 * not on a hidden page, and (given `host`) not for a widget outside the viewport — a wall
 * runs all day, and nobody watches what is off-screen. A widget is followed from its first
 * change on (widgets that never animate cost the observer nothing) and counts as on screen
 * until the observer has reported.
 */
export function motionAllowed(noAnimation: boolean, host?: Element): boolean {
  if (noAnimation || pageHidden()) return false;
  // One live query for the page, not one per update: it follows the user's setting.
  if (reducedMotionQuery()?.matches) return false;
  if (!host) return true;
  if (!host.isConnected) return false; // a detached widget is not seen: jump
  watchViewport(host);
  return !offScreen.has(host);
}

let tweenDuration = 600;

/**
 * How long a change animates, in ms, for every widget on the page (600 by default). Tests set
 * it short and wait for the end state instead of sleeping for an animation.
 */
export function setMotionDuration(ms: number): number {
  const before = tweenDuration;
  tweenDuration = Math.max(0, ms);
  return before;
}

export class Tween implements ReactiveController {
  /** the number to draw now */
  value: number | null = null;
  private to: number | null = null;
  private frame = 0;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Moves towards `to`; jumps when `animate` is false or there is nothing to move from. */
  set(to: number | null, animate: boolean): void {
    if (to === this.to) return;
    const from = this.value;
    this.to = to;
    cancelAnimationFrame(this.frame);
    if (!animate || from === null || to === null) {
      this.value = to;
      return;
    }
    const start = performance.now();
    const duration = tweenDuration;
    const step = (now: number) => {
      // A frame's timestamp is when the frame began, which can be before `start`: clamped, or
      // the first frame eased below `from` (300 → 400 showed 298 for a frame).
      const t = duration > 0 ? Math.min(1, Math.max(0, (now - start) / duration)) : 1;
      this.value = from + (to - from) * ease(t);
      this.host.requestUpdate();
      if (t < 1) this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.value = this.to; // re-attached: show the final value, no half-finished tween
  }
}
