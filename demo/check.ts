// The data-check page: paste JSON or give a URL, see each row as the widgets will. A board
// document ({ "version": 1, "pages": … }) is checked as a board: its problems by path.
import { html, nothing, render } from 'lit';
import { deriveSet, present, validate, type ValidatedSet } from '../src/core/index.js';
import { validateBoard } from '../src/core/board.js';
import { describeBoardProblem } from '../src/core/board-messages.js';
import { attributesOf } from '../src/board/tiles.js';
import '../src/index.js';

const SAMPLES = ['gaoxin-2024-plan.json', 'gaoxin-2022.json', 'parks-2019.json', 'parks-demo.json', '../boards/gaoxin-2024.json'];

/** Whether the text is a board document (it has a version and pages), not an IndicatorSet. */
const isBoard = (t: string) => /"pages"\s*:/.test(t) && /"version"\s*:/.test(t);

function boardReport(t: string) {
  const b = validateBoard(t, { attributesOf });
  const widgets = b.pages.flatMap((p) => p.widgets);
  return html`<section aria-live="polite">
    <h2>Board: ${b.title ?? '(untitled)'}</h2>
    ${b.ok ? html`<p>${b.pages.length} pages · ${widgets.filter((w) => w.ok).length} of ${widgets.length} widgets usable · ${b.sources.size} sources</p>` : html`<p class="error">The document cannot be used.</p>`}
    ${b.problems.length === 0
      ? html`<p class="ok">No problems found.</p>`
      : html`<table class="problems">
          <caption>${b.problems.length} problems</caption>
          <thead><tr><th>path</th><th>severity</th><th>code</th><th>what a wall operator reads</th><th>detail</th></tr></thead>
          <tbody>${b.problems.map((p) => html`<tr><td><code>${p.path || '/'}</code></td><td>${p.severity}</td><td>${p.code}</td><td>${describeBoardProblem(p, locale)}</td><td>${p.reason}</td></tr>`)}</tbody>
        </table>`}
  </section>`;
}
const root = document.getElementById('check') as HTMLElement;
let text = '';
let url = '';
let locale = 'zh-CN';
let loadError = '';

async function load(from: string) {
  url = from;
  loadError = '';
  try {
    const res = await fetch(from);
    if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
    text = await res.text();
  } catch (e) {
    loadError = `Could not load ${from}: ${e instanceof Error ? e.message : String(e)}`;
  }
  draw();
}

function rowsTable(set: ValidatedSet) {
  const views = deriveSet(set);
  return html`<table>
    <caption>${views.length} usable rows</caption>
    <thead><tr>
      <th>entity</th><th>id</th><th>name</th><th>value</th><th>target</th>
      <th>completion</th><th>schedule</th><th>gap</th><th>YoY</th><th>status</th><th>as of</th>
    </tr></thead>
    <tbody>${views.map((v) => {
      const p = present(v, { locale });
      return html`<tr>
        <td>${v.entityName ?? ''}</td><td><code>${v.id}</code></td><td>${v.name}</td>
        <td class="num">${p.valueText}</td><td class="num">${p.targetText}</td>
        <td class="num">${p.completion}</td><td class="num">${p.schedule}</td><td>${p.gap}</td>
        <td class="num">${p.yoy}</td><td class=${v.status ?? 'none'}>${p.status}</td><td>${p.asOf}</td>
      </tr>`;
    })}</tbody>
  </table>`;
}

function problemsTable(set: ValidatedSet) {
  if (set.problems.length === 0) return html`<p class="ok">No problems found.</p>`;
  return html`<table class="problems">
    <caption>${set.problems.length} problems</caption>
    <thead><tr><th>row</th><th>id</th><th>entity</th><th>field</th><th>problem</th><th>row kept?</th></tr></thead>
    <tbody>${set.problems.map((p) => html`<tr>
      <td>${p.row ?? 'document'}</td><td>${p.id ?? ''}</td><td>${p.entity ?? ''}</td><td>${p.field ?? ''}</td>
      <td>${p.reason}</td><td>${p.skipped ? 'skipped' : 'kept'}</td>
    </tr>`)}</tbody>
  </table>`;
}

function draw() {
  const board = text.trim() !== '' && isBoard(text);
  const set = text.trim() && !board ? validate(text) : null;
  render(
    html`<section class="inputs">
        <label>URL <input type="url" .value=${url} @change=${(e: Event) => void load((e.target as HTMLInputElement).value)} /></label>
        <span>Samples: ${SAMPLES.map((s) => html`<button @click=${() => void load(`./data/${s}`)}>${s.replace('../boards/', 'board: ')}</button> `)}</span>
        <label>Locale <select @change=${(e: Event) => ((locale = (e.target as HTMLSelectElement).value), draw())}>
          <option value="zh-CN">zh-CN</option><option value="en">en</option>
        </select></label>
        <label class="paste">JSON <textarea rows="10" .value=${text} @input=${(e: Event) => ((text = (e.target as HTMLTextAreaElement).value), draw())}></textarea></label>
      </section>
      ${loadError ? html`<p class="error" role="alert">${loadError}</p>` : nothing}
      ${board ? boardReport(text) : nothing}
      ${set
        ? html`<section aria-live="polite">
            <h2>${set.title ?? '(untitled)'}</h2>
            ${set.ok ? html`<p>${set.rows.length} rows usable · ${set.entities.length} entities · as of ${set.asOf ?? '—'}</p>` : nothing}
            ${problemsTable(set)} ${set.ok ? rowsTable(set) : nothing}
          </section>`
        : nothing}`,
    root,
  );
}

const initial = new URLSearchParams(location.search).get('src');
draw();
void load(initial ?? `./data/${SAMPLES[0]}`);
