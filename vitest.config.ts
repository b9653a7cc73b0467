import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Plan dates must not depend on where the code runs. The library's core never makes a `Date`: it counts calendar days
// as integers (src/plan/calendar.ts), and test/package/no-clock.test.ts holds every module outside the CLI to that.
// So the whole suite runs once, in UTC, and the tests of what does meet a time zone — the CLI's "today", the calendar
// arithmetic itself, the dates every protocol's plan, review and export writes — run again in a zone ahead of UTC with
// a southern-hemisphere daylight-saving change (Auckland) and one behind with a northern one (New York).
export const zoneTests = [
  'test/plan/dates.test.ts',
  'test/plan/calendar.test.ts',
  'test/plan/founding-plan.test.ts',
  'test/plan/schedules.test.ts',
  'test/review/review-plan.test.ts',
  'test/review/ics-revisions.test.ts',
  'test/export/ics.test.ts',
  'test/export/csv.test.ts',
  'test/export/fhir-observations.test.ts',
  'test/runner/summarize-history.test.ts',
  'test/load/real-exports.test.ts',
  // The CLI's dates: "today", --start, --time-zone, a history's days. Its file, pipe and error handling
  // (cli-robust, output) meets no zone and runs once.
  'test/cli/cli.test.ts',
  'test/cli/history.test.ts',
  'test/cli/history-formats.test.ts',
  'test/cli/review.test.ts',
  'test/import/**/*.test.ts',
  'test/package/no-clock.test.ts',
];

const alias = [
  { find: /^rehab-protocols\/protocols$/, replacement: fileURLToPath(new URL('./protocols/index.ts', import.meta.url)) },
  { find: /^rehab-protocols\/protocols\/(.*)$/, replacement: fileURLToPath(new URL('./protocols/$1.ts', import.meta.url)) },
  { find: /^rehab-protocols\/import$/, replacement: fileURLToPath(new URL('./src/import/index.ts', import.meta.url)) },
  { find: /^rehab-protocols$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
];

const project = (timeZone: string, include: string[]) => ({
  resolve: { alias },
  test: {
    name: `TZ=${timeZone}`,
    include,
    env: { TZ: timeZone },
    // A hang guard, not a timing assertion: the CLI tests spawn node several times per test and the property
    // tests run 1,000 cases each; on a shared two-core machine that can take longer than the 5 s default.
    testTimeout: 60_000,
    // Test files share their worker's module cache instead of importing the library afresh each (a third of the
    // suite's time). No test file changes shared state: the one spy restores itself after each test.
    isolate: false,
  },
});

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      project('UTC', ['test/**/*.test.ts']),
      project('America/New_York', zoneTests),
      project('Pacific/Auckland', zoneTests),
    ],
  },
});
