/**
 * Elements that print an age ("5 分钟前") re-render every 30 s while they do, on one timer for
 * the whole page (not one per widget), and not at all while the page is hidden: the first
 * frame after it is seen again prints the right age.
 */
import type { ReactiveControllerHost } from 'lit';
import { clock } from './clock.js';
import { onPageChange, pageHidden } from './page.js';

export const AGE_TICK_MS = 30_000;

const showing = new Set<ReactiveControllerHost>();
let timer: number | undefined;
let stopPage: (() => void) | null = null;

function arm(): void {
  if (showing.size === 0) {
    clock.clearTimeout(timer);
    timer = undefined;
    stopPage?.();
    stopPage = null;
    return;
  }
  stopPage ??= onPageChange(() => {
    if (!pageHidden()) tick();
  });
  if (timer === undefined && !pageHidden()) timer = clock.setTimeout(tick, AGE_TICK_MS);
}

function tick(): void {
  clock.clearTimeout(timer);
  timer = undefined;
  if (pageHidden()) return; // seen again: onPageChange ticks
  for (const host of [...showing]) host.requestUpdate();
  arm();
}

/** Whether `host` shows an age now (call after each render; false on disconnect). */
export function showsAge(host: ReactiveControllerHost, on: boolean): void {
  if (on === showing.has(host)) return;
  if (on) showing.add(host);
  else showing.delete(host);
  arm();
}
