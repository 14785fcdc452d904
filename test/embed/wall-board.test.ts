// demo/wall-board.html: the README's "wall in three steps", as a user builds it: plain HTML with
// the prebuilt browser bundle (dist/browser), a board document and the live feed it names.
import { expect } from '@open-wc/testing';
import { waitFor } from '../helpers.js';

describe('demo/wall-board.html (plain HTML, the browser build, a board document, a feed)', () => {
  it('draws the board live from the feed, with no errors', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:1280px;height:720px';
    document.body.append(frame);
    const errors: string[] = [];
    await new Promise<void>((resolve) => {
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.src = '/demo/wall-board.html';
    });
    frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
    const doc = frame.contentDocument!;
    const board = () => doc.querySelector('kpi-board')?.shadowRoot;
    const gauge = () => board()?.querySelector('.tile[data-widget="gdp"] kpi-gauge')?.shadowRoot?.querySelector('[role="meter"]');
    await waitFor(() => Boolean(gauge()), 250);
    expect(gauge()?.getAttribute('aria-label')).to.contain('全年GDP增速');
    expect(board()!.querySelectorAll('.page > .tile').length).to.equal(10);
    expect(board()!.querySelector('kpi-source')?.getAttribute('src')).to.equal('/api/stream');
    expect(board()!.querySelector('.tile.error, [part="problems"]')).to.equal(null);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });
});
