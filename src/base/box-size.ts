/**
 * BoxSize: what a widget's layout takes from its own size (a tile's text scaling with its box, a
 * lone target bar folding its row when narrow), written on its frame when the size changes.
 *
 * Container queries did this in CSS, but a size container restyles its subtree in a style pass
 * of its own during layout, at every update of what it holds: 500 tiles handed a document took
 * 152–162 ms a push as containers and 80–89 without (bench/README, session 14). Here one
 * ResizeObserver for the page reports sizes; they change rarely, updates are free of them.
 * Its callbacks run after layout and before paint, so the first frame drawn is already right.
 * Written by CSSOM (custom properties, data attributes): a strict CSP allows that, not a
 * `style` attribute, and Lit, which binds neither, never overwrites it.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** Writes on `frame` what a content box of `width` × `height` px decides. */
export type ApplySize = (frame: HTMLElement, width: number, height: number) => void;

let observer: ResizeObserver | undefined;
/** the observed hosts (a Map, not a WeakMap: the observer is let go when the last one leaves) */
const observed = new Map<Element, BoxSize>();

export class BoxSize implements ReactiveController {
  /** the host's content box, px; -1 until the observer has reported */
  private width = -1;
  private height = -1;
  /** what was last written, and where: a new frame (another state's template) is written again */
  private written: { frame: HTMLElement; width: number; height: number } | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly apply: ApplySize,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    observer ??= new ResizeObserver((entries) => {
      for (const e of entries) observed.get(e.target)?.resized(e.contentRect.width, e.contentRect.height);
    });
    observed.set(this.host, this);
    observer.observe(this.host);
  }

  hostDisconnected(): void {
    if (!observed.delete(this.host)) return;
    observer?.unobserve(this.host);
    if (observed.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** A render may have drawn a new frame: it gets the size at once (no query when nothing changed). */
  hostUpdated(): void {
    this.write();
  }

  /** Writes again at the next update even if the size has not changed (the sizes it is read in did: a font size). */
  invalidate(): void {
    this.written = null;
  }

  private resized(width: number, height: number): void {
    this.width = width;
    this.height = height;
    this.write();
  }

  private write(): void {
    if (this.width < 0) return; // not measured yet: the styles' defaults hold
    const frame = this.host.renderRoot.querySelector<HTMLElement>('.frame');
    const w = this.written;
    if (!frame || (w && w.frame === frame && w.width === this.width && w.height === this.height)) return;
    this.apply(frame, this.width, this.height);
    this.written = { frame, width: this.width, height: this.height };
  }
}
