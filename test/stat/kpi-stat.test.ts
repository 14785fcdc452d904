import { expect, fixture, html } from '@open-wc/testing';
import '../../src/stat/kpi-stat.js';
import type { KpiStat } from '../../src/stat/kpi-stat.js';
import { drawn, meterOf, nextFrame, part, shownText, waitFor } from '../helpers.js';
import { setMotionDuration } from '../../src/base/motion.js';
import { loadSample } from '../samples.js';

let plan: unknown;
let parks: unknown;
before(async () => {
  [plan, parks] = await Promise.all([loadSample('gaoxin-2024-plan.json'), loadSample('parks-demo.json')]);
});

const q = (el: KpiStat, selector: string) => el.shadowRoot?.querySelector(selector);

describe('<kpi-stat>', () => {
  // Tweens last 200 ms here: long enough to catch one mid-way, never slept for.
  let duration = 0;
  before(() => (duration = setMotionDuration(200)));
  after(() => setMotionDuration(duration));

  it('says 数据截至 once when stale: the stamp with its age stands in for the tile\'s own line', async () => {
    const el = await fixture<KpiStat>(html`<kpi-stat stale-after="60" .data=${{ id: 's', name: '签约额', unit: '亿元', value: 372, target: 600, asOf: '2024-08-21' }}></kpi-stat>`);
    expect(part(el, 'stale').textContent).to.match(/^数据截至 2024年8月21日 · \d+ 天前$/);
    expect(getComputedStyle(q(el, '.asof') as Element).visibility).to.equal('hidden');
    await expect(el).to.be.accessible();
  });

  it('shows name, big value and unit, the gap badge, the completion bar with the schedule tick, and 数据截至', async () => {
    const el = await fixture<KpiStat>(html`<kpi-stat .data=${plan} indicator="signed-contracts"></kpi-stat>`);
    await expect(el).to.be.accessible();
    expect(part(el, 'name').textContent).to.equal('新签约项目签约额');
    expect(part(el, 'value').textContent).to.equal('372');
    expect(q(el, '.unit')?.textContent).to.equal('亿元');
    const delta = part(el, 'delta');
    expect(delta.textContent).to.equal('落后 1.9 个百分点');
    expect(delta.classList.contains('tone-bad')).to.equal(true);
    expect(q(el, '.bar .fill')?.getAttribute('width')).to.equal('62');
    expect(Number(q(el, '.bar .tick')?.getAttribute('x1')).toFixed(2)).to.equal(((234 / 366) * 100).toFixed(2));
    expect(q(el, '.progress span')?.textContent).to.equal('完成 62%');
    expect(q(el, '.asof')?.textContent).to.equal('数据截至 2024年8月21日');
    expect(meterOf(el).getAttribute('aria-valuetext')).to.equal('新签约项目签约额 372 亿元，完成 62%，序时进度 63.9%，落后 1.9 个百分点');
  });

  it('scales its text and spacing with its box, and follows a resize', async () => {
    const row = { id: 's', name: '签约额', unit: '亿元', value: 372, target: 600 };
    const sized = async (w: number, h: number) => {
      const el = await fixture<KpiStat>(html`<kpi-stat style="width: ${w}px; height: ${h}px" .data=${row}></kpi-stat>`);
      await drawn();
      return el;
    };
    const textPx = (el: KpiStat) => getComputedStyle(part(el, 'name')).fontSize;
    // min(10 % of the height, 6 % of the width), between 10 and 28 px
    expect(textPx(await sized(240, 140))).to.equal('14px');
    expect(textPx(await sized(480, 280))).to.equal('28px');
    const el = await sized(360, 210);
    expect(textPx(el)).to.equal('21px');
    expect(getComputedStyle(part(el, 'base')).paddingLeft).to.equal('21.6px');
    el.style.width = '120px';
    await drawn();
    expect(textPx(el)).to.equal('10px');
    expect(getComputedStyle(part(el, 'base')).paddingLeft).to.equal('7.2px');
  });

  it('shows year-on-year with an arrow and a colour that follow `better`', async () => {
    const el = await fixture<KpiStat>(html`<kpi-stat .data=${parks} indicator="hte-total" entity="shifo"></kpi-stat>`);
    const delta = part(el, 'delta');
    expect(delta.textContent).to.match(/^同比 ▲\+\d+(\.\d)?%$/);
    expect(delta.classList.contains('tone-good')).to.equal(true);
    expect(part(el, 'name').textContent).to.equal('石佛园区 高新技术企业');
    const lower = await fixture<KpiStat>(html`<kpi-stat .data=${{ id: 'e', name: '单位GDP能耗', value: 0.45, target: 0.5, better: 'lower', previous: 0.5 }}></kpi-stat>`);
    expect(part(lower, 'delta').textContent).to.equal('同比 ▼-10%');
    expect(part(lower, 'delta').classList.contains('tone-good')).to.equal(true);
  });

  it('draws the history as a sparkline that leaves a gap at a null month', async () => {
    const el = await fixture<KpiStat>(html`<kpi-stat .data=${parks} indicator="sishang-total" entity="fengyang"></kpi-stat>`);
    const d = q(el, '.spark path')?.getAttribute('d') ?? '';
    expect(d.match(/M/g)).to.have.length(2);
    const whole = await fixture<KpiStat>(html`<kpi-stat .data=${parks} indicator="sishang-total" entity="shifo"></kpi-stat>`);
    expect((q(whole, '.spark path')?.getAttribute('d') ?? '').match(/M/g)).to.have.length(1);
  });

  it('says 暂无数据 for a null value and shows a true zero as 0', async () => {
    const none = await fixture<KpiStat>(html`<kpi-stat .data=${plan} indicator="rd-intensity"></kpi-stat>`);
    expect(shownText(none)).to.contain('暂无数据');
    expect(meterOf(none).getAttribute('role')).to.equal('img');
    await expect(none).to.be.accessible();
    const zero = await fixture<KpiStat>(html`<kpi-stat .data=${{ id: 'z', name: '新三板挂牌', unit: '家', value: 0, target: 3 }}></kpi-stat>`);
    expect(part(zero, 'value').textContent).to.equal('0');
    expect(shownText(zero)).to.not.contain('暂无数据');
    await expect(zero).to.be.accessible();
  });

  it('counts up from the previous value, not from 0, in the final magnitude', async () => {
    const el = await fixture<KpiStat>(html`<kpi-stat .data=${{ id: 'a', name: 'A', unit: '亿元', value: 300 }}></kpi-stat>`);
    el.data = { id: 'a', name: 'A', unit: '亿元', value: 400 };
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    const mid = Number(part(el, 'value').textContent?.replace(/,/g, ''));
    expect(mid).to.be.within(300, 400);
    expect(part(el, 'value').textContent).to.match(/^\d+$/);
    await waitFor(() => part(el, 'value').textContent === '400');
    expect(part(el, 'value').textContent).to.equal('400');
  });

  it('reads plain attributes', async () => {
    const el = await fixture<KpiStat>(html`<kpi-stat name="高企总数" value="1288" unit="家"></kpi-stat>`);
    expect(part(el, 'value').textContent).to.equal('1,288');
    await expect(el).to.be.accessible();
  });

  for (const [w, h] of [[120, 90], [1200, 900]]) {
    it(`fits a ${w}×${h} box`, async () => {
      const el = await fixture<KpiStat>(html`<kpi-stat style="width:${w}px;height:${h}px" .data=${plan} indicator="signed-contracts"></kpi-stat>`);
      const box = el.getBoundingClientRect();
      for (const inner of el.shadowRoot?.querySelectorAll('.head, .figure, .progress, .asof') ?? []) {
        const r = inner.getBoundingClientRect();
        expect(r.right, inner.className).to.be.at.most(box.right + 0.5);
        expect(r.bottom, inner.className).to.be.at.most(box.bottom + 0.5);
      }
    });
  }
});
