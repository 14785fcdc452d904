/**
 * Every design token, in one place: its public name (`--kpi-…`), the private variable widgets
 * read (`--_…`), and its value in the light (default), dark and screen themes. The widgets'
 * defaults (`tokenDefaults`, in every shadow root) and the theme stylesheets
 * (`kpi-elements/themes/*.css`, written from `themeCss` at build) both come from this table.
 * test/theme/tokens.test.ts fails on a private variable used but never defined, or defined
 * and never used, and on a documented token nothing reads.
 */
export type ThemeName = 'light' | 'dark' | 'screen';

export type TokenName = `--kpi-${string}`;

const FONT = "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

type TokenTable = Record<TokenName, readonly [use: `--_${string}`, light: string]>;

/**
 * Every widget's tokens: public name, the private variable widgets read, and the light
 * (default) value. Widgets bundle only the tables they use; the other themes and the docs
 * below are separate bindings, so a bundler leaves them out of a widget.
 */
export const TOKENS: TokenTable = {
  '--kpi-font-family': ['--_font', FONT],
  '--kpi-color-text': ['--_text', '#1f2937'],
  '--kpi-color-text-muted': ['--_muted', '#4b5563'],
  '--kpi-color-surface': ['--_surface', 'transparent'],
  '--kpi-color-track': ['--_track', '#e5e7eb'],
  '--kpi-color-good': ['--_good', '#15803d'],
  '--kpi-color-warn': ['--_warn', '#b45309'],
  '--kpi-color-bad': ['--_bad', '#b91c1c'],
  '--kpi-color-neutral': ['--_neutral', '#6b7280'],
  '--kpi-color-target': ['--_target', '#111827'],
  '--kpi-color-schedule': ['--_schedule', '#2563eb'],
  '--kpi-radius': ['--_radius', '6px'],
  '--kpi-tooltip-background': ['--_tip-bg', '#111827'],
  '--kpi-tooltip-color': ['--_tip-text', '#f9fafb'],
};

/** The tokens of charts and tables (series colours, chart text, what pops up over a chart). */
export const CHART_TOKENS: TokenTable = {
  '--kpi-color-background': ['--_background', '#ffffff'],
  '--kpi-series-1': ['--_s1', '#2563eb'],
  '--kpi-series-2': ['--_s2', '#16a34a'],
  '--kpi-series-3': ['--_s3', '#d97706'],
  '--kpi-series-4': ['--_s4', '#9333ea'],
  '--kpi-series-5': ['--_s5', '#0891b2'],
  '--kpi-series-6': ['--_s6', '#db2777'],
  '--kpi-chart-font-size': ['--_chart-font-size', '12'],
};

/** What differs in the dark and screen themes. */
export const THEMES: Record<Exclude<ThemeName, 'light'>, Partial<Record<TokenName, string>>> = {
  dark: {
    '--kpi-color-text': '#e5e7eb',
    '--kpi-color-text-muted': '#9ca3af',
    '--kpi-color-surface': '#111827',
    '--kpi-color-background': '#111827',
    '--kpi-color-track': '#374151',
    '--kpi-color-good': '#4ade80',
    '--kpi-color-warn': '#fbbf24',
    '--kpi-color-bad': '#f87171',
    '--kpi-color-neutral': '#9ca3af',
    '--kpi-color-target': '#f9fafb',
    '--kpi-color-schedule': '#60a5fa',
    '--kpi-series-1': '#60a5fa',
    '--kpi-series-2': '#4ade80',
    '--kpi-series-3': '#fbbf24',
    '--kpi-series-4': '#c084fc',
    '--kpi-series-5': '#22d3ee',
    '--kpi-series-6': '#f472b6',
  },
  screen: {
    '--kpi-font-family': "'DIN Alternate', 'Bahnschrift', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
    '--kpi-color-text': '#e6f4ff',
    '--kpi-color-text-muted': '#8fb3d9',
    '--kpi-color-surface': 'rgba(8, 28, 60, 0.65)',
    '--kpi-color-background': '#04122b',
    '--kpi-color-track': '#1c3a63',
    '--kpi-color-good': '#2ee6a6',
    '--kpi-color-warn': '#ffc53d',
    '--kpi-color-bad': '#ff5c5c',
    '--kpi-color-neutral': '#7a98bd',
    '--kpi-color-target': '#ffffff',
    '--kpi-color-schedule': '#3fb6ff',
    '--kpi-radius': '4px',
    '--kpi-series-1': '#3fb6ff',
    '--kpi-series-2': '#2ee6a6',
    '--kpi-series-3': '#ffc53d',
    '--kpi-series-4': '#b37feb',
    '--kpi-series-5': '#36cfc9',
    '--kpi-series-6': '#ff85c0',
  },
};

/** What each token styles (README and the manifest's CSS properties). */
export const TOKEN_DOCS: Record<TokenName, string> = {
  '--kpi-font-family': 'Font of every widget, charts included.',
  '--kpi-color-text': 'Text.',
  '--kpi-color-text-muted': 'Secondary text, axes, 暂无数据.',
  '--kpi-color-surface': "A widget's own background.",
  '--kpi-color-background': 'An opaque background for what pops up over a widget (the focused data table).',
  '--kpi-color-track': 'Unfilled tracks, grid lines.',
  '--kpi-color-good': 'Status: on track.',
  '--kpi-color-warn': 'Status: at risk.',
  '--kpi-color-bad': 'Status: behind; error messages.',
  '--kpi-color-neutral': 'No status (no target, no value).',
  '--kpi-color-target': 'Target ticks.',
  '--kpi-color-schedule': 'The 序时进度 (expected-by-now) marker; focus rings.',
  '--kpi-radius': 'Corner radius.',
  '--kpi-tooltip-background': 'Background of details shown on hover or focus.',
  '--kpi-tooltip-color': 'Text of details shown on hover or focus.',
  '--kpi-series-1': 'Colour of the first park or series.',
  '--kpi-series-2': 'Second series.',
  '--kpi-series-3': 'Third series.',
  '--kpi-series-4': 'Fourth series.',
  '--kpi-series-5': 'Fifth series.',
  '--kpi-series-6': 'Sixth series (then they repeat).',
  '--kpi-chart-font-size': 'Text size in charts, legends and tables, a number of CSS pixels.',
};

/** The private variables a shadow root declares on :host (every widget's by default), each defaulting to the light value. */
export function tokenDefaults(table: TokenTable = TOKENS): string {
  return Object.entries(table)
    .map(([name, [use, light]]) => `${use}: var(${name}, ${light});`)
    .join('\n');
}

/**
 * A theme as a stylesheet: light on `:root` (every token), dark and screen on
 * `[data-kpi-theme="…"]` (the tokens that differ), so the attribute on any ancestor themes
 * everything below it.
 */
export function themeCss(theme: ThemeName): string {
  const rows = Object.entries({ ...TOKENS, ...CHART_TOKENS }).flatMap(([name, [, light]]) => {
    const value = theme === 'light' ? light : THEMES[theme][name as TokenName];
    return value === undefined ? [] : [`  ${name}: ${value};`];
  });
  const selector = theme === 'light' ? ':root' : `[data-kpi-theme="${theme}"]`;
  return `/* kpi-elements ${theme} theme, generated from src/theme/tokens.ts */\n${selector} {\n${rows.join('\n')}\n}\n`;
}
