import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // The browser tests run on their own: npm run test:e2e and test:e2e:firefox (vitest.e2e*.config.ts).
    exclude: [...configDefaults.exclude, 'tests/e2e/**', 'tests/e2e-firefox/**'],
  },
});
