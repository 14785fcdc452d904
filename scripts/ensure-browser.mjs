// Makes sure the browser tests have a browser, without any tool downloading its own:
// CHROME_PATH, else chromium/chrome on PATH, else (as root with apt-get) Debian's chromium.
import { execFileSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

const found = findBrowser();
if (found) process.exit(0);

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no browser is there.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const hasApt = hasCommand('apt-get');
if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get (about a minute)…');
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
    stdio: 'inherit',
  });
  if (findBrowser()) process.exit(0);
}
console.error(
  'The browser tests need Chromium or Chrome and none was found.\n' +
    'Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.',
);
process.exit(1);
