// The command-centre wall at three window sizes: every widget inside the stage, nothing
// overflowing, and no text smaller than 12 px as drawn.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mountWall } from '../../demo/wall.js';
import type { KpiScreen } from '../../src/screen/kpi-screen.js';
import { applyThemes } from '../../src/theme/apply.js';
import type { KpiElement } from '../../src/base/kpi-element.js';
import type { KpiSource } from '../../src/data/kpi-source.js';
import { liveFeeds } from '../../src/data/feed.js';
import { part, rankingBars, waitFor } from '../helpers.js';

const WIDGETS = 'kpi-gauge, kpi-stat, kpi-target-bar, kpi-park-compare, kpi-ranking';

async function addStyles(): Promise<void> {
  applyThemes();
  for (const href of ['/demo/wall.css']) {
    const style = document.createElement('style');
    style.textContent = await (await fetch(href)).text();
    document.head.append(style);
  }
}

function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** How much an SVG's user units are scaled on screen. */
function svgScale(svg: SVGSVGElement): number {
  const box = svg.getBoundingClientRect();
  const vb = svg.viewBox.baseVal;
  if (vb && vb.width > 0) return Math.min(box.width / vb.width, box.height / vb.height);
  return box.width / (svg.width.baseVal.value || box.width);
}

/** Every visible text's drawn size in CSS pixels, with where it is. */
function textSizes(root: Element, stageScale: number): { px: number; text: string }[] {
  const out: { px: number; text: string }[] = [];
  for (const el of deepElements(root)) {
    const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()).map((n) => n.textContent?.trim() ?? '');
    // Not drawn: SVG titles (tooltips) and the visually hidden screen-reader tables.
    if (!own.length || el.closest('title, style, script, .sr-only')) continue;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || style.display === 'none') continue;
    const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
    const px = parseFloat(style.fontSize) * (svg ? svgScale(svg) : stageScale);
    out.push({ px, text: own.join(' ') });
  }
  return out;
}

