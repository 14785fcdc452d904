/**
 * How a widget finds the <kpi-source> it reads: `source="ID"` (in the widget's own document
 * or shadow root first, then the page), else the nearest enclosing <kpi-source>. A source may
 * be defined, connected or re-pointed after the widgets that read it: every change is
 * announced here, and readers look again. (This module is small on purpose: widgets that
 * never read a source do not load the feed.)
 */
import type { Feed } from './feed.js';

export interface NamedSource extends HTMLElement {
  /** the feed the source names; null until it has a `src` */
  readonly feed: Feed | null;
}

const listeners = new Set<() => void>();

const isSource = (el: Element | null | undefined): el is NamedSource => el?.localName === 'kpi-source';

export function findSource(host: Element, id: string | null | undefined): NamedSource | null {
  if (!id) {
    const around = host.closest('kpi-source');
    return isSource(around) ? around : null;
  }
  const root = host.getRootNode() as Document | ShadowRoot;
  const near = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
  const found = isSource(near) ? near : document.getElementById(id);
  return isSource(found) ? found : null;
}

/** A source connected, left, or changed its feed. */
export function sourcesChanged(): void {
  for (const fn of [...listeners]) fn();
}

export function onSourcesChanged(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
