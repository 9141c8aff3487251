// Framework tests: the React 19 and Vue 3 example apps (`examples/`) rendered in headless
// Chromium (the system's, through Playwright; no browser download), with real clicks and key
// presses, plus the checks behind the type entries. Run with `npm run test:frameworks`.
import { defineConfig } from 'vitest/config';
import { chromium } from './test/vitest-chromium.js';
import { exampleAliases, exampleDefine, exampleOptimizeDeps } from './examples/vite.config.js';

export default defineConfig({
  resolve: { alias: exampleAliases },
  optimizeDeps: {
    ...exampleOptimizeDeps,
    // The template compiler, for vue-template.spec.ts: found late, it would reload the run.
    include: [...exampleOptimizeDeps.include, '@vue/compiler-dom'],
  },
  define: exampleDefine,
  test: {
    name: 'frameworks',
    include: ['test/frameworks/**/*.spec.{ts,tsx}'],
    setupFiles: ['./test/frameworks/setup.ts'],
    testTimeout: 20_000,
    browser: chromium({ width: 1024, height: 800 }),
  },
});
