// Every bad-input category renders a state in every single-value widget: never throws, never
// prints NaN/undefined/Infinity, never turns data into markup, stays accessible.
import { expect, fixture } from '@open-wc/testing';
import '../../src/gauge/kpi-gauge.js';
import '../../src/stat/kpi-stat.js';
import '../../src/target-bar/kpi-target-bar.js';
import '../../src/park-compare/kpi-park-compare.js';
import '../../src/ranking/kpi-ranking.js';
import type { KpiElement } from '../../src/base/kpi-element.js';
import { captureWarnings, expectCleanText, fullName, JS_WORDS, part, settled, shownText, userText } from '../helpers.js';

type Expect = 'error' | 'ready' | 'no-data';
const row = (extra: Record<string, unknown>) => ({ indicators: [{ id: 'a', name: '指标', unit: '亿元', value: 5, ...extra }] });

const DOCUMENTS: [string, unknown, Expect][] = [
  ['text that is not JSON', '{ "indicators": [', 'error'],
  ['a document without indicators', { title: 'x', rows: [] }, 'error'],
  ['a missing name', { indicators: [{ id: 'a', value: 1 }] }, 'error'],
  ['a wrong-typed field', row({ unit: 5 }), 'error'],
  ['a number given as a string', row({ value: '12.3' }), 'error'],
  ['null everywhere', row({ value: null, target: null, previous: null, min: null, max: null, period: null, asOf: null, bands: null, history: null, unit: null, better: null, pace: null, yoy: null, source: null, note: null }), 'no-data'],
  ['target 0 and previous 0', row({ target: 0, previous: 0 }), 'ready'],
  ['min above max', row({ min: 10, max: 5 }), 'error'],
  ['a value of 1e21', row({ value: 1e21, target: 1 }), 'ready'],
  ['a value of -1e21', row({ value: -1e21, target: 100 }), 'ready'],
  ['an invalid date', row({ asOf: '2024-02-30' }), 'error'],
  ['a period ending before it starts', row({ period: { start: '2024-12-31', end: '2024-01-01' } }), 'error'],
  ['an object as value', row({ value: { n: 1 } }), 'error'],
  ['an empty array', [], 'error'],
];

const MARKUP = {
  id: 'a',
  name: '<img src=x onerror="window.__pwned=1">${alert(1)}{{x}}\u202Eevil',
  unit: '<b>亿元</b>',
  value: 5,
  target: 10,
  source: '<script>window.__pwned=1</script>',
  note: '<a href="javascript:alert(1)">x</a>',
};

const SOURCES: [string, string][] = [
  ['a src that answers 404', '/__test__/status/404'],
  ['a src that answers 500', '/__test__/status/500'],
  ['a src that answers HTML', '/__test__/html'],
  ['a src that never answers', '/__test__/hang'],
];

/** Mounts a widget by tag name with the given properties set before it connects. */
function mount(tag: string, props: Record<string, unknown>): Promise<KpiElement> {
  const el = Object.assign(document.createElement(tag) as KpiElement, props);
  return fixture<KpiElement>(el);
}

for (const tag of ['kpi-gauge', 'kpi-stat', 'kpi-target-bar', 'kpi-ranking']) {
  describe(`<${tag}> with bad input`, () => {
    for (const [what, data, expected] of DOCUMENTS) {
      it(`renders a state for ${what}`, async () => {
        let el!: KpiElement;
        await captureWarnings(async () => {
          el = await mount(tag, { data });
        });
        expectCleanText(el);
        const error = el.shadowRoot?.querySelector('[part="error"]');
        if (expected === 'error') expect(error?.textContent).to.contain('数据无法使用');
        else expect(error, shownText(el)).to.equal(null);
        if (expected === 'no-data') expect(shownText(el)).to.contain('暂无数据');
        await expect(el).to.be.accessible();
      });
    }

    it('shows markup, template syntax and bidi controls in data as plain text', async () => {
      // (A ranking of indicators prints completions; by value it prints the unit too.)
      const el = await mount(tag, { data: MARKUP, ...(tag === 'kpi-ranking' && { by: 'value' }) });
      const root = el.shadowRoot as ShadowRoot;
      expect(root.querySelector('img, b, script, a, foreignObject')).to.equal(null);
      expect(fullName(el)).to.equal('<img src=x onerror="window.__pwned=1">${alert(1)}{{x}}evil');
      expect(shownText(el)).to.contain('<b>亿元</b>');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    for (const [what, src] of SOURCES) {
      it(`shows an error for ${what}`, async () => {
        const el = await mount(tag, { timeout: 0.5 });
        const warnings = await captureWarnings(async () => {
          // One warning per distinct failure for the whole page: a URL of this widget's own.
          el.src = `${src}?for=${tag}`;
          await settled(el, 'kpi-error');
        });
        expect(part(el, 'error').textContent).to.contain('数据无法使用');
        expect(warnings).to.have.length(1);
        expectCleanText(el);
        await expect(el).to.be.accessible();
      });
    }
  });
}

/** Every widget, every hostile document and every failing source, in both locales: what a user reads is never a JavaScript word. */
for (const tag of ['kpi-gauge', 'kpi-stat', 'kpi-target-bar', 'kpi-park-compare', 'kpi-ranking']) {
  for (const locale of ['zh-CN', 'en']) {
    describe(`<${tag} locale="${locale}"> says what is wrong in words`, () => {
      const heading = locale === 'en' ? 'The data cannot be used' : '数据无法使用';
      for (const [what, data, expected] of DOCUMENTS) {
        it(`for ${what}`, async () => {
          let el!: KpiElement;
          await captureWarnings(async () => {
            el = await mount(tag, { data, locale });
          });
          const text = userText(el);
          expect(text).to.not.match(JS_WORDS);
          if (expected === 'error') expect(text).to.contain(heading);
          if (locale === 'en') expect(text, 'no Chinese UI words in English').to.not.match(/数据无法使用|暂无数据|无法加载|应为|缺失/);
        });
      }
      for (const [what, src] of SOURCES) {
        it(`for ${what}`, async () => {
          const el = await mount(tag, { timeout: 0.5, locale });
          await captureWarnings(async () => {
            el.src = src;
            await settled(el, 'kpi-error');
          });
          const text = userText(el);
          expect(text).to.contain(heading);
          expect(text).to.not.match(JS_WORDS);
        });
      }
    });
  }
}
