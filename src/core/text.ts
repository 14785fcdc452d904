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

/**
 * About how wide `text` sets, counted from its characters, never measured (no layout read), as
 * [em, ch]: 1em a wide character (CJK, kana, Hangul, full-width forms: from U+2E80 on, and beyond
 * the BMP), 0.5ch a space or narrow punctuation, 1ch any other (the width of "0" in the font in
 * use: a tabular digit exactly, Latin letters about). For a column as wide as its longest text:
 * `calc(${em}em + ${ch}ch)`.
 */
export function textWidth(text: string): [em: number, ch: number] {
  let em = 0;
  let ch = 0;
  for (const c of text)
    if (c >= '\u2e80') em += 1;
    else ch += ' .,:;()[]!|'.includes(c) ? 0.5 : 1;
  return [em, ch];
}
