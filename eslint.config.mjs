import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

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
      // The sanitizer is the only module that may turn a string into HTML (SPEC §3).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Use renderSanitized() from article/sanitize.ts.',
            },
            {
              name: 'lit-html/directives/unsafe-html.js',
              message: 'Use renderSanitized() from article/sanitize.ts.',
            },
          ],
        },
      ],
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
    files: ['src/article/sanitize.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-properties': 'off' },
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
