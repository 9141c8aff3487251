import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

/** Imports that would turn a string into HTML: only the sanitizer may (see the rule below). */
const UNSAFE_HTML_IMPORTS = [
  {
    name: 'lit/directives/unsafe-html.js',
    message: 'Use renderSanitized() from article/sanitize.ts.',
  },
  {
    name: 'lit-html/directives/unsafe-html.js',
    message: 'Use renderSanitized() from article/sanitize.ts.',
  },
];

/**
 * The layers, bottom up: src/platform (where the code runs), src/article (the data model: load,
 * parse, sanitize), then the elements (src/base, src/components) and the server renderer (src/ssr).
 * A layer imports only from the layers below it, so the data model can be read, tested and reused
 * without an element.
 */
const DATA_MODEL_LAYER = {
  regex: '^(?:\\.\\./)+(?:base|components|ssr)(?:/|$)',
  message:
    'src/article is the data model, below the elements and the server renderer: it must not import from src/base, src/components or src/ssr. Move what both need into src/article or src/platform.',
};
const PLATFORM_LAYER = {
  regex: '^\\.\\./',
  message:
    'src/platform is the bottom layer (where the code runs): it imports no other part of Newsprint.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'coverage/',
      'node_modules/',
      'custom-elements.json',
      '.shots/',
      'bench/.tmp/',
      // Built and typed by Next.js itself (`next build` type-checks the example).
      'examples/nextjs/.next/',
      'examples/nextjs/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The sanitizer is the only module that may turn a string into HTML (docs/decisions/0002).
      'no-restricted-imports': ['error', { paths: UNSAFE_HTML_IMPORTS }],
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Only sanitized output is rendered, through renderSanitized().',
        },
        {
          property: 'outerHTML',
          message: 'Only sanitized output is rendered, through renderSanitized().',
        },
      ],
    },
  },
  {
    files: ['src/article/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: UNSAFE_HTML_IMPORTS, patterns: [DATA_MODEL_LAYER] },
      ],
    },
  },
  {
    files: ['src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: UNSAFE_HTML_IMPORTS, patterns: [PLATFORM_LAYER] },
      ],
    },
  },
  {
    // The safety boundary itself: it may bind sanitized HTML, but it stays in the data model.
    files: ['src/article/sanitize.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [DATA_MODEL_LAYER] }],
      'no-restricted-properties': 'off',
    },
  },
  {
    // One job per module (docs/ARCHITECTURE.md, "Layers"): a source file over 400 lines, or a
    // function over 100, is doing more than one thing. Split it by job; do not raise the caps.
    // Tests and stories are exempt: they are tables of cases.
    files: ['src/**/*.ts', 'builder/**/*.ts', 'scripts/**/*.mjs', 'scripts/**/*.js'],
    ignores: ['**/*.test.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Tests and stories build hostile fixtures on purpose.
    files: ['**/*.test.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '.storybook/**/*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
