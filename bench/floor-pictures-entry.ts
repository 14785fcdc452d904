// Two more floors for the ranking (issue 12), each what the browser alone needs for a picture of
// 10 ranked rows drawn another way than `<kpi-ranking>`'s HTML: no Lit, no pipeline, the rows
// sorted once in plain code. Built twice by the bench, as `floor-svg` and `floor-canvas`; the
// bundle's own name says which picture it draws.
// - floor-svg: one <svg role="list"> a ranking, a <g role="listitem" aria-label> a row with
//   rank, name and figure as <text> and the bar as a <rect>;
// - floor-canvas: one <canvas> a ranking, drawn with fillText/fillRect (as ECharts draws), and
//   the rows as the canvas's fallback content (an <ol>, never laid out, still read by a screen
//   reader): the accessible canvas a wall needs at the least.
// The rank colours and sizes are the ranking's defaults (14 px text, 32 px rows, 360 px wide).
import { frames, makeHost, rankingDoc } from './fixtures.js';

const picture = import.meta.url.includes('floor-canvas') ? 'canvas' : 'svg';
const WIDTH = 360;
const ROW = 32;
const HEIGHT = 10 * ROW;
const host = makeHost();
const sheet = new CSSStyleSheet();
sheet.replaceSync(`:host { display: block; width: ${WIDTH}px; height: ${HEIGHT}px; font: 14px system-ui, 'Noto Sans CJK SC', sans-serif; color: #1f2937 }
  svg, canvas { display: block; width: ${WIDTH}px; height: ${HEIGHT}px }
  text { fill: #1f2937 } .rank { fill: #4b5563; text-anchor: middle } .top { fill: #2563eb; font-weight: 700 }
  .figure { text-anchor: end } rect { fill: #2563eb }`);

interface Ranked {
  rank: number;
  name: string;
  value: number;
}
function ranked(i: number, round: number): Ranked[] {
  const doc = rankingDoc(i, round);
  const rows = doc.indicators.map((x, k) => ({ rank: 0, name: doc.entities[k].name, value: x.value }));
  rows.sort((a, b) => b.value - a.value);
  rows.forEach((r, k) => (r.rank = k + 1));
  return rows;
}
const spoken = (r: Ranked) => `第 ${r.rank} 名 ${r.name} ${r.value} 亿元`;
const barWidth = (r: Ranked, rows: Ranked[]) => (80 * r.value) / rows[0].value;

// The fixture's names and figures are plain text: no escaping needed in this bench page.
const svgRow = (r: Ranked, k: number, rows: Ranked[]) =>
  `<g role="listitem" aria-label="${spoken(r)}" transform="translate(0 ${k * ROW})"><text class="rank${r.rank <= 3 ? ' top' : ''}" x="16" y="21">${r.rank}</text><text x="38" y="21">${r.name}</text><rect x="168" y="11" height="10" rx="2" width="${barWidth(r, rows)}"></rect><text class="figure" x="318" y="21">${r.value} 亿元</text></g>`;

const accent = '#2563eb';
function draw(canvas: HTMLCanvasElement, rows: Ranked[]) {
  const c = canvas.getContext('2d')!;
  // The text colour from the page's styles, as a themed canvas must read it (once a canvas).
  const text = (canvas.dataset.text ??= getComputedStyle(canvas).color);
  c.setTransform(devicePixelRatio, 0, 0, devicePixelRatio, 0, 0);
  c.clearRect(0, 0, WIDTH, HEIGHT);
  c.font = "14px system-ui, 'Noto Sans CJK SC', sans-serif";
  c.textBaseline = 'middle';
  rows.forEach((r, k) => {
    const y = k * ROW + ROW / 2;
    c.fillStyle = r.rank <= 3 ? accent : '#4b5563';
    c.textAlign = 'center';
    c.fillText(String(r.rank), 16, y);
    c.fillStyle = text;
    c.textAlign = 'left';
    c.fillText(r.name, 38, y, 120);
    c.fillStyle = accent;
    c.beginPath();
    c.roundRect(168, y - 5, barWidth(r, rows), 10, 2);
    c.fill();
    c.fillStyle = text;
    c.textAlign = 'right';
    c.fillText(`${r.value} 亿元`, 318, y);
  });
}

let roots: ShadowRoot[] = [];

window.bench = {
  async mount(n) {
    for (let i = 0; i < n; i++) {
      const el = document.createElement('div');
      const root = el.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      const rows = ranked(i, 0);
      if (picture === 'svg') root.innerHTML = `<svg role="list" aria-label="排名">${rows.map((r, k) => svgRow(r, k, rows)).join('')}</svg>`;
      else {
        const canvas = document.createElement('canvas');
        canvas.width = WIDTH * devicePixelRatio;
        canvas.height = HEIGHT * devicePixelRatio;
        canvas.innerHTML = `<ol aria-label="排名">${rows.map((r) => `<li>${spoken(r)}</li>`).join('')}</ol>`;
        root.append(canvas);
      }
      host.append(el);
      if (picture === 'canvas') draw(root.querySelector('canvas')!, rows);
      roots.push(root);
    }
    await frames();
  },
  async update(round) {
    roots.forEach((root, i) => {
      const rows = ranked(i, round);
      if (picture === 'svg') {
        root.querySelectorAll('g').forEach((g, k) => {
          const r = rows[k];
          g.setAttribute('aria-label', spoken(r));
          const texts = g.querySelectorAll('text');
          texts[1].textContent = r.name;
          texts[2].textContent = `${r.value} 亿元`;
          g.querySelector('rect')!.setAttribute('width', String(barWidth(r, rows)));
        });
      } else {
        const canvas = root.querySelector('canvas')!;
        canvas.querySelectorAll('li').forEach((li, k) => (li.textContent = spoken(rows[k])));
        draw(canvas, rows);
      }
    });
    await frames();
  },
  async clear() {
    roots = [];
    host.replaceChildren();
    await frames();
  },
};
