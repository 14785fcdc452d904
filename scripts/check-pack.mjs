// What `npm pack` would publish: only dist, schema, the manifest, README, LICENSE (and
// package.json). No tests, stories, demo, bench or source maps.
import { execFileSync } from 'node:child_process';

const ALLOWED = /^(dist\/|schema\/|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/;
const FORBIDDEN = /(^|\/)(test|stories|demo|bench|scripts|node_modules)\/|\.map$|\.test\./;

const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = report.files.map((f) => f.path);
const bad = files.filter((f) => !ALLOWED.test(f) || FORBIDDEN.test(f));
for (const need of ['dist/index.js', 'dist/browser/kpi-elements.js', 'dist/themes/tokens.css', 'schema/indicator-set.schema.json', 'custom-elements.json', 'dist/types/index.d.ts'])
  if (!files.includes(need)) bad.push(`missing: ${need}`);
console.log(`pack: ${files.length} files, ${(report.unpackedSize / 1024).toFixed(0)} kB unpacked`);
if (bad.length) {
  console.error(`pack: unexpected contents:\n  ${bad.join('\n  ')}`);
  process.exit(1);
}
