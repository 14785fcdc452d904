// The long heap run's page: the demo wall (12 widgets' worth on a 1920×1080 stage) fed a new
// document every `tick` seconds through `data`, as a wall with a fast backend is. It counts
// the documents the widgets accepted (kpi-data of the first gauge) so the run reports growth
// per 1,000 updates, not per minute. (demo/wall.css is added by bench/soak.mjs.)
import { applyThemes } from '../src/theme/apply.js';
import { mountWall } from '../demo/wall.js';

declare global {
  interface Window {
    soak: { updates(): number; stop(): void };
  }
}

applyThemes();
const root = document.createElement('main');
document.body.append(root);
const tick = Number(new URLSearchParams(location.search).get('tick') ?? 0.25);
const stop = mountWall(root, tick);
let updates = 0;
root.addEventListener('kpi-data', (e) => {
  if (e.target === root.querySelector('kpi-gauge')) updates += 1;
});
window.soak = { updates: () => updates, stop };