describe('the hand-written wall (demo/wall.html)', () => {
  let stop: () => void = () => undefined;
  before(async () => {
    document.body.style.margin = '0'; // as demo/wall.html
    await addStyles();
  });
  afterEach(() => stop());

  for (const [width, height] of [[1280, 720], [1920, 1080], [3840, 2160]]) {
    it(`fits ${width}×${height}: widgets inside the stage, legible`, async () => {
      await setViewport({ width, height });
      const root = await fixture<HTMLElement>(html`<main style="margin:0"></main>`);
      stop = mountWall(root, 3600);
      const screen = root.querySelector('kpi-screen') as KpiScreen;
      await screen.updateComplete;
      const widgets = [...root.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(WIDGETS)];
      await Promise.all(widgets.map((w) => w.updateComplete));
      await new Promise((r) => setTimeout(r, 100));
      expect(screen.scale).to.be.closeTo(width / 1920, 1e-9);
      const stage = (screen.shadowRoot?.querySelector('[part="stage"]') as HTMLElement).getBoundingClientRect();
      expect(stage.width).to.be.closeTo(width, 1);
      expect(stage.height).to.be.closeTo(height, 1);
      expect(widgets.length).to.equal(11);
      for (const w of widgets) {
        const r = w.getBoundingClientRect();
        const name = `${w.localName}[${w.getAttribute('indicator') ?? w.getAttribute('indicators') ?? w.getAttribute('view') ?? ''}]`;
        expect(r.left, name).to.be.at.least(stage.left - 1);
        expect(r.right, name).to.be.at.most(stage.right + 1);
        expect(r.top, name).to.be.at.least(stage.top - 1);
        expect(r.bottom, name).to.be.at.most(stage.bottom + 1);
        expect(w.scrollWidth, `${name} overflows sideways`).to.be.at.most(w.clientWidth + 1);
        expect(w.scrollHeight, `${name} overflows downwards`).to.be.at.most(w.clientHeight + 1);
        // Nothing drawn inside it sticks out (or is cut off) either.
        for (const inner of deepElements(w.shadowRoot as ShadowRoot)) {
          if (inner.closest('.sr-only, title') || getComputedStyle(inner).visibility === 'hidden') continue;
          const b = inner.getBoundingClientRect();
          if (b.width < 1 || b.height < 1 || inner instanceof SVGElement && !(inner instanceof SVGSVGElement)) continue;
          const what = `${name} ${inner.localName}.${inner.getAttribute('class') ?? ''}`;
          expect(b.bottom, `${what} sticks out`).to.be.at.most(r.bottom + 1);
          expect(b.right, `${what} sticks out`).to.be.at.most(r.right + 1);
          // …nor is it cut off by a parent that clips (a big number in a squeezed row).
          const parent = inner.parentElement;
          if (parent && /hidden|clip/.test(getComputedStyle(parent).overflowY) && !/ellipsis/.test(getComputedStyle(inner).textOverflow)) {
            const p = parent.getBoundingClientRect();
            expect(b.bottom, `${what} is cut off`).to.be.at.most(p.bottom + 1);
            expect(b.top, `${what} is cut off`).to.be.at.least(p.top - 1);
          }
        }
      }
      const small = textSizes(root, screen.scale).filter((t) => t.px < 11.95);
      expect(small.map((t) => `${t.text} ${t.px.toFixed(1)}px`)).to.deep.equal([]);
    });
  }

  it('draws the comparison\'s ranking view across its width at 1920×1080, and the two rankings of its right column', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const root = await fixture<HTMLElement>(html`<main style="margin:0"></main>`);
    stop = mountWall(root, 3600);
    const compare = root.querySelector<HTMLElement>('kpi-park-compare[view="ranking"]')!;
    let svg: SVGSVGElement | null | undefined = null;
    await waitFor(() => (svg = compare.shadowRoot?.querySelector('[part="chart"] svg'))?.querySelector('path') != null, 200);
    await new Promise((r) => setTimeout(r, 100));
    const { bar, beside } = rankingBars(svg!);
    expect(bar / beside, `${bar.toFixed(0)} of ${beside.toFixed(0)} px`).to.be.greaterThan(0.6);
    const [parks, targets] = [...root.querySelectorAll<KpiElement>('kpi-ranking')];
    await parks.updateComplete;
    await targets.updateComplete;
    const names = (el: Element) => [...(el.shadowRoot?.querySelectorAll('li [part="name"]') ?? [])].map((n) => n.textContent);
    expect(names(parks)).to.deep.equal(['梧桐园区', '双桥(沟赵)园区', '枫杨园区', '石佛园区']);
    // the 20 targets page six at a time
    expect(part(targets, 'controls').textContent).to.contain('1–6 / 20');
  });

  it('runs live on one SSE stream; pulling the plug shows stale with its age on every widget, and restoring it makes them fresh without a reload', async function () {
    this.timeout(30_000);
    await setViewport({ width: 1920, height: 1080 });
    await fetch('/api/fault?mode=ok');
    const root = await fixture<HTMLElement>(html`<main style="margin:0"></main>`);
    stop = mountWall(root, 3600, { src: '/api/stream', staleAfter: 2, heartbeat: 1 });
    const widgets = [...root.querySelectorAll<KpiElement>(WIDGETS)];
    const source = root.querySelector('kpi-source') as KpiSource;
    const stale = () => widgets.filter((w) => w.shadowRoot?.querySelector('[part="stale"]'));
    await waitFor(() => widgets.every((w) => w.shadowRoot?.querySelector('[role="meter"], [part="base"]:not(.boxed)')), 200);
    expect(source.feed?.mode).to.equal('sse');
    expect(liveFeeds().filter((f) => f.url.includes('/api/')).map((f) => f.url.replace(location.origin, ''))).to.deep.equal(['/api/stream']);
    expect(stale()).to.have.length(0);
    await fetch('/api/fault?mode=down');
    await waitFor(() => stale().length === widgets.length, 250);
    expect(stale()).to.have.length(11);
    for (const w of widgets) expect(w.shadowRoot?.querySelector('[part="stale"]')?.textContent).to.match(/^数据截至 .+ · 不到 1 分钟$/);
    await source.updateComplete;
    expect(part(source, 'status').textContent).to.contain('数据未更新');
    await fetch('/api/fault?mode=ok');
    await waitFor(() => stale().length === 0, 400);
    expect(stale()).to.have.length(0);
    await source.updateComplete;
    expect(part(source, 'status').textContent).to.contain('已连接');
  });
});
