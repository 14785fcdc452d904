// The page's live feeds against a real HTTP server (scripts/test-routes.mjs scripts each
// answer), on a fake clock: minutes of polling, backoff and hiding run in milliseconds.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/gauge/kpi-gauge.js';
import '../../src/data/kpi-source.js';
import type { KpiGauge } from '../../src/gauge/kpi-gauge.js';
import type { KpiSource } from '../../src/data/kpi-source.js';
import { feedFor, HIDDEN_STREAM_MS, liveFeeds, LINGER_MS, type Feed, type FeedChange, type FeedOptions } from '../../src/data/feed.js';
import { useClock } from '../../src/data/clock.js';
import { currentTask } from '../../src/data/page.js';
import { FakeClock, restorePageVisibility, script, seen, setPageHidden } from './fake-clock.js';
import { captureWarnings, meterOf, part, waitFor } from '../helpers.js';

let clock: FakeClock;
let n = 0;
/** A key of this test's own (the server keeps a script and a count per key). */
const key = (what: string) => `${what}-${++n}-${Date.now()}`;

/** A reader of `feed` with `options`, recording what it is told. */
function read(feed: Feed, options: FeedOptions = {}) {
  const changes: FeedChange[] = [];
  const reader = { feedOptions: () => options, feedChanged: (_f: Feed, c: FeedChange) => changes.push(c) };
  feed.subscribe(reader);
  return { changes, stop: () => feed.unsubscribe(reader), data: () => changes.filter((c) => c === 'data').length };
}

const valueOf = (feed: Feed) => feed.set?.rows[0]?.value;

beforeEach(() => {
  clock = new FakeClock().install();
});

afterEach(async () => {
  restorePageVisibility();
  // Every feed a test left is closed: its readers gone, the linger passed.
  for (const f of liveFeeds()) for (let i = 0; i < 50 && f.readerCount > 0; i++) f.unsubscribe([...(f as unknown as { readers: Set<never> }).readers][0]);
  await clock.advance(LINGER_MS + 1);
  useClock();
});

