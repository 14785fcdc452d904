// Prints "N passed, N failed" alone on the last line, so any CI can read the count,
// and keeps it in COUNT_FILE for scripts/test.mjs to repeat at the end of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const COUNT_FILE = path.resolve('node_modules/.cache/kpi-elements/test-count.txt');
function count(suite, totals) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) totals.skipped += 1;
    else if (t.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const s of suite.suites ?? []) count(s, totals);
}

export function countReporter() {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  let errors = 0;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      errors = 0;
      for (const s of sessions) {
        if (s.testResults) count(s.testResults, totals);
        if (!s.passed && (s.errors?.length ?? 0) > 0) errors += s.errors.length;
      }
    },
    stop() {
      const failed = totals.failed + errors;
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // On exit, so that it comes after the default reporter's own closing lines.
      const line = `${totals.passed} passed, ${failed} failed${skipped}`;
      mkdirSync(path.dirname(COUNT_FILE), { recursive: true });
      writeFileSync(COUNT_FILE, `${line}\n`);
      process.once('exit', () => process.stdout.write(`\n${line}\n`));
    },
  };
}
