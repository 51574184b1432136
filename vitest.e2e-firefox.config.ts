import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox ESR with the built Firefox extension, web-ext lint, and the store packages
// (tests/e2e-firefox/). Apart from the unit tests and the Chromium suite: `npm run test:e2e:firefox`.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    // One browser at a time on a small machine; each file starts its own.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