describe('live feed: polling', () => {
  it('12 widgets on one URL cost one request per refresh, and the request count is on the feed', async () => {
    const k = key('twelve');
    await script(k, [{ value: 5 }]);
    const els = await fixture<HTMLElement>(html`<div>${Array.from({ length: 12 }, () => html`<kpi-gauge src=${`/__test__/feed/${k}`} refresh="10" no-animation></kpi-gauge>`)}</div>`);
    await clock.advance(0);
    await waitFor(() => liveFeeds().some((f) => f.url.endsWith(k)));
    await clock.advance(100);
    const feed = liveFeeds().find((f) => f.url.endsWith(k)) as Feed;
    expect(feed.readerCount).to.equal(12);
    expect(feed.requests).to.equal(1);
    await clock.advance(30_000);
    expect(feed.requests).to.equal(4); // t = 0, 10, 20, 30 s
    expect((await seen(k)).count).to.equal(4);
    const gauges = [...els.querySelectorAll<KpiGauge>('kpi-gauge')];
    await Promise.all(gauges.map((g) => g.updateComplete));
    expect(gauges.map((g) => meterOf(g).getAttribute('aria-valuenow'))).to.deep.equal(Array(12).fill('5'));
    els.remove();
  });

  it('backs off while the server answers 500 (no more than 7 requests in 2 minutes at refresh 10 s), keeps the value with its age, and is fresh again at the first success', async () => {
    const k = key('down');
    await script(k, [{ value: 7 }]);
    const feed = feedFor(`/__test__/feed/${k}`, 'poll');
    const r = read(feed, { refresh: 10 });
    await clock.advance(5_000);
    expect(valueOf(feed)).to.equal(7);
    await script(k, [{ status: 500, body: '<!doctype html><title>500</title><h1>Internal Server Error</h1>' }]);
    const before = feed.requests;
    const warnings = await captureWarnings(() => clock.advance(120_000));
    const during = feed.requests - before;
    expect(during).to.be.within(3, 7);
    expect(warnings.filter((w) => w.includes('HTTP 500'))).to.have.length(1); // one warning for the outage
    expect(valueOf(feed)).to.equal(7); // never blanked
    expect(feed.state).to.equal('stale');
    expect(feed.connection).to.equal('reconnecting');
    expect(feed.failure?.kind).to.equal('http');
    expect(feed.failure?.status).to.equal(500);
    expect(feed.failure?.retryAt).to.be.greaterThan(clock.wallNow());
    expect(feed.age).to.be.greaterThan(100_000);
    // The server is back: the next attempt (within the 60 s cap) brings it back, then the cadence is 10 s again.
    await script(k, [{ value: 8 }]);
    await clock.advance(60_000);
    expect(feed.state).to.equal('fresh');
    expect(valueOf(feed)).to.equal(8);
    const back = feed.requests;
    await clock.advance(20_000);
    expect(feed.requests - back).to.equal(2);
    r.stop();
  });

  it('marks where the task that received a document began (the render slices count from it), for that task only', async () => {
    const k = key('task-start');
    await script(k, [{ value: 4 }]);
    const feed = feedFor(`/__test__/feed/${k}`, 'poll');
    let marked: number | null | undefined;
    const reader = { feedOptions: () => ({}), feedChanged: (_f: Feed, c: FeedChange) => c === 'data' && (marked = currentTask.began) };
    feed.subscribe(reader);
    await clock.advance(1);
    await waitFor(() => marked !== undefined);
    expect(marked, 'marked before the readers are told').to.be.a('number');
    await new Promise((r) => setTimeout(r)); // a later task
    expect(currentTask.began).to.equal(null);
    feed.unsubscribe(reader);
  });

  it('honours Retry-After as a lower bound', async () => {
    const k = key('retry-after');
    await script(k, [{ status: 503, retryAfter: 90 }]);
    const feed = feedFor(`/__test__/feed/${k}`, 'poll');
    const r = read(feed, { refresh: 5 });
    await captureWarnings(() => clock.advance(1));
    expect(feed.requests).to.equal(1);
    await captureWarnings(() => clock.advance(89_000));
    expect(feed.requests).to.equal(1);
    await captureWarnings(() => clock.advance(1_000));
    expect(feed.requests).to.equal(2);
    r.stop();
  });

  it('revalidates: a 304 or the same body refreshes the age but fires no data', async () => {
    const k = key('etag');
    await script(k, [{ value: 3, etag: '"v1"' }]);
    const feed = feedFor(`/__test__/feed/${k}`, 'poll');
    const r = read(feed, { refresh: 10 });
    await clock.advance(1);
    expect(r.data()).to.equal(1);
    await clock.advance(30_000);
    const s = await seen(k);
    expect(s.count).to.equal(4);
    expect(s.headers.slice(1).map((h) => h.ifNoneMatch)).to.deep.equal(['"v1"', '"v1"', '"v1"']);
    expect(r.data()).to.equal(1);
    expect(feed.age).to.be.below(10_000);
    await script(k, [{ value: 3 }]); // the same body, no ETag
    await clock.advance(20_000);
    expect(r.data()).to.equal(1);
    await script(k, [{ value: 4 }]);
    await clock.advance(10_000);
    expect(r.data()).to.equal(2);
    r.stop();
  });

  /** A feed polled every 10 s with `background`, read once, then the page hidden. */
  async function hiddenPoll(what: string, background: 'pause' | 'run') {
    const k = key(what);
    await script(k, [{ value: 1 }]);
    const feed = feedFor(`/__test__/feed/${k}`, 'poll');
    const r = read(feed, { refresh: 10, background });
    await clock.advance(1);
    setPageHidden(true);
    return { k, feed, r };
  }

  it('pauses while the page is hidden (5 minutes: no request), then asks once at once when it is seen', async () => {
    const { k, feed, r } = await hiddenPoll('hidden', 'pause');
    const before = (await seen(k)).count;
    await clock.advance(300_000);
    expect((await seen(k)).count).to.equal(before);
    expect(feed.connection).to.equal('paused');
    setPageHidden(false);
    await clock.advance(1);
    expect((await seen(k)).count).to.equal(before + 1);
    await clock.advance(9_000);
    expect((await seen(k)).count).to.equal(before + 1); // then the cadence again
    r.stop();
  });

  it('keeps polling while hidden with background="run"', async () => {
    const { feed, r } = await hiddenPoll('run', 'run');
    await clock.advance(60_000);
    expect(feed.requests).to.equal(7);
    r.stop();
  });

  it('sends no request after its last reader has gone and the linger has passed; a reader back within it costs none', async () => {
    const k = key('linger');
    await script(k, [{ value: 1 }]);
    const feed = feedFor(`/__test__/feed/${k}`, 'poll');
    let r = read(feed, { refresh: 1 });
    await clock.advance(1);
    r.stop();
    await clock.advance(LINGER_MS - 1_000);
    r = read(feed, { refresh: 1 }); // moved within the page
    expect(feedFor(`/__test__/feed/${k}`, 'poll')).to.equal(feed);
    r.stop();
    await clock.advance(LINGER_MS + 1);
    expect(feed.disposed).to.equal(true);
    const count = (await seen(k)).count;
    await clock.advance(60_000);
    expect((await seen(k)).count).to.equal(count);
    expect(liveFeeds()).to.not.include(feed);
  });

  for (const [what, steps, kind] of [
    ['a server that never answers', [{ hang: true }], 'timeout'],
    ['a truncated body', [{ truncated: true }], 'parse'],
    ['a 200 that is not an IndicatorSet', [{ body: '{"rows": []}' }], 'parse'],
    ['HTTP 502 with an HTML page', [{ status: 502 }], 'http'],
    ['HTTP 401', [{ status: 401 }], 'auth'],
    ['HTTP 404', [{ status: 404 }], 'client'],
  ] as const) {
    it(`keeps the last good value through ${what} (${kind})`, async () => {
      const k = key('fault');
      await script(k, [{ value: 9 }]);
      const feed = feedFor(`/__test__/feed/${k}`, 'poll');
      const r = read(feed, { refresh: 10, timeout: 5 });
      await clock.advance(1);
      await script(k, [...steps]);
      await captureWarnings(() => clock.advance(20_000));
      expect(feed.failure?.kind).to.equal(kind);
      expect(valueOf(feed)).to.equal(9);
      expect(feed.state).to.equal('stale');
      r.stop();
    });
  }

  it('reports a connection refused as a network failure, and errors when nothing good ever came', async () => {
    const feed = feedFor('http://127.0.0.1:9/refused.json', 'poll');
    const r = read(feed, { refresh: 10 });
    await captureWarnings(() => clock.advance(1));
    await waitFor(() => feed.failure !== null);
    expect(feed.failure?.kind).to.equal('network');
    expect(feed.state).to.equal('error');
    r.stop();
  });

  it('drops an answer for an older request when reloaded mid-request (no out-of-order value)', async () => {
    const k = key('order');
    await script(k, [{ hang: true }, { value: 2 }]);
    const feed = feedFor(`/__test__/feed/${k}`, 'poll');
    const r = read(feed, { refresh: 10 });
    await clock.advance(1);
    feed.reload(); // the hanging request is aborted, its answer can never land
    await clock.advance(1);
    expect(valueOf(feed)).to.equal(2);
    expect(r.data()).to.equal(1);
    r.stop();
  });

  it('follows a src changed mid-request, and drops the old answer', async () => {
    const [a, b] = [key('src-a'), key('src-b')];
    await script(a, [{ hang: true }]);
    await script(b, [{ value: 2 }]);
    const el = await fixture<KpiGauge>(html`<kpi-gauge src=${`/__test__/feed/${a}`} no-animation></kpi-gauge>`);
    await waitFor(() => liveFeeds().some((f) => f.url.endsWith(a)));
    await clock.advance(1);
    el.src = `/__test__/feed/${b}`;
    await el.updateComplete;
    await clock.advance(1);
    await el.updateComplete;
    expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('2');
    const old = liveFeeds().find((f) => f.url.endsWith(a)) as Feed;
    await clock.advance(LINGER_MS + 1);
    expect(old.disposed).to.equal(true);
    expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('2');
    el.remove();
  });

  it('aborts the request of a widget removed mid-request once the linger has passed', async () => {
    const k = key('removed');
    await script(k, [{ hang: true }]);
    const el = await fixture<KpiGauge>(html`<kpi-gauge src=${`/__test__/feed/${k}`} no-animation></kpi-gauge>`);
    await waitFor(() => liveFeeds().some((f) => f.url.endsWith(k)));
    await clock.advance(1);
    const feed = liveFeeds().find((f) => f.url.endsWith(k)) as Feed;
    expect(feed.busy).to.equal(true);
    el.remove();
    await clock.advance(LINGER_MS + 1);
    expect(feed.disposed).to.equal(true);
    expect(feed.busy).to.equal(false);
    expect(liveFeeds()).to.not.include(feed);
  });

  it('never shows a negative age for a server clock hours ahead', async () => {
    const k = key('ahead');
    const future = new Date(Date.now() + 5 * 3_600_000).toISOString();
    await script(k, [{ body: JSON.stringify({ asOf: future, indicators: [{ id: 'n', name: '计数', value: 1, target: 2 }] }) }]);
    const el = await fixture<KpiGauge>(html`<kpi-gauge src=${`/__test__/feed/${k}`} stale-after="1" refresh="100" no-animation></kpi-gauge>`);
    await waitFor(() => liveFeeds().some((f) => f.url.endsWith(k)));
    await clock.advance(1);
    await clock.advance(5_000); // no news for 5 s: stale by the feed's age
    await el.updateComplete;
    expect(part(el, 'stale').textContent).to.match(/ · 不到 1 分钟$/); // received 5 s ago, not in the future
    expect(part(el, 'stale').textContent).to.not.contain('-');
    el.remove();
  });
});

