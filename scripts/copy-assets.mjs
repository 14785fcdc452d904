// After the build: the themes' CSS into dist/themes (kpi-elements/themes/*.css), written from
// the one token table (src/theme/tokens.ts): tokens.css (light, every token), dark.css, screen.css.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const out = await build({ entryPoints: ['src/theme/tokens.ts'], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
const { themeCss } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
mkdirSync('dist/themes', { recursive: true });
for (const [file, theme] of [['tokens.css', 'light'], ['dark.css', 'dark'], ['screen.css', 'screen']]) writeFileSync(`dist/themes/${file}`, themeCss(theme));
