// Story tests: every story in `stories/` runs as a test in headless Chromium (Playwright driving
// the system's Chromium; no browser download). A story fails on a thrown error, a failed play
// function, an axe violation (`parameters.a11y.test = 'error'` in .storybook/preview.ts) or a
// `console.error` (vitest.setup.ts). Run with `npm run test:stories`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const root = dirname(fileURLToPath(import.meta.url));
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

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
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath,
                args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
              },
            }),
            // A desktop page, so the cards' container queries and the grid have room.
            viewport: { width: 1280, height: 900 },
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