describe('live feed: Server-Sent Events', () => {
  const snapshot = (id: string, value: number) => ({ id, value });

  it('reconnects once after a drop, carrying Last-Event-ID', async () => {
    const k = key('drop');
    await script(k, [{ events: [snapshot('41', 1), snapshot('42', 2)], then: 'end' }, { events: [snapshot('43', 3)], then: 'hold' }]);
    const feed = feedFor(`/__test__/sse/${k}`, 'sse');
    const r = read(feed);
    await captureWarnings(async () => {
      await clock.advance(1);
      await waitFor(() => feed.connection === 'reconnecting');
      await clock.advance(5_000);
      await waitFor(() => valueOf(feed) === 3);
    });
    const s = await seen(k);
    expect(s.count).to.equal(2);
    expect(s.headers.map((h) => h.lastEventId)).to.deep.equal([null, '42']);
    expect(feed.connection).to.equal('open');
    r.stop();
  });

  it('keeps reconnecting through three 503s (never closed), then streams', async () => {
    const k = key('503');
    await script(k, [{ status: 503 }, { status: 503 }, { status: 503 }, { events: [snapshot('1', 5)], then: 'hold' }]);
    const feed = feedFor(`/__test__/sse/${k}`, 'sse');
    const r = read(feed);
    await captureWarnings(async () => {
      // backoff with the jitter at its middle: 3 s, 6 s, then 12 s
      for (const ms of [1, 3_000, 6_000]) await clock.advance(ms);
      expect(feed.connection).to.equal('reconnecting');
      expect(feed.failures).to.equal(3);
      expect(feed.failure?.status).to.equal(503);
      await clock.advance(12_000);
      await waitFor(() => valueOf(feed) === 5);
    });
    expect(feed.connection).to.equal('open');
    expect((await seen(k)).count).to.equal(4);
    r.stop();
  });

  it('closes for good on HTTP 204 only', async () => {
    const k = key('204');
    await script(k, [{ status: 204, body: '' }]);
    const feed = feedFor(`/__test__/sse/${k}`, 'sse');
    const r = read(feed);
    await clock.advance(1);
    expect(feed.connection).to.equal('closed');
    await clock.advance(120_000);
    expect((await seen(k)).count).to.equal(1);
    r.stop();
  });

  it('reconnects when the stream falls silent for three heartbeats; a comment line counts as a heartbeat', async () => {
    const k = key('silent');
    await script(k, [{ events: [snapshot('1', 1), { comment: 'hb' }], then: 'hold' }, { events: [snapshot('2', 2)], then: 'hold' }]);
    const feed = feedFor(`/__test__/sse/${k}`, 'sse');
    const r = read(feed, { heartbeat: 2 });
    await clock.advance(1);
    await waitFor(() => valueOf(feed) === 1);
    await captureWarnings(async () => {
      await clock.advance(5_000);
      expect((await seen(k)).count).to.equal(1);
      await clock.advance(1_100); // 6 s of silence: the watchdog reconnects
      await waitFor(() => feed.connection !== 'open');
      await clock.advance(5_000);
      await waitFor(() => valueOf(feed) === 2);
    });
    expect((await seen(k)).count).to.equal(2);
    r.stop();
  });

  it('skips garbage, markup, a malformed patch and an oversized event, and goes on streaming', async () => {
    const k = key('garbage');
    const big = 'x'.repeat(5 * 1024 * 1024);
    await script(k, [
      {
        events: [
          snapshot('1', 1),
          { raw: 'this is not a field\n\n' },
          { id: '2', data: '<img src=x onerror="window.__pwned=1">' },
          { id: '3', event: 'patch', data: '{"indicators": [{"value": 1}]}' },
          { id: '4', data: big },
          { id: '5', event: 'patch', data: JSON.stringify({ indicators: [{ id: 'n', value: 6 }] }) },
        ],
        then: 'hold',
      },
    ]);
    const feed = feedFor(`/__test__/sse/${k}`, 'sse');
    const r = read(feed);
    const warnings = await captureWarnings(async () => {
      await clock.advance(1);
      await waitFor(() => valueOf(feed) === 6, 200);
    });
    expect(feed.connection).to.equal('open');
    expect(r.changes.filter((c) => c === 'problem').length).to.equal(3);
    expect(warnings.length).to.equal(3);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    r.stop();
  });

  it('drops a line that never ends (5 MiB with no newline), reports it once, and reads the events after it', async () => {
    const k = key('no-newline');
    await script(k, [{ events: [{ raw: `data: ${'y'.repeat(5 * 1024 * 1024)}` }, { raw: '\n\n' }, snapshot('9', 9)], then: 'hold' }]);
    const feed = feedFor(`/__test__/sse/${k}`, 'sse');
    const r = read(feed);
    const warnings = await captureWarnings(async () => {
      await clock.advance(1);
      await waitFor(() => valueOf(feed) === 9, 200);
    });
    expect(valueOf(feed)).to.equal(9);
    expect(r.changes.filter((c) => c === 'problem')).to.have.length(1);
    expect(warnings).to.have.length(1);
    r.stop();
  });

  it(`closes its stream after ${HIDDEN_STREAM_MS / 1000} s hidden (no request for 5 minutes), and opens it once, with Last-Event-ID, when seen`, async () => {
    const k = key('sleep');
    await script(k, [{ events: [snapshot('7', 1)], then: 'hold' }, { events: [snapshot('8', 2)], then: 'hold' }]);
    const feed = feedFor(`/__test__/sse/${k}`, 'sse');
    const r = read(feed);
    await clock.advance(1);
    await waitFor(() => valueOf(feed) === 1);
    setPageHidden(true);
    await clock.advance(HIDDEN_STREAM_MS - 100);
    expect(feed.connection, 'a glance away keeps the stream').to.equal('open');
    await clock.advance(200);
    expect(feed.connection).to.equal('paused');
    await clock.advance(5 * 60_000);
    expect((await seen(k)).count, 'requests while hidden').to.equal(1);
    setPageHidden(false);
    await waitFor(() => valueOf(feed) === 2);
    const s = await seen(k);
    expect(s.count).to.equal(2);
    expect(s.headers.map((h) => h.lastEventId)).to.deep.equal([null, '7']);
    expect(feed.connection).to.equal('open');
    r.stop();
  });

  it('keeps its stream open while hidden with background="run"', async () => {
    const k = key('sleep-run');
    await script(k, [{ events: [snapshot('1', 1)], then: 'hold' }]);
    const feed = feedFor(`/__test__/sse/${k}`, 'sse');
    const r = read(feed, { background: 'run' });
    await clock.advance(1);
    await waitFor(() => valueOf(feed) === 1);
    setPageHidden(true);
    // (Under three heartbeats of this silent stream: 45 s would reconnect.)
    await clock.advance(4 * HIDDEN_STREAM_MS);
    expect(feed.connection).to.equal('open');
    expect((await seen(k)).count).to.equal(1);
    r.stop();
  });

  it('holds only the latest document while the page is hidden and delivers it once when seen', async () => {
    const k = key('held');
    await script(k, [{ events: [snapshot('1', 1)], then: 'hold' }]);
    const feed = feedFor(`/__test__/sse/${k}`, 'sse');
    await clock.advance(0);
    setPageHidden(true);
    const r = read(feed);
    await clock.advance(1);
    await waitFor(() => (feed as unknown as { held: unknown }).held !== null);
    expect(r.data()).to.equal(0);
    setPageHidden(false);
    expect(r.data()).to.equal(1);
    expect(valueOf(feed)).to.equal(1);
    r.stop();
  });
});

