// Opens the *built* Storybook (storybook-static/, as a designer gets it) in Chromium and fails
// when a story's element is undefined, draws nothing or has a zero-size box. The test runner
// renders stories unbundled; only this sees what the production build tree-shook away.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findBrowser } from './find-browser.mjs';
import { serveStatic } from './serve-static.mjs';

const root = path.resolve('storybook-static');
if (!existsSync(path.join(root, 'index.json'))) {
  console.error('check-storybook: no storybook-static/index.json; run npm run build-storybook first');
  process.exit(1);
}
const stories = Object.values(JSON.parse(readFileSync(path.join(root, 'index.json'), 'utf8')).entries).filter((e) => e.type === 'story');
const server = await serveStatic(root);
const browser = await puppeteer.launch({ executablePath: findBrowser() ?? undefined, headless: true, args: CHROME_ARGS });
const failures = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  for (const story of stories) {
    errors.length = 0;
    await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    // Storybook renders after its own boot; widgets then settle (ECharts loads lazily).
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.querySelector('*'), { timeout: 15_000 }).catch(() => null);
    const report = await page.evaluate(async () => {
      const all = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('kpi-'));
      await Promise.all(all.map((e) => customElements.whenDefined(e.localName).then(() => e.updateComplete)).map((p) => Promise.race([p, new Promise((r) => setTimeout(r, 3000))])));
      return all.map((e) => {
        const box = e.getBoundingClientRect();
        return { tag: e.localName, defined: Boolean(customElements.get(e.localName)), drawn: (e.shadowRoot?.childElementCount ?? 0) > 0, width: box.width, height: box.height };
      });
    });
    // <kpi-source> lays out no box of its own (display: contents); its widgets are checked.
    const bad = report.filter((r) => !r.defined || !r.drawn || (r.tag !== 'kpi-source' && (r.width < 1 || r.height < 1)));
    const why = [
      report.length === 0 && 'no <kpi-*> element on the page',
      ...bad.map((r) => `<${r.tag}> ${!r.defined ? 'undefined' : !r.drawn ? 'drew nothing' : `box ${r.width}×${r.height}`}`),
      ...errors.map((e) => `page error: ${e}`),
    ].filter(Boolean);
    if (why.length) failures.push(`${story.id}: ${why.join('; ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
for (const f of failures) console.error(`check-storybook: ${f}`);
console.log(`check-storybook: ${stories.length - failures.length} of ${stories.length} built stories draw every widget`);
process.exit(failures.length ? 1 : 0);
