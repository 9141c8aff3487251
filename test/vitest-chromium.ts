// The browser of the vitest projects that run in one (stories, frameworks): the system's
// Chromium through Playwright, headless, no browser download (`CHROME_PATH`, else Debian's).
import { playwright } from '@vitest/browser-playwright';

export const chromium = (viewport: { width: number; height: number }) => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    },
  }),
  viewport,
  instances: [{ browser: 'chromium' as const }],
});
