/**
 * The comparison as a table: the `table` view, and the screen-reader copy behind every chart.
 * Built with DOM calls and textContent (data is never markup), once per change of data, not
 * a Lit template per cell: behind 200 charts that halved what the wrapper costs over ECharts.
 */
import type { Comparison } from '../core/compare.js';
import { messages, type Locale } from '../core/messages.js';
import type { Indicator } from '../core/types.js';
import type { Model } from '../core/model.js';

export interface TableOptions {
  caption: string;
  locale: Locale;
  highlight?: string;
  onSelect: (row: Indicator, entity: string) => void;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
};

export function buildTable(c: Comparison<Model>, o: TableOptions): HTMLTableElement {
  const m = messages(o.locale);
  const table = el('table');
  table.append(el('caption', o.caption));
  const head = el('tr');
  const corner = el('th', m.entity);
  corner.scope = 'col';
  head.append(corner);
  for (const i of c.indicators) {
    const th = el('th', `${i.name}${i.unit ? `(${i.unit})` : ''}`);
    th.scope = 'col';
    head.append(th);
  }
  table.createTHead().append(head);
  const body = table.createTBody();
  // One listener for the table: each park's button names its pick by index.
  const picks: { row: Indicator; entity: string }[] = [];
  table.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button[data-pick]');
    const pick = button && picks[Number(button.getAttribute('data-pick'))];
    if (pick) o.onSelect(pick.row, pick.entity);
  });
  c.entities.forEach((e, k) => {
    const tr = body.insertRow();
    if (o.highlight === e.id) tr.className = 'highlight';
    const th = el('th');
    th.scope = 'row';
    const first = c.indicators.map((i) => i.cells[k].model).find((x) => x)?.row;
    if (first) {
      const button = el('button', e.name);
      button.type = 'button';
      button.dataset.pick = String(picks.push({ row: first, entity: e.id }) - 1);
      th.append(button);
    } else th.textContent = e.name;
    tr.append(th);
    for (const i of c.indicators) {
      const model = i.cells[k].model;
      const td = el('td');
      if (!model || model.view.value === null) {
        td.className = 'nodata';
        td.textContent = m.noData;
      } else {
        td.append(model.text.valueText);
        if (model.text.completion) td.append(el('br'), el('small', `${m.completion} ${model.text.completion}`));
      }
      tr.append(td);
    }
  });
  return table;
}
