// Lint configuration (ESLint flat config + typescript-eslint, syntax rules only: fast, no type information). Run by
// `npm run lint`, which `npm test` runs first. Besides the recommended rules it enforces the stage boundaries: a
// module may import another stage (a folder of src/) only through that stage's index.ts, so that each stage's inside
// can change without touching the others; shared records and helpers live in src/types.ts, src/util/ and src/nlp/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import paths that go up out of a folder and into another folder of src/, to a module other than its index.js
 *  (src/util/ holds small shared helpers, imported directly). */
const acrossStages = '^(\\.\\./)+(?!util/)[^./][^/]*/(?!index\\.js$).+';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-test/**', 'node_modules/**', 'coverage/**', 'scripts/_*'] },
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly', URL: 'readonly' } } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    // the web page's script runs in the browser
    files: ['src/serve/web/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', location: 'readonly', history: 'readonly', URLSearchParams: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', console: 'readonly', Intl: 'readonly', HTMLElement: 'readonly', Node: 'readonly', Event: 'readonly', navigator: 'readonly', localStorage: 'readonly', requestAnimationFrame: 'readonly', getComputedStyle: 'readonly' } },
  },
  {
    // tests read untyped JSON (API responses, CLI output): \`any\` is allowed there, not in src/ or scripts/
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: acrossStages, message: 'import another stage through its index.ts (see eslint.config.js)' }] }],
      // (the same for a dynamic import())
      'no-restricted-syntax': ['error', { selector: `ImportExpression > Literal[value=/${acrossStages.replace(/\//g, '\\/')}/]`, message: 'import another stage through its index.ts (see eslint.config.js)' }],
    },
  },
);
