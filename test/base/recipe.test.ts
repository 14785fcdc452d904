// CONTRIBUTING's "add a widget" recipe, followed here: two widgets of a few lines each (one
// row; many rows) get every state from the base — loading, ready, no data, error in words,
// a missing row, stale with its stamp, skipped rows, plain attributes, src, locale — and are
// accessible in each.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { KpiSingleElement } from '../../src/base/single-row.js';
import { KpiRowsElement } from '../../src/base/rows.js';
import type { Model } from '../../src/core/model.js';
import type { Indicator } from '../../src/core/types.js';
import type { ValidatedSet } from '../../src/core/validate.js';
import { captureWarnings, meterOf, part, settled, shownText } from '../helpers.js';

/** Step 1–3 of the recipe: extend the single-row layer, draw one model, register the tag. */
@customElement('recipe-number')
class RecipeNumber extends KpiSingleElement {
  protected override renderModel({ text }: Model): TemplateResult {
    return litHtml`<span part="value">${text.valueText}</span>`;
  }
}

/** The rows layer: pick rows, draw them. */
@customElement('recipe-list')
class RecipeList extends KpiRowsElement {
  protected override selectRows(set: ValidatedSet): Indicator[] {
    return set.rows.filter((r) => r.unit === '亿元');
  }
  protected override renderRows(models: readonly Model[], stale: string | undefined): TemplateResult {
    return litHtml`<ul part="base" class="frame ${stale ? 'stale' : ''}">${models.map((m) => litHtml`<li>${m.text.label} ${m.text.valueText}</li>`)}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'recipe-number': RecipeNumber;
    'recipe-list': RecipeList;
  }
}

const row = { id: 'signed', name: '新签约项目签约额', unit: '亿元', value: 372, target: 600 };

describe('a widget made from the recipe', () => {
  it('shows loading, then the row, as a meter', async () => {
    let resolve!: (doc: unknown) => void;
    const el = await fixture<RecipeNumber>(html`<recipe-number .data=${new Promise((r) => (resolve = r))}></recipe-number>`);
    expect(shownText(el)).to.equal('加载中…');
    await expect(el).to.be.accessible();
    resolve({ indicators: [row] });
    await settled(el);
    expect(part(el, 'value').textContent).to.equal('372 亿元');
    expect(meterOf(el).getAttribute('role')).to.equal('meter');
    expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('372');
    await expect(el).to.be.accessible();
  });

  it('shows no data (never 0), an error in words, and a missing row', async () => {
    const el = await fixture<RecipeNumber>(html`<recipe-number .data=${{ ...row, value: null }}></recipe-number>`);
    expect(shownText(el)).to.contain('暂无数据');
    expect(shownText(el)).to.not.contain('0');
    await expect(el).to.be.accessible();
    await captureWarnings(async () => {
      el.data = '{ "indicators": [';
      await el.updateComplete;
    });
    expect(part(el, 'error').textContent).to.contain('数据不是有效的 JSON');
    await expect(el).to.be.accessible();
    el.data = { indicators: [row] };
    el.indicator = 'nope';
    await el.updateComplete;
    expect(part(el, 'error').textContent).to.contain('数据中没有指标 nope');
    el.locale = 'en';
    await el.updateComplete;
    expect(part(el, 'error').textContent).to.contain('The data has no indicator nope');
    await expect(el).to.be.accessible();
  });

  it('marks stale data with its stamp and tells a screen reader', async () => {
    const el = await fixture<RecipeNumber>(html`<recipe-number stale-after="60" .data=${{ ...row, asOf: '2024-08-21' }}></recipe-number>`);
    // the data's date, and how long ago that was (whole days, counting up)
    expect(part(el, 'stale').textContent).to.match(/^数据截至 2024年8月21日 · \d{3,} 天前$/);
    expect(meterOf(el).getAttribute('aria-valuetext')).to.match(/数据可能已过期，数据截至 2024年8月21日 · \d+ 天前$/);
    expect(meterOf(el).classList.contains('stale')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('counts skipped rows, and takes plain attributes and src', async () => {
    const el = await fixture<RecipeNumber>(html`<recipe-number .data=${{ indicators: [row, { id: 'bad', name: 'B', value: '1' }] }}></recipe-number>`);
    expect(part(el, 'partial').getAttribute('aria-label')).to.equal('1 行数据有误，已跳过');
    await expect(el).to.be.accessible();
    const plain = await fixture<RecipeNumber>(html`<recipe-number name="全年GDP增速" value="7.2" target="7.5" unit="%"></recipe-number>`);
    expect(plain.value).to.equal(7.2);
    expect(part(plain, 'value').textContent).to.equal('7.2%');
    const fetched = await fixture<RecipeNumber>(html`<recipe-number src="/demo/data/gaoxin-2024-plan.json" indicator="signed-contracts"></recipe-number>`);
    await settled(fetched);
    expect(part(fetched, 'value').textContent).to.match(/亿元$/);
    await expect(fetched).to.be.accessible();
  });

  it('lists many rows with one magnitude per unit, and says why when none match', async () => {
    const doc = { indicators: [row, { id: 'small', name: '小项目', unit: '亿元', value: 0.5 }, { id: 'n', name: '企业', unit: '家', value: 3 }] };
    const el = await fixture<RecipeList>(html`<recipe-list .data=${doc}></recipe-list>`);
    expect([...(el.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).to.deep.equal(['新签约项目签约额 372 亿元', '小项目 0.5 亿元']);
    await expect(el).to.be.accessible();
    el.data = { indicators: [{ id: 'n', name: '企业', unit: '家', value: 3 }] };
    await el.updateComplete;
    expect(part(el, 'error').textContent).to.contain('数据中没有符合条件的指标');
    await expect(el).to.be.accessible();
  });
});
