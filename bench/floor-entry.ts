// The static DOM floor: the markup one widget renders (a <kpi-gauge>, a one-row
// <kpi-target-bar>, or a <kpi-ranking> of 10 rows), copied into plain shadow roots with the
// same styles. No Lit, no data pipeline: what the browser alone needs for that DOM. The gap between it and the widget is what our
// code costs; the floor against raw ECharts is the best ratio that picture could reach.
// An update writes only what differs between the widget's markup at round 0 and at round 1
// (texts and attributes, found once by walking both), the least any renderer could write.
// Every copy is the same markup, so text shaping is cached across copies: if anything, the
// floor is low.
import '../src/gauge/kpi-gauge.js';
import '../src/ranking/kpi-ranking.js';
import '../src/target-bar/kpi-target-bar.js';
import { apply, diff, markupOf, parse, plainCopy, type Change } from './dom-diff.js';
import { frames, makeHost, rankingDoc, row } from './fixtures.js';

const host = makeHost();
interface Copy {
  markup: string;
  sheets: CSSStyleSheet[];
  changes: Change[];
}
const copies = new Map<string, Copy>();
let shown: { roots: ShadowRoot[]; changes: Change[] } = { roots: [], changes: [] };

/** One widget of `kind` drawn as the kpi bench draws it (round 0, then 1): its markup, styles and the changes between. */
async function copyOne(kind: string): Promise<Copy> {
  const probe = document.createElement(kind === 'ranking' ? 'kpi-ranking' : kind === 'bar1' ? 'kpi-target-bar' : 'kpi-gauge');
  probe.noAnimation = true;
  const data = (round: number) => (kind === 'ranking' ? rankingDoc(0, round) : row(0, round));
  if (kind === 'ranking') probe.setAttribute('indicator', 'revenue');
  if (kind === 'bar1') probe.setAttribute('indicator', 'signed-0');
  probe.data = data(0);
  document.body.append(probe);
  await probe.updateComplete;
  const root = probe.shadowRoot as ShadowRoot;
  const markup = markupOf(root);
  probe.data = data(1);
  await probe.updateComplete;
  const changes = diff(parse(markup), parse(markupOf(root)));
  const copy = { markup, sheets: root.adoptedStyleSheets, changes };
  probe.remove();
  return copy;
}

window.bench = {
  async mount(n, kind) {
    if (!copies.has(kind)) copies.set(kind, await copyOne(kind));
    const { markup, sheets, changes } = copies.get(kind)!;
    shown = { roots: [], changes };
    // The gauge's host is sized by the page (as the kpi bench's flex items are); the
    // ranking's :host rules (block, 360 px, height of its rows) apply to the copy as they are;
    // a one-row bar is 720 px wide, as in the kpi bench.
    const style = kind === 'bar1' ? 'width:720px' : kind === 'ranking' ? '' : 'display:inline-block;width:240px;height:200px;position:relative';
    for (let i = 0; i < n; i++) {
      const { el, root } = plainCopy(markup, sheets, style);
      shown.roots.push(root);
      host.append(el);
    }
    await frames();
  },
  async update() {
    for (const root of shown.roots) apply(root, shown.changes);
    await frames();
  },
  async clear() {
    shown = { roots: [], changes: [] };
    host.replaceChildren();
    await frames();
  },
};
