import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/board/kpi-board.js';
import '../../src/park-compare/kpi-park-compare.js';
import type { KpiBoard } from '../../src/board/kpi-board.js';
import { fakeClockPerTest, script, setPageHidden } from '../data/fake-clock.js';
import { captureWarnings, JS_WORDS, waitFor } from '../helpers.js';
import { loadSample } from '../samples.js';

let plan: unknown;
before(async () => {
  plan = await loadSample('gaoxin-2024-plan.json');
});

const tiles = (el: KpiBoard) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>('.page > .tile') ?? [])];
const tile = (el: KpiBoard, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`.tile[data-widget="${id}"]`);
const shownPage = (el: KpiBoard) => el.currentPage?.id;
const settle = async (el: KpiBoard) => {
  await el.updateComplete;
  const widgets = tiles(el).flatMap((t) => [...t.children]).filter((c): c is KpiBoard => 'updateComplete' in c);
  await Promise.all(widgets.map((c) => c.updateComplete));
};

/** A stage board of two pages, the widgets given inline data. */
function board(extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    title: '测试看板',
    stage: { width: 1000, height: 500 },
    pages: [
      {
        id: 'one',
        title: '第一页',
        dwell: '10s',
        widgets: [
          { id: 'heading', type: 'text', title: '<b>标题</b>', at: { x: 10, y: 10, w: 400, h: 60 } },
          { id: 'g', type: 'gauge', indicator: 'signed-contracts', data: plan, options: { shape: 'semi' }, at: { x: 10, y: 80, w: 300, h: 260 } },
          { id: 'bad', type: 'pie', at: { x: 320, y: 80, w: 300, h: 260 } },
          { id: 'r', type: 'ranking', entity: 'gaoxin', data: plan, options: { rows: 5 }, at: { x: 630, y: 80, w: 360, h: 300 } },
        ],
      },
      { id: 'two', title: '第二页', dwell: '20s', widgets: [{ id: 'list', type: 'target-bar', entity: 'gaoxin', data: plan, options: { 'max-rows': 5 }, at: { x: 10, y: 10, w: 900, h: 300 } }] },
    ],
    ...extra,
  };
}

