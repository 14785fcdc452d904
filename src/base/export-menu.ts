/**
 * The optional export menu of every widget (the `export` attribute): a small button in the top
 * corner opening PNG / SVG / CSV. A choice fires a cancelable `kpi-export` event
 * `{ kind, filename, blob }`; unless the page cancels it (to upload or show the file itself),
 * the file downloads. The file name is the widget's tag and the data's date: nothing from the
 * data's text goes into it. The menu is left out of the pictures it makes.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../core/messages.js';

export type ExportKind = 'png' | 'svg' | 'csv';
export const EXPORT_KINDS: readonly ExportKind[] = ['png', 'svg', 'csv'];

export interface ExportMenuHost extends HTMLElement {
  toPNG(options?: { scale?: number }): Promise<Blob>;
  toSVG(): Promise<string>;
  toCSV(): string;
}

/** The file of one kind, as a Blob. */
export async function exportBlob(host: ExportMenuHost, kind: ExportKind): Promise<Blob> {
  if (kind === 'png') return host.toPNG();
  if (kind === 'svg') return new Blob([await host.toSVG()], { type: 'image/svg+xml' });
  return new Blob([host.toCSV()], { type: 'text/csv;charset=utf-8' });
}

/** Hands the file to the page (`kpi-export`), and downloads it unless the page took it. */
export function deliver(host: HTMLElement, kind: ExportKind, blob: Blob, asOf: string | null): void {
  const day = asOf && /^\d{4}-\d{2}-\d{2}/.test(asOf) ? `-${asOf.slice(0, 10)}` : '';
  const filename = `${host.localName}${day}.${kind}`;
  const event = new CustomEvent('kpi-export', { detail: { kind, filename, blob }, bubbles: true, composed: true, cancelable: true });
  if (!host.dispatchEvent(event)) return;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob); // our own Blob: never a URL from data
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Its own styles, adopted by a widget when it shows the menu: widgets without it do not carry them. */
export const menuStyles = css`
  /* tooltip colours, so it reads on every theme */
  .export {
    position: absolute;
    top: 4px;
    right: 4px;
    z-index: 2;
    font-size: 12px;
  }
  .export button {
    display: block;
    width: 100%;
    font: inherit;
    color: var(--_tip-text);
    background: var(--_tip-bg);
    border: 0;
    border-radius: 4px;
    padding: 2px 8px;
    white-space: nowrap;
    cursor: pointer;
  }
  .export button:focus-visible {
    outline: 2px solid var(--_schedule);
    outline-offset: 1px;
  }
  .export [role='menu'] {
    position: absolute;
    right: 0;
    top: 100%;
    margin-top: 2px;
    display: grid;
    gap: 2px;
  }
`;

/** Adds the menu's styles to a widget's shadow root, once. */
export function adoptMenuStyles(root: ShadowRoot): void {
  const sheet = menuStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** The button and, when open, its menu. */
export function exportMenu(open: boolean, m: Messages, toggle: () => void, choose: (kind: ExportKind) => void): TemplateResult {
  // Escape closes the menu and gives the focus back to its button.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    toggle();
    (e.currentTarget as HTMLElement).querySelector('button')?.focus();
  };
  return html`<div class="export" part="export" data-no-picture @keydown=${onKey}>
    <button type="button" part="export-button" aria-haspopup="menu" aria-expanded=${open ? 'true' : 'false'} @click=${toggle}>${m.exportMenu}</button>
    ${open
      ? html`<div role="menu" part="export-menu" aria-label=${m.exportMenu}>
          ${EXPORT_KINDS.map((k) => html`<button type="button" role="menuitem" @click=${() => choose(k)}>${m.exportAs[k]}</button>`)}
        </div>`
      : nothing}
  </div>`;
}
