// The live case's floor: what the browser alone needs for a push to the 500 widgets, with no
// Lit and no pipeline. The real widgets draw ROUNDS documents first (fetched from the bench's
// server, the very documents it pushes); their markup is copied into plain shadow roots with the
// same styles, and each push then writes only the texts and attributes that differ between one
// round's markup and the next's (dom-diff.ts). What `<kpi-source>` costs a push above this is
// our script and how it spreads the work; this against raw ECharts is the best ratio these
// pictures could reach.
import type { KpiElement } from '../src/base/kpi-element.js';
import { apply, diff, markupOf, parse, plainCopy, sameShape, type Change } from './dom-diff.js';

const ROUNDS = 6;

export interface Floor {
  /** the plain hosts that replaced the widgets */
  copies: HTMLElement[];
  /** writes the next round's changes into every copy */
  next(): void;
}

/** Draws `widgets` (mounted, connected) through ROUNDS documents, then puts static copies in their place. */
export async function staticCopies(widgets: KpiElement[]): Promise<Floor> {
  const markups: string[][] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const doc: unknown = await (await fetch(`/live/doc?round=${round}`)).json();
    for (const el of widgets) el.data = doc;
    await Promise.all(widgets.map((el) => el.updateComplete));
    markups.push(widgets.map((el) => markupOf(el.shadowRoot as ShadowRoot)));
  }
  const roots: ShadowRoot[] = [];
  // changes[round][i]: from that round's markup to the next's (the last round leads back to the first)
  const changes: Change[][][] = markups.map(() => []);
  let reshaped = 0;
  const copies = widgets.map((el, i) => {
    const { el: copy, root } = plainCopy(markups[0][i], (el.shadowRoot as ShadowRoot).adoptedStyleSheets, el.style.cssText);
    roots.push(root);
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = [parse(markups[round][i]), parse(markups[(round + 1) % ROUNDS][i])];
      if (!sameShape(a, b)) reshaped += 1;
      changes[round][i] = diff(a, b);
    }
    el.replaceWith(copy);
    return copy;
  });
  // A diff by position is complete only between trees of one shape: say so if some were not.
  if (reshaped > 0) console.warn(`live floor: ${reshaped} of ${widgets.length * ROUNDS} changes between differently shaped markup`);
  let round = 0;
  return {
    copies,
    next() {
      const now = changes[round];
      roots.forEach((root, i) => apply(root, now[i]));
      round = (round + 1) % ROUNDS;
    },
  };
}
