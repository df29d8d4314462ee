import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'bench/results/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  { plugins: { 'lit-a11y': litA11y }, rules: litA11y.configs.recommended.rules },
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        customElements: 'readonly',
        HTMLElement: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        process: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The one place markup may be built is Lit templates; these catch the rest.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Data must never become markup.' },
        { property: 'outerHTML', message: 'Data must never become markup.' },
        { property: 'insertAdjacentHTML', message: 'Data must never become markup.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Never unsafeHTML.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Never unsafeSVG.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setInterval', message: 'Use the shared ticker in src/time/ticker.ts.' },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', '**/*.mjs', '.storybook/**'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly', performance: 'readonly', Buffer: 'readonly' } },
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
