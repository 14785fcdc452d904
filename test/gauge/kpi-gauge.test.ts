import { expect, fixture, html } from '@open-wc/testing';
import '../../src/gauge/kpi-gauge.js';
import type { KpiGauge } from '../../src/gauge/kpi-gauge.js';
import { angleAt, point, R, textWidth } from '../../src/gauge/geometry.js';
import { expectCleanText, fullName, meterOf, part, settled, shownName, shownText, sleep, waitFor } from '../helpers.js';
import { setMotionDuration } from '../../src/base/motion.js';
import { liveFeeds } from '../../src/data/feed.js';
import { loadSample } from '../samples.js';

let plan: unknown;
before(async () => {
  plan = await loadSample('gaoxin-2024-plan.json');
});

const SIGNED = '新签约项目签约额 372 亿元，完成 62%，序时进度 63.9%，落后 1.9 个百分点';
const round = (n: number) => Math.round(n * 10) / 10;
/** The dial's visible texts, the name excepted, empty ones left out. */
const svgText = (el: KpiGauge) =>
  [...(el.shadowRoot?.querySelectorAll('svg text:not(.name)') ?? [])].map((t) => t.textContent?.replace(/\s+/g, ' ').trim()).filter(Boolean);
const dOf = (el: KpiGauge, selector: string) => el.shadowRoot?.querySelector(selector)?.getAttribute('d') ?? null;
/** The first point of a path: "M12.3,-4.5L…" → [12.3, -4.5]. */
const startOf = (d: string | null) => (d ?? '').slice(1).split(/[LA]/)[0].split(',').map(Number);

