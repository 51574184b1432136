import { defineConfig } from 'vitest/config';

// End-to-end tests in a real Chromium with the built extension (tests/e2e/). Kept apart from the unit
// tests (vitest.config.ts) so those stay fast: `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser, one file at a time: the tests share the browser and read one request log.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
