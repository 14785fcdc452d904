import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia } from '@web/test-runner-commands';
import '../../src/ranking/kpi-ranking.js';
import type { KpiRanking } from '../../src/ranking/kpi-ranking.js';
import { fakeClockPerTest, setPageHidden } from '../data/fake-clock.js';
import { captureWarnings, FORBIDDEN_TEXT, part, userText } from '../helpers.js';
import { shownContent } from '../../src/base/picture.js';
import { loadSample } from '../samples.js';

let parks: unknown;
let plan: { indicators: unknown[] };
before(async () => {
  parks = await loadSample('parks-demo.json');
  plan = (await loadSample('gaoxin-2024-plan.json')) as typeof plan;
});

const rowsOf = (el: KpiRanking) => [...(el.shadowRoot?.querySelectorAll<HTMLLIElement>('li') ?? [])];
const cell = (li: Element, p: string) => li.querySelector(`[part~="${p}"]`)?.textContent ?? '';
/** What the eye reads in a cell drawn as generated text (the rank, the move): ↑1, not 上升 1 位. */
const drawn = (li: Element, p: string) => shownContent(getComputedStyle(li.querySelector(`[part~="${p}"]`)!, '::before').content);
type A11yNode = { role: string; name?: string; children?: A11yNode[] };
/** The texts a screen reader reads on the page, in reading order (Chromium's accessibility tree). */
async function heard(): Promise<string[]> {
  const texts = (n: A11yNode): string[] => (n.role === 'StaticText' ? [n.name ?? ''] : (n.children ?? []).flatMap(texts));
  return texts((await a11ySnapshot({})) as unknown as A11yNode);
}
/** The rows a user sees: those inside the viewport's box, top to bottom. */
function visible(el: KpiRanking): HTMLLIElement[] {
  const box = el.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect();
  return rowsOf(el).filter((li) => {
    const r = li.getBoundingClientRect();
    return r.top + r.height / 2 > box.top && r.top + r.height / 2 < box.bottom;
  });
}
const visibleNames = (el: KpiRanking) => visible(el).map((li) => cell(li, 'name'));
const ranks = (el: KpiRanking) => visible(el).map((li) => drawn(li, 'rank'));
/** A bar's left and width as fractions of its track. */
function barOf(li: Element): { left: number; width: number } | null {
  const bar = li.querySelector<HTMLElement>('[part="bar"]');
  if (!bar) return null;
  const track = bar.parentElement!.getBoundingClientRect();
  const b = bar.getBoundingClientRect();
  return { left: (b.left - track.left) / track.width, width: b.width / track.width };
}

/** A document of one indicator across entities with these values. */
function doc(values: (number | null)[], extra: Record<string, unknown> = {}) {
  const entities = values.map((_, i) => ({ id: `e${i + 1}`, name: `园区${i + 1}` }));
  return { asOf: '2024-08-31', entities, indicators: values.map((value, i) => ({ id: 'x', name: '高新技术企业', unit: '家', value, entity: `e${i + 1}`, ...extra })) };
}
const ranksIn = (el: KpiRanking) => rowsOf(el).map((li) => drawn(li, 'rank'));

