/**
 * What every widget draws around its content: the meter frame and its ARIA, the message frame
 * (loading, error, no data) and the stale/partial badges. Templates only; the base decides
 * which one shows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { plainNumber } from '../core/format.js';
import type { Messages } from '../core/messages.js';
import type { Model } from '../core/model.js';

export interface MeterAria {
  role: 'meter' | 'img';
  label: string;
  now?: string;
  min?: string;
  max?: string;
  text?: string;
}

/**
 * What a row says to a screen reader: `role="meter"` over the indicator's range, clamped,
 * with the sentence a sighted user reads as aria-valuetext; `role="img"` and that sentence as
 * its name when there is no value (a meter needs one). Numbers are plain digits (never 1e+21).
 * A stale row says so.
 */
export function meterAria({ view, text }: Model, staleText?: string): MeterAria {
  const said = staleText ? `${text.description}${staleText}` : text.description;
  if (view.value === null) return { role: 'img', label: said };
  const now = Math.min(view.max, Math.max(view.min, view.value));
  return { role: 'meter', label: text.label, now: plainNumber(now), min: plainNumber(view.min), max: plainNumber(view.max), text: said };
}

/** The frame of one row: the meter over `content`. Badges stay outside it (a meter's children are presentational). */
export function meterFrame(model: Model, stale: string | undefined, content: unknown): TemplateResult {
  const a = meterAria(model, stale);
  return html`<div
    part="base"
    class="frame content ${stale ? 'stale' : ''}"
    role=${a.role}
    aria-label=${a.label}
    aria-valuenow=${a.now ?? nothing}
    aria-valuemin=${a.min ?? nothing}
    aria-valuemax=${a.max ?? nothing}
    aria-valuetext=${a.text ?? nothing}
  >
    ${content}
  </div>`;
}

export type MessageState = { kind: 'loading' } | { kind: 'no-data' } | { kind: 'error'; text: string };

/** Loading, error and nothing-to-show, in a frame that scales its text with the box. */
export function messageFrame(state: MessageState, m: Messages): TemplateResult {
  const body =
    state.kind === 'error'
      ? html`<div class="message error" role="alert" part="error"><div>${m.error}</div><small>${state.text}</small></div>`
      : html`<div class="message" role="status">${state.kind === 'loading' ? m.loading : m.noData}</div>`;
  return html`<div part="base" class="frame boxed" aria-busy=${state.kind === 'loading' ? 'true' : 'false'}>${body}</div>`;
}

/** The stale stamp (数据截至 …) and the count of skipped rows; nothing when neither applies. */
export function badges(stale: string | undefined, skipped: number, m: Messages): TemplateResult | typeof nothing {
  if (!stale && skipped === 0) return nothing;
  return html`<div class="badges" part="badges">
    ${stale ? html`<span class="stale" part="stale">${stale}</span>` : nothing}
    ${skipped ? html`<span class="partial" part="partial" title=${m.partial(skipped)} role="img" aria-label=${m.partial(skipped)}>⚠ ${skipped}</span>` : nothing}
  </div>`;
}
