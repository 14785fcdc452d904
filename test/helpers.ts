/** Shared test helpers. (Lit dev-mode warnings fail every test file: web-test-runner.config.mjs.) */
import { expect, oneEvent } from '@open-wc/testing';
import type { KpiElement } from '../src/base/kpi-element.js';

declare global {
  interface Window {
    __litWarnings: string[];
  }
}


/** All text a user could read in the element's shadow root, whitespace folded. */
export function shownText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** JavaScript's words and developer text, which a user must never read inside a widget. */
export const JS_WORDS = /NaN|Infinity|undefined|\bnull\b|\[object \w+\]|Invalid Date|\b(?:Type|Syntax|Range)?Error\b|\bfunction\b|=>|JSON\.parse|at position/;

/**
 * What a user reads or hears in the element: the text of its shadow root (SVG included)
 * and the names, titles and value texts a screen reader says.
 */
export function userText(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return '';
  const said = [...root.querySelectorAll('[title], [aria-label], [aria-valuetext]')].flatMap((e) =>
    ['title', 'aria-label', 'aria-valuetext'].map((a) => e.getAttribute(a) ?? ''),
  );
  return [root.textContent ?? '', ...said].join(' ').replace(/\s+/g, ' ').trim();
}

/** The tokens no widget may ever print. */
export const FORBIDDEN_TEXT = /NaN|Infinity|undefined|\bnull\b|\[object Object\]|Invalid Date/;

export function part(el: Element, name: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}" in <${el.localName}>`);
  return found;
}

/** The element carrying role="meter" (or "img" when there is no value). */
export function meterOf(el: Element): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>('[role="meter"], [role="img"]');
  if (!found) throw new Error(`no meter in <${el.localName}>`);
  return found;
}

/** Waits for the element's next kpi-data or kpi-error, then its render. */
export async function settled(el: KpiElement, event: 'kpi-data' | 'kpi-error' = 'kpi-data'): Promise<void> {
  await oneEvent(el, event);
  await el.updateComplete;
}

/** Captures console.warn calls while `fn` runs. */
export async function captureWarnings(fn: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
/** After the next frame is drawn (its ResizeObservers have reported, as before what a user first sees). */
export const drawn = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Polls `done` every 20 ms, `tries` times at most, for what settles a frame or an observer
 * later (a ResizeObserver, a chart drawn after a lazy import). It never fails by itself:
 * the assertions after it say what was expected.
 */
export async function waitFor(done: () => boolean | Promise<boolean>, tries = 50): Promise<void> {
  for (let i = 0; i < tries && !(await done()); i++) await sleep(20);
}

export function expectCleanText(el: Element): void {
  expect(shownText(el)).to.not.match(FORBIDDEN_TEXT);
}

/** The full name a widget shows: an SVG name keeps it in <title>, an HTML one in its text. */
export function fullName(el: Element): string {
  const name = part(el, 'name');
  return name.querySelector('title')?.textContent ?? name.textContent ?? '';
}

/** The name as drawn (an SVG name may be shortened with …). */
export function shownName(el: Element): string {
  const name = part(el, 'name');
  return [...name.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
}

/**
 * A ranking chart's longest bar and the width right of the axis (where bars and their figures
 * go), in px, from what is drawn: bars are the filled shapes wider than tall.
 */
export function rankingBars(svg: SVGSVGElement): { bar: number; beside: number } {
  const boxes = [...svg.querySelectorAll('path')].map((p) => p.getBoundingClientRect()).filter((b) => b.height > 4 && b.width > b.height);
  const left = Math.min(...boxes.map((b) => b.left));
  return { bar: Math.max(...boxes.map((b) => b.width)), beside: svg.getBoundingClientRect().right - left };
}
