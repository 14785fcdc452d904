// Lint: typescript-eslint type-aware rules, lit and wc plugins; `npm run lint` allows zero warnings.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'bench/*.mjs'] } },
    },
    rules: {
      // semantic-dom-diff types chai's equal() as a Promise; only it is exempt, so an
      // un-awaited expect(el).to.be.accessible() is still caught.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: ['equal', 'Equal'], package: '@open-wc/semantic-dom-diff' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', TextDecoder: 'readonly', Buffer: 'readonly' },
    },
  },
  {
    // The benchmark runner and the checks pass functions into the page: they run with browser globals.
    files: ['bench/*.mjs', 'scripts/check-*.mjs'],
    languageOptions: { globals: { window: 'readonly', performance: 'readonly', document: 'readonly', customElements: 'readonly' } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
