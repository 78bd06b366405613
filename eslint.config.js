// @ts-check
// ESLint: JavaScript's and typescript-eslint's recommended rules with type
// information, Lit's template rules (eslint-plugin-lit), custom element rules
// (eslint-plugin-wc) and accessibility in templates (eslint-plugin-lit-a11y).
// Formatting is Prettier's; template types are lit-analyzer's (npm run lint).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import globals from 'globals';

/**
 * The rules against values typed `any`, for code where `any` is expected.
 * @type {Record<string, 'off'>}
 */
const UNSAFE_ANY_OFF = Object.fromEntries(
  ['argument', 'assignment', 'call', 'member-access', 'return'].map((r) => [
    `@typescript-eslint/no-unsafe-${r}`,
    'off',
  ]),
);

/** JavaScript that runs only in a page: the bench's and tests' pages, the preview page's script. */
const BROWSER_PAGES = ['bench/pages/**', 'tests/pages/**', 'bin/preview/page.js'];

/** Node scripts that drive Chromium through puppeteer and pass it functions to run in the page. */
const DRIVE_A_PAGE = [
  'bench/scenarios/**',
  'bench/limits.js',
  'bench/profile.js',
  'scripts/screenshots.js',
  'scripts/embed-heights.js',
  'tests/storybook/**',
  'tests/node/import.preview.test.js',
  'tests/node/pack.test.js',
];

export default defineConfig(
  {
    ignores: ['dist/', 'storybook-static/', 'node_modules/', 'scratch/', 'bench/.tmp/', 'custom-elements.json'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  // an eslint-disable names its rules, says why (`-- reason`) and is still needed
  comments.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: { '@eslint-community/eslint-comments/require-description': 'error' },
  },
  {
    languageOptions: {
      parserOptions: {
        // TypeScript (tsconfig.json) and the Node JavaScript checked from its JSDoc (tsconfig.js.json)
        project: ['./tsconfig.json', './tsconfig.js.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `_story` in an override that ignores its argument; `const { json, ...rest } = x` copies x without one
      // key (the rest is what is used: the left-out key is named only to leave it out)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // languageReady() returns a promise only when words must be fetched: Promise.all of maybe-promises is meant
      '@typescript-eslint/await-thenable': ['error', { allowMixedPromiseArrays: true }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // @open-wc/semantic-dom-diff types every chai `equal` as a promise (it is one only for DOM
          // snapshots); `accessible()` and the other real promises are still caught
          allowForKnownSafeCalls: [
            { from: 'package', name: 'Equal', package: 'chai' },
            // node:test's test() and describe() return promises the runner itself awaits
            { from: 'package', name: ['test', 'describe', 'it', 'suite'], package: 'node:test' },
          ],
        },
      ],
    },
  },
  // Browser code: the elements, their tests and stories, the demo, the bench's and tests' pages.
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts', 'demo/**/*.ts'],
    // (the plugins type `configs` as optional; they always have these)
    extends: [
      /** @type {NonNullable<typeof lit.configs>} */ (lit.configs)['flat/all'],
      /** @type {NonNullable<typeof wc.configs>} */ (wc.configs)['flat/best-practice'],
      litA11y.configs.recommended,
    ],
    languageOptions: { globals: globals.browser },
    rules: {
      // `${items.map((i) => html`…`)}` is how Lit's own documentation renders a list
      'lit/no-template-map': 'off',
      // `@click=${() => this.pick(id)}` per item is the pattern for a handler with an argument
      'lit/no-template-arrow': 'off',
      // no decorators here: reactive fields are declared in `static properties` (smaller files)
      'lit/prefer-query-decorators': 'off',
      // useDefineForClassFields is false (tsconfig.json): a field's initializer assigns through
      // Lit's accessor, it does not shadow it
      'lit/no-classfield-shadowing': 'off',
      // Lit calls `@event=${this.method}` listeners with the element as `this`
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // chai's property assertions: expect(x).to.exist
      '@typescript-eslint/no-unused-expressions': 'off',
      // tests build malformed stories and read untyped messages (postMessage, JSON) on purpose
      ...UNSAFE_ANY_OFF,
    },
  },
  // JavaScript: checked by tsc from its JSDoc (tsconfig.js.json), where an untyped parameter is `any`
  {
    files: ['**/*.js', '**/*.mjs', '**/*.jsx'],
    rules: UNSAFE_ANY_OFF,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ignores: [...BROWSER_PAGES],
    languageOptions: { globals: globals.node },
  },
  // the pack test's app: it imports `fine-kit` as an installed package, so it is outside both TypeScript
  // projects (tsconfig.js.json says why); the pack test type-checks it against the packed tarball
  {
    files: ['tests/node/pack/app/**'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // the React test page: JSX, outside both TypeScript projects
  {
    files: ['**/*.jsx'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  // pages (browser globals alone), and the Node scripts whose callbacks puppeteer runs in a page
  // (page.evaluate, waitForFunction, evaluateOnNewDocument): Node's globals and the browser's both
  {
    files: [...BROWSER_PAGES, ...DRIVE_A_PAGE],
    languageOptions: { globals: globals.browser },
  },
);
