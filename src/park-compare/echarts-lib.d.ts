// ECharts ships no types for its per-feature install modules; each exports `install`.
declare module 'echarts/lib/chart/radar/install.js' {
  export const install: (registers: unknown) => void;
}
declare module 'echarts/lib/component/radar/install.js' {
  export const install: (registers: unknown) => void;
}
declare module 'echarts/lib/renderer/installCanvasRenderer.js' {
  export const install: (registers: unknown) => void;
}
