/**
 * Attribute converters. A numeric attribute is a number property: absent, empty, "null" or
 * text that is not a number reads as null, never NaN.
 */
import type { ComplexAttributeConverter } from 'lit';

export function parseNumber(text: string | null): number | null {
  if (text === null) return null;
  const t = text.trim();
  if (t === '' || t === 'null') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

export const numberAttribute: ComplexAttributeConverter<number | null> = {
  fromAttribute: parseNumber,
  toAttribute: (n) => (n === null || n === undefined ? null : String(n)),
};
