// Story tests: every story in `stories/` runs as a test in headless Chromium (Playwright driving
// the system's Chromium; no browser download). A story fails on a thrown error, a failed play
// function, an axe violation (`parameters.a11y.test = 'error'` in .storybook/preview.ts) or a
// `console.error` (vitest.setup.ts). Run with `npm run test:stories`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { chromium } from './test/vitest-chromium.js';

const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: join(root, '.storybook') })],
        test: {
          name: 'storybook',
          setupFiles: ['./vitest.setup.ts'],
          testTimeout: 20_000,
          // A desktop page, so the cards' container queries and the grid have room.
          browser: chromium({ width: 1280, height: 900 }),
        },
      },
    ],
  },
});
