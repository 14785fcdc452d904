import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/target-bar/kpi-target-bar.js';
import type { KpiTargetBar } from '../../src/target-bar/kpi-target-bar.js';
import { drawn, meterOf, settled, shownText } from '../helpers.js';
import type { KpiSelectDetail } from '../../src/data/events.js';

const selected = async (el: KpiTargetBar) => (await oneEvent<CustomEvent<KpiSelectDetail>>(el, 'kpi-select')).detail.row.id;
import { loadSample } from '../samples.js';

let plan: { title: string; indicators: { id: string; name: string }[] };
let zone2022: unknown;
before(async () => {
  plan = (await loadSample('gaoxin-2024-plan.json')) as typeof plan;
  zone2022 = await loadSample('gaoxin-2022.json');
});

const rows = (el: KpiTargetBar) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="row"]') ?? [])];
const names = (el: KpiTargetBar) => rows(el).map((r) => r.querySelector('[part="name"]')?.textContent);
const q = (row: Element, selector: string) => row.querySelector(selector);
/** A shape's box in the bar's 100 × 100 track units (what is drawn, whatever the markup). */
const box = (el: Element | null) => (el as SVGGraphicsElement).getBBox();
/** The colour an SVG shape is filled with, as computed (a status colour is a token the row resolves). */
const fillOf = (row: Element, selector: string) => getComputedStyle(row.querySelector(selector)!).fill;
const Y2024 = { start: '2024-01-01', end: '2024-12-31' };

