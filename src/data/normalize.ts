/**
 * Turns what a page hands a widget into one document for core's validate():
 * an IndicatorSet, a lone Indicator (wrapped), JSON text, or plain attributes.
 */
import type { Indicator } from '../core/types.js';

/** A lone Indicator becomes a one-row set; text is parsed when it is JSON. */
export function asDocument(input: unknown): unknown {
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input) as unknown;
    } catch {
      return input; // validate() reports "not JSON" with the parser's words
    }
  }
  const isLoneRow =
    typeof doc === 'object' && doc !== null && !Array.isArray(doc) && !('indicators' in doc) && 'id' in doc;
  return isLoneRow ? { indicators: [doc] } : doc;
}

type Attr = string | number | null | undefined;

export interface PlainAttributes {
  name?: Attr;
  value?: Attr;
  target?: Attr;
  unit?: Attr;
  min?: Attr;
  max?: Attr;
}

/**
 * The simplest static use: `<kpi-gauge name="GDP 增速" value="7.2" target="7.5" unit="%">`.
 * Attribute text is read as a number here (HTML has no other way to say one); text that is
 * not a number is passed on unchanged so validate() reports it. An empty or "null" value is
 * no data. Returns null when there is nothing to show (no name and no value).
 */
export function fromAttributes(a: PlainAttributes): unknown {
  if (a.name == null && a.value == null) return null;
  const num = (s: Attr): unknown => {
    if (s == null) return undefined;
    if (typeof s === 'number') return s;
    const t = s.trim();
    if (t === '' || t === 'null') return null;
    const n = Number(t);
    return Number.isFinite(n) ? n : s;
  };
  const row: Record<string, unknown> = { id: 'value', name: String(a.name ?? ''), value: num(a.value) ?? null };
  for (const k of ['target', 'min', 'max'] as const) if (a[k] != null) row[k] = num(a[k]);
  if (a.unit != null) row.unit = String(a.unit);
  return { indicators: [row as unknown as Indicator] };
}
