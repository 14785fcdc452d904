/**
 * What every widget's shadow root shares: the token defaults from src/theme/tokens.ts (so no CSS file is needed),
 * box sizing that fills the host, the state frames (loading, error, stale, partial) and
 * the status colours. Widgets add their own styles after it.
 */
import { css, unsafeCSS } from 'lit';
import { tokenDefaults } from '../theme/tokens.js';

export const baseStyles = css`
  :host {
    ${unsafeCSS(tokenDefaults())}
    display: inline-block;
    box-sizing: border-box;
    position: relative;
    overflow: hidden;
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    font-family: var(--_font);
    vertical-align: top;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .frame {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
  }
  /*
   * Stale: the graphics fade and the figures turn to the muted text colour, so an old value never
   * passes for a live one; text keeps a readable contrast (the muted colour is ≥ 4.5:1 in every theme).
   */
  .frame.stale {
    color: var(--_muted);
  }
  /* The badges (the stale stamp, the skipped-rows marker) get a line of their own under the drawing:
     in a small box the stamp covered the dial's labels, and the marker a list's last figures. */
  .frame:has(~ .badges) {
    padding-bottom: 18px;
  }
  .frame.stale :is(path, line, rect, circle) {
    opacity: 0.35;
  }
  /* A frame showing a message is a size container, so the message scales with the box. */
  .frame.boxed {
    container-type: size;
  }
  .message {
    margin: auto;
    padding: 0.5em;
    text-align: center;
    font-size: clamp(11px, 7cqmin, 22px);
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .message.error {
    color: var(--_bad);
  }
  .badges {
    position: absolute;
    right: 4px;
    bottom: 2px;
    display: flex;
    gap: 6px;
    font-size: 12px;
    color: var(--_muted);
    pointer-events: none;
  }
  .partial {
    color: var(--_warn);
    pointer-events: auto;
  }
  .good {
    --_status: var(--_good);
  }
  .warn {
    --_status: var(--_warn);
  }
  .bad {
    --_status: var(--_bad);
  }
  .neutral {
    --_status: var(--_neutral);
  }
  .name {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    unicode-bidi: isolate;
  }
`;
