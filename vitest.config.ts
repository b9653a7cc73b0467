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
        // The CLI tests spawn node and the property tests run 1,000 cases each: on two shared cores that can take
        // longer than the default 5 s. Tests assert behaviour, never timings.
        testTimeout: 60_000,
      },
    })),
  },
});
