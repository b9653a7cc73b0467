import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The whole suite runs once per time zone: plan dates must not depend on where the code runs. Auckland is ahead of
// UTC with a southern-hemisphere daylight-saving change, New York behind with a northern one.
const timeZones = ['UTC', 'America/New_York', 'Pacific/Auckland'];

const alias = [
  { find: /^rehab-protocols\/protocols$/, replacement: fileURLToPath(new URL('./protocols/index.ts', import.meta.url)) },
  { find: /^rehab-protocols\/protocols\/(.*)$/, replacement: fileURLToPath(new URL('./protocols/$1.ts', import.meta.url)) },
  { find: /^rehab-protocols$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: timeZones.map((timeZone) => ({
      resolve: { alias },
      test: {
        name: `TZ=${timeZone}`,
        include: ['test/**/*.test.ts'],
        env: { TZ: timeZone },
        // A hang guard, not a timing assertion: the CLI tests spawn node several times per test and the property
        // tests run 1,000 cases each; on a shared two-core machine running three time zones at once that can take
        // longer than the 5 s default.
        testTimeout: 60_000,
      },
    })),
  },
});