describe('live feed: a burst of events in one chunk', () => {
  const doc = (value: number) => JSON.stringify({ asOf: '2024-08-21', indicators: [{ id: 'n', name: '计数', unit: '个', value, target: 10 }] });
  const event = (id: string, data: string, type = '') => `id: ${id}\n${type ? `event: ${type}\n` : ''}data: ${data}\n\n`;

  it('takes only the newest of several snapshots arriving together (one data change, one validation)', async () => {
    const k = key('burst');
    await script(k, [{ events: [{ raw: event('1', doc(1)) + event('2', doc(2)) + event('3', doc(3)) }], then: 'hold' }]);
    const feed = feedFor(`/__test__/sse/${k}`, 'sse');
    const r = read(feed);
    await clock.advance(1);
    await waitFor(() => valueOf(feed) === 3);
    expect(r.data()).to.equal(1);
    expect(r.changes.filter((c) => c === 'problem')).to.have.length(0);
    r.stop();
  });

  it('falls back to the newest good snapshot when the last of the burst is bad, reports the bad one, and applies a patch to the snapshot before it', async () => {
    const k = key('burst-bad');
    const patch = JSON.stringify({ indicators: [{ id: 'n', value: 9 }] });
    await script(k, [{ events: [{ raw: event('1', doc(1)) + event('2', doc(2)) + event('3', '<b>not json</b>') }], then: 'hold' }]);
    const feed = feedFor(`/__test__/sse/${k}`, 'sse');
    const r = read(feed);
    const warnings = await captureWarnings(async () => {
      await clock.advance(1);
      await waitFor(() => r.changes.includes('problem'));
    });
    expect(valueOf(feed)).to.equal(2);
    expect(r.data()).to.equal(1);
    expect(warnings).to.have.length(1);
    r.stop();

    const k2 = key('burst-patch');
    await script(k2, [{ events: [{ raw: event('1', doc(1)) + event('2', doc(4)) + event('3', patch, 'patch') + event('4', doc(5)) + event('5', doc(6)) }], then: 'hold' }]);
    const feed2 = feedFor(`/__test__/sse/${k2}`, 'sse');
    const r2 = read(feed2);
    await clock.advance(1);
    await waitFor(() => valueOf(feed2) === 6);
    // snapshot 4 taken before the patch (9), then the newest of the two after it
    expect(r2.data()).to.equal(3);
    r2.stop();
  });
});

