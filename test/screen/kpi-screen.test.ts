import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/screen/kpi-screen.js';
import { fitStage, type KpiScreen } from '../../src/screen/kpi-screen.js';
import '../helpers.js'; // fails a test on any Lit dev-mode warning

describe('<kpi-screen>', () => {
  it('fits a design: letterboxed (contain), filled (cover) or by width', () => {
    expect(fitStage('contain', 1920, 1080, 1280, 720)).to.deep.equal({ scale: 2 / 3, x: 0, y: 0 });
    expect(fitStage('contain', 1920, 1080, 1280, 1024)).to.deep.equal({ scale: 2 / 3, x: 0, y: 152 });
    expect(fitStage('cover', 1920, 1080, 1280, 1024).scale).to.be.closeTo(1024 / 1080, 1e-9);
    expect(fitStage('width', 1920, 1080, 3840, 1000)).to.deep.equal({ scale: 2, x: 0, y: 0 });
  });

  it('scales its stage to its box, centred, and reports the scale', async () => {
    const el = await fixture<KpiScreen>(html`<kpi-screen style="width:960px;height:700px"><div style="width:100%;height:100%">wall</div></kpi-screen>`);
    await el.updateComplete;
    const stage = el.shadowRoot?.querySelector('[part="stage"]') as HTMLElement;
    const box = stage.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(el.scale).to.equal(0.5);
    expect([box.width, box.height]).to.deep.equal([960, 540]);
    expect(box.top - host.top).to.equal(80);
    setTimeout(() => (el.style.width = '480px'));
    const event = await oneEvent(el, 'kpi-screen-resize');
    expect((event as CustomEvent<{ scale: number }>).detail.scale).to.equal(0.25);
  });

  it('keeps pointer positions exact: a click lands on the element drawn under it', async () => {
    const el = await fixture<KpiScreen>(html`<kpi-screen style="width:960px;height:540px"
      ><button style="position:absolute;left:1000px;top:600px;width:200px;height:100px">target</button></kpi-screen
    >`);
    await el.updateComplete;
    const host = el.getBoundingClientRect();
    // design (1100, 650) at scale 0.5 is (550, 325) on screen
    const hit = document.elementFromPoint(host.left + 550, host.top + 325);
    expect(hit?.textContent).to.equal('target');
  });
});
