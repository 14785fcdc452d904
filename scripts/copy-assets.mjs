// After the build: the themes' CSS into dist/themes (kpi-elements/themes/*.css).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

mkdirSync('dist/themes', { recursive: true });
for (const file of readdirSync('src/theme').filter((f) => f.endsWith('.css'))) copyFileSync(`src/theme/${file}`, `dist/themes/${file}`);
