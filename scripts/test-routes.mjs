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
