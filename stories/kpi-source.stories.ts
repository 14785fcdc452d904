import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { plan } from './data.js';

/**
 * The feed states a wall shows, on a simulated backend: this file answers fetches of
 * /story-feed/<state> itself (Storybook has no server), and every other request goes out as usual.
 *   fresh: a document every time · stale: one document, then HTTP 503 (the value stays, aged) ·
 *   reconnecting: an SSE stream that drops after one snapshot, then 503 · error: 503 from the start
 */
const ROUTE = '/story-feed/';
const calls = new Map<string, number>();

function answer(state: string): Response {
  const n = (calls.get(state) ?? 0) + 1;
  calls.set(state, n);
  const down = () => new Response('<!doctype html><h1>503 Service Unavailable</h1>', { status: 503, headers: { 'Content-Type': 'text/html' } });
  if (state === 'fresh' || (state === 'stale' && n === 1)) return new Response(JSON.stringify(plan), { headers: { 'Content-Type': 'application/json' } });
  if (state === 'reconnecting' && n === 1) return new Response(`id: 1\nevent: snapshot\ndata: ${JSON.stringify(plan)}\n\n`, { headers: { 'Content-Type': 'text/event-stream' } });
  return down();
}

const stories = window as unknown as { __kpiStoryFeed?: true };
if (!stories.__kpiStoryFeed) {
  stories.__kpiStoryFeed = true;
  const real = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    return url.pathname.startsWith(ROUTE) ? Promise.resolve(answer(url.pathname.slice(ROUTE.length))) : real(input, init);
  };
}

interface Args {
  state: 'fresh' | 'stale' | 'reconnecting' | 'error';
  mode: 'poll' | 'sse';
  refresh: number;
}

const meta: Meta<Args> = {
  title: 'Live data/kpi-source',
  component: 'kpi-source',
  args: { state: 'fresh', mode: 'poll', refresh: 2 },
  render: (a) => html`<kpi-source src=${`${ROUTE}${a.state}`} mode=${a.mode} refresh=${a.refresh} status>
    <div style="display:flex;gap:12px;margin-top:8px">
      <kpi-gauge style="width:220px;height:200px" indicator="signed-contracts"></kpi-gauge>
      <kpi-stat style="width:260px;height:150px" indicator="hte-new"></kpi-stat>
    </div>
  </kpi-source>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Polled every 2 s, answered every time: 已连接. */
export const Fresh: Story = {};
/** One document, then the server answers 503: the value stays, dimmed, with 数据截至 … · its age; the chip says 数据未更新. */
export const StaleWithAge: Story = { args: { state: 'stale' } };
/** An SSE stream that dropped: the value stays while the feed backs off and reconnects (a blip does not dim the wall). */
export const Reconnecting: Story = { args: { state: 'reconnecting', mode: 'sse' } };
/** Nothing good ever arrived: the error inside each widget's box, in words. */
export const ErrorState: Story = { args: { state: 'error' } };
