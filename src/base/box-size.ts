/**
 * BoxSize: what a widget's styles take from its own size (a tile's text and spacing scaling with
 * its box, a lone target bar folding its bar under its name), written on its frame when the size
 * changes.
 *
 * Container queries did this in CSS, but a size container restyles its subtree in a style pass
 * of its own during layout, at every update of what it holds: 500 tiles handed a document took
 * 154–173 ms a push as containers and 128–149 without (bench/README, session 14), and 200 one-row
 * target bars updated ~10 % slower (session 21). Here one ResizeObserver for the page reports
 * sizes; they change rarely, updates are free of them. Its callbacks run after layout and before
 * paint, so the first frame drawn is already right. Written by CSSOM or a data attribute (a
 * strict CSP allows both, not a `style` attribute); Lit, which binds neither there, never
 * overwrites them.
 *
 * What is observed must not change size by what is written (a ResizeObserver loop error): by
 * default the host, whose box the page sets; a widget whose height follows what is written (a
 * folded row) names a `measured` element instead, one whose box does not (an absolutely placed
 * box spanning the frame's width).
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** Writes on `frame` what a content box of `width` × `height` px decides. */
export type ApplySize = (frame: HTMLElement, width: number, height: number) => void;

let observer: ResizeObserver | undefined;
/** whose widget each observed element is (an observer with nothing observed holds nothing) */
const boxes = new WeakMap<Element, BoxSize>();

export class BoxSize implements ReactiveController {
  /** the observed content box, px; null until the observer has reported */
  private size: [number, number] | null = null;
  /** the frame last written, and the size written on it: a new frame (another state's template) is written again */
  private written: [HTMLElement?, number?, number?] = [];
  /** the element observed now (the host, or the `measured` one of the last render) */
  private observed: Element | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly apply: ApplySize,
    private readonly measured?: (root: HTMLElement | DocumentFragment) => Element | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observe(this.target());
  }

  hostDisconnected(): void {
    this.observe(null);
  }

  /**
   * A render may have drawn a new frame (another state's template): it gets the size at once,
   * and its measured element, if it has one, is observed (a widget draws one at a time: while
   * the one observed is still in the page, there is no other). An update that kept the frame
   * (nearly all: a feed's every push) costs a property read or two.
   */
  hostUpdated(): void {
    if (this.measured && !this.observed?.isConnected) this.observe(this.target());
    if (!this.written[0]?.isConnected) this.write();
  }

  private target(): Element | null {
    return this.measured ? this.measured(this.host.renderRoot) : this.host;
  }

  private observe(el: Element | null): void {
    if (el === this.observed || typeof ResizeObserver === 'undefined') return; // (no ResizeObserver: a DOM emulation in a test; the default box)
    observer ??= new ResizeObserver((entries) => {
      for (const e of entries) boxes.get(e.target)?.resized(e.contentRect.width, e.contentRect.height);
    });
    if (this.observed) observer.unobserve(this.observed);
    this.observed = el;
    if (el) {
      boxes.set(el, this);
      observer.observe(el);
    }
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
