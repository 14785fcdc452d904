// Test-only routes on the test server (a Koa middleware), for the `src` input's failure modes.
//   /__test__/status/500       answers that status
//   /__test__/html             answers an HTML page
//   /__test__/hang             answers after 5 s (longer than the tests' timeouts)
//   /__test__/counter/<key>    a one-row document whose value counts the requests for <key>
//   /__test__/flaky/<key>      a good document the first time, HTTP 500 after
const counts = new Map();

const doc = (value) =>
  JSON.stringify({ asOf: '2024-08-21', indicators: [{ id: 'n', name: '计数', unit: '个', value, target: 10 }] });

export async function testRoutes(ctx, next) {
  if (!ctx.path.startsWith('/__test__/')) return next();
  const [, , kind, arg] = ctx.path.split('/');
  const answer = (status, type, body) => {
    ctx.status = status;
    ctx.type = type;
    ctx.body = body;
  };
  if (kind === 'status') return answer(Number(arg), 'text/plain', 'error');
  if (kind === 'html') return answer(200, 'text/html', '<!doctype html><p>Sign in</p>');
  if (kind === 'hang') {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    return answer(200, 'application/json', doc(1));
  }
  const n = (counts.get(ctx.path) ?? 0) + 1;
  counts.set(ctx.path, n);
  if (kind === 'counter') return answer(200, 'application/json', doc(n));
  if (kind === 'flaky') return n === 1 ? answer(200, 'application/json', doc(7)) : answer(500, 'text/plain', 'down');
  return next();
}

// ── Scripted live feeds (test/data/feed.test.ts) ────────────────────────────
//   POST /__test__/script/<key>   body: a JSON array of steps; each request to the key's feed
//                                 takes the next one, the last one repeats
//   GET  /__test__/feed/<key>     JSON polling, by the script
//   GET  /__test__/sse/<key>      Server-Sent Events, by the script
//   GET  /__test__/seen/<key>     what the server saw: { count, headers: [{ lastEventId, ifNoneMatch }] }
// Steps: { status, body } answers as given · { value, etag? } a one-row document (304 when
// If-None-Match is the etag) · { hang: true } never answers · { truncated: true } half a body ·
// SSE: { events: [{ id?, event?, data? | comment? | raw? }], then: 'end' | 'hold' } (hold: stays
// open until the client leaves).
const scripts = new Map();
const seen = new Map();

export const feedDoc = (value, extra = {}) =>
  JSON.stringify({ asOf: '2024-08-21', indicators: [{ id: 'n', name: '计数', unit: '个', value, target: 10 }], ...extra });

function nextStep(key) {
  const steps = scripts.get(key) ?? [{ value: 1 }];
  return steps.length > 1 ? steps.shift() : steps[0];
}

const untilClosed = (ctx) => new Promise((resolve) => ctx.req.on('close', resolve));

async function scripted(ctx, kind, key) {
  const log = seen.get(key) ?? { count: 0, headers: [] };
  log.count += 1;
  log.headers.push({ lastEventId: ctx.get('Last-Event-ID') || null, ifNoneMatch: ctx.get('If-None-Match') || null });
  seen.set(key, log);
  const step = nextStep(key);
  if (step.hang) {
    await untilClosed(ctx);
    return;
  }
  if (step.status && step.status !== 200) {
    ctx.status = step.status;
    ctx.type = step.type ?? 'text/html';
    ctx.body = step.body ?? '<!doctype html><h1>502 Bad Gateway</h1>';
    if (step.retryAfter) ctx.set('Retry-After', String(step.retryAfter));
    return;
  }
  if (kind === 'feed') {
    if (step.etag && ctx.get('If-None-Match') === step.etag) {
      ctx.status = 304;
      return;
    }
    ctx.status = 200;
    ctx.type = 'application/json';
    if (step.etag) ctx.set('ETag', step.etag);
    const body = step.body ?? feedDoc(step.value);
    ctx.body = step.truncated ? body.slice(0, Math.floor(body.length / 2)) : body;
    return;
  }
  const { PassThrough } = await import('node:stream');
  const out = new PassThrough();
  ctx.status = 200;
  ctx.type = 'text/event-stream';
  ctx.set('Cache-Control', 'no-cache');
  ctx.body = out;
  for (const e of step.events ?? []) {
    if (e.raw !== undefined) out.write(e.raw);
    else if (e.comment !== undefined) out.write(`:${e.comment}\n\n`);
    else out.write(`${e.id !== undefined ? `id: ${e.id}\n` : ''}${e.event ? `event: ${e.event}\n` : ''}data: ${e.data ?? feedDoc(e.value)}\n\n`);
  }
  if (step.then === 'end') out.end();
  else untilClosed(ctx).then(() => out.end());
}

export async function feedRoutes(ctx, next) {
  const m = /^\/__test__\/(script|feed|sse|seen)\/([\w.-]+)$/.exec(ctx.path);
  if (!m) return next();
  const [, kind, key] = m;
  if (kind === 'script') {
    const chunks = [];
    for await (const c of ctx.req) chunks.push(c);
    scripts.set(key, JSON.parse(Buffer.concat(chunks).toString('utf8')));
    seen.delete(key);
    ctx.status = 204;
    return;
  }
  if (kind === 'seen') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(seen.get(key) ?? { count: 0, headers: [] });
    return;
  }
  return scripted(ctx, kind, key);
}
