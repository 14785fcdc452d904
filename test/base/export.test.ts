// A widget's rows taken away: toCSV() for a spreadsheet, toJSON() for a script.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { KpiElement } from '../../src/base/kpi-element.js';
import { shownContent } from '../../src/base/picture.js';

const doc = {
  asOf: '2024-08-21',
  indicators: [
    { id: 'signed', name: '新签约项目签约额', unit: '亿元', value: 372.5, target: 600, period: { start: '2024-01-01', end: '2024-12-31' } },
    { id: 'hte', name: '=HYPERLINK("http://x","点我")', unit: '家', value: 175, target: 300 },
    { id: 'neg', name: '-2+3', unit: '亿元', value: -5, target: 10 },
  ],
};

/** Splits CSV text into cells (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') rows.at(-1)!.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') rows.at(-1)!.push(cell), (cell = ''), rows.push([]), i++;
    else cell += c;
  }
  return rows.filter((r) => r.length > 0);
}

describe('export: toCSV and toJSON', () => {
  it('a list: a BOM, CRLF, localized headings, raw numbers that round-trip and the text as shown', async () => {
    const el = await fixture<KpiElement>(html`<kpi-target-bar no-animation .data=${doc}></kpi-target-bar>`);
    const csv = el.toCSV();
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    expect(csv.endsWith('\r\n')).to.equal(true);
    const [head, ...rows] = parseCsv(csv.slice(1));
    expect(head).to.deep.equal(['指标编号', '主体', '指标', '数值', '单位', '目标', '完成率', '显示值', '显示完成率', '与序时进度', '数据截至']);
    expect(rows.map((r) => Number(r[3]))).to.deep.equal([372.5, 175, -5]);
    expect(rows.map((r) => Number(r[5]))).to.deep.equal([600, 300, 10]);
    expect(Number(rows[0][6])).to.be.closeTo(372.5 / 600, 1e-9);
    expect(rows[0].slice(7, 9)).to.deep.equal(['372.5 亿元', '62.1%']);
    expect(rows[0][10]).to.equal('2024-08-21');
  });

  it('a cell a spreadsheet would run as a formula is kept as text', async () => {
    const el = await fixture<KpiElement>(html`<kpi-target-bar no-animation .data=${doc}></kpi-target-bar>`);
    const rows = parseCsv(el.toCSV().slice(1)).slice(1);
    const names = rows.map((r) => r[2]);
    expect(names.find((n) => n.includes('HYPERLINK'))?.startsWith("'")).to.equal(true);
    expect(names).to.include("'-2+3");
    // raw negative numbers stay numbers
    expect(rows.find((r) => r[0] === 'neg')?.[3]).to.equal('-5');
  });

  it('in English, with English headings; one gauge exports its one row', async () => {
    const el = await fixture<KpiElement>(html`<kpi-gauge no-animation locale="en" indicator="signed" .data=${doc}></kpi-gauge>`);
    const [head, ...rows] = parseCsv(el.toCSV().slice(1));
    expect(head[0]).to.equal('id');
    expect(rows.length).to.equal(1);
    expect(rows[0][0]).to.equal('signed');
  });

  it('toJSON gives the rows as validated and the asOf; JSON.stringify(el) gives the same', async () => {
    const el = await fixture<KpiElement>(html`<kpi-stat no-animation indicator="hte" .data=${doc}></kpi-stat>`);
    const data = el.toJSON();
    expect(data.asOf).to.equal('2024-08-21');
    expect(data.rows.map((r) => [r.id, r.value])).to.deep.equal([['hte', 175]]);
    expect(JSON.parse(JSON.stringify(el))).to.deep.equal(JSON.parse(JSON.stringify(data)));
  });

  it('nothing shown: the header only, and no rows', async () => {
    const el = await fixture<KpiElement>(html`<kpi-gauge></kpi-gauge>`);
    expect(parseCsv(el.toCSV().slice(1)).length).to.equal(1);
    expect(el.toJSON()).to.deep.equal({ asOf: null, rows: [] });
  });
});

describe('export: toSVG and toPNG', () => {
  for (const [name, tpl] of [
    ['gauge', html`<kpi-gauge no-animation indicator="signed" .data=${doc}></kpi-gauge>`],
    ['target-bar', html`<kpi-target-bar no-animation .data=${doc}></kpi-target-bar>`],
    ['stat', html`<kpi-stat no-animation indicator="signed" .data=${doc}></kpi-stat>`],
    ['ranking', html`<kpi-ranking no-animation indicator="signed" .data=${doc}></kpi-ranking>`],
  ] as const) {
    it(`${name}: the SVG parses, is the widget's size, holds the value text and no page CSS`, async () => {
      const el = await fixture<KpiElement>(tpl);
      const svg = await el.toSVG();
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(parsed.querySelector('parsererror')).to.equal(null);
      const root = parsed.documentElement;
      const box = el.getBoundingClientRect();
      expect(Number(root.getAttribute('width'))).to.equal(Math.ceil(box.width));
      expect(Number(root.getAttribute('height'))).to.equal(Math.ceil(box.height));
      expect(root.textContent).to.contain('372.5');
      expect(svg).not.to.contain('<style');
      expect(svg).not.to.contain('var(--'); // colours resolved
    });

    it(`${name}: the PNG decodes at the scale asked for`, async () => {
      const el = await fixture<KpiElement>(tpl);
      const box = el.getBoundingClientRect();
      const png = await el.toPNG({ scale: 3 });
      expect(png.type).to.equal('image/png');
      const bitmap = await createImageBitmap(png);
      expect([bitmap.width, bitmap.height]).to.deep.equal([Math.round(Math.ceil(box.width) * 3), Math.round(Math.ceil(box.height) * 3)]);
      // not blank: some pixel differs from the first
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      let differs = 0;
      for (let i = 4; i < data.length; i += 4) if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) differs++;
      expect(differs).to.be.greaterThan(100);
    });
  }

  it('ranking: a rank drawn as generated text is in the picture as it shows (1), not as it is spoken (第 1 名)', async () => {
    const el = await fixture<KpiElement>(html`<kpi-ranking no-animation indicator="signed" .data=${doc}></kpi-ranking>`);
    const parsed = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
    const rank = parsed.querySelector('[part~="rank"] > span');
    expect(rank?.textContent).to.equal('1');
    expect(parsed.documentElement.textContent).not.to.contain('第 1 名');
  });

  it('shownContent reads the shown strings of a computed content, up to its alternative text', () => {
    expect(shownContent('"2" / "第 " "2" " 名"')).to.equal('2');
    expect(shownContent('"a \\"b\\""')).to.equal('a "b"');
    expect(shownContent('""')).to.equal('');
    expect(shownContent('counter(x)')).to.equal('');
  });
});

describe('export: the menu (export attribute)', () => {
  it('is off by default; on, a button opens PNG / SVG / CSV, accessible open and closed', async () => {
    const plain = await fixture<KpiElement>(html`<kpi-gauge no-animation indicator="signed" .data=${doc}></kpi-gauge>`);
    expect(plain.shadowRoot!.querySelector('[part~="export"]')).to.equal(null);
    const el = await fixture<KpiElement>(html`<kpi-gauge export no-animation indicator="signed" .data=${doc}></kpi-gauge>`);
    const button = await menuButton(el);
    expect(getComputedStyle(button).position === 'static' && getComputedStyle(button.parentElement!).position).to.equal('absolute'); // its styles came with it
    expect(button.textContent).to.equal('导出');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const items = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
    expect(items.map((b) => b.textContent)).to.deep.equal(['PNG 图片', 'SVG 矢量图', 'CSV 表格']);
    await expect(el).to.be.accessible();
    // Escape closes it and the focus goes back to the button
    items[0].focus();
    items[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="menu"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('a choice fires a cancelable kpi-export with the file; the picture leaves the menu out', async () => {
    const el = await fixture<KpiElement>(html`<kpi-gauge export no-animation indicator="signed" .data=${doc}></kpi-gauge>`);
    await menuButton(el);
    const got: { kind: string; filename: string; blob: Blob }[] = [];
    el.addEventListener('kpi-export', (e) => {
      e.preventDefault(); // the page takes the file: no download
      got.push((e as CustomEvent<{ kind: string; filename: string; blob: Blob }>).detail);
    });
    for (const index of [2, 1]) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="export-button"]')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')[index].click();
      await waitForCount(got, 3 - index);
    }
    expect(got.map((g) => [g.kind, g.filename])).to.deep.equal([['csv', 'kpi-gauge-2024-08-21.csv'], ['svg', 'kpi-gauge-2024-08-21.svg']]);
    // the file starts with the UTF-8 BOM bytes (Blob.text() would strip it)
    expect([...new Uint8Array(await got[0].blob.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const svg = await got[1].blob.text();
    expect(svg).to.contain('372.5');
    expect(svg).not.to.contain('导出');
  });
});

/** The export button, once the menu's module has loaded. */
async function menuButton(el: KpiElement): Promise<HTMLButtonElement> {
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    const b = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="export-button"]');
    if (b) return b;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('no export button');
}

async function waitForCount(list: unknown[], n: number): Promise<void> {
  for (let i = 0; i < 100 && list.length < n; i++) await new Promise((r) => setTimeout(r, 20));
  expect(list.length).to.equal(n);
}
