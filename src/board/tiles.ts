/**
 * A board's tiles: each widget of a page as the element it names, in a box placed by the
 * page's layout, or an error tile in its place. Built with DOM calls from the validated board:
 * tags come from a fixed table, attributes are set as text, text is textContent, and the only
 * styles are the layout's numbers.
 */
import type { BrokenWidget, ValidPage, ValidWidget } from '../core/board.js';
import { describeBoardProblem } from '../core/board-messages.js';
import type { WidgetType } from '../core/board-types.js';

/** The element each widget type is. */
export const ELEMENT_OF: Record<Exclude<WidgetType, 'text' | 'clock'>, string> = {
  gauge: 'kpi-gauge',
  stat: 'kpi-stat',
  'target-bar': 'kpi-target-bar',
  'park-compare': 'kpi-park-compare',
  ranking: 'kpi-ranking',
};

/** A Lit element's class: its declared properties and their attributes. */
interface Declared {
  elementProperties?: Map<PropertyKey, { attribute?: string | boolean }>;
}

/** The attributes a widget type's element has (from the element's own property declarations). */
export function attributesOf(type: WidgetType): readonly string[] | undefined {
  if (type === 'text' || type === 'clock') return [];
  const cls = customElements.get(ELEMENT_OF[type]) as unknown as Declared | undefined;
  if (!cls?.elementProperties) return undefined;
  return [...cls.elementProperties].flatMap(([name, o]) => (o.attribute === false ? [] : [typeof o.attribute === 'string' ? o.attribute : String(name).toLowerCase()]));
}

/** Places a tile: pixels on a stage page, cells on a grid page (a widget without a cell flows). */
function place(tile: HTMLElement, w: ValidWidget | BrokenWidget, page: ValidPage): void {
  if (page.layout === 'stage' && w.at) Object.assign(tile.style, { left: `${w.at.x}px`, top: `${w.at.y}px`, width: `${w.at.w}px`, height: `${w.at.h}px` });
  if (page.layout === 'grid' && w.cell) {
    Object.assign(tile.style, { gridColumn: `${w.cell.x + 1} / span ${w.cell.w}`, gridRow: `${w.cell.y + 1} / span ${w.cell.h}` });
    tile.style.setProperty('--_h', String(w.cell.h)); // its height when a phone stacks the tiles
  }
}

function text(tag: string, className: string, content: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = content;
  return el;
}

/** A widget's tile: its title (if any) over the element, a text block, or a clock. */
export function tileOf(w: ValidWidget, page: ValidPage): HTMLElement {
  const tile = document.createElement('section');
  tile.className = `tile ${w.type}`;
  tile.dataset.widget = w.id;
  place(tile, w, page);
  if (w.title !== undefined) tile.append(text('h2', 'title', w.title));
  if (w.type === 'text') {
    if (w.text !== undefined) tile.append(text('p', 'text', w.text));
    return tile;
  }
  if (w.type === 'clock') {
    // The time with the feeds' connection beside it (the board's tick fills both), 数据截至 under them.
    const feed = text('span', 'feed', '');
    feed.hidden = true;
    feed.append(text('span', 'dot', ''), text('span', 'words', ''));
    const line = document.createElement('div');
    line.className = 'now';
    line.append(text('time', 'time', ''), feed);
    tile.append(line, text('span', 'as-of', ''));
    return tile;
  }
  const el = document.createElement(ELEMENT_OF[w.type]) as HTMLElement & { data?: unknown; drawsAlone?: boolean };
  // A wall's comparisons are big (10-25 ms a draw): each draws in a task of its own.
  if (w.type === 'park-compare') el.drawsAlone = true;
  for (const [k, v] of Object.entries(w.attributes)) el.setAttribute(k, v);
  if (w.data) el.data = w.data;
  else if (w.source) el.setAttribute('source', w.source);
  tile.append(el);
  return tile;
}

/** A broken widget's tile, in its own place: what is wrong, by path, in the board's locale. */
export function errorTileOf(w: BrokenWidget, page: ValidPage, locale: string, heading: string): HTMLElement {
  const tile = document.createElement('section');
  tile.className = 'tile error';
  if (w.id) tile.dataset.widget = w.id;
  place(tile, w, page);
  tile.append(text('h2', 'title', heading));
  for (const p of w.problems.slice(0, 3)) tile.append(text('p', 'problem', describeBoardProblem(p, locale)));
  return tile;
}
