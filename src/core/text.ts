/**
 * Text from data is only ever shown as text (Lit text bindings escape it). What escaping
 * cannot stop is a bidi control character reordering the rest of a label, so those are
 * removed, along with other invisible control characters.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function plainText(s: string): string {
  return s.replace(CONTROLS, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For the one place text must become HTML (an ECharts tooltip): every character that could open markup is escaped. */
export function escapeHtml(s: string): string {
  return plainText(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
