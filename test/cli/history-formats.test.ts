import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeTrainingExport, readTrainingExport } from 'rehab-protocols/import';
import { shiftDay } from '../fixtures/runners.js';

// The built command reads every format of real exports (test/fixtures/exports/formats/SOURCES.md) as the importer
// does, run for run, and says on stderr what the importer says.
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/exports/formats/${name}`, import.meta.url));

describe('rehab-protocols plan --history with real exports', () => {
  for (const name of ['strava-es.csv', 'strava-nl.csv', 'garmin-da.csv', 'garmin-sv.csv', 'run.gpx', 'run.tcx', 'run.fit']) {
    it(`${name}: the plan's history is the importer's runs, and stderr says what it read`, async () => {
      if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
      const read = await readTrainingExport(readFileSync(fixture(name)), { timeZone: 'Europe/Copenhagen' });
      const start = shiftDay(read.lastDate ?? '', 3);
      const result = spawnSync(process.execPath, [cli, 'plan', 'plantar-heel-pain', '--start', start, '--history', fixture(name), '--time-zone', 'Europe/Copenhagen', '--format', 'json'], { encoding: 'utf8' });
      expect(result.stderr).toBe(`${fixture(name)}: ${describeTrainingExport(read, { startDate: start })}\n`);
      expect(result.status).toBe(0);
      // The plan keeps the runs of the 12 weeks before its start (what re-planning reads).
      const kept = read.runs.filter((run) => run.date >= shiftDay(start, -84));
      expect(JSON.parse(result.stdout).generatedWith.options.history).toEqual(kept);
      expect(kept.length).toBeGreaterThan(0);
    });
  }
});
