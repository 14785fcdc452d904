/**
 * The ranking's carousel: which rows show, when it advances, and why it is paused. A wall runs
 * all day, so the rules are the ones DataV's board users asked for: it pauses on hover, while
 * the list has keyboard focus, while the page is hidden and when the user presses pause; under
 * prefers-reduced-motion it does not advance by itself at all. A new document never touches the
 * timer: the position and the pace stay as they were (or it goes back to the top: `restart`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from '../data/clock.js';
import { onPageChange, pageHidden } from '../data/page.js';
import { reducedMotionQuery } from '../base/motion.js';

export interface CarouselSettings {
  /** rows in the list */
  count: number;
  /** rows visible at once */
  rows: number;
  step: 'row' | 'page';
  /** seconds between steps */
  interval: number;
  /** whether a step slides (no-animation: it jumps) */
  smooth: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

const mod = (i: number, n: number) => ((i % n) + n) % n;
/** How long a step slides: a third of the interval, at most 600 ms. */
const slideMs = (interval: number) => Math.min(600, interval * 300);

export class Carousel implements ReactiveController {
  /** the first visible row */
  position = 0;
  /** rows drawn above the viewport: the last step, so that it can slide into view */
  back = 0;
  /** the user pressed pause */
  userPaused = false;
  private hovered = false;
  private focused = false;
  private timer: number | undefined;
  private slide = false;
  private stopPage?: () => void;

  constructor(
    private readonly host: Host,
    private readonly settings: () => CarouselSettings,
    /** the element that slides (the list) */
    private readonly track: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  /** More rows than fit: the list pages. */
  get pages(): boolean {
    const s = this.settings();
    return s.count > s.rows && s.rows > 0;
  }

  /** Under prefers-reduced-motion the list only moves when asked. */
  get still(): boolean {
    return reducedMotionQuery()?.matches === true;
  }

  /** Whether it advances by itself now. */
  get running(): boolean {
    return this.pages && !this.still && !this.userPaused && !this.hovered && !this.focused && !pageHidden() && this.host.isConnected;
  }

  /** The rows to draw, by index into the list: the ones above (the last step) and the visible ones, wrapping round. */
  window(): number[] {
    const { count, rows } = this.settings();
    if (!this.pages) return Array.from({ length: count }, (_, i) => i);
    return Array.from({ length: this.back + rows }, (_, k) => mod(this.position - this.back + k, count));
  }

  hostConnected(): void {
    const on: [string, (e: Event) => void][] = [['mouseenter', this.onEnter], ['mouseleave', this.onLeave], ['focusin', this.onFocus], ['focusout', this.onBlur]];
    for (const [type, fn] of on) this.host.addEventListener(type, fn);
    this.stopPage = onPageChange(this.sync);
    reducedMotionQuery()?.addEventListener('change', this.sync);
    this.sync();
  }

  hostDisconnected(): void {
    const on: [string, (e: Event) => void][] = [['mouseenter', this.onEnter], ['mouseleave', this.onLeave], ['focusin', this.onFocus], ['focusout', this.onBlur]];
    for (const [type, fn] of on) this.host.removeEventListener(type, fn);
    this.stopPage?.();
    reducedMotionQuery()?.removeEventListener('change', this.sync);
    this.hovered = this.focused = false;
    this.stop();
  }

  /** After each render: keeps the position inside the list, slides a step into view, starts or stops the timer. */
  hostUpdated(): void {
    const { count } = this.settings();
    if (!this.pages && (this.position || this.back)) {
      this.position = this.back = 0;
      this.host.requestUpdate();
    } else if (count && this.position >= count) {
      this.position = mod(this.position, count);
      this.host.requestUpdate();
    }
    if (this.slide) this.slideIn();
    this.sync();
  }

  /** Goes to row `to` (wrapping round); `slide` animates a forward step. */
  go(to: number, slide = false): void {
    const { count } = this.settings();
    if (!this.pages) return;
    const next = mod(to, count);
    const ahead = mod(next - this.position, count);
    this.slide = slide && this.settings().smooth && ahead > 0;
    this.back = this.slide ? ahead : 0;
    this.position = next;
    this.host.requestUpdate();
  }

  /** One page on (`1`) or back (`-1`), as the paging buttons and keys do: no slide. */
  page(direction: 1 | -1): void {
    this.go(this.position + direction * this.settings().rows);
  }

  togglePause(): void {
    this.userPaused = !this.userPaused;
    this.host.requestUpdate();
    this.sync();
  }

  /** Back to the top, with a fresh interval (`on-update="restart"`). */
  restart(): void {
    this.go(0);
    this.stop();
    this.sync();
  }

  /** Starts the timer when it should run and does not; stops it when it should not. A running timer is left alone. */
  private readonly sync = (): void => {
    if (!this.running) this.stop();
    else if (this.timer === undefined) this.timer = clock.setTimeout(this.advance, this.settings().interval * 1000);
  };

  /** (Only when a timer is set: clearTimeout costs even with none, ~0.5 ms per ranking over 200 of them.) */
  private stop(): void {
    if (this.timer === undefined) return;
    clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly advance = (): void => {
    this.timer = undefined;
    if (!this.running) return;
    const s = this.settings();
    this.go(this.position + (s.step === 'page' ? s.rows : 1), true);
    this.sync();
  };

  /** The rows above the viewport slide up out of it (compositor-only: a transform). */
  private slideIn(): void {
    this.slide = false;
    const track = this.track();
    const row = track?.firstElementChild as HTMLElement | null | undefined;
    if (!track || !row || !this.back) return;
    const shift = this.back * row.offsetHeight;
    track.animate([{ transform: 'translateY(0)' }, { transform: `translateY(${-shift}px)` }], { duration: slideMs(this.settings().interval), easing: 'ease-in-out' });
  }

  private readonly onEnter = (): void => {
    this.hovered = true;
    this.sync();
  };
  private readonly onLeave = (): void => {
    this.hovered = false;
    this.sync();
  };
  /** Focus in the list pauses it; on the controls it does not (pressing play must play). */
  private readonly onFocus = (e: Event): void => {
    this.focused = !(e.composedPath()[0] as Element | undefined)?.closest?.('.controls');
    this.sync();
  };
  private readonly onBlur = (): void => {
    this.focused = false;
    this.sync();
  };
}