describe('<kpi-source>', () => {
  it('feeds the widgets inside it and those naming it, from one stream, with a status chip', async () => {
    const k = key('source');
    await script(k, [{ events: [{ id: '1', value: 4 }], then: 'hold' }]);
    // (Listened to from the start: the stream may open and deliver before the fixture returns.)
    const states: string[] = [];
    const onState = (e: CustomEvent<{ state: string }>) => states.push(`${(e.target as Element).localName}:${e.detail.state}`);
    const wall = await fixture<HTMLElement>(html`<div @kpi-source-state=${onState}>
      <kpi-source id="wall-feed" src=${`/__test__/sse/${k}`} mode="sse" status><kpi-gauge no-animation></kpi-gauge></kpi-source>
      <kpi-gauge source="wall-feed" no-animation></kpi-gauge>
    </div>`);
    await clock.advance(1);
    const gauges = [...wall.querySelectorAll<KpiGauge>('kpi-gauge')];
    await waitFor(async () => {
      await Promise.all(gauges.map((g) => g.updateComplete));
      return gauges.every((g) => g.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuenow') === '4');
    });
    expect((await seen(k)).count).to.equal(1);
    const source = wall.querySelector<KpiSource>('kpi-source') as KpiSource;
    await source.updateComplete;
    expect(part(source, 'status').textContent).to.contain('已连接');
    expect(states).to.include('kpi-source:fresh');
    await expect(source).to.be.accessible();
    wall.remove();
  });

  it('shows stale with its age on every widget when the feed stops, and fresh again when it is back', async () => {
    const k = key('plug');
    await script(k, [{ value: 12 }]);
    const wall = await fixture<HTMLElement>(html`<div>
      <kpi-source id="plug" src=${`/__test__/feed/${k}`} refresh="5" stale-after="15"></kpi-source>
      <kpi-gauge source="plug" no-animation></kpi-gauge><kpi-gauge source="plug" no-animation></kpi-gauge>
    </div>`);
    await clock.advance(1);
    await script(k, [{ status: 503 }]);
    const gauges = [...wall.querySelectorAll<KpiGauge>('kpi-gauge')];
    await captureWarnings(() => clock.advance(5_000));
    await clock.advance(5 * 60_000);
    await Promise.all(gauges.map((g) => g.updateComplete));
    for (const g of gauges) {
      expect(meterOf(g).getAttribute('aria-valuenow')).to.equal('12');
      expect(part(g, 'base').classList.contains('stale')).to.equal(true);
      expect(part(g, 'stale').textContent).to.equal('数据截至 2024年8月21日 · 5 分钟前');
      expect(meterOf(g).getAttribute('aria-valuetext')).to.contain('数据可能已过期');
      await expect(g).to.be.accessible();
    }
    await script(k, [{ value: 13 }]);
    await clock.advance(60_000);
    await Promise.all(gauges.map((g) => g.updateComplete));
    for (const g of gauges) {
      expect(meterOf(g).getAttribute('aria-valuenow')).to.equal('13');
      expect(g.shadowRoot?.querySelector('[part="stale"]')).to.equal(null);
    }
    wall.remove();
  });
});
