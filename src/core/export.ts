/**
 * The rows a widget shows, as a table to take away: raw numbers for a script or a formula, and
 * the text as shown for a reader. CSV is what a Chinese Excel opens correctly (UTF-8 with a BOM,
 * CRLF) and never runs: a cell that a spreadsheet would read as a formula is kept as text.
 */
import { messages, type Locale } from './messages.js';
import type { Model } from './model.js';

export type Cell = string | number | null;

export interface ExportTable {
  columns: readonly string[];
  rows: Cell[][];
}

/** One line per row shown: id, entity, name as shown, value, unit, target, completion (a ratio), then the text as shown. */
export function exportTable(models: readonly Model[], locale: Locale): ExportTable {
  return {
    columns: messages(locale).exportColumns,
    rows: models.map(({ row, view, text }) => [
      row.id ?? null,
      row.entity ?? null,
      text.label,
      view.value,
      row.unit ?? null,
      view.target,
      view.completion,
      text.valueText,
      text.completion,
      text.gap,
      row.asOf ?? null,
    ]),
  };
}

/** A cell a spreadsheet would evaluate (=, +, -, @, or a tab / carriage return first) gets a leading apostrophe: text, not a formula. */
function csvCell(cell: Cell): string {
  if (cell === null) return '';
  let text = typeof cell === 'number' ? String(cell) : /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  if (/[",\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** RFC 4180 CSV with a UTF-8 BOM and CRLF line ends. */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns, ...table.rows].map((cells) => cells.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
