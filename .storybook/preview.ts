import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { applyThemes } from '../src/theme/apply.js';

applyThemes();

// Docs and controls come from the elements' JSDoc contracts (npm run analyze).
setCustomElementsManifest(manifest);

const BACKGROUNDS: Record<string, string> = { light: '#ffffff', dark: '#111827', screen: '#04122b' };

const preview: Preview = {
  // An autodocs page per element: attributes, properties, events, slots, parts, CSS properties.
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    theme: {
      description: 'Theme (--kpi-* tokens)',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['light', 'dark', 'screen'], dynamicTitle: true },
    },
    locale: {
      description: 'Locale of the widgets',
      toolbar: { title: 'Locale', icon: 'globe', items: ['zh-CN', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'zh-CN' },
  decorators: [
    (story, context) => {
      const theme = String(context.globals.theme ?? 'light');
      const locale = String(context.globals.locale ?? 'zh-CN');
      // Widgets read the nearest lang attribute unless a story sets `locale` itself.
      return html`<div data-kpi-theme=${theme} lang=${locale} style="padding:16px;background:${BACKGROUNDS[theme] ?? '#fff'}">
        ${story()}
      </div>`;
    },
  ],
};

export default preview;
