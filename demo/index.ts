// The demo index: the 2024 plan as the pipeline sees it. The widgets take this place as they land.
import { html, render } from 'lit';
import { deriveSet, present, validate } from '../src/core/index.js';
import plan from './data/gaoxin-2024-plan.json';

const set = validate(plan);
render(
  html`<h2>${set.title}</h2>
    <p>示例数据 · ${set.rows.length} rows · ${set.problems.length} problems</p>
    <ul>${deriveSet(set).map((v) => html`<li>${present(v).description}</li>`)}</ul>`,
  document.getElementById('demo') as HTMLElement,
);
