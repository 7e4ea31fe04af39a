// eslint for web/ (the browser runtime), the build config and the JS tests: `npm run lint`.
// The recommended rules plus a few that catch real bugs rather than style.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['py/wasmlit/_web/**', 'node_modules/**', '.venv/**', 'build/**', 'dist/**'] },
  js.configs.recommended,
  {
    files: ['web/**/*.js'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.browser, __WASMLIT_VERSION__: 'readonly' },
    },
  },
  {
    files: ['web/src/worker/**/*.js'],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    files: ['vite.config.js', 'eslint.config.js', 'scripts/**/*.mjs', 'py/wasmlit/*.mjs', 'tests/**/*.mjs', 'tests/**/*.js'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
  },
  {
    rules: {
      'no-unused-vars': ['error', { args: 'none', caughtErrors: 'none', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-shadow-restricted-names': 'error',
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unreachable-loop': 'error',
      'no-constructor-return': 'error',
      'array-callback-return': ['error', { checkForEach: false }],
      'no-use-before-define': ['error', { functions: false, classes: false, variables: false }],
      'no-throw-literal': 'error',
      'prefer-promise-reject-errors': 'error',
      'no-implicit-globals': 'error',
      'no-new-wrappers': 'error',
      radix: 'error',
    },
  },
];
