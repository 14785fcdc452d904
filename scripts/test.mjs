// `npm test`: everything CI checks, in order, stopping at the first failure.
// The browser tests' "N passed, N failed" is printed again as the very last line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { COUNT_FILE } from './count-reporter.mjs';

const STEPS = [
  ['manifest', 'npm', ['run', '-s', 'analyze']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['types', 'npx', ['tsc', '--noEmit']],
  // Built before the browser tests: the plain-HTML portal page is tested on dist/browser.
  ['build', 'npm', ['run', '-s', 'build']],
  // A consumer's bundler (Vite, esbuild) must keep the elements' registration.
  ['consumer bundles', 'node', ['scripts/check-consumers.mjs']],
  ['browser tests', 'npm', ['run', '-s', 'test:browser']],
  ['size budget', 'npm', ['run', '-s', 'size']],
  ['package contents', 'node', ['scripts/check-pack.mjs']],
];

rmSync(COUNT_FILE, { force: true });
let failedStep = null;
for (const [name, cmd, args] of STEPS) {
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(`── ${name}: ${status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (status !== 0) {
    failedStep = name;
    break;
  }
}
const count = existsSync(COUNT_FILE) ? readFileSync(COUNT_FILE, 'utf8').trim() : null;
if (failedStep) console.log(`\nnpm test failed at: ${failedStep}`);
// A failure outside the browser tests still has to read as a failure.
console.log(count && !failedStep ? count : `${count?.match(/^(\d+) passed/)?.[1] ?? 0} passed, ${Math.max(1, Number(count?.match(/(\d+) failed/)?.[1] ?? 0))} failed`);
process.exit(failedStep ? 1 : 0);