describe('<kpi-target-bar>', () => {
  describe('one row', () => {
    it('draws 170.7 of 231.9 亿元 with completion 73.6%, the target tick and the schedule marker', async () => {
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${zone2022} indicator="key-projects-investment"></kpi-target-bar>`);
      await expect(el).to.be.accessible();
      const [row] = rows(el);
      expect(rows(el)).to.have.length(1);
      expect(q(row, '[part="figures"]')?.textContent).to.equal('170.7 / 231.9 亿元');
      expect(q(row, '[part="completion"]')?.textContent).to.equal('73.6%');
      expect(row.getAttribute('role')).to.equal('meter');
      expect(row.getAttribute('aria-valuetext')).to.match(/170\.7 亿元，完成 73\.6%，序时进度 74\.2%，落后 0\.6 个百分点$/);
      // a single row's scale ends at the target: the bar is 73.6 % long, the tick at 100
      expect(box(q(row, 'path.actual')).width).to.be.closeTo(73.6, 0.05);
      expect(box(q(row, 'path.target')).x).to.be.closeTo(100, 0.01);
      expect(box(q(row, 'path.schedule')).x).to.be.closeTo((271 / 365) * 100, 0.01);
    });

    it('runs past the target to a clamped end with an overflow cue, printing the true figures', async () => {
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${{ id: 'o', name: '超额', unit: '亿元', value: 150, target: 100 }} indicator="o"></kpi-target-bar>`);
      const [row] = rows(el);
      expect(box(q(row, 'path.actual')).width).to.be.closeTo(100, 0.01); // clamped at 1.25 × target
      expect(box(q(row, 'path.target')).x).to.be.closeTo(80, 0.01);
      expect(q(row, '.over-cue')).to.not.equal(null);
      expect(q(row, '[part="figures"]')?.textContent).to.equal('150 / 100 亿元');
      expect(q(row, '[part="completion"]')?.textContent).to.equal('150%');
    });

    it('reads lower-is-better correctly: shorter is better, the good band below the target', async () => {
      const data = { id: 'e', name: '万元GDP能耗', unit: '吨', value: 0.38, target: 0.4, better: 'lower' };
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${data} indicator="e"></kpi-target-bar>`);
      const [row] = rows(el);
      expect(fillOf(row, 'path.actual')).to.equal(fillOf(row, 'path.band.good')); // drawn in the good colour
      expect(box(q(row, 'path.actual')).width).to.be.closeTo(95, 0.01);
      // the good band covers the whole track: one box from 0, 100 wide
      expect(q(row, 'path.band.good')?.getAttribute('d')).to.equal('M0 0h100v100h-100z');
      expect(q(row, 'path.band.bad')?.getAttribute('d')).to.equal('');
      el.data = { ...data, value: 0.6 }; // target / value = 0.67: bad
      await el.updateComplete;
      expect(fillOf(rows(el)[0], 'path.actual')).to.equal(fillOf(rows(el)[0], 'path.band.bad'));
    });

    it('draws negative values as an empty bar and prints them', async () => {
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${{ id: 'n', name: '净流入', unit: '亿元', value: -5, target: 100 }} indicator="n"></kpi-target-bar>`);
      const [row] = rows(el);
      expect(box(q(row, 'path.actual')).width).to.equal(0);
      expect(q(row, '[part="figures"]')?.textContent).to.equal('-5 / 100 亿元');
      await expect(el).to.be.accessible();
    });

    it('shows a value without a target clearly, with no bar', async () => {
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${plan} indicator="fai-h1"></kpi-target-bar>`);
      const [row] = rows(el);
      expect(q(row, 'svg')).to.equal(null);
      expect(q(row, '.no-target')?.textContent).to.equal('未设目标');
      expect(q(row, '[part="figures"]')?.textContent).to.equal('133.8 亿元');
      await expect(el).to.be.accessible();
    });

    it('tells a screen reader when its data is stale: a lone row in its meter, a list in its name', async () => {
      const old = { id: 's', name: '签约额', unit: '亿元', value: 200, target: 600, asOf: '2024-08-21' };
      const lone = await fixture<KpiTargetBar>(html`<kpi-target-bar stale-after="60" .data=${old} indicator="s"></kpi-target-bar>`);
      expect(rows(lone)[0].getAttribute('aria-valuetext')).to.match(/^签约额 200 亿元，完成 33\.3%.*，数据可能已过期，数据截至 2024年8月21日 · \d+ 天前$/);
      await expect(lone).to.be.accessible();
      const list = await fixture<KpiTargetBar>(html`<kpi-target-bar stale-after="60" label="目标" .data=${{ indicators: [old, { ...old, id: 't' }] }}></kpi-target-bar>`);
      expect(list.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.match(/^目标，数据可能已过期，数据截至 2024年8月21日 · \d+ 天前$/);
      // a fresh row says nothing of the kind
      lone.staleAfter = null;
      await lone.updateComplete;
      expect(rows(lone)[0].getAttribute('aria-valuetext')).to.not.contain('过期');
      await expect(list).to.be.accessible();
    });

    it('shows target 0 without a bar or a ratio, and never NaN', async () => {
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${{ id: 'z', name: '零目标', value: 5, target: 0 }} indicator="z"></kpi-target-bar>`);
      expect(q(rows(el)[0], 'svg')).to.equal(null);
      expect(shownText(el)).to.not.match(/NaN|Infinity/);
    });
  });

  describe('width', () => {
    /** The host's box and each shown part's, in page pixels. */
    const boxes = (el: KpiTargetBar, row = rows(el)[0]) => {
      const part = (name: string) => row.querySelector<HTMLElement>(`[part~="${name}"]`)!.getBoundingClientRect();
      return { host: el.getBoundingClientRect(), name: part('name'), bar: part('bar'), figures: part('figures'), pct: part('completion'), gap: row.querySelector('.gap')!.getBoundingClientRect() };
    };

    it('gives the bar a line of its own at the default 480 px, and keeps one line at 720 px', async () => {
      const narrow = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${zone2022} indicator="key-projects-investment"></kpi-target-bar>`);
      await drawn(); // the row is measured after layout, before the frame is painted
      const n = boxes(narrow);
      expect(n.host.width).to.equal(480);
      // On one line the bar had 56 px of 480; under the name and figures it spans the row.
      expect(n.bar.width).to.be.at.least(0.95 * n.host.width);
      expect(n.bar.top).to.be.at.least(n.name.bottom - 1);
      expect(n.gap.right, 'the gap text inside the box').to.be.at.most(n.host.right + 0.5);
      await expect(narrow).to.be.accessible();

      const wide = await fixture<KpiTargetBar>(html`<kpi-target-bar style="width:720px" .data=${zone2022} indicator="key-projects-investment"></kpi-target-bar>`);
      await drawn();
      const w = boxes(wide);
      expect(w.bar.top, 'one line').to.be.below(w.name.bottom);
      expect(w.bar.left).to.be.above(w.name.right);
      expect(w.bar.width).to.be.at.least(0.25 * w.host.width);

      // Resized, it folds and unfolds by the frame after.
      wide.style.width = '480px';
      await drawn();
      expect(boxes(wide).bar.top, 'folded at 480 px').to.be.at.least(boxes(wide).name.bottom - 1);
      wide.style.width = '720px';
      await drawn();
      expect(boxes(wide).bar.top, 'one line again at 720 px').to.be.below(boxes(wide).name.bottom);
    });

    it('keeps every figure inside a 320 px box and drops only the gap text, which the meter still says', async () => {
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar style="width:320px" .data=${zone2022} indicator="key-projects-investment"></kpi-target-bar>`);
      await drawn();
      const b = boxes(el);
      for (const part of [b.name, b.bar, b.figures, b.pct]) expect(part.right).to.be.at.most(b.host.right + 0.5);
      expect(b.gap.width, 'gap text hidden').to.equal(0);
      expect(rows(el)[0].getAttribute('aria-valuetext')).to.contain('序时进度');
      await expect(el).to.be.accessible();
    });

    it('keeps a list of several rows at one line a row (aligned as a table; a wall sizes its box by rows)', async () => {
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${plan} max-rows="3"></kpi-target-bar>`);
      for (const row of rows(el)) {
        const b = boxes(el, row);
        expect(b.bar.top, 'one line').to.be.below(b.name.bottom);
        expect(b.bar.left).to.be.above(b.name.right);
      }
      // A list that shows one row is laid out as a lone bar.
      const one = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${plan} max-rows="1"></kpi-target-bar>`);
      await drawn();
      const b = boxes(one);
      expect(b.bar.width).to.be.at.least(0.95 * b.host.width);
      expect(b.bar.top).to.be.at.least(b.name.bottom - 1);
    });

    it('folds a list that comes to show one row, and a lone row drawn after loading', async () => {
      const list = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${plan} max-rows="3"></kpi-target-bar>`);
      await drawn();
      expect(boxes(list).bar.top, 'three rows: one line each').to.be.below(boxes(list).name.bottom);
      list.maxRows = 1;
      await list.updateComplete;
      await drawn();
      expect(boxes(list).bar.top, 'one row: folded').to.be.at.least(boxes(list).name.bottom - 1);

      let loaded!: (doc: unknown) => void;
      const lone = await fixture<KpiTargetBar>(html`<kpi-target-bar indicator="key-projects-investment" .data=${new Promise((r) => (loaded = r))}></kpi-target-bar>`);
      await drawn();
      loaded(zone2022);
      await settled(lone);
      await drawn();
      expect(boxes(lone).bar.top, 'folded once loaded').to.be.at.least(boxes(lone).name.bottom - 1);
    });

    it('gives a list\'s bars at least a fifth of the row at a wall\'s size; a long name gives way first', async () => {
      // The demo wall's list: 766 px at 21 px. The name column took its 30 % and the bar had 94 px
      // (12 %) beside "103.3 / 170.5 亿元" and "落后 22.2 个百分点".
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar style="width:766px; --kpi-target-bar-font-size:21px" .data=${plan} max-rows="6"></kpi-target-bar>`);
      let cut = 0;
      for (const row of rows(el)) {
        const host = el.getBoundingClientRect();
        const box = (sel: string) => row.querySelector(sel)!.getBoundingClientRect();
        // The bar's cell (a row without a target says so there instead of drawing a bar).
        expect(box('.cell').width, 'the bar track').to.be.at.least(0.2 * host.width - 0.5);
        for (const sel of ['.figures', '.pct', '.gap']) expect(box(sel).right, sel).to.be.at.most(host.right + 0.5);
        for (const sel of ['[part="figures"]', '[part="completion"]']) {
          const text = row.querySelector<HTMLElement>(sel)!;
          expect(text.scrollWidth, `${sel} whole`).to.be.at.most(text.clientWidth + 1);
        }
        const name = row.querySelector<HTMLElement>('[part="name"]')!;
        if (name.scrollWidth > name.clientWidth + 1) cut += 1;
        expect(name.title, 'the full name in its title').to.equal(name.textContent);
      }
      expect(cut, 'some names cut with an ellipsis').to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('ends a row squeezed under its 20em at its box\'s edge, its focus ring whole', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="display:flex; width:400px"><kpi-target-bar style="width:200px" .data=${zone2022} indicator="key-projects-investment"></kpi-target-bar><div style="flex:1"></div></div>`);
      const el = wrap.querySelector('kpi-target-bar') as KpiTargetBar;
      await el.updateComplete;
      await drawn();
      const host = el.getBoundingClientRect();
      const row = rows(el)[0];
      expect(row.getBoundingClientRect().right, 'the row is wider than its box').to.be.above(host.right + 20);
      // What is painted right of the box is the page, not the row.
      const beside = el.shadowRoot!.elementFromPoint(host.right + 10, row.getBoundingClientRect().top + 10);
      expect(beside === el || (beside !== null && el.shadowRoot!.contains(beside)), 'nothing of the row beyond the box').to.equal(false);
      row.focus();
      await el.updateComplete;
      expect(getComputedStyle(el).overflowClipMargin, 'room for the 2 px focus ring').to.equal('3px');
    });

    it('gives a shrink-to-fit host 20em, not nothing', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="display:flex"><kpi-target-bar style="width:auto" .data=${zone2022} indicator="key-projects-investment"></kpi-target-bar></div>`);
      const el = wrap.querySelector('kpi-target-bar') as KpiTargetBar;
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.equal(280);
    });
  });

  describe('list', () => {
    it('names the entity on each row of a document of several, but not in a list of one entity\'s rows', async () => {
      const data = {
        entities: [{ id: 'a', name: '石佛园区' }, { id: 'b', name: '梧桐园区' }],
        indicators: [
          { id: 'x', name: '工业总产值', unit: '亿元', value: 9, target: 13, entity: 'a' },
          { id: 'y', name: '固定资产投资', unit: '亿元', value: 4, target: 8, entity: 'a' },
          { id: 'x', name: '工业总产值', unit: '亿元', value: 33, target: 60, entity: 'b' },
        ],
      };
      const all = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${data}></kpi-target-bar>`);
      expect(names(all)).to.deep.equal(['石佛园区 工业总产值', '石佛园区 固定资产投资', '梧桐园区 工业总产值']);
      const one = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${data} entity="a"></kpi-target-bar>`);
      expect(names(one)).to.deep.equal(['工业总产值', '固定资产投资']);
      await expect(one).to.be.accessible();
    });

    it('takes `label` as a lone row\'s name and as a list\'s accessible name, never as a row\'s', async () => {
      const lone = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${plan} indicator="signed-contracts" label="签约额"></kpi-target-bar>`);
      expect(names(lone)).to.deep.equal(['签约额']);
      expect(meterOf(lone).getAttribute('aria-label')).to.equal('签约额');
      const list = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${plan} indicators="hte-new,signed-contracts" label="两项指标"></kpi-target-bar>`);
      expect(list.shadowRoot?.querySelector('ul')?.getAttribute('aria-label')).to.equal('两项指标');
      expect(names(list)).to.deep.equal(['新增高新技术企业', '新签约项目签约额']);
      await expect(lone).to.be.accessible();
    });

    it('lists every row of a set in a labelled list, each a meter', async () => {
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${plan}></kpi-target-bar>`);
      await expect(el).to.be.accessible();
      expect(el.shadowRoot?.querySelector('ul')?.getAttribute('aria-label')).to.equal(plan.title);
      expect(rows(el)).to.have.length(plan.indicators.length);
      expect(names(el)[0]).to.equal(plan.indicators[0].name);
    });

    it('picks and orders rows with indicators="a,b,c"', async () => {
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${plan} indicators="hte-new, signed-contracts,gdp-growth"></kpi-target-bar>`);
      expect(names(el)).to.deep.equal(['新增高新技术企业', '新签约项目签约额', '全年GDP增速']);
    });

    it('sorts by completion, gap or name, either way, rows without the figure last', async () => {
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${plan} sort="completion"></kpi-target-bar>`);
      const pcts = () => rows(el).map((r) => q(r, '[part="completion"]')?.textContent ?? '').filter(Boolean).map((t) => parseFloat(t));
      const ascending = pcts();
      expect(ascending).to.deep.equal([...ascending].sort((a, b) => a - b));
      expect(q(rows(el).at(-1) as Element, '[part="completion"]')?.textContent).to.equal('');
      el.sort = '-completion';
      await el.updateComplete;
      expect(pcts()).to.deep.equal([...ascending].sort((a, b) => b - a));
      el.sort = 'gap';
      await el.updateComplete;
      expect(q(rows(el)[0], '.gap')?.textContent).to.equal('落后 22.1 个百分点');
      el.sort = 'name';
      await el.updateComplete;
      const sorted = [...names(el)].sort((a, b) => new Intl.Collator('zh-CN').compare(a ?? '', b ?? ''));
      expect(names(el)).to.deep.equal(sorted);
    });

    it('shows at most max-rows, then "+N more"', async () => {
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${plan} max-rows="5"></kpi-target-bar>`);
      expect(rows(el)).to.have.length(5);
      expect(el.shadowRoot?.querySelector('[part="more"]')?.textContent).to.equal(`另有 ${plan.indicators.length - 5} 项`);
      await expect(el).to.be.accessible();
    });

    it('puts every row on one completion scale and values of one unit in one magnitude', async () => {
      const data = { indicators: [
        { id: 'a', name: 'A', unit: '万元', value: 8000, target: 10000 },
        { id: 'b', name: 'B', unit: '万元', value: 15230, target: 12000 },
        { id: 'c', name: 'C', unit: '家', value: 40, target: 50 },
      ] };
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${data}></kpi-target-bar>`);
      expect(rows(el).map((r) => q(r, '[part="figures"]')?.textContent)).to.deep.equal(['0.8 / 1 亿元', '1.52 / 1.2 亿元', '40 / 50 家']);
      // domain 1.3 capped at 1.25: the target ticks line up
      const ticks = rows(el).map((r) => box(q(r, 'path.target')).x);
      expect(ticks).to.deep.equal([80, 80, 80]);
    });

    it('reports duplicate (id, entity) rows and keeps the first', async () => {
      const data = { indicators: [{ id: 'a', name: 'A', value: 1, target: 2 }, { id: 'a', name: 'A again', value: 9, target: 2 }] };
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${data}></kpi-target-bar>`);
      expect(names(el)).to.deep.equal(['A']);
      expect(el.shadowRoot?.querySelector('[part="partial"]')?.getAttribute('aria-label')).to.equal('1 行数据有误，已跳过');
    });

    it('gives the skipped-rows marker a line of its own under a list, clear of the last row\'s figures', async () => {
      const data = { indicators: [{ id: 'a', name: 'A', value: 1, target: 2 }, { id: 'b', name: 'B', value: 2, target: 3 }, { id: 'bad', name: 'Bad', value: 'x' }] };
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${data} style="width:640px"></kpi-target-bar>`);
      const marker = el.shadowRoot!.querySelector('[part="partial"]')!.getBoundingClientRect();
      const lastRow = rows(el).at(-1)!.getBoundingClientRect();
      expect(marker.top).to.be.at.least(lastRow.bottom - 0.5);
      expect(marker.bottom).to.be.at.most(el.getBoundingClientRect().bottom + 0.5);
      await expect(el).to.be.accessible();
    });

    it('renders 2,000 rows and scrolls inside its box', async () => {
      const many = { indicators: Array.from({ length: 2000 }, (_, i) => ({ id: `r${i}`, name: `指标 ${i}`, unit: '亿元', value: i % 97, target: 100 })) };
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar style="height:400px" .data=${many}></kpi-target-bar>`);
      expect(rows(el)).to.have.length(2000);
      // the list scrolls inside the 400 px box (a lone row has no scroller of its own)
      const list = el.shadowRoot?.querySelector('[part="base"]') as HTMLElement;
      expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
      expect(list.getBoundingClientRect().height).to.be.at.most(400);
      expect(el.getBoundingClientRect().height).to.equal(400);
    });

    it('draws vertically and compactly', async () => {
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar orientation="vertical" compact .data=${plan} indicators="signed-contracts,hte-new"></kpi-target-bar>`);
      await expect(el).to.be.accessible();
      const bar = q(rows(el)[0], 'svg') as SVGSVGElement;
      const drawn = bar.getBoundingClientRect();
      expect(drawn.height).to.be.greaterThan(drawn.width);
      expect(box(q(rows(el)[0], 'path.actual')).height).to.be.closeTo(62, 0.05); // both under target: the scale ends at 1
    });
  });

  describe('interaction', () => {
    it('emits kpi-select with the row on click, Enter and Space', async () => {
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${plan} indicators="signed-contracts,hte-new"></kpi-target-bar>`);
      const [first, second] = rows(el);
      setTimeout(() => first.click());
      expect(await selected(el)).to.equal('signed-contracts');
      second.focus();
      setTimeout(() => second.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })));
      expect(await selected(el)).to.equal('hte-new');
      setTimeout(() => second.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true })));
      expect(await selected(el)).to.equal('hte-new');
    });

    it('is keyboard reachable, moves with the arrow keys, and shows escaped details on focus', async () => {
      const data = { indicators: [
        { id: 'a', name: 'A', value: 1, target: 2, source: '<img src=x onerror="window.__pwned=1">来源', asOf: '2024-08-21', yoy: 5 },
        { id: 'b', name: 'B', value: 2, target: 2 },
      ] };
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${data}></kpi-target-bar>`);
      const [a, b] = rows(el);
      expect(a.tabIndex).to.equal(0);
      a.focus();
      await el.updateComplete;
      const details = el.shadowRoot?.querySelector('[part="details"]') as HTMLElement;
      expect(details.getAttribute('role')).to.equal('tooltip');
      expect(a.getAttribute('aria-describedby')).to.equal(details.id);
      expect(details.textContent).to.contain('来源: <img src=x onerror="window.__pwned=1">来源');
      expect(details.textContent).to.contain('数据截至 2024年8月21日');
      expect(details.querySelector('img')).to.equal(null);
      await expect(el).to.be.accessible();
      a.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      expect(el.shadowRoot?.activeElement).to.equal(b);
      b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
      expect(el.shadowRoot?.activeElement).to.equal(a);
    });

    it('shows a lone row\'s details where they can be seen, outside its one-line box', async () => {
      const el = await fixture<KpiTargetBar>(html`<div style="padding-bottom:120px"><kpi-target-bar style="width:720px" .data=${{ id: 's', name: '签约额', unit: '亿元', value: 200, target: 600, asOf: '2024-08-21', note: '备注' }} indicator="s"></kpi-target-bar></div>`).then((d) => d.firstElementChild as KpiTargetBar);
      const [row] = rows(el);
      row.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      await el.updateComplete;
      const details = el.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
      const box = details.getBoundingClientRect();
      expect(box.top, 'under the row').to.be.at.least(el.getBoundingClientRect().bottom - 1);
      // what is painted at the tooltip's centre is the tooltip, not clipped away by the widget's box
      // (hit-tested: the tooltip itself lets the pointer through, so the test lets it be hit)
      details.style.pointerEvents = 'auto';
      const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit && details.contains(hit), 'the details are visible').to.equal(true);
      await expect(el).to.be.accessible();
    });

    /** Whether what is painted at the middle of `details` is the details (the tooltip lets the pointer through: the test lets it be hit). */
    const seen = (el: KpiTargetBar, details: HTMLElement) => {
      details.style.pointerEvents = 'auto';
      const box = details.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return Boolean(box.width && hit && details.contains(hit));
    };

    it('shows a row\'s details above every box around it: a page card that clips, a list that scrolls', async () => {
      const card = await fixture<HTMLElement>(html`<div style="overflow:hidden; height:30px"><kpi-target-bar style="width:720px" .data=${{ id: 's', name: '签约额', unit: '亿元', value: 200, target: 600, asOf: '2024-08-21', note: '备注' }} indicator="s"></kpi-target-bar></div>`);
      const lone = card.firstElementChild as KpiTargetBar;
      rows(lone)[0].dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      await lone.updateComplete;
      const tip = lone.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
      expect(tip.getBoundingClientRect().top, 'under the row, outside the 30 px card').to.be.at.least(card.getBoundingClientRect().bottom - 1);
      expect(seen(lone, tip), 'the details are visible outside the card').to.equal(true);
      await expect(lone).to.be.accessible();

      const list = await fixture<KpiTargetBar>(html`<kpi-target-bar style="height:120px" .data=${plan}></kpi-target-bar>`);
      const frame = list.shadowRoot!.querySelector<HTMLElement>('.frame')!;
      const last = rows(list).filter((r) => r.getBoundingClientRect().bottom <= frame.getBoundingClientRect().bottom).at(-1)!;
      last.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      await list.updateComplete;
      const listTip = list.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
      expect(listTip.getBoundingClientRect().bottom, 'below the list\'s box').to.be.above(frame.getBoundingClientRect().bottom);
      expect(seen(list, listTip), 'the last visible row\'s details are visible').to.equal(true);

      // Scrolling the page puts them away (they are placed once, at the row).
      window.dispatchEvent(new Event('scroll'));
      await list.updateComplete;
      expect(list.shadowRoot!.querySelector('[part="details"]'), 'hidden on scroll').to.equal(null);
    });

    it('works from inline JSON and from plain attributes too', async () => {
      const inline = await fixture<KpiTargetBar>(html`<kpi-target-bar
        ><script type="application/json">
          { "indicators": [{ "id": "a", "name": "甲", "value": 3, "target": 4 }, { "id": "b", "name": "乙", "value": 1, "target": 4 }] }
        </script></kpi-target-bar
      >`);
      expect(names(inline)).to.deep.equal(['甲', '乙']);
      const plain = await fixture<KpiTargetBar>(html`<kpi-target-bar name="新签约项目签约额" value="372" target="600" unit="亿元"></kpi-target-bar>`);
      expect(q(rows(plain)[0], '[part="figures"]')?.textContent).to.equal('372 / 600 亿元');
      await expect(plain).to.be.accessible();
    });

    it('works from src, with the schedule marker on every row that has one', async () => {
      const el = await fixture<KpiTargetBar>(html`<kpi-target-bar></kpi-target-bar>`);
      el.src = '/demo/data/parks-demo.json';
      el.indicators = 'fai';
      await settled(el);
      expect(rows(el)).to.have.length(4);
      expect(rows(el).every((r) => box(q(r, 'path.schedule')).height === 100)).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  it('a row of a year-long target on 21 Aug expects 63.9 %', async () => {
    const el = await fixture<KpiTargetBar>(html`<kpi-target-bar .data=${{ id: 's', name: 'S', value: 372, target: 600, period: Y2024, asOf: '2024-08-21' }} indicator="s"></kpi-target-bar>`);
    expect(box(q(rows(el)[0], 'path.schedule')).x).to.be.closeTo((234 / 366) * 100, 0.01);
  });
});