describe('<kpi-gauge>', () => {
  // Tweens last 100 ms here: tests wait for the end state, never sleep for an animation.
  let duration = 0;
  before(() => (duration = setMotionDuration(100)));
  after(() => setMotionDuration(duration));

  describe('inputs', () => {
    it('reads a row of an IndicatorSet from the data property', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${plan} indicator="signed-contracts" no-animation></kpi-gauge>`);
      await expect(el).to.be.accessible();
      const meter = meterOf(el);
      expect(meter.getAttribute('role')).to.equal('meter');
      expect(meter.getAttribute('aria-valuenow')).to.equal('372');
      expect(meter.getAttribute('aria-valuemin')).to.equal('0');
      expect(meter.getAttribute('aria-valuemax')).to.equal('600');
      expect(meter.getAttribute('aria-valuetext')).to.equal(SIGNED);
      expect(meter.getAttribute('aria-label')).to.equal('新签约项目签约额');
      expect(fullName(el)).to.equal('新签约项目签约额');
      expect(shownName(el)).to.equal('新签约项目签约额');
      expect(svgText(el)).to.include.members(['372亿元', '完成 62%', '0 亿元', '600 亿元']);
    });

    it('takes a lone Indicator', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${{ id: 'g', name: 'GDP 增速', unit: '%', value: 7.2, target: 7.5 }}></kpi-gauge>`);
      expect(meterOf(el).getAttribute('aria-valuetext')).to.equal('GDP 增速 7.2%，完成 96%');
    });

    it('reads inline JSON from a <script type="application/json"> child, and follows changes to it', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge indicator="a"
        ><script type="application/json">
          { "indicators": [{ "id": "a", "name": "新增高企", "unit": "家", "value": 175, "target": 300 }] }
        </script></kpi-gauge
      >`);
      expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('175');
      const script = el.querySelector('script') as HTMLScriptElement;
      script.textContent = '{ "indicators": [{ "id": "a", "name": "新增高企", "unit": "家", "value": 200, "target": 300 }] }';
      await settled(el);
      expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('200');
    });

    it('fetches src and fires kpi-data with rows and problems', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge></kpi-gauge>`);
      let detail: GlobalEventHandlersEventMap['kpi-data']['detail'] | undefined;
      el.addEventListener('kpi-data', (e) => (detail = e.detail));
      el.indicator = 'fai';
      el.entity = 'wutong';
      el.src = '/demo/data/parks-demo.json';
      await settled(el);
      expect(detail?.rows).to.have.length(24);
      expect(detail?.problems).to.deep.equal([]);
      expect(fullName(el)).to.equal('梧桐园区 固定资产投资');
    });

    it('shows and speaks `label` instead of the row name; blank falls back; markup stays text', async () => {
      const parks = await loadSample('parks-demo.json');
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${parks} indicator="fai" entity="wutong" label="固定资产投资" no-animation></kpi-gauge>`);
      const meter = meterOf(el);
      expect(shownName(el)).to.equal('固定资产投资');
      expect(meter.getAttribute('aria-label')).to.equal('固定资产投资');
      expect(meter.getAttribute('aria-valuetext')).to.match(/^固定资产投资 /);
      await expect(el).to.be.accessible();
      el.label = '  ';
      await el.updateComplete;
      expect(fullName(el)).to.equal('梧桐园区 固定资产投资');
      el.label = '<b>投资</b>';
      await el.updateComplete;
      expect(shownName(el)).to.equal('<b>投资</b>');
      expect(part(el, 'name').querySelector('b')).to.equal(null);
    });

    it('re-fetches every `refresh` seconds; moved within the page, it keeps its feed and costs no request', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge src="/__test__/counter/refresh" refresh="0.2" no-animation></kpi-gauge>`);
      await settled(el);
      expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('1');
      await settled(el);
      expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('2');
      const feed = liveFeeds().find((f) => f.url.endsWith('/__test__/counter/refresh'));
      const sent = feed?.requests;
      const parent = el.parentElement as HTMLElement;
      el.remove();
      parent.append(el); // moved: the feed lingers, the widget reads it again at once
      await el.updateComplete;
      expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('2');
      expect(liveFeeds().filter((f) => f.url.endsWith('/__test__/counter/refresh'))).to.deep.equal([feed]);
      expect(feed?.requests).to.equal(sent);
      await settled(el);
      expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('3');
      el.remove();
    });

    it('takes a Promise of a document: loading until it settles, then the row or the error', async () => {
      let resolve!: (doc: unknown) => void;
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${new Promise((r) => (resolve = r))}></kpi-gauge>`);
      expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent).to.equal('加载中…');
      resolve({ id: 'p', name: '承诺', value: 3, target: 4 });
      await settled(el);
      expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('3');
      let detail = '';
      el.addEventListener('kpi-error', (e) => (detail = e.detail.message), { once: true });
      el.data = Promise.reject(new Error('offline'));
      await settled(el, 'kpi-error');
      // The user reads a sentence; the developer's detail is in the event.
      expect(part(el, 'error').textContent).to.contain('无法加载数据');
      expect(detail).to.contain('offline');
      await expect(el).to.be.accessible();
    });

    it('takes plain attributes for the simplest static use', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge name="全年GDP增速" value="7.2" target="7.5" unit="%" min="0" max="10"></kpi-gauge>`);
      const meter = meterOf(el);
      expect(meter.getAttribute('aria-valuemax')).to.equal('10');
      expect(meter.getAttribute('aria-valuetext')).to.equal('全年GDP增速 7.2%，完成 96%');
      await expect(el).to.be.accessible();
    });

    it('lets data win over inline JSON, inline JSON over src, src over attributes', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge name="attr" value="1" src="/__test__/counter/precedence"
        ><script type="application/json">{ "indicators": [{ "id": "i", "name": "inline", "value": 2 }] }</script></kpi-gauge
      >`);
      expect(fullName(el)).to.equal('inline');
      el.data = { id: 'd', name: 'data', value: 3 };
      await el.updateComplete;
      expect(fullName(el)).to.equal('data');
    });

    it('follows inline JSON again once data is taken away (it is not watched while data wins)', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${{ id: 'd', name: 'data', value: 3 }}
        ><script type="application/json">{ "indicators": [{ "id": "i", "name": "inline", "value": 2 }] }</script></kpi-gauge
      >`);
      expect(fullName(el)).to.equal('data');
      el.data = null;
      await el.updateComplete;
      expect(fullName(el)).to.equal('inline');
      (el.querySelector('script') as HTMLScriptElement).textContent = '{ "indicators": [{ "id": "i", "name": "changed", "value": 4 }] }';
      await waitFor(() => fullName(el) === 'changed');
      expect(fullName(el)).to.equal('changed');
    });
  });

  describe('states', () => {
    it('says 暂无数据 for a null value, never 0, and is still accessible', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${plan} indicator="sensor-conf-signed"></kpi-gauge>`);
      await expect(el).to.be.accessible();
      const meter = meterOf(el);
      expect(meter.getAttribute('role')).to.equal('img');
      expect(meter.getAttribute('aria-label')).to.equal('传感器大会签约额 暂无数据，序时进度 63.9%');
      expect(svgText(el)).to.include('暂无数据');
      expect(dOf(el, 'path.value')).to.equal('');
    });

    it('shows a true zero as 0', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${{ id: 'z', name: '新开工', unit: '个', value: 0, target: 10 }}></kpi-gauge>`);
      await expect(el).to.be.accessible();
      expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('0');
      expect(svgText(el)[0]).to.equal('0个');
      expect(shownText(el)).to.not.contain('暂无数据');
    });

    it('shows loading while src has not answered', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge src="/__test__/hang" timeout="30"></kpi-gauge>`);
      await expect(el).to.be.accessible();
      expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent).to.equal('加载中…');
      expect(part(el, 'base').getAttribute('aria-busy')).to.equal('true');
      el.remove();
    });

    it('shows one clear error inside its box for an unusable document, and fires kpi-error', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge></kpi-gauge>`);
      let message = '';
      el.addEventListener('kpi-error', (e) => (message = e.detail.message));
      el.data = '{ not json';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const error = part(el, 'error');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('数据无法使用');
      expect(error.textContent).to.contain('数据不是有效的 JSON');
      expect(error.textContent).to.not.contain('position');
      expect(message).to.contain('not JSON');
    });

    it('names a requested row that does not exist, or was skipped and why', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${plan} indicator="nope"></kpi-gauge>`);
      expect(part(el, 'error').textContent).to.contain('数据中没有指标 nope');
      el.data = { indicators: [{ id: 'a', name: 'A', value: '5' }] };
      el.indicator = 'a';
      await el.updateComplete;
      expect(part(el, 'error').textContent).to.contain('指标 a：value 应为数字，而不是文字');
      el.locale = 'en';
      await el.updateComplete;
      expect(part(el, 'error').textContent).to.contain('Indicator a: value must be a number, not text');
      await expect(el).to.be.accessible();
    });

    it('keeps the last good value, dimmed with 数据截至 and its age, when a refresh fails (stale)', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge src="/__test__/flaky/stale" refresh="0.1" locale="zh-CN"></kpi-gauge>`);
      await settled(el);
      const errors: boolean[] = [];
      el.addEventListener('kpi-error', (e) => errors.push(e.detail.stale));
      await settled(el, 'kpi-error');
      expect(errors[0]).to.equal(true);
      expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('7');
      expect(part(el, 'base').classList.contains('stale')).to.equal(true);
      // the data's date, and its age: it was received a moment ago
      expect(part(el, 'stale').textContent).to.equal('数据截至 2024年8月21日 · 不到 1 分钟');
      expect(meterOf(el).getAttribute('aria-valuetext')).to.match(/数据可能已过期，数据截至 2024年8月21日 · 不到 1 分钟$/);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('in a small box, the stale stamp covers none of the dial: it has a line of its own', async () => {
      const old = { id: 'a', name: '新签约项目签约额', value: 372, target: 600, unit: '亿元', asOf: '2024-08-21' };
      const el = await fixture<KpiGauge>(html`<kpi-gauge stale-after="60" style="width:220px;height:200px" .data=${old}></kpi-gauge>`);
      await el.updateComplete;
      const stamp = part(el, 'stale').getBoundingClientRect();
      const texts = [...el.shadowRoot!.querySelectorAll('svg text')].map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0);
      expect(texts.length).to.be.greaterThan(2);
      const overlaps = texts.filter((r) => r.left < stamp.right && stamp.left < r.right && r.top < stamp.bottom && stamp.top < r.bottom);
      expect(overlaps, 'texts under the stamp').to.deep.equal([]);
      expect(stamp.bottom).to.be.at.most(el.getBoundingClientRect().bottom);
    });

    it('turns stale when asOf is older than stale-after', async () => {
      const now = new Date().toISOString(); // with milliseconds
      const el = await fixture<KpiGauge>(html`<kpi-gauge stale-after="0.3" .data=${{ id: 'a', name: 'A', value: 1, asOf: now }}></kpi-gauge>`);
      expect(part(el, 'base').classList.contains('stale')).to.equal(false);
      await sleep(500);
      await el.updateComplete;
      expect(part(el, 'base').classList.contains('stale')).to.equal(true);
    });

    it('marks a partial document, reports skipped rows in the event, and warns once per problem', async () => {
      const doc = { indicators: [{ id: 'a', name: 'A', value: 1, target: 2 }, { id: 'b', name: 'B', value: 'x' }] };
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${doc} indicator="a"></kpi-gauge>`);
        const badge = part(el, 'partial');
        expect(badge.getAttribute('aria-label')).to.equal('1 行数据有误，已跳过');
        el.data = structuredClone(doc); // the same problem again
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        console.warn = original;
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('row 1 (b) value');
    });
  });

  describe('drawing', () => {
    it('draws 270°, 180° and 360° shapes', async () => {
      for (const [shape, viewBox, limits] of [['arc', '-116 -146 232 242', 2], ['semi', '-116 -146 232 170', 2], ['ring', '-116 -146 232 262', 0]] as const) {
        const el = await fixture<KpiGauge>(html`<kpi-gauge shape=${shape} .data=${plan} indicator="signed-contracts"></kpi-gauge>`);
        expect(el.shadowRoot?.querySelector('svg')?.getAttribute('viewBox'), shape).to.equal(viewBox);
        expect([...(el.shadowRoot?.querySelectorAll('text.limit') ?? [])].filter((t) => t.textContent).length, shape).to.equal(limits);
        expect(dOf(el, 'path.value'), shape).to.match(/^M/);
        await expect(el).to.be.accessible();
      }
    });

    it('redraws for a shape or needle changed at run time', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${plan} indicator="signed-contracts" no-animation></kpi-gauge>`);
      const viewBox = () => el.shadowRoot?.querySelector('svg')?.getAttribute('viewBox');
      const value = () => el.shadowRoot?.querySelector('text.big')?.textContent;
      el.shape = 'semi';
      await el.updateComplete;
      expect(viewBox()).to.equal('-116 -146 232 170');
      el.needle = true;
      await el.updateComplete;
      expect(viewBox()).to.equal('-116 -146 232 234');
      expect(el.shadowRoot?.querySelector('line.needle')).to.not.equal(null);
      expect(value()).to.equal('372亿元');
      el.shape = 'arc';
      el.needle = false;
      await el.updateComplete;
      expect(viewBox()).to.equal('-116 -146 232 242');
      expect(el.shadowRoot?.querySelectorAll('svg')).to.have.length(1);
      expect(value()).to.equal('372亿元');
    });

    it('redraws its status bands when the schedule moves, and only then', async () => {
      const row = (value: number, asOf: string) => ({ id: 's', name: '签约额', unit: '亿元', value, target: 600, period: { start: '2024-01-01', end: '2024-12-31' }, asOf });
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${row(300, '2024-03-31')} no-animation></kpi-gauge>`);
      const bands = () => ['bad', 'warn', 'good'].map((s) => dOf(el, `path.band.${s}`));
      const march = bands();
      el.data = row(320, '2024-03-31');
      await el.updateComplete;
      expect(bands()).to.deep.equal(march);
      el.data = row(320, '2024-09-30');
      await el.updateComplete;
      const september = bands();
      expect(september[0]).to.not.equal(march[0]);
      // The bad band ends at 90 % of the schedule: further round the dial in September.
      expect(startOf(september[1])[0]).to.be.greaterThan(startOf(march[1])[0]);
    });

    it('sizes a text by its characters, a surrogate pair counted once', () => {
      expect(textWidth('签约', 10)).to.equal(20);
      expect(textWidth('a1', 10)).to.be.closeTo(11.6, 1e-9);
      expect(textWidth('a\u{20000}', 10)).to.be.closeTo(11.6, 1e-9);
    });

    it('places the 序时进度 marker at the value expected by now', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${plan} indicator="signed-contracts"></kpi-gauge>`);
      // expected = 600 × 234/366 on a 0–600 scale: 63.9 % of the 270° sweep
      const [x, y] = point(angleAt('arc', 234 / 366), R.scheduleTip);
      const [mx, my] = startOf(dOf(el, 'path.schedule'));
      expect([round(mx), round(my)]).to.deep.equal([round(x), round(y)]);
      expect(dOf(el, 'path.schedule'), 'a drawn marker').to.match(/^M[\d.-]+/);
    });

    it('places the target tick and omits the schedule marker where there is no schedule', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${plan} indicator="gdp-growth"></kpi-gauge>`);
      const [x, y] = point(angleAt('arc', 0.75), R.tickInner); // 7.5 on 0–10
      const [tx, ty] = startOf(dOf(el, 'path.target'));
      expect([round(tx), round(ty)]).to.deep.equal([round(x), round(y)]);
      expect(dOf(el, 'path.schedule')).to.equal('');
    });

    it('clamps the arc beyond max, prints the true number and shows an overflow cue', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${{ id: 'o', name: '超额', unit: '亿元', value: 150, target: 100, max: 120 }}></kpi-gauge>`);
      expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('120');
      expect(meterOf(el).getAttribute('aria-valuetext')).to.equal('超额 150 亿元，完成 150%');
      expect(svgText(el)[0]).to.equal('150亿元');
      // the cue is a second shape in the value path: an arrowhead past the end of the track
      expect(dOf(el, 'path.value')?.match(/M/g)).to.have.length(2);
      const normal = await fixture<KpiGauge>(html`<kpi-gauge .data=${{ id: 'n', name: '正常', value: 50, target: 100 }}></kpi-gauge>`);
      expect(dOf(normal, 'path.value')?.match(/M/g)).to.have.length(1);
    });

    it('colours the arc by status and the year-on-year arrow by `better`', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${{ id: 'e', name: '单位GDP能耗', value: 0.5, target: 0.45, better: 'lower', yoy: 3 }}></kpi-gauge>`);
      expect(el.shadowRoot?.querySelector('path.value')?.classList.contains('warn')).to.equal(true);
      const tone = el.shadowRoot?.querySelector('text[class*="tone-"]');
      expect(tone?.getAttribute('class')).to.equal('sub tone-bad');
      expect(tone?.textContent).to.equal('同比 ▲+3%');
    });

    it('draws a needle on request', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge needle .data=${plan} indicator="signed-contracts"></kpi-gauge>`);
      const needle = el.shadowRoot?.querySelector('line.needle');
      const [x, y] = point(angleAt('arc', 0.62), R.needle);
      expect([round(Number(needle?.getAttribute('x2'))), round(Number(needle?.getAttribute('y2')))]).to.deep.equal([round(x), round(y)]);
    });

    it('does not animate a gauge that is off-screen', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge style="position:absolute;top:-1000px" .data=${{ id: 'a', name: 'A', value: 50, max: 100 }}></kpi-gauge>`);
      const arcOf = () => el.shadowRoot?.querySelector('path.value')?.getAttribute('d');
      el.data = { id: 'a', name: 'A', value: 60, max: 100 }; // the first change starts following the viewport
      await sleep(150); // the observer reports within a frame or two; a tween would end by then
      const at60 = arcOf();
      el.data = { id: 'a', name: 'A', value: 80, max: 100 };
      await el.updateComplete;
      expect(arcOf()).to.not.equal(at60); // jumped, no tween
    });

    it('jumps to a value given while detached (nobody sees it; nothing keeps animating)', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${{ id: 'a', name: 'A', value: 50, max: 100 }}></kpi-gauge>`);
      const arcOf = () => el.shadowRoot?.querySelector('path.value')?.getAttribute('d');
      const parent = el.parentElement as HTMLElement;
      el.remove();
      el.data = { id: 'a', name: 'A', value: 80, max: 100 };
      await el.updateComplete;
      const detached = arcOf();
      parent.append(el);
      el.noAnimation = true;
      el.data = { id: 'a', name: 'A', value: 50, max: 100 };
      await el.updateComplete;
      el.data = { id: 'a', name: 'A', value: 80, max: 100 };
      await el.updateComplete;
      expect(detached).to.equal(arcOf());
    });

    it('updates a board of animated gauges without laying the page out once per gauge', async () => {
      const board = await fixture<HTMLDivElement>(html`<div>${[1, 2, 3, 4, 5, 6].map((i) => html`<kpi-gauge .data=${{ id: 'a', name: `G${i}`, value: 10 * i, max: 100 }}></kpi-gauge>`)}</div>`);
      const gauges = [...board.querySelectorAll('kpi-gauge')];
      const reads: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Element.prototype, 'getBoundingClientRect') as PropertyDescriptor;
      const measure = original.value as (this: Element) => DOMRect;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        reads.push(this.localName);
        return measure.call(this);
      };
      try {
        gauges.forEach((g, i) => (g.data = { id: 'a', name: `G${i}`, value: 90 - 10 * i, max: 100 }));
        await Promise.all(gauges.map((g) => g.updateComplete));
      } finally {
        Object.defineProperty(Element.prototype, 'getBoundingClientRect', original);
      }
      expect(reads).to.deep.equal([]);
      const values = () => gauges.map((g) => g.shadowRoot?.querySelector('text.big')?.textContent).join();
      await waitFor(() => values() === '90,80,70,60,50,40');
      expect(gauges.map((g) => g.shadowRoot?.querySelector('text.big')?.textContent)).to.deep.equal(['90', '80', '70', '60', '50', '40']);
    });

    it('speaks English with locale="en"', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge locale="en" .data=${plan} indicator="signed-contracts"></kpi-gauge>`);
      expect(meterOf(el).getAttribute('aria-valuetext')).to.equal('新签约项目签约额 372 亿元, Done 62%, Expected by now 63.9%, behind by 1.9 pp');
      expect(svgText(el)).to.include('Done 62%');
    });

    it('animates from the previous value, not from 0, and jumps with no-animation', async () => {
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${{ id: 'a', name: 'A', value: 50, max: 100 }}></kpi-gauge>`);
      const arcOf = () => el.shadowRoot?.querySelector('path.value')?.getAttribute('d');
      const at50 = arcOf();
      el.data = { id: 'a', name: 'A', value: 80, max: 100 };
      await el.updateComplete;
      expect(arcOf(), 'first frame still at the old value').to.equal(at50);
      await waitFor(() => arcOf() !== at50);
      const at80 = arcOf();
      expect(at80).to.not.equal(at50);
      el.noAnimation = true;
      el.data = { id: 'a', name: 'A', value: 50, max: 100 };
      await el.updateComplete;
      expect(arcOf()).to.equal(at50);
    });
  });

  describe('boxes', () => {
    for (const [w, h] of [[120, 90], [240, 200], [1200, 900]]) {
      it(`fills a ${w}×${h} box without overflow`, async () => {
        const el = await fixture<KpiGauge>(html`<kpi-gauge style="width:${w}px;height:${h}px" .data=${plan} indicator="signed-contracts"></kpi-gauge>`);
        const box = el.getBoundingClientRect();
        expect([box.width, box.height]).to.deep.equal([w, h]);
        for (const inner of el.shadowRoot?.querySelectorAll('svg, .name') ?? []) {
          const r = inner.getBoundingClientRect();
          expect(r.left).to.be.at.least(box.left - 0.5);
          expect(r.right).to.be.at.most(box.right + 0.5);
          expect(r.top).to.be.at.least(box.top - 0.5);
          expect(r.bottom).to.be.at.most(box.bottom + 0.5);
        }
        const svgBox = el.shadowRoot?.querySelector('svg')?.getBoundingClientRect();
        expect(svgBox?.height ?? 0).to.be.greaterThan(h * 0.5);
      });
    }

    it('ellipsises a long name within the dial and keeps the full text as a tooltip', async () => {
      const long = '郑州高新区2024年度新签约亿元以上先进制造业与现代服务业重大项目签约额';
      const el = await fixture<KpiGauge>(html`<kpi-gauge .data=${{ id: 'l', name: long, value: 1 }}></kpi-gauge>`);
      expect(fullName(el)).to.equal(long);
      expect(shownName(el)).to.match(/^郑州高新区.+…$/);
      expect(shownName(el).length).to.be.lessThan(long.length);
      const svgBox = el.shadowRoot?.querySelector('svg')?.getBoundingClientRect() as DOMRect;
      const nameBox = part(el, 'name').getBoundingClientRect();
      expect(nameBox.left).to.be.at.least(svgBox.left - 0.5);
      expect(nameBox.right).to.be.at.most(svgBox.right + 0.5);
      expect(meterOf(el).getAttribute('aria-label')).to.equal(long);
    });

    it('scales its text with the box', async () => {
      const small = await fixture<KpiGauge>(html`<kpi-gauge style="width:200px;height:160px" .data=${plan} indicator="gdp-growth"></kpi-gauge>`);
      const big = await fixture<KpiGauge>(html`<kpi-gauge style="width:800px;height:640px" .data=${plan} indicator="gdp-growth"></kpi-gauge>`);
      const size = (el: KpiGauge) => (el.shadowRoot?.querySelector('text.big') as SVGTextElement).getBoundingClientRect().height;
      expect(size(big) / size(small)).to.be.greaterThan(3);
      expectCleanText(big);
    });
  });
});
