// The board case of `npm run bench` (BENCH_KINDS=board): 40 widgets on one source, mounted by a
// <kpi-board> from its document ('board') against the same 40 elements and <kpi-source> written
// by hand ('hand'). Mount ends when every widget has drawn its data.
import '../src/board/kpi-board.js';
import { frames, makeHost } from './fixtures.js';

const SRC = '/bench/plan.json';
const IDS = ['gdp-growth', 'signed-contracts', 'q3-signings', 'sensor-conf-signed', 'diamond-conf-signed', 'fai-h1', 'fai-h2', 'new-start-investment', 'special-bond-projects', 'micro-parks-new', 'micro-parks-total', 'hte-reserve', 'hte-new', 'innovative-smes-new', 'provincial-srdi-new', 'national-srdi-new'];

/** 16 gauges, 8 stats, 8 one-row target bars, 8 rankings: each with its element's attributes. */
function widgets(): { type: string; attributes: Record<string, string> }[] {
  const out: { type: string; attributes: Record<string, string> }[] = IDS.map((id) => ({ type: 'gauge', attributes: { indicator: id } }));
  for (let i = 0; i < 8; i++) out.push({ type: 'stat', attributes: { indicator: IDS[i] } });
  for (let i = 0; i < 8; i++) out.push({ type: 'target-bar', attributes: { indicator: IDS[8 + i] } });
  for (let i = 0; i < 8; i++) out.push({ type: 'ranking', attributes: { entity: 'gaoxin', rows: '5' } });
  return out;
}

const host = makeHost();
host.style.cssText = 'width:1920px;height:1080px;position:relative';

/** Resolves when `n` widgets have accepted a document. */
function drawn(n: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const on = (e: Event) => {
      const from = (e.composedPath()[0] as Element).localName;
      if (from !== 'kpi-source' && ++seen === n) {
        document.removeEventListener('kpi-data', on);
        resolve();
      }
    };
    document.addEventListener('kpi-data', on);
  });
}

window.bench = {
  async mount(_n, kind) {
    const list = widgets();
    const done = drawn(list.length);
    // 8 columns × 5 rows of 240 × 216 px, on a 1920×1080 stage / the same boxes by hand.
    const box = (i: number) => ({ x: (i % 8) * 240, y: Math.floor(i / 8) * 216, w: 236, h: 212 });
    if (kind === 'board') {
      const board = document.createElement('kpi-board');
      board.style.cssText = 'width:1920px;height:1080px';
      board.board = {
        version: 1,
        stage: { width: 1920, height: 1080 },
        sources: { main: { src: SRC } },
        defaults: { source: 'main' },
        pages: [{ id: 'p', widgets: list.map((w, i) => ({ id: `w${i}`, type: w.type, at: box(i), options: w.attributes })) }],
      };
      host.append(board);
    } else {
      const source = document.createElement('kpi-source');
      source.id = 'main';
      source.setAttribute('src', SRC);
      host.append(source);
      list.forEach((w, i) => {
        const el = document.createElement(`kpi-${w.type}`);
        for (const [k, v] of Object.entries(w.attributes)) el.setAttribute(k, v);
        el.setAttribute('source', 'main');
        const b = box(i);
        el.style.cssText = `position:absolute;left:${b.x}px;top:${b.y}px;width:${b.w}px;height:${b.h}px`;
        host.append(el);
      });
    }
    await done;
    await frames();
  },
  async update() {
    await frames();
  },
  async clear() {
    host.replaceChildren();
    await frames();
  },
};
