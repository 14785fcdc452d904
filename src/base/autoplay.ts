/**
 * Autoplay for whatever advances by itself on a wall (a ranking's carousel, a board's pages):
 * one timer, and the rules users of Grafana's playlists and DataV's boards asked for. It pauses
 * on hover, while keyboard focus is inside (not on its own controls: pressing play must play),
 * while the page is hidden and when the user presses pause; under prefers-reduced-motion it does
 * not advance by itself at all. Nothing else touches the timer: a new document does not restart
 * it, so the pace stays as it was.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from '../data/clock.js';
import { onPageChange, pageHidden } from '../data/page.js';
import { reducedMotionQuery } from './motion.js';

export type PauseOn = 'hover' | 'focus' | 'hidden';
const ALL: ReadonlySet<PauseOn> = new Set(['hover', 'focus', 'hidden']);

export interface AutoplaySettings {
  /** ms until the next step; null: nothing to advance now */
  delay: () => number | null;
  advance: () => void;
  /** what pauses it (all three by default) */
  pauseOn?: () => ReadonlySet<PauseOn>;
}

type Host = ReactiveControllerHost & HTMLElement;

export class Autoplay implements ReactiveController {
  /** the user pressed pause */
  userPaused = false;
  private hovered = false;
  private focused = false;
  private timer: number | undefined = undefined;
  private stopPage: (() => void) | null = null;
  private readonly on: [string, (e: Event) => void][] = [
    ['mouseenter', () => this.set('hovered', true)],
    ['mouseleave', () => this.set('hovered', false)],
    ['focusin', (e) => this.set('focused', !(e.composedPath()[0] as Element | undefined)?.closest?.('.controls'))],
    ['focusout', () => this.set('focused', false)],
  ];

  constructor(
    private readonly host: Host,
    private readonly settings: AutoplaySettings,
  ) {
    host.addController(this);
  }

  /** Under prefers-reduced-motion nothing advances by itself. */
  get still(): boolean {
    return reducedMotionQuery()?.matches === true;
  }

  /** Whether it advances by itself now. */
  get running(): boolean {
    const pauseOn = this.settings.pauseOn?.() ?? ALL;
    const held = (pauseOn.has('hover') && this.hovered) || (pauseOn.has('focus') && this.focused) || (pauseOn.has('hidden') && pageHidden());
    return !this.still && !this.userPaused && !held && this.host.isConnected && this.settings.delay() !== null;
  }

  hostConnected(): void {
    for (const [type, fn] of this.on) this.host.addEventListener(type, fn);
    this.stopPage = onPageChange(this.sync);
    reducedMotionQuery()?.addEventListener('change', this.sync);
    this.sync();
  }

  hostDisconnected(): void {
    for (const [type, fn] of this.on) this.host.removeEventListener(type, fn);
    this.stopPage?.();
    reducedMotionQuery()?.removeEventListener('change', this.sync);
    this.hovered = this.focused = false;
    this.stop();
  }

  hostUpdated(): void {
    this.sync();
  }

  togglePause(): void {
    this.userPaused = !this.userPaused;
    this.host.requestUpdate();
    this.sync();
  }

  /** A fresh interval from now. */
  restart(): void {
    this.stop();
    this.sync();
  }

  /** Starts the timer when it should run and does not; stops it when it should not. A running timer is left alone. */
  readonly sync = (): void => {
    if (!this.running) this.stop();
    else if (this.timer === undefined) this.timer = clock.setTimeout(this.fire, this.settings.delay() ?? 0);
  };

  /** (Only when a timer is set: clearTimeout costs even with none, ~0.5 ms per ranking over 200 of them.) */
  private stop(): void {
    if (this.timer === undefined) return;
    clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly fire = (): void => {
    this.timer = undefined;
    if (!this.running) return;
    this.settings.advance();
    this.sync();
  };

  private set(what: 'hovered' | 'focused', on: boolean): void {
    this[what] = on;
    this.sync();
  }
}
