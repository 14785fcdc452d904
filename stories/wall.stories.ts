import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../demo/wall.css';
import { parks, plan, wall } from '../demo/wall.js';

const meta: Meta = {
  title: 'Wall/Command centre 1920×1080',
  parameters: { layout: 'fullscreen' },
  render: () => html`<div style="width:1920px;height:1080px">${wall({ planDoc: plan, parksDoc: parks }, plan.asOf)}</div>`,
};
export default meta;

/** 郑州高新区 2024 年主要目标任务推进 at its design size, on the big-screen theme (示例数据). */
export const Wall: StoryObj = {};
