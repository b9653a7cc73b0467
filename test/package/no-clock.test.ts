import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Why only some tests run in every time zone (vitest.config.ts): the library's modules never read the clock or the
// zone — calendar days are integers (src/plan/calendar.ts) and "today" is an argument. This test holds them to it.
// A module that needs a Date (the CLI's default "today") is allowed here only with the tests that run it in every zone.
const root = join(import.meta.dirname, '../..');

/** Modules allowed to read the clock or the zone, each with the zone-matrix tests that cover it. */
const allowed: Record<string, string[]> = {
  // The CLI's dates ("today", --start, --time-zone, a history's days); its file and pipe handling needs no zone.
  'src/cli/': ['test/cli/cli.test.ts', 'test/cli/history.test.ts', 'test/cli/history-formats.test.ts', 'test/cli/review.test.ts'],
  // The importer turns the UTC times of exports into the runner's days (@date-fns/tz); it never reads the clock.
  'src/import/': ['test/import/**/*.test.ts'],
};

// Anything that reads the current time or the process's time zone, or does local-time date arithmetic.
const zoneReaders =
  /\bnew Date\b|\bDate\.(?:now|parse)\b|\bIntl\.|\.toLocale\w*\(|\.getTimezoneOffset\(|\.(?:get|set)(?:FullYear|Month|Date|Day|Hours|Minutes|Seconds)\(|['"]date-fns|['"]@date-fns/;

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('the library reads no clock and no time zone', () => {
  it('outside the modules whose tests run in every time zone', () => {
    const offenders = [...sourceFiles('src'), ...sourceFiles('protocols')]
      .map((file) => relative(root, join(root, file)).split('\\').join('/'))
      .filter((file) => !Object.keys(allowed).some((prefix) => file.startsWith(prefix)))
      .flatMap((file) =>
        withoutComments(readFileSync(join(root, file), 'utf8'))
          .split('\n')
          .filter((line) => zoneReaders.test(line))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(
      offenders,
      'Count days as integers (src/plan/calendar.ts); a module that must read a Date goes into `allowed` here, and its tests into zoneTests in vitest.config.ts',
    ).toEqual([]);
  });

  it('and the tests of the modules that do run in every time zone', () => {
    const config = readFileSync(join(root, 'vitest.config.ts'), 'utf8');
    for (const tests of Object.values(allowed).flat()) expect(config, `vitest.config.ts zoneTests lacks ${tests}`).toContain(`'${tests}'`);
  });

  it('would notice a module that did', () => {
    for (const line of ['const now = new Date();', 'd.getDate()', "import { tz } from '@date-fns/tz'", 'x.toLocaleDateString("en")', 'Date.now()'])
      expect(zoneReaders.test(line), line).toBe(true);
    for (const line of ["value instanceof Date", 'const day = toDayNumber(date);', 'plan.startDate'])
      expect(zoneReaders.test(line), line).toBe(false);
  });

  it('runs under the time zone its project names', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });
});
