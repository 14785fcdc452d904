/**
 * A widget's picture as it looks now, to take away: a standalone SVG (the shadow DOM copied
 * into a <foreignObject>, every element's computed style written inline, so the theme's
 * colours are resolved and the fonts named, and nothing depends on the page's CSS), and a PNG
 * drawn from it at any scale. Canvases (ECharts' canvas renderer) are copied as images, and
 * ::before/::after as spans. Web fonts do not travel into a picture: it names the fonts, the viewer's apply.
 */
const SKIPPED = /^(-webkit-|transition|animation|will-change|cursor|pointer-events|content-visibility|container)/;

/** Every computed property, but those that only move or animate. */
function inlineStyle(from: Element, pseudo?: string): string {
  const cs = getComputedStyle(from, pseudo);
  let out = '';
  for (let i = 0; i < cs.length; i++) {
    const prop = cs[i];
    if (!SKIPPED.test(prop)) out += `${prop}:${cs.getPropertyValue(prop)};`;
  }
  return out;
}

/**
 * The text a computed `content` shows: its strings up to the alternative text (`"2" / "第 2 名"`
 * shows 2); '' for anything else (counters, images).
 */
export function shownContent(content: string): string {
  let shown = '';
  for (const [token, text] of content.matchAll(/"((?:[^"\\]|\\.)*)"|\//g)) {
    if (token === '/') break;
    shown += text.replace(/\\(.)/g, '$1');
  }
  return shown;
}

function copyOf(node: Node): Node | null {
  if (node.nodeType === Node.TEXT_NODE) return node.cloneNode();
  if (!(node instanceof Element) || node instanceof HTMLStyleElement || node instanceof HTMLSlotElement || node.hasAttribute('data-no-picture')) return null;
  if (node instanceof HTMLCanvasElement) {
    const img = document.createElement('img');
    img.setAttribute('src', node.toDataURL('image/png'));
    img.setAttribute('style', inlineStyle(node));
    return img;
  }
  const copy = node.cloneNode(false) as Element;
  copy.setAttribute('style', inlineStyle(node));
  for (const child of node.childNodes) {
    const c = copyOf(child);
    if (c) copy.append(c);
  }
  // ::before / ::after (a legend's colour swatch, say) become spans of their own.
  for (const pseudo of ['::before', '::after']) {
    const content = getComputedStyle(node, pseudo).content;
    if (!content || content === 'none' || content === 'normal') continue;
    const span = document.createElement('span');
    span.setAttribute('style', inlineStyle(node, pseudo));
    span.textContent = shownContent(content);
    if (pseudo === '::before') copy.prepend(span);
    else copy.append(span);
  }
  return copy;
}

/** The host's size in CSS pixels (whole pixels, at least 1). */
export function pictureSize(host: HTMLElement): { width: number; height: number } {
  const r = host.getBoundingClientRect();
  return { width: Math.max(1, Math.ceil(r.width)), height: Math.max(1, Math.ceil(r.height)) };
}

/** The standalone SVG text of `host` and its shadow root. */
export function pictureSvg(host: HTMLElement): string {
  const { width, height } = pictureSize(host);
  const box = document.createElement('div');
  box.setAttribute('style', `${inlineStyle(host)}margin:0;`);
  for (const child of host.shadowRoot?.childNodes ?? []) {
    const c = copyOf(child);
    if (c) box.append(c);
  }
  const body = new XMLSerializer().serializeToString(box);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><foreignObject x="0" y="0" width="${width}" height="${height}">${body}</foreignObject></svg>`;
}

/** A PNG of `host` at `scale` (2 for a crisp picture on a slide). */
export async function picturePng(host: HTMLElement, scale = 2): Promise<Blob> {
  const { width, height } = pictureSize(host);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(pictureSvg(host))}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to draw the picture on');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))), 'image/png'));
}
