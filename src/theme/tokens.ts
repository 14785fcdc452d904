/**
 * Every design token, in one place: its public name (`--kpi-…`), the private variable widgets
 * read (`--_…`), and its value in the light (default), dark and screen themes. The widgets'
 * defaults (`tokenDefaults`, in every shadow root) and the theme stylesheets
 * (`kpi-elements/themes/*.css`, written from `themeCss` at build) both come from this table.
 * test/theme/tokens.test.ts fails on a private variable used but never defined, or defined
 * and never used, and on a documented token nothing reads.
 */
export type ThemeName = 'light' | 'dark' | 'screen';

interface Token {
  /** the private variable inside shadow roots */
  use: string;
  light: string;
  dark?: string;
  screen?: string;
  /** what it styles (README and the manifest's CSS properties) */
  doc: string;
}

const FONT = "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

export const TOKENS: Record<`--kpi-${string}`, Token> = {
  '--kpi-font-family': { use: '--_font', light: FONT, screen: "'DIN Alternate', 'Bahnschrift', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif", doc: 'Font of every widget, charts included.' },
  '--kpi-color-text': { use: '--_text', light: '#1f2937', dark: '#e5e7eb', screen: '#e6f4ff', doc: 'Text.' },
  '--kpi-color-text-muted': { use: '--_muted', light: '#4b5563', dark: '#9ca3af', screen: '#8fb3d9', doc: 'Secondary text, axes, 暂无数据.' },
  '--kpi-color-surface': { use: '--_surface', light: 'transparent', dark: '#111827', screen: 'rgba(8, 28, 60, 0.65)', doc: "A widget's own background." },
  '--kpi-color-background': { use: '--_background', light: '#ffffff', dark: '#111827', screen: '#04122b', doc: 'An opaque background for what pops up over a widget (the focused data table).' },
  '--kpi-color-track': { use: '--_track', light: '#e5e7eb', dark: '#374151', screen: '#1c3a63', doc: 'Unfilled tracks, grid lines.' },
  '--kpi-color-good': { use: '--_good', light: '#15803d', dark: '#4ade80', screen: '#2ee6a6', doc: 'Status: on track.' },
  '--kpi-color-warn': { use: '--_warn', light: '#b45309', dark: '#fbbf24', screen: '#ffc53d', doc: 'Status: at risk.' },
  '--kpi-color-bad': { use: '--_bad', light: '#b91c1c', dark: '#f87171', screen: '#ff5c5c', doc: 'Status: behind; error messages.' },
  '--kpi-color-neutral': { use: '--_neutral', light: '#6b7280', dark: '#9ca3af', screen: '#7a98bd', doc: 'No status (no target, no value).' },
  '--kpi-color-target': { use: '--_target', light: '#111827', dark: '#f9fafb', screen: '#ffffff', doc: 'Target ticks.' },
  '--kpi-color-schedule': { use: '--_schedule', light: '#2563eb', dark: '#60a5fa', screen: '#3fb6ff', doc: 'The 序时进度 (expected-by-now) marker; focus rings.' },
  '--kpi-radius': { use: '--_radius', light: '6px', screen: '4px', doc: 'Corner radius.' },
  '--kpi-series-1': { use: '--_s1', light: '#2563eb', dark: '#60a5fa', screen: '#3fb6ff', doc: 'Colour of the first park or series.' },
  '--kpi-series-2': { use: '--_s2', light: '#16a34a', dark: '#4ade80', screen: '#2ee6a6', doc: 'Second series.' },
  '--kpi-series-3': { use: '--_s3', light: '#d97706', dark: '#fbbf24', screen: '#ffc53d', doc: 'Third series.' },
  '--kpi-series-4': { use: '--_s4', light: '#9333ea', dark: '#c084fc', screen: '#b37feb', doc: 'Fourth series.' },
  '--kpi-series-5': { use: '--_s5', light: '#0891b2', dark: '#22d3ee', screen: '#36cfc9', doc: 'Fifth series.' },
  '--kpi-series-6': { use: '--_s6', light: '#db2777', dark: '#f472b6', screen: '#ff85c0', doc: 'Sixth series (then they repeat).' },
  '--kpi-chart-font-size': { use: '--_chart-font-size', light: '12', doc: 'Text size in charts, legends and tables, a number of CSS pixels.' },
};

/** The private variables every shadow root declares on :host, each defaulting to the light value. */
export function tokenDefaults(): string {
  return Object.entries(TOKENS)
    .map(([name, t]) => `${t.use}: var(${name}, ${t.light});`)
    .join('\n');
}

/**
 * A theme as a stylesheet: light on `:root` (every token), dark and screen on
 * `[data-kpi-theme="…"]` (the tokens that differ), so the attribute on any ancestor themes
 * everything below it.
 */
export function themeCss(theme: ThemeName): string {
  const rows = Object.entries(TOKENS).flatMap(([name, t]) => {
    const value = theme === 'light' ? t.light : t[theme];
    return value === undefined ? [] : [`  ${name}: ${value};`];
  });
  const selector = theme === 'light' ? ':root' : `[data-kpi-theme="${theme}"]`;
  return `/* kpi-elements ${theme} theme, generated from src/theme/tokens.ts */\n${selector} {\n${rows.join('\n')}\n}\n`;
}
