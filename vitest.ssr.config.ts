// Server rendering tests (`npm run test:ssr`): Node, against the built dist/ (run `npm run build`
// first). test/ssr/*.spec.ts; the browser half drives Debian's Chromium through playwright-core.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'ssr',
    environment: 'node',
    include: ['test/ssr/**/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // One browser at a time on small machines.
    fileParallelism: false,
  },
});
