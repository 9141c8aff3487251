// The embed builder, driven in headless Chromium the way a blogger uses it (playwright-core with
// the system's Chromium; no browser download). Node environment: the tests serve `dist/builder/`
// themselves, so run `npm run build` first. Run with `npm run test:builder`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'builder',
    // Beside the builder's sources, out of web-test-runner's `src/` and `test/` globs.
    include: ['builder/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A loaded machine (the whole of `npm test` on two cores) can take more than the default 1 s.
    expect: { poll: { timeout: 10_000 } },
  },
});
