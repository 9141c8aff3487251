// Browser tests: real headless Chromium (Debian's, or CHROME_PATH), TypeScript through esbuild,
// and a small fixture API on the same dev server for the loader's network tests.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fixtureApi } from './test/server/fixture-api.mjs';
import { securityHeaders } from './test/server/headers.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  // `auto`: Chromium is modern, so plain JavaScript is served byte for byte. The built bundle's
  // chunks are checked by Subresource Integrity: a transformed chunk would be refused.
  plugins: [esbuildPlugin({ ts: true, target: 'auto', tsconfig: './tsconfig.json' })],
  middleware: [securityHeaders, fixtureApi],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
      // A page of its own window per test file: with two files at once, the second tab would
      // otherwise be hidden, and hidden tabs get no animation frames, lazy images or observers.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
};
