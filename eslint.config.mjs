import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

// Never unsafeHTML/unsafeSVG: repeated in each layer's rule below, since a later
// `no-restricted-imports` entry replaces an earlier one for the files it matches.
const unsafe = [
  { name: 'lit/directives/unsafe-html.js', message: 'Never unsafeHTML.' },
  { name: 'lit/directives/unsafe-svg.js', message: 'Never unsafeSVG.' },
];

/**
 * The layers, enforced: data flows page -> data/ (the one pipeline) -> typed model ->
 * elements. time/ and data/ know nothing of elements; elements see the model types and
 * the pipeline's small named API (model, safe-url, video, releases, shown), never its
 * internals.
 */
const layer = (files, groups, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths: unsafe, patterns: [{ group: groups, message }] }] },
});
const UPPER = ['**/components/**', '**/base/**', '**/context/**', '**/controllers/**', 'lit', 'lit/*', '@lit/*'];
const layers = [
  layer(
    ['src/components/**/*.ts'],
    ['**/data/records*', '**/data/fields*', '**/data/schema-org*', '**/data/read*', '**/data/report*'],
    'Elements only render the model: use the base class, the model types or the named API in data/ (video, releases, shown, safe-url, utm).',
  ),
  layer(['src/data/**/*.ts'], UPPER, 'data/ is the pipeline: it never imports elements, controllers or Lit.'),
  layer(['src/time/**/*.ts'], [...UPPER, '**/data/**'], 'time/ is the lowest layer: it imports nothing of reelkit.'),
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'examples/*/dist/',
      'examples/*/dist-server/',
      'examples/*/.angular/',
      'storybook-static/',
      'coverage/',
      'node_modules/',
      'bench/results/',
      'custom-elements.json',
    ],
  },
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
      'no-restricted-imports': ['error', { paths: unsafe }],
      'no-restricted-globals': [
        'error',
        { name: 'setInterval', message: 'Use the shared ticker in src/time/ticker.ts.' },
      ],
    },
  },
  ...layers,
  {
    files: ['scripts/**', 'bench/**', '**/*.mjs', '.storybook/**'],
    languageOptions: {
      globals: { process: 'readonly', URL: 'readonly', performance: 'readonly', Buffer: 'readonly', fetch: 'readonly' },
    },
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
