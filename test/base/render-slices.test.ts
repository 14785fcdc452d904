// Many widgets' renders spread over tasks (src/base/render-slices.ts): what a wall of 500
// widgets handed one document needs so that no task runs long.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/gauge/kpi-gauge.js';
import type { KpiGauge } from '../../src/gauge/kpi-gauge.js';
import { inRenderSlice, renderAtOnce } from '../../src/base/render-slices.js';
import { currentTask } from '../../src/data/page.js';
import { meterOf } from '../helpers.js';

/** Keeps the main thread busy for `ms`, as a widget's render does. */
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

/** Which task ran each call: a counter a MessageChannel bumps between tasks. */
function taskCounter() {
  let task = 0;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    task += 1;
    channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  return { now: () => task, stop: () => channel.port1.close() };
}

describe('render slices', () => {
  it('runs renders at once while the task has budget, the rest in later tasks, in order', async () => {
    const tasks = taskCounter();
    const ran: [number, number][] = [];
    const asked = Array.from({ length: 20 }, (_, i) => inRenderSlice(() => {
      busy(5);
      ran.push([i, tasks.now()]);
    }));
    const atOnce = ran.length;
    await Promise.all(asked.filter((p): p is Promise<void> => p instanceof Promise));
    tasks.stop();
    // 40 ms of budget, 5 ms a render: at most 8 at once (at 0, 5, … 35 ms; fewer when the
    // machine is slow), the rest later; never all 20.
    expect(atOnce).to.be.within(1, 8);
    expect(asked.slice(0, atOnce).every((p) => p === undefined)).to.equal(true);
    expect(ran.map(([i]) => i)).to.deep.equal([...Array(20).keys()]);
    // So spread over at least 3 tasks, never more than 8 renders in one.
    const perTask = new Map<number, number>();
    for (const [, t] of ran) perTask.set(t, (perTask.get(t) ?? 0) + 1);
    expect(perTask.size).to.be.at.least(3);
    expect(Math.max(...perTask.values())).to.be.at.most(8);
  });

  it('a render at once runs whatever the budget, and its time counts: renders asked after it wait', async () => {
    await new Promise((r) => setTimeout(r)); // a task of its own
    let ran = false;
    renderAtOnce(() => {
      busy(45);
      ran = true;
    });
    expect(ran).to.equal(true);
    let sliced = false;
    const after = inRenderSlice(() => (sliced = true));
    expect(after, 'the budget is spent').to.be.instanceOf(Promise);
    let second = false;
    renderAtOnce(() => (second = true));
    expect(second, 'at once while another waits').to.equal(true);
    expect(sliced).to.equal(false);
    await after;
    expect(sliced).to.equal(true);
  });

  it('counts from where the feed marked the task start: what ran before the first render spends the budget', async () => {
    await new Promise((r) => setTimeout(r)); // a task of its own
    currentTask.began = performance.now(); // as the feed marks it on receiving a document
    try {
      busy(45); // its parse and validation
      let ran = false;
      const first = inRenderSlice(() => (ran = true));
      expect(first, 'the budget is spent before the first render').to.be.instanceOf(Promise);
      expect(ran).to.equal(false);
      await first;
      expect(ran).to.equal(true);
    } finally {
      currentTask.began = null; // the feed clears it when the task ends (test/data/feed.test.ts)
    }
    await new Promise((r) => setTimeout(r));
    let next = false;
    expect(inRenderSlice(() => (next = true))).to.equal(undefined);
    expect(next).to.equal(true);
  });

  it('a render that throws rejects its own promise; the others still run', async () => {
    await inRenderSlice(() => busy(45)); // this task's budget is spent: what follows waits
    const ok: number[] = [];
    const first = inRenderSlice(() => ok.push(1));
    const failing = inRenderSlice(() => {
      throw new Error('boom');
    });
    const last = inRenderSlice(() => ok.push(3));
    await first;
    await failing!.then(
      () => expect.fail('should reject'),
      (e: Error) => expect(e.message).to.equal('boom'),
    );
    await last;
    expect(ok).to.deep.equal([1, 3]);
  });

  it('1,000 gauges handed a document the feed spent 35 ms on all show it, over several tasks', async () => {
    // 1,000: the renders that wait run 40 ms a task, and the updates of 300 gauges (the count
    // this test had) came to fit in one such task on a fast run (session 17).
    const N = 1000;
    const doc = (v: number) => ({ indicators: Array.from({ length: N }, (_, i) => ({ id: `k${i}`, name: `指标 ${i}`, value: v + i, target: 10000 })) });
    const first = doc(100);
    const root = await fixture<HTMLElement>(html`<div>${Array.from({ length: N }, (_, i) => html`<kpi-gauge no-animation indicator=${`k${i}`} .data=${first}></kpi-gauge>`)}</div>`);
    const gauges = [...root.querySelectorAll<KpiGauge>('kpi-gauge')];
    await Promise.all(gauges.map((g) => g.updateComplete));
    const tasks = taskCounter();
    const next = doc(200);
    const start = tasks.now();
    // As the feed marks a task in which it parsed and validated a document for 35 ms: 5 ms of
    // the budget are left for renders (1,000 gauges need more, however fast the machine).
    currentTask.began = performance.now() - 35;
    const shows = (g: KpiGauge, i: number) => meterOf(g).getAttribute('aria-valuenow') === String(200 + i);
    let renderedAtOnce: number;
    try {
      gauges.forEach((g) => (g.data = next));
      renderedAtOnce = gauges.filter(shows).length;
      await Promise.all(gauges.map((g) => g.updateComplete));
    } finally {
      currentTask.began = null;
    }
    const spanned = tasks.now() - start;
    tasks.stop();
    expect(gauges.filter(shows).length).to.equal(N);
    expect(renderedAtOnce).to.equal(0); // Lit renders after the task that set the data, as always
    expect(spanned, 'tasks the renders took').to.be.greaterThan(1);
  });
});
