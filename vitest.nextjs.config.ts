// The Next.js example (`npm run test:nextjs`): examples/nextjs/ copied to the temp folder with the
// packed tarball, installed from the registry, built with `next build`, served by `next start`
// and, once, by `next dev`, and checked in Debian's Chromium through playwright-core.
// Node; run `npm run build` first (`npm test` does).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'nextjs',
    environment: 'node',
    include: ['test/nextjs/**/*.spec.ts'],
    testTimeout: 120_000,
    // The install and `next build` on a small machine.
    hookTimeout: 600_000,
  },
});
