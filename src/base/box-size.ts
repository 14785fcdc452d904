/**
 * BoxSize: what a widget's styles take from its own size (a tile's text and spacing scaling with
 * its box), written on its frame when the size changes.
 *
 * Container queries did this in CSS, but a size container restyles its subtree in a style pass
 * of its own during layout, at every update of what it holds: 500 tiles handed a document took
 * 154–173 ms a push as containers and 128–149 without (bench/README, session 14). Here one
 * ResizeObserver for the page reports sizes; they change rarely, updates are free of them.
 * Its callbacks run after layout and before paint, so the first frame drawn is already right.
 * Written by CSSOM (custom properties): a strict CSP allows that, not a `style` attribute, and
 * Lit, which binds no style there, never overwrites it. Not for a size that what is written
 * changes (the host's height following a folded row): the observer would report it again in the
 * same frame, a ResizeObserver loop error.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** Writes on `frame` what a content box of `width` × `height` px decides. */
export type ApplySize = (frame: HTMLElement, width: number, height: number) => void;

let observer: ResizeObserver | undefined;
/** whose host each observed element is (an observer with nothing observed holds nothing) */
const boxes = new WeakMap<Element, BoxSize>();

export class BoxSize implements ReactiveController {
  /** the host's content box, px; null until the observer has reported */
  private size: [number, number] | null = null;
  /** the frame last written, and the size written on it: a new frame (another state's template) is written again */
  private written: [HTMLElement?, number?, number?] = [];

  constructor(
    private readonly host: ReactiveElement,
    private readonly apply: ApplySize,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return; // not a browser (a DOM emulation in a test): the default box
    observer ??= new ResizeObserver((entries) => {
      for (const e of entries) boxes.get(e.target)?.resized(e.contentRect.width, e.contentRect.height);
    });
    boxes.set(this.host, this);
    observer.observe(this.host);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.host);
  }

  /**
   * A render may have drawn a new frame (another state's template): it gets the size at once.
   * An update that kept the frame (nearly all: a feed's every push) costs one property read.
   */
  hostUpdated(): void {
    if (!this.written[0]?.isConnected) this.write();
  }

  private resized(width: number, height: number): void {
    this.size = [width, height];
    this.write();
  }

  private write(): void {
    if (!this.size) return; // not measured yet: the styles' defaults hold
    const frame = this.host.renderRoot.querySelector<HTMLElement>('.frame');
    const [width, height] = this.size;
    const [was, w, h] = this.written;
    if (!frame || (frame === was && width === w && height === h)) return;
    this.apply(frame, width, height);
    this.written = [frame, width, height];
  }
}