describe('<kpi-ranking>', () => {
  it('ranks the four parks on one indicator: rank, name, figure, a bar to the largest, a list a screen reader counts', async () => {
    const el = await fixture<KpiRanking>(html`<kpi-ranking .data=${parks} indicator="hte-total"></kpi-ranking>`);
    await expect(el).to.be.accessible();
    const rows = rowsOf(el);
    expect(rows.map((r) => cell(r, 'name'))).to.deep.equal(['双桥(沟赵)园区', '石佛园区', '梧桐园区', '枫杨园区']);
    expect(rows.map((r) => cell(r, 'figure'))).to.deep.equal(['232 家', '171 家', '150 家', '139 家']);
    expect(ranksIn(el)).to.deep.equal(['1', '2', '3', '4']);
    expect((await heard()).slice(0, 6)).to.deep.equal(['第 1 名', '双桥(沟赵)园区', '232 家', '第 2 名', '石佛园区', '171 家']);
    expect(rows.map((r) => [r.getAttribute('aria-posinset'), r.getAttribute('aria-setsize')])).to.deep.equal([['1', '4'], ['2', '4'], ['3', '4'], ['4', '4']]);
    const list = part(el, 'list');
    expect(list.localName).to.equal('ol');
    expect(list.getAttribute('aria-label')).to.equal('四园区主要指标对比(示例数据)');
    expect(list.closest('[aria-live]')).to.equal(null);
    // the largest fills its track, the others in proportion
    expect(barOf(rows[0])!.width).to.be.closeTo(1, 0.01);
    expect(barOf(rows[3])!.width).to.be.closeTo(139 / 232, 0.01);
    expect(part(el, 'bar').closest('[aria-hidden="true"]')).to.not.equal(null);
    // no carousel for four rows
    expect(el.shadowRoot!.querySelector('[part="controls"]')).to.equal(null);
  });

  it('gives equal values one rank: competition 1 2 2 4 by default, dense 1 2 2 3', async () => {
    const el = await fixture<KpiRanking>(html`<kpi-ranking .data=${doc([5, 9, 7, 7])} indicator="x"></kpi-ranking>`);
    expect(ranksIn(el)).to.deep.equal(['1', '2', '2', '4']);
    expect(rowsOf(el).map((r) => cell(r, 'name'))).to.deep.equal(['园区2', '园区3', '园区4', '园区1']);
    el.ties = 'dense';
    await el.updateComplete;
    expect(ranksIn(el)).to.deep.equal(['1', '2', '2', '3']);
  });

  it('lists the smallest first for lower-is-better values, or as `sort` says', async () => {
    const el = await fixture<KpiRanking>(html`<kpi-ranking .data=${doc([5, 9, 7], { better: 'lower' })} indicator="x"></kpi-ranking>`);
    expect(rowsOf(el).map((r) => cell(r, 'figure'))).to.deep.equal(['5 家', '7 家', '9 家']);
    el.sort = 'desc';
    await el.updateComplete;
    expect(rowsOf(el).map((r) => cell(r, 'figure'))).to.deep.equal(['9 家', '7 家', '5 家']);
  });

  it('keeps the top N and sums the rest as 其他 (or hides it); a rate is not summed', async () => {
    const el = await fixture<KpiRanking>(html`<kpi-ranking .data=${doc([10, 40, 30, 20, 5])} indicator="x" top="2"></kpi-ranking>`);
    await expect(el).to.be.accessible();
    const rows = rowsOf(el);
    expect(rows.map((r) => cell(r, 'name'))).to.deep.equal(['园区2', '园区3', '其他(3)']);
    expect(cell(rows[2], 'figure')).to.equal('35 家');
    expect(ranksIn(el)[2]).to.equal('—');
    el.rest = 'hide';
    await el.updateComplete;
    expect(rowsOf(el).map((r) => cell(r, 'name'))).to.deep.equal(['园区2', '园区3']);
    el.rest = 'sum';
    el.data = doc([10, 40, 30, 20, 5], { unit: '%' });
    await el.updateComplete;
    expect(cell(rowsOf(el)[2], 'name')).to.equal('其他(3)');
    expect(cell(rowsOf(el)[2], 'figure')).to.equal('');
  });

  it('lists rows without a value last as 暂无数据, unranked and without a bar — never as 0', async () => {
    const el = await fixture<KpiRanking>(html`<kpi-ranking .data=${doc([null, 3, 0])} indicator="x"></kpi-ranking>`);
    await expect(el).to.be.accessible();
    const rows = rowsOf(el);
    expect(rows.map((r) => [cell(r, 'name'), cell(r, 'figure')])).to.deep.equal([['园区2', '3 家'], ['园区3', '0 家'], ['园区1', '暂无数据']]);
    expect(ranksIn(el)).to.deep.equal(['1', '2', '—']);
    expect(barOf(rows[2])).to.equal(null);
  });

  it('every value equal: one rank, full bars; every value null: all 暂无数据; negative values: bars from the axis', async () => {
    const el = await fixture<KpiRanking>(html`<kpi-ranking .data=${doc([4, 4, 4])} indicator="x"></kpi-ranking>`);
    expect(ranksIn(el)).to.deep.equal(['1', '1', '1']);
    for (const r of rowsOf(el)) expect(barOf(r)!.width).to.be.closeTo(1, 0.01);
    el.data = doc([null, null]);
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(rowsOf(el).map((r) => cell(r, 'figure'))).to.deep.equal(['暂无数据', '暂无数据']);
    el.data = doc([100, -50]);
    await el.updateComplete;
    const [pos, neg] = rowsOf(el).map(barOf);
    // the axis sits a third of the way along: -50 ends there from the left, 100 starts there
    expect(neg!.left).to.be.closeTo(0, 0.01);
    expect(neg!.width).to.be.closeTo(1 / 3, 0.01);
    expect(pos!.left).to.be.closeTo(1 / 3, 0.01);
    expect(pos!.width).to.be.closeTo(2 / 3, 0.01);
  });

  it('ranks indicators by completion when no indicator is named (the 2024 targets)', async () => {
    const el = await fixture<KpiRanking>(html`<kpi-ranking .data=${plan} entity="gaoxin" rows="30" style="width:520px"></kpi-ranking>`);
    await expect(el).to.be.accessible();
    const figures = rowsOf(el).map((r) => cell(r, 'figure'));
    const numbers = figures.filter((f) => f.endsWith('%')).map((f) => parseFloat(f));
    expect(numbers.length).to.be.greaterThan(10);
    expect(numbers).to.deep.equal([...numbers].sort((a, b) => b - a));
    expect(part(el, 'list').classList.contains('completion')).to.equal(true);
  });

  it('shows how far a row moved since the previous document: ↑1 / ↓1, said as 上升 1 位', async () => {
    const el = await fixture<KpiRanking>(html`<kpi-ranking .data=${doc([30, 20, 10])} indicator="x"></kpi-ranking>`);
    expect(rowsOf(el).map((r) => drawn(r, 'move'))).to.deep.equal(['', '', '']);
    el.data = doc([30, 5, 25]);
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const moves = rowsOf(el).map((r) => [cell(r, 'name'), drawn(r, 'move')]);
    expect(moves).to.deep.equal([['园区1', ''], ['园区3', '↑1'], ['园区2', '↓1']]);
    expect(await heard()).to.deep.equal(['第 1 名', '园区1', '30 家', '第 2 名', '园区3', '25 家', '上升 1 位', '第 3 名', '园区2', '5 家', '下降 1 位']);
    // a property change is not a new document: the moves stay
    el.showCompletion = true;
    await el.updateComplete;
    expect(drawn(rowsOf(el)[1], 'move')).to.equal('↑1');
  });

  it('keeps names as text: markup, 500 characters and bidi controls', async () => {
    const long = `${'很长的名字'.repeat(100)}`;
    const data = doc([3, 2, 1]);
    data.entities[0].name = '<img src=x onerror="window.__hacked=1">';
    data.entities[1].name = long;
    data.entities[2].name = '\u202Eevil\u202C 园区';
    const el = await fixture<KpiRanking>(html`<kpi-ranking .data=${data} indicator="x" style="width:360px"></kpi-ranking>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(cell(rowsOf(el)[0], 'name')).to.equal('<img src=x onerror="window.__hacked=1">');
    const name = part(el, 'row').parentElement!.children[1].querySelector<HTMLElement>('[part="name"]')!;
    expect(name.title).to.equal(long);
    // the long name is cut with an ellipsis, inside the row
    expect(name.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
    expect(getComputedStyle(name).unicodeBidi).to.equal('isolate');
    expect(FORBIDDEN_TEXT.test(userText(el))).to.equal(false);
  });

  it('gives names the width of the longest one (at most a third of the row) and the bars the rest', async () => {
    const short = await fixture<KpiRanking>(html`<kpi-ranking .data=${doc([232, 173, 155, 140])} indicator="x" style="width:480px"></kpi-ranking>`);
    const rows = rowsOf(short);
    const width = (li: Element, p: string) => li.querySelector(`[part~="${p}"], .${p}`)!.getBoundingClientRect().width;
    const rowWidth = rows[0].getBoundingClientRect().width;
    // four short names: the column is as wide as 园区1 needs, not a third of the row
    expect(width(rows[0], 'name')).to.be.below(rowWidth * 0.2);
    for (const li of rows) {
      const name = li.querySelector<HTMLElement>('[part="name"]')!;
      expect(name.scrollWidth, 'the whole name shows').to.be.at.most(name.clientWidth);
      expect(width(li, 'track')).to.be.closeTo(width(rows[0], 'track'), 0.5);
    }
    // the bars got what the names left: against the fixed third this column used to be, the track
    // is wider by exactly the width the name column gave up
    const [track, name] = [width(rows[0], 'track'), width(rows[0], 'name')];
    short.shadowRoot!.querySelector('ol')!.style.setProperty('--_name', '34%');
    const thirdTrack = width(rows[0], 'track');
    expect(track - thirdTrack).to.be.closeTo(rowWidth * 0.34 - name, 1);
    expect(track - thirdTrack).to.be.above(80);

    // a long name anywhere in the list, even on a row not drawn yet, sets the column; still at most a third
    const data = doc([120, 110, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10]);
    data.entities[11].name = '郑州高新技术产业开发区双桥(沟赵)园区';
    const long = await fixture<KpiRanking>(html`<kpi-ranking .data=${data} indicator="x" rows="4" no-animation style="width:480px"></kpi-ranking>`);
    const first = rowsOf(long)[0];
    expect(rowsOf(long).map((li) => cell(li, 'name'))).not.to.include('郑州高新技术产业开发区双桥(沟赵)园区');
    expect(width(first, 'name')).to.be.closeTo(first.getBoundingClientRect().width * 0.34, 1);
  });

  it('draws every bar on one track: figures of any length leave every row the same track, so bars compare', async () => {
    const data = doc([1234.5, 980, 5, 0.5], { unit: '亿元' });
    const el = await fixture<KpiRanking>(html`<kpi-ranking .data=${data} indicator="x" show-completion style="width:360px"></kpi-ranking>`);
    const tracks = rowsOf(el).map((li) => li.querySelector('.track')!.getBoundingClientRect());
    for (const t of tracks) {
      expect(t.left).to.be.closeTo(tracks[0].left, 0.5);
      expect(t.width).to.be.closeTo(tracks[0].width, 0.5);
    }
    const px = rowsOf(el).map((li) => li.querySelector('[part="bar"]')!.getBoundingClientRect().width);
    expect(cell(rowsOf(el)[0], 'figure')).to.equal('1,234.5 亿元');
    expect(px[1] / px[0]).to.be.closeTo(980 / 1234.5, 0.01);
    // every figure whole, inside its cell
    for (const li of rowsOf(el)) {
      const f = li.querySelector<HTMLElement>('[part="figure"]')!;
      expect(f.scrollWidth, f.textContent ?? '').to.be.at.most(f.clientWidth);
    }
  });

  it('cuts the name, never a figure, when a row is too narrow for every column (as in the right column of the wall)', async () => {
    const parksDoc = (values: number[]) => {
      const d = doc(values, { target: 40 });
      d.entities.forEach((e, i) => (e.name = ['梧桐园区', '双桥(沟赵)园区', '枫杨园区', '石佛园区'][i]));
      return d;
    };
    const el = await fixture<KpiRanking>(html`<kpi-ranking .data=${parksDoc([33.37, 24.82, 18.17, 9.59])} indicator="x" show-completion style="width:453px;--kpi-ranking-font-size:19px"></kpi-ranking>`);
    el.data = parksDoc([33.37, 18.17, 24.82, 9.59]);
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect();
    for (const li of rowsOf(el))
      for (const c of li.children) {
        const r = c.getBoundingClientRect();
        expect(r.right, `${c.className} inside the box`).to.be.at.most(box.right + 0.5);
      }
    expect(drawn(rowsOf(el)[1], 'move')).to.equal('↑1');
    // the longest name gave way (an ellipsis; its full text in the title and to a screen reader)
    const name = rowsOf(el)[2].querySelector<HTMLElement>('[part="name"]')!;
    expect(name.textContent).to.equal('双桥(沟赵)园区');
    expect(name.scrollWidth).to.be.above(name.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('reports a broken row and ranks the rest; a broken document shows an error in its box', async () => {
    const data = doc([3, 2, 1]);
    (data.indicators[1] as { value: unknown }).value = 'lots';
    let problems = 0;
    const warnings = await captureWarnings(async () => {
      const el = await fixture<KpiRanking>(html`<kpi-ranking .data=${data} indicator="x" @kpi-data=${(e: CustomEvent<{ problems: unknown[] }>) => (problems = e.detail.problems.length)}></kpi-ranking>`);
      await el.updateComplete;
      expect(rowsOf(el).map((r) => cell(r, 'name'))).to.deep.equal(['园区1', '园区3']);
      await expect(el).to.be.accessible();
    });
    expect(problems).to.equal(1);
    expect(warnings).to.have.length(1);
    const broken = await fixture<KpiRanking>(html`<kpi-ranking .data=${'{not json'} indicator="x"></kpi-ranking>`);
    expect(part(broken, 'error').textContent).to.contain('JSON');
    await expect(broken).to.be.accessible();
  });

  it('speaks English', async () => {
    const el = await fixture<KpiRanking>(html`<kpi-ranking .data=${doc([1, null])} indicator="x" locale="en"></kpi-ranking>`);
    expect((await heard()).slice(0, 2)).to.deep.equal(['No. 1', '园区1']);
    expect(cell(rowsOf(el)[1], 'figure')).to.equal('No data');
    expect(part(el, 'list').getAttribute('aria-label')).to.equal('Ranking');
  });

  describe('carousel', () => {
    const clock = fakeClockPerTest();
    const twelve = () => doc([120, 110, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10]);
    const mount = (attrs = '') => {
      const el = document.createElement('kpi-ranking');
      el.setAttribute('indicator', 'x');
      el.setAttribute('rows', '5');
      el.setAttribute('no-animation', '');
      for (const [k, v] of attrs.split(' ').filter(Boolean).map((a) => a.split('='))) el.setAttribute(k, v ?? '');
      el.data = twelve();
      return fixture<KpiRanking>(html`${el}`);
    };
    const settle = async (el: KpiRanking) => {
      await el.updateComplete;
      await el.updateComplete;
    };

    it('shows `rows` rows and steps one row every `interval` seconds, round and round', async () => {
      const el = await mount('interval=2');
      await expect(el).to.be.accessible();
      expect(visibleNames(el)).to.deep.equal(['园区1', '园区2', '园区3', '园区4', '园区5']);
      expect(part(el, 'controls').textContent).to.contain('1–5 / 12');
      await clock().advance(1999);
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区1');
      await clock().advance(1);
      await settle(el);
      expect(visibleNames(el)).to.deep.equal(['园区2', '园区3', '园区4', '园区5', '园区6']);
      await clock().advance(2000 * 10);
      await settle(el);
      // 11 steps of 12: row 12 on top, then row 1 again below it
      expect(visibleNames(el)).to.deep.equal(['园区12', '园区1', '园区2', '园区3', '园区4']);
      expect(ranks(el)).to.deep.equal(['12', '1', '2', '3', '4']);
      await expect(el).to.be.accessible();
    });

    it('steps a page with step="page"; keeps only the visible rows and one step in the DOM', async () => {
      const el = await mount('step=page');
      await clock().advance(3000);
      await settle(el);
      expect(visibleNames(el)).to.deep.equal(['园区6', '园区7', '园区8', '园区9', '园区10']);
      expect(rowsOf(el).length).to.be.at.most(10);
    });

    it('slides a step (a transform animation on the list), unless asked not to', async () => {
      const el = await mount();
      el.noAnimation = false;
      await el.updateComplete;
      await clock().advance(3000);
      await settle(el);
      const animations = part(el, 'list').getAnimations();
      expect(animations).to.have.length(1);
      expect(String((animations[0].effect as KeyframeEffect).getKeyframes()[1].transform)).to.match(/translateY\(-\d+(\.\d+)?px\)/);
    });

    it('pauses on hover, on keyboard focus in the list and while the page is hidden', async () => {
      const el = await mount();
      el.dispatchEvent(new MouseEvent('mouseenter'));
      await clock().advance(10_000);
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区1');
      el.dispatchEvent(new MouseEvent('mouseleave'));
      await clock().advance(3000);
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区2');

      part(el, 'list').focus();
      await clock().advance(10_000);
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区2');
      part(el, 'list').blur();

      setPageHidden(true);
      await clock().advance(10_000);
      expect(clock().pending).to.equal(0);
      setPageHidden(false);
      await clock().advance(3000);
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区3');
    });

    it('has a pause/play button (WCAG 2.2.2) and paging buttons; focus on them does not pause', async () => {
      const el = await mount();
      const pause = el.shadowRoot!.querySelector<HTMLButtonElement>('button.pause')!;
      expect(pause.getAttribute('aria-label')).to.equal('暂停轮播');
      pause.focus();
      pause.click();
      await settle(el);
      expect(pause.getAttribute('aria-label')).to.equal('继续轮播');
      await expect(el).to.be.accessible();
      await clock().advance(10_000);
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区1');
      pause.click();
      await settle(el);
      await clock().advance(3000);
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区2');
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="下一页"]')!.click();
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区7');
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="上一页"]')!.click();
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区2');
    });

    it('pages with the keyboard: PageDown, PageUp, End, Home', async () => {
      const el = await mount();
      const list = part(el, 'list');
      expect(list.tabIndex).to.equal(0);
      list.focus();
      for (const [key, first] of [['PageDown', '园区6'], ['End', '园区8'], ['PageUp', '园区3'], ['Home', '园区1'], ['ArrowDown', '园区2']]) {
        list.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        await settle(el);
        expect(visibleNames(el)[0], key).to.equal(first);
      }
    });

    it('under prefers-reduced-motion: no auto-advance, no pause button, paging buttons still page', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await mount();
      await clock().advance(30_000);
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区1');
      expect(clock().pending).to.equal(0);
      expect(el.shadowRoot!.querySelector('button.pause')).to.equal(null);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="下一页"]')!.click();
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区6');
    });

    it('a new document updates rows in place: the position and the pace stay (on-update="keep")', async () => {
      const el = await mount();
      await clock().advance(3000);
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区2');
      // a document every 200 ms while it scrolls: the step still comes 3 s after the last one
      for (let i = 0; i < 10; i++) {
        const next = twelve();
        next.indicators[1].value = 111 + i;
        el.data = next;
        await clock().advance(200);
        await settle(el);
      }
      expect(visibleNames(el)[0]).to.equal('园区2');
      expect(cell(visible(el)[0], 'figure')).to.equal('120 家');
      await clock().advance(1000);
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区3');
    });

    it('goes back to the top on a new document with on-update="restart"', async () => {
      const el = await mount('on-update=restart');
      await clock().advance(6000);
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区3');
      el.data = twelve();
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区1');
    });

    it('holds 2,000 rows with only the visible ones and one step in the DOM', async () => {
      const values = Array.from({ length: 2000 }, (_, i) => 2000 - i);
      const el = await mount();
      el.data = doc(values);
      await settle(el);
      expect(rowsOf(el).length).to.be.at.most(10);
      expect(visible(el).map((li) => li.getAttribute('aria-setsize'))).to.deep.equal(['2000', '2000', '2000', '2000', '2000']);
      await clock().advance(3000);
      await settle(el);
      expect(visibleNames(el)[0]).to.equal('园区2');
      expect(rowsOf(el).length).to.be.at.most(10);
    });

    it('releases its timer and listeners when removed', async () => {
      const el = await mount();
      expect(clock().pending).to.equal(1);
      el.remove();
      expect(clock().pending).to.equal(0);
      document.body.append(el);
      await settle(el);
      expect(clock().pending).to.equal(1);
      el.remove();
    });
  });
});
