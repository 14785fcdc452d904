// A simulated live backend for the wall, served inside the dev server (a Vite middleware in
// `npm start`, a Koa one in the browser tests): no other process. It follows the contract in
// README "Live data".
//   GET /api/indicators.json   the current IndicatorSet (ETag; 304 when unchanged)
//   GET /api/stream            Server-Sent Events: `retry:`, a snapshot on connect and every
//                              few seconds (`id:` = the tick), `: hb` heartbeats in between
//   GET /api/fault?mode=M      pulls the plug for every client: ok | down (HTTP 503, open
//                              streams cut) | hang (no answer, streams fall silent) | drop
//                              (streams end after one event) | garbage (malformed events
//                              between good ones). `?fault=M` on a request: that request only.
import { readFileSync } from 'node:fs';
import { clearInterval, setInterval } from 'node:timers';
import { documentAt } from './simulate.mjs';

export { documentAt };

const read = (name) => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8'));

/** One document for the wall: the 2024 plan (entity gaoxin) and the four parks, each row with its asOf. */
function baseDocument() {
  const plan = read('gaoxin-2024-plan.json');
  const parks = read('parks-demo.json');
  return {
    title: plan.title,
    asOf: plan.asOf,
    note: '示例数据：目标为公开数据，完成值为模拟',
    entities: [...plan.entities, ...parks.entities.filter((e) => !plan.entities.some((p) => p.id === e.id))],
    indicators: [...plan.indicators, ...parks.indicators.map((r) => ({ asOf: parks.asOf, ...r }))],
  };
}

/** A Node (req, res) handler for /api/*; `next()` for anything else. */
export function liveBackend({ tickMs = 3_000, heartbeatMs = 5_000 } = {}) {
  const base = baseDocument();
  const started = Date.now();
  const tick = () => Math.floor((Date.now() - started) / tickMs);
  let fault = 'ok';
  const streams = new Set();

  const stream = (req, res, mode) => {
    if (mode === 'down') return answer(res, 503, 'text/html', '<!doctype html><h1>503 Service Unavailable</h1>');
    if (mode === 'hang') return void req.on('close', () => res.end());
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache', 'X-Accel-Buffering': 'no', Connection: 'keep-alive' });
    res.write('retry: 3000\n\n');
    let last = -1;
    const send = () => {
      const now = fault === 'hang' ? last : tick();
      if (fault === 'hang') return; // silent: no data, no heartbeat
      if (now !== last) {
        last = now;
        if (mode === 'garbage' || fault === 'garbage') res.write(`this line is not a field\nevent: patch\ndata: {"indicators": [{"value": 1}]}\n\nid: ${now}\ndata: <b>not json</b>\n\n`);
        res.write(`id: ${now}\nevent: snapshot\ndata: ${JSON.stringify(documentAt(base, now))}\n\n`);
        if (mode === 'drop' || fault === 'drop') return close();
      } else res.write(': hb\n\n');
    };
    const timer = setInterval(send, Math.min(tickMs, heartbeatMs));
    const close = () => {
      clearInterval(timer);
      streams.delete(close);
      res.end();
    };
    streams.add(close);
    req.on('close', close);
    send();
  };

  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/api/')) return next();
    const mode = url.searchParams.get('fault') ?? fault;
    if (url.pathname === '/api/fault') {
      fault = url.searchParams.get('mode') ?? 'ok';
      if (fault === 'down' || fault === 'drop') for (const close of [...streams]) close();
      return answer(res, 200, 'application/json', JSON.stringify({ fault }));
    }
    if (url.pathname === '/api/stream') return stream(req, res, mode);
    if (url.pathname === '/api/indicators.json') {
      if (mode === 'down') return answer(res, 503, 'text/html', '<!doctype html><h1>503 Service Unavailable</h1>');
      if (mode === 'hang') return void req.on('close', () => res.end());
      const etag = `"t${tick()}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache' });
        return res.end();
      }
      res.setHeader('ETag', etag);
      return answer(res, 200, 'application/json; charset=utf-8', JSON.stringify(documentAt(base, tick())));
    }
    return answer(res, 404, 'text/plain', 'not found');
  };
}

function answer(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  res.end(body);
}

/** The same handler as a Koa middleware (the browser tests' server). */
export function liveBackendKoa(options) {
  const handle = liveBackend(options);
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/api/')) return next();
    ctx.respond = false;
    handle(ctx.req, ctx.res, () => undefined);
  };
}
