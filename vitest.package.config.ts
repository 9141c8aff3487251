// Package tests (`npm run test:package`): `npm pack`, the tarball installed into a fresh app in
// the temp folder, every documented import line resolved, compiled and bundled there, the
// server-rendering installs, the packed file list; and the docs pages' helpers (test/docs/).
// Node; run `npm run build` first (`npm test` does).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'package',
    environment: 'node',
    include: ['test/package/**/*.spec.ts', 'test/docs/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One pack and one install for all files: one after the other, in one module context.
    fileParallelism: false,
    isolate: false,
  },
});
