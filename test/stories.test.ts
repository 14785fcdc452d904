// Every Storybook story renders in the browser: accessible, and without console errors.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import * as gauge from '../stories/kpi-gauge.stories.js';
import * as stat from '../stories/kpi-stat.stories.js';
import * as targetBar from '../stories/kpi-target-bar.stories.js';
import * as parkCompare from '../stories/kpi-park-compare.stories.js';
import * as ranking from '../stories/kpi-ranking.stories.js';
import * as wall from '../stories/wall.stories.js';
import * as board from '../stories/kpi-board.stories.js';
import * as source from '../stories/kpi-source.stories.js';
import type { KpiElement } from '../src/base/kpi-element.js';
import { applyThemes } from '../src/theme/apply.js';

// As .storybook/preview.ts: the theme tokens for stories that show the themes side by side.
before(() => applyThemes());

interface StoryModule {
  default: { title?: string; args?: object; render?: (args: never, context: never) => unknown };
  [name: string]: unknown;
}

const FILES = [gauge, stat, targetBar, parkCompare, ranking, wall, board, source] as unknown as StoryModule[];

for (const file of FILES) {
  const meta = file.default;
  describe(`story ${meta.title}`, () => {
    for (const [name, value] of Object.entries(file)) {
      if (name === 'default') continue;
      const story = value as { args?: object; render?: (args: never, context: never) => unknown };
      it(name, async () => {
        const render = story.render ?? meta.render;
        if (!render) throw new Error('no render function');
        const args = { ...meta.args, ...story.args } as never;
        const errors: string[] = [];
        const original = console.error;
        console.error = (...a: unknown[]) => errors.push(a.map(String).join(' '));
        try {
          const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN">${render(args, {} as never)}</div>`);
          // Every element of the story has rendered (a wall story holds many).
          const elements = [...wrapper.querySelectorAll('*')].filter((e): e is KpiElement => 'updateComplete' in e);
          await Promise.all(elements.map((e) => e.updateComplete));
          expect(elements.length, 'rendered an element').to.be.greaterThan(0);
          for (const e of elements) expect(e.shadowRoot?.childElementCount ?? 0, `${e.localName} rendered`).to.be.greaterThan(0);
          await expect(wrapper).to.be.accessible();
        } finally {
          console.error = original;
        }
        expect(errors).to.deep.equal([]);
      });
    }
  });
}
