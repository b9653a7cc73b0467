import { defineConfig } from 'vitest/config';
import { publishedPackage } from './playground/vite.config.js';

// The playground's tests: its small pure helpers, and end-to-end tests in a real Chromium against the built playground/dist
// (npm run build:playground). Once, in one time zone: the page's dates are computed in UTC by the library.
export default defineConfig({
  // The page's own modules import rehab-protocols as the page does: through the package's exports, from dist/.
  plugins: [publishedPackage()],
  test: {
    name: 'e2e',
    include: ['playground/e2e/**/*.test.ts', 'playground/src/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
