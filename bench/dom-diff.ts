// What a static floor writes: a widget's rendered shadow markup, and the texts and attributes
// that differ between two renders of it (found once by walking both), applied by position.
// Shared by the floors of the mount/update case (floor-entry.ts) and of the live case.

/** A change between two renders: the node's path (child indices), and its new text or attribute. */
export type Change = { path: number[]; text?: string; attr?: [string, string | null] };

/** A shadow root's markup without Lit's comment markers. */
export const markupOf = (root: ShadowRoot) => root.innerHTML.replace(/<!--[^>]*-->/g, '');

export function parse(markup: string): DocumentFragment {
  const t = document.createElement('template');
  t.innerHTML = markup;
  return t.content;
}

/** Texts and attributes that differ between two trees of the same shape, by position. */
export function diff(a: Node, b: Node, path: number[] = [], out: Change[] = []): Change[] {
  if (a.nodeType === Node.TEXT_NODE && a.nodeValue !== b.nodeValue) out.push({ path, text: b.nodeValue ?? '' });
  if (a instanceof Element && b instanceof Element) {
    const names = new Set([...a.getAttributeNames(), ...b.getAttributeNames()]);
    for (const name of names) if (a.getAttribute(name) !== b.getAttribute(name)) out.push({ path, attr: [name, b.getAttribute(name)] });
  }
  const n = Math.min(a.childNodes.length, b.childNodes.length);
  for (let i = 0; i < n; i++) diff(a.childNodes[i], b.childNodes[i], [...path, i], out);
  return out;
}

/** Whether two trees have the same shape (the same nodes at the same positions), so a diff of them is complete. */
export function sameShape(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName || a.childNodes.length !== b.childNodes.length) return false;
  for (let i = 0; i < a.childNodes.length; i++) if (!sameShape(a.childNodes[i], b.childNodes[i])) return false;
  return true;
}

/** A plain element showing `markup` in a shadow root of its own with `sheets`: a widget's picture with no widget behind it. */
export function plainCopy(markup: string, sheets: CSSStyleSheet[], style = ''): { el: HTMLElement; root: ShadowRoot } {
  const el = document.createElement('div');
  el.style.cssText = style;
  const root = el.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  root.innerHTML = markup;
  return { el, root };
}

/** Writes `changes` into `root`. */
export function apply(root: ShadowRoot, changes: Change[]): void {
  for (const { path, text, attr } of changes) {
    const node = path.reduce<Node>((at, i) => at.childNodes[i], root);
    if (text !== undefined) node.nodeValue = text;
    else if (attr && attr[1] === null) (node as Element).removeAttribute(attr[0]);
    else if (attr) (node as Element).setAttribute(attr[0], attr[1] as string);
  }
}
