/**
 * Puts the three themes' tokens into a document, for pages that load no CSS file: light on
 * :root, dark and screen under `data-kpi-theme`. Idempotent (one <style> per document).
 */
import { themeCss } from './tokens.js';

export function applyThemes(doc: Document = document): void {
  if (doc.getElementById('kpi-themes')) return;
  const style = doc.createElement('style');
  style.id = 'kpi-themes';
  style.textContent = (['light', 'dark', 'screen'] as const).map(themeCss).join('\n');
  doc.head.append(style);
}
