import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { emit } from '../data/events.js';

export type Fit = 'contain' | 'cover' | 'width';

/** How a design of `w × h` fits a box of `W × H`: the scale and the offsets that centre it. */
export function fitStage(fit: Fit, w: number, h: number, W: number, H: number): { scale: number; x: number; y: number } {
  const sx = W / w;
  const sy = H / h;
  const scale = fit === 'cover' ? Math.max(sx, sy) : fit === 'width' ? sx : Math.min(sx, sy);
  return { scale, x: (W - w * scale) / 2, y: fit === 'width' ? 0 : (H - h * scale) / 2 };
}

/**
 * The command-centre stage: lays its children out at the design size and fits the result to
 * its own box (the window, by default), letterboxed and centred.
 *
 * @summary A design-size stage (1920×1080 by default) scaled to any screen. Children are laid
 * out in design pixels; SVG stays crisp under the scale, and ECharts canvases inside draw at
 * the effective pixel ratio. Pointer positions stay exact (a transform, not a CSS zoom).
 *
 * @slot - The wall's content, laid out at the design size (use CSS grid in the page).
 *
 * @fires kpi-screen-resize - The scale changed. `detail: { scale }`.
 *
 * @csspart stage - The design-size box that is scaled.
 *
 * @cssprop --kpi-screen-background - Behind the stage (the letterbox). Default: `#020a1a`.
 */
@customElement('kpi-screen')
export class KpiScreen extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      width: 100%;
      height: 100vh;
      overflow: hidden;
      background: var(--kpi-screen-background, #020a1a);
    }
    :host([fit='width']) {
      overflow-y: auto;
    }
    .stage {
      position: absolute;
      left: 0;
      top: 0;
      transform-origin: 0 0;
    }
  `;

  /** Width of the design in CSS pixels. */
  @property({ type: Number, attribute: 'design-width' }) designWidth = 1920;
  /** Height of the design in CSS pixels. */
  @property({ type: Number, attribute: 'design-height' }) designHeight = 1080;
  /** `contain` (letterbox, default), `cover` (fill, crop) or `width` (fit the width, scroll). */
  @property({ reflect: true }) fit: Fit = 'contain';

  @state() private currentScale = 1;
  @state() private offset = { x: 0, y: 0 };
  private resizer: ResizeObserver | null = null;

  /** The current scale of the stage (design pixels → CSS pixels). Read-only. */
  get scale(): number {
    return this.currentScale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizer = new ResizeObserver(() => this.measure());
    this.resizer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer?.disconnect();
    this.resizer = null;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    // Measured before rendering, so a change of design size or fit costs one update, not two.
    if (changed.has('designWidth') || changed.has('designHeight') || changed.has('fit')) this.measure();
  }

  private measure(): void {
    const w = this.designWidth > 0 ? this.designWidth : 1920;
    const h = this.designHeight > 0 ? this.designHeight : 1080;
    const fit = (['contain', 'cover', 'width'] as Fit[]).includes(this.fit) ? this.fit : 'contain';
    const { scale, x, y } = fitStage(fit, w, h, this.clientWidth, this.clientHeight);
    if (!(scale > 0) || (scale === this.scale && x === this.offset.x && y === this.offset.y)) return;
    const changedScale = scale !== this.scale;
    this.currentScale = scale;
    this.offset = { x, y };
    if (changedScale) emit(this, 'kpi-screen-resize', { scale });
  }

  protected override render() {
    const style = {
      width: `${this.designWidth}px`,
      height: `${this.designHeight}px`,
      transform: `translate(${this.offset.x}px, ${this.offset.y}px) scale(${this.scale})`,
    };
    return html`<div class="stage" part="stage" style=${styleMap(style)}><slot></slot></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-screen': KpiScreen;
  }
}
