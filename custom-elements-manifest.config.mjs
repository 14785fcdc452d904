// `cem analyze`: custom-elements.json from each element's JSDoc contract. It drives
// Storybook's docs and controls and ships in the package.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
};
