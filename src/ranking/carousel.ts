/**
 * The ranking's carousel: which rows show and how a step slides. When it advances, and what
 * pauses it, is the shared autoplay's (src/base/autoplay.ts): hover, keyboard focus in the list,
 * a hidden page, the pause button; never under prefers-reduced-motion; a new document never
 * touches the timer (the position and the pace stay, or `restart` goes back to the top).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Autoplay } from '../base/autoplay.js';

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
  readonly autoplay: Autoplay;
  private slide = false;

  constructor(
    private readonly host: Host,
    private readonly settings: () => CarouselSettings,
    /** the element that slides (the list) */
    private readonly track: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
    this.autoplay = new Autoplay(host, {
      delay: () => (this.pages ? this.settings().interval * 1000 : null),
      advance: () => {
        const s = this.settings();
        this.go(this.position + (s.step === 'page' ? s.rows : 1), true);
      },
    });
  }

  /** More rows than fit: the list pages. */
  get pages(): boolean {
    const s = this.settings();
    return s.count > s.rows && s.rows > 0;
  }

  /** The rows to draw, by index into the list: the ones above (the last step) and the visible ones, wrapping round. */
  window(): number[] {
    const { count, rows } = this.settings();
    if (!this.pages) return Array.from({ length: count }, (_, i) => i);
    return Array.from({ length: this.back + rows }, (_, k) => mod(this.position - this.back + k, count));
  }

  /** After each render: keeps the position inside the list and slides a step into view. */
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

  /** Back to the top, with a fresh interval (`on-update="restart"`). */
  restart(): void {
    this.go(0);
    this.autoplay.restart();
  }

  /** The rows above the viewport slide up out of it (compositor-only: a transform). */
  private slideIn(): void {
    this.slide = false;
    const track = this.track();
    const row = track?.firstElementChild as HTMLElement | null | undefined;
    if (!track || !row || !this.back) return;
    const shift = this.back * row.offsetHeight;
    track.animate([{ transform: 'translateY(0)' }, { transform: `translateY(${-shift}px)` }], { duration: slideMs(this.settings().interval), easing: 'ease-in-out' });
  }
}