describe('<kpi-board>', () => {
  const clock = fakeClockPerTest();
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('lays a stage page out in design pixels: each widget its element, in its box; a broken one an error tile in its place', async () => {
    await setViewport({ width: 1000, height: 500 });
    const el = await fixture<KpiBoard>(html`<kpi-board .board=${board()} style="width:1000px;height:500px"></kpi-board>`);
    await settle(el);
    await expect(el).to.be.accessible();
    expect(tiles(el).map((t) => t.dataset.widget)).to.deep.equal(['heading', 'g', 'bad', 'r']);
    const stage = el.shadowRoot!.querySelector('.page')!.getBoundingClientRect();
    const box = tile(el, 'g')!.getBoundingClientRect();
    expect([box.left - stage.left, box.top - stage.top, box.width, box.height]).to.deep.equal([10, 80, 300, 260]);
    const gauge = tile(el, 'g')!.querySelector('kpi-gauge')!;
    expect(gauge.getAttribute('shape')).to.equal('semi');
    expect(gauge.shadowRoot!.textContent).to.contain('372');
    // markup in a title is text
    expect(tile(el, 'heading')!.querySelector('b')).to.equal(null);
    expect(tile(el, 'heading')!.textContent).to.equal('<b>标题</b>');
    const bad = tile(el, 'bad')!;
    expect(bad.classList.contains('error')).to.equal(true);
    expect(bad.textContent).to.contain('组件无法显示');
    expect(bad.textContent).to.contain('/pages/0/widgets/2/type：未知的组件类型');
    const badBox = bad.getBoundingClientRect();
    expect([badBox.left - stage.left, badBox.top - stage.top]).to.deep.equal([320, 80]);
    expect(el.shadowRoot!.querySelector('[part="problems"]')!.textContent).to.contain('/pages/0/widgets/2/type');
  });

  it('draws each of its comparisons in a task of its own (a wall\'s big charts drawn together made long tasks)', async () => {
    const doc = board();
    doc.pages[1].widgets.push({ id: 'c', type: 'park-compare', data: plan, at: { x: 10, y: 320, w: 600, h: 170 } } as never);
    const el = await fixture<KpiBoard>(html`<kpi-board .board=${doc} style="width:1000px;height:500px"></kpi-board>`);
    el.next();
    await settle(el);
    const compare = tile(el, 'c')!.querySelector('kpi-park-compare')!;
    expect(compare.drawsAlone).to.equal(true);
    expect(document.createElement('kpi-park-compare').drawsAlone, 'not by default').to.equal(false);
  });

  it('shows a document that cannot be used as one message in its box, saying where it breaks', async () => {
    let detail: { ok: boolean } | undefined;
    await captureWarnings(async () => {
      const el = await fixture<KpiBoard>(html`<kpi-board .board=${'{"version": 1, "pages": [],}'} @kpi-board=${(e: CustomEvent<{ ok: boolean }>) => (detail = e.detail)}></kpi-board>`);
      const text = el.shadowRoot!.textContent;
      expect(text).to.contain('看板文档无法使用');
      expect(text).to.contain('不是有效的 JSON（第 1 行第 28 列）');
      await expect(el).to.be.accessible();
    });
    expect(detail?.ok).to.equal(false);
  });

  it('says so in its box when its src cannot be read', async () => {
    const el = await fixture<KpiBoard>(html`<kpi-board src="/__test__/status/404"></kpi-board>`);
    await waitFor(() => (el.shadowRoot!.textContent ?? '').includes('无法加载看板文档'));
    expect(el.shadowRoot!.textContent).to.contain('无法加载看板文档');
    expect(el.shadowRoot!.textContent).to.contain('HTTP 404');
    await expect(el).to.be.accessible();
  });

  it('says why in a sentence of its locale, never the browser’s words, when the server cannot be reached (detail in one console warning)', async () => {
    for (const [lang, sentence] of [['zh-CN', '无法加载数据：无法连接到数据服务'], ['en', 'Could not load the data: the data service cannot be reached']]) {
      let el!: KpiBoard;
      const warnings = await captureWarnings(async () => {
        el = await fixture<KpiBoard>(html`<kpi-board locale=${lang} src="http://127.0.0.1:9/board.json"></kpi-board>`);
        await waitFor(() => el.shadowRoot!.querySelector('.message.error') !== null);
      });
      const text = el.shadowRoot!.querySelector('.message.error')!.textContent;
      expect(text).to.contain(sentence);
      expect(text).to.not.match(JS_WORDS);
      expect(text).to.not.contain('Failed to fetch');
      expect(warnings.filter((w) => w.includes('could not load'))).to.have.length(1);
      await expect(el).to.be.accessible();
    }
  });

  it('lays a grid page out by cells, and in one column at phone width', async () => {
    const doc = { version: 1, grid: { columns: 4, rowHeight: 50, gap: 10 }, pages: [{ id: 'p', widgets: [
      { id: 'a', type: 'text', title: 'A', cell: { x: 0, y: 0, w: 2, h: 1 } },
      { id: 'b', type: 'text', title: 'B', cell: { x: 2, y: 0, w: 2, h: 2 } },
      { id: 'c', type: 'text', title: 'C' },
    ] }] };
    await setViewport({ width: 900, height: 600 });
    const el = await fixture<KpiBoard>(html`<kpi-board .board=${doc} style="width:850px;height:500px"></kpi-board>`);
    await settle(el);
    const [a, b] = [tile(el, 'a')!.getBoundingClientRect(), tile(el, 'b')!.getBoundingClientRect()];
    expect(a.top).to.be.closeTo(b.top, 0.5);
    expect(b.left).to.be.greaterThan(a.right);
    expect(b.height).to.be.closeTo(110, 0.5); // two rows and the gap between
    await expect(el).to.be.accessible();
    await setViewport({ width: 400, height: 800 });
    el.style.width = '380px';
    await new Promise((r) => requestAnimationFrame(r));
    const [a1, b1] = [tile(el, 'a')!.getBoundingClientRect(), tile(el, 'b')!.getBoundingClientRect()];
    expect(b1.left).to.be.closeTo(a1.left, 0.5);
    expect(b1.top).to.be.greaterThan(a1.bottom);
    expect(b1.height).to.be.closeTo(110, 0.5); // still two rows high
  });

  it('rotates pages by their dwell, renders only the page shown, and says which in its controls', async () => {
    const el = await fixture<KpiBoard>(html`<kpi-board .board=${board()}></kpi-board>`);
    await settle(el);
    const pages: string[] = [];
    el.addEventListener('kpi-page', (e) => pages.push(e.detail.id));
    expect(shownPage(el)).to.equal('one');
    expect(el.shadowRoot!.querySelector('kpi-target-bar')).to.equal(null);
    await clock().advance(9_999);
    expect(shownPage(el)).to.equal('one');
    await clock().advance(1);
    await settle(el);
    expect(shownPage(el)).to.equal('two');
    expect(el.shadowRoot!.querySelector('kpi-gauge')).to.equal(null);
    expect(el.shadowRoot!.querySelector('kpi-target-bar')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part="controls"]')!.textContent).to.contain('2 / 2 第二页');
    await clock().advance(20_000);
    await settle(el);
    expect(shownPage(el)).to.equal('one');
    expect(pages).to.deep.equal(['two', 'one']);
    await expect(el).to.be.accessible();
  });

  it('pauses on hover, focus and a hidden page; the pause button holds it; none under reduced motion', async () => {
    const el = await fixture<KpiBoard>(html`<kpi-board .board=${board()}></kpi-board>`);
    await settle(el);
    el.dispatchEvent(new MouseEvent('mouseenter'));
    await clock().advance(60_000);
    expect(shownPage(el)).to.equal('one');
    el.dispatchEvent(new MouseEvent('mouseleave'));
    // keyboard focus inside the page holds it too (not focus on the controls: pressing › must work)
    tile(el, 'g')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await clock().advance(60_000);
    expect(shownPage(el)).to.equal('one');
    tile(el, 'g')!.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    setPageHidden(true);
    await clock().advance(60_000);
    expect(shownPage(el)).to.equal('one');
    setPageHidden(false);
    const pause = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="controls"] .pause')!;
    pause.click();
    await el.updateComplete;
    expect(pause.getAttribute('aria-label')).to.equal('继续轮播');
    await clock().advance(60_000);
    expect(shownPage(el)).to.equal('one');
    pause.click();
    await clock().advance(10_000);
    expect(shownPage(el)).to.equal('two');
    await emulateMedia({ reducedMotion: 'reduce' });
    await clock().advance(60_000);
    expect(shownPage(el)).to.equal('two');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="controls"] button[aria-label="下一页"]')!.click();
    expect(shownPage(el)).to.equal('one');
  });

  it('goes back to the first page after idleReturn without activity', async () => {
    const el = await fixture<KpiBoard>(html`<kpi-board .board=${board({ rotation: { idleReturn: '2m' } })}></kpi-board>`);
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="controls"] .pause')!.click();
    el.next();
    el.dispatchEvent(new PointerEvent('pointermove'));
    await clock().advance(119_000);
    expect(shownPage(el)).to.equal('two');
    await clock().advance(1_000);
    expect(shownPage(el)).to.equal('one');
  });

  it('applies a changed document in place: widgets whose definition did not change are the same elements', async () => {
    const first = board();
    const el = await fixture<KpiBoard>(html`<kpi-board .board=${first}></kpi-board>`);
    await settle(el);
    const gauge = tile(el, 'g')!.querySelector('kpi-gauge');
    const ranking = tile(el, 'r')!.querySelector('kpi-ranking');
    const next = board();
    (next.pages[0].widgets[3] as { options: Record<string, unknown> }).options = { rows: 3 };
    el.board = next;
    await settle(el);
    expect(tile(el, 'g')!.querySelector('kpi-gauge')).to.equal(gauge);
    expect(tile(el, 'r')!.querySelector('kpi-ranking')).to.not.equal(ranking);
    expect(tile(el, 'r')!.querySelector('kpi-ranking')!.getAttribute('rows')).to.equal('3');
  });

  it('takes a new document every second without losing its pace or its unchanged widgets', async () => {
    const el = await fixture<KpiBoard>(html`<kpi-board .board=${board()}></kpi-board>`);
    await settle(el);
    const gauge = tile(el, 'g')!.querySelector('kpi-gauge');
    const errors: string[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => errors.push(a.map(String).join(' '));
    try {
      for (let s = 1; s <= 9; s++) {
        const next = board();
        (next.pages[0].widgets[3] as { options: Record<string, unknown> }).options = { rows: 2 + (s % 3) };
        el.board = next;
        await clock().advance(1000);
        await settle(el);
      }
    } finally {
      console.error = original;
    }
    expect(shownPage(el)).to.equal('one');
    expect(tile(el, 'g')!.querySelector('kpi-gauge')).to.equal(gauge);
    // the dwell counts from the last change of page, not from each document: page two 10 s after the start
    await clock().advance(1000);
    await settle(el);
    expect(shownPage(el)).to.equal('two');
    expect(errors).to.deep.equal([]);
  });

  it('re-reads its src every `refresh` seconds and applies a change in place', async () => {
    const first = board();
    const second = board();
    (second.pages[0].widgets[0] as { title: string }).title = '新标题';
    await script('board-src', [{ body: JSON.stringify(first) }, { body: JSON.stringify(second) }]);
    const el = await fixture<KpiBoard>(html`<kpi-board src="/__test__/feed/board-src" refresh="30"></kpi-board>`);
    await waitFor(() => tile(el, 'heading') !== null);
    const gauge = tile(el, 'g')!.querySelector('kpi-gauge');
    expect(tile(el, 'heading')!.textContent).to.equal('<b>标题</b>');
    await clock().advance(30_000);
    await waitFor(() => tile(el, 'heading')?.textContent === '新标题');
    expect(tile(el, 'heading')!.textContent).to.equal('新标题');
    expect(tile(el, 'g')!.querySelector('kpi-gauge')).to.equal(gauge);
  });

  it('connects only the sources the shown page reads; a javascript: source is refused', async () => {
    const doc = {
      version: 1,
      sources: { a: { src: '/api/indicators.json' }, b: { src: '/api/indicators.json?b' }, evil: { src: 'javascript:alert(1)' } },
      pages: [
        { id: 'p1', widgets: [{ id: 'x', type: 'gauge', source: 'a', indicator: 'gdp-growth' }] },
        { id: 'p2', widgets: [{ id: 'y', type: 'gauge', source: 'b', indicator: 'gdp-growth' }, { id: 'z', type: 'gauge', source: 'evil' }] },
      ],
    };
    const el = await fixture<KpiBoard>(html`<kpi-board .board=${doc}></kpi-board>`);
    await el.updateComplete;
    const ids = () => [...el.shadowRoot!.querySelectorAll('kpi-source')].map((s) => s.id);
    expect(ids()).to.deep.equal(['a']);
    el.next();
    await el.updateComplete;
    expect(ids()).to.deep.equal(['b']);
    expect(tile(el, 'z')!.textContent).to.contain('/pages/1/widgets/1/source：没有这个数据源');
    expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:');
  });

  it('says in its clock tile how its feed is: live, not updating with its age from the first failed poll, live again', async () => {
    const k = `board-clock-${Date.now()}`;
    await script(k, [{ value: 12 }]);
    const doc = {
      version: 1,
      stage: { width: 1000, height: 500 },
      sources: { live: { src: `/__test__/feed/${k}`, refresh: '5s', staleAfter: '15s' } },
      pages: [
        {
          id: 'p',
          widgets: [
            { id: 'clock', type: 'clock', at: { x: 600, y: 0, w: 380, h: 80 } },
            { id: 'g', type: 'gauge', source: 'live', at: { x: 0, y: 0, w: 300, h: 260 } },
          ],
        },
      ],
    };
    const el = await fixture<KpiBoard>(html`<kpi-board .board=${doc} style="width:1000px;height:500px"></kpi-board>`);
    const feedLine = () => tile(el, 'clock')!.querySelector('.feed')!;
    await clock().advance(1_000);
    expect(feedLine().textContent).to.equal('已连接');
    expect(feedLine().classList.contains('open')).to.equal(true);
    await script(k, [{ status: 503 }]);
    await captureWarnings(() => clock().advance(6_000));
    expect(feedLine().textContent).to.match(/^数据未更新 · 不到 1 分钟( · ×\d+)?$/); // a failed poll: the data is not current
    await clock().advance(5 * 60_000);
    expect(feedLine().textContent).to.match(/^数据未更新 · 5 分钟前 · ×\d+$/); // and how many attempts have failed
    expect(feedLine().classList.contains('stale')).to.equal(true);
    // The time and the feed share the tile's first line, inside the tile.
    const [box, line] = [tile(el, 'clock')!.getBoundingClientRect(), feedLine().getBoundingClientRect()];
    expect(line.right).to.be.at.most(box.right + 0.5);
    expect(line.top).to.be.below(tile(el, 'clock')!.querySelector('.as-of')!.getBoundingClientRect().top);
    await expect(el).to.be.accessible();
    await script(k, [{ value: 13 }]);
    await clock().advance(61_000);
    expect(feedLine().textContent).to.equal('已连接');
    el.remove();
  });

  it('renders a board of 500 widgets (a grid of text blocks), every one in its cell', async () => {
    const widgets = Array.from({ length: 500 }, (_, i) => ({ id: `w${i}`, type: 'text', title: `第 ${i + 1} 项`, cell: { x: i % 10, y: Math.floor(i / 10), w: 1, h: 1 } }));
    const el = await fixture<KpiBoard>(html`<kpi-board .board=${{ version: 1, grid: { columns: 10, rowHeight: 40, gap: 4 }, pages: [{ id: 'p', widgets }] }} style="width:1000px;height:600px"></kpi-board>`);
    await el.updateComplete;
    expect(tiles(el)).to.have.length(500);
    expect(tile(el, 'w499')!.textContent).to.equal('第 500 项');
    const [first, last] = [tile(el, 'w0')!.getBoundingClientRect(), tile(el, 'w499')!.getBoundingClientRect()];
    expect(last.top - first.top).to.be.closeTo(49 * 44, 1);
    expect(el.shadowRoot!.querySelector('[part="problems"]')).to.equal(null);
  });

  it('releases its timers when removed', async () => {
    const el = await fixture<KpiBoard>(html`<kpi-board .board=${board({ pages: [...board().pages, { id: 'c', widgets: [{ id: 'clock', type: 'clock', at: { x: 0, y: 0, w: 200, h: 60 } }] }] })}></kpi-board>`);
    await settle(el);
    el.dispatchEvent(new PointerEvent('pointermove'));
    expect(clock().pending).to.be.greaterThan(0);
    el.remove();
    expect(clock().pending).to.equal(0);
  });
});
