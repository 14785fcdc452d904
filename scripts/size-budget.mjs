// The size budget, checked by `npm test`: each public entry of dist/, bundled with its
// dependencies (lit, core) the way a user's bundler would, minified and gzipped.
import { existsSync } from 'node:fs';
import { gzipSize } from './gzip-size.mjs';

/** kB gzip, including lit and core where the entry uses them. */
export const BUDGETS = {
  'dist/core.js': 8,
  'dist/gauge.js': 20,
  'dist/stat.js': 20,
  'dist/target-bar.js': 20,
  'dist/index.js': 30,
};

let failed = false;
for (const [entry, budget] of Object.entries(BUDGETS)) {
  if (!existsSync(entry)) {
    console.error(`size: ${entry} is missing; run npm run build first`);
    failed = true;
    continue;
  }
  const kb = await gzipSize(entry);
  const ok = kb <= budget;
  failed ||= !ok;
  console.log(`size: ${entry.padEnd(22)} ${kb.toFixed(1).padStart(6)} kB gzip  (budget ${budget} kB) ${ok ? 'ok' : 'OVER'}`);
}
process.exit(failed ? 1 : 0);
