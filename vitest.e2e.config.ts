import { defineConfig } from 'vitest/config';

// The playground's end-to-end tests: one real Chromium for the whole suite, against the built playground/dist
// (npm run build:playground). Once, in one time zone: the page's dates are computed in UTC by the library.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['playground/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
