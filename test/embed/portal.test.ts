// demo/portal.html: plain HTML, one <script type="module"> with the prebuilt browser bundle
// (dist/browser, made by npm run build before the browser tests), inline JSON and src.
import { expect } from '@open-wc/testing';

async function openPortal(): Promise<{ doc: Document; errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1000px;height:900px';
  const errors: string[] = [];
  document.body.append(frame);
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = '/demo/portal.html';
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  win.addEventListener('error', (e) => errors.push(e.message));
  return { doc: frame.contentDocument as Document, errors };
}

async function until<T>(fn: () => T | null | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('demo/portal.html (plain HTML, the single-file build)', () => {
  it('renders every widget from inline JSON, src and attributes, with no errors', async () => {
    const { doc, errors } = await openPortal();
    const meter = (id: string) => doc.getElementById(id)?.shadowRoot?.querySelector('[role="meter"]');
    const inline = await until(() => meter('inline-gauge'), 'the inline-JSON gauge');
    expect(inline.getAttribute('aria-valuetext')).to.equal('新签约项目签约额 372 亿元，完成 62%，序时进度 63.9%，落后 1.9 个百分点');
    const attr = await until(() => meter('attr-gauge'), 'the attribute gauge');
    expect(attr.getAttribute('aria-valuetext')).to.equal('全年GDP增速 7.2%，完成 96%');
    const stat = await until(() => meter('src-stat'), 'the src stat');
    expect(stat.getAttribute('aria-label')).to.equal('石佛园区 高新技术企业');
    const rows = await until(() => {
      const r = doc.getElementById('src-bars')?.shadowRoot?.querySelectorAll('[part="row"]');
      return r?.length ? r : null;
    }, 'the src target bars');
    expect(rows.length).to.equal(8);
    await until(() => doc.getElementById('src-compare')?.shadowRoot?.querySelector('[part="chart"] svg path'), 'the comparison chart');
    expect(errors).to.deep.equal([]);
  });
});
