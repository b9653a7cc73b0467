import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HistoryFileError, historyIssueLine, readHistoryFile } from '../../src/cli/history.js';

const dir = mkdtempSync(join(tmpdir(), 'rehab-history-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('--history: a CSV of date,distance[,duration]', () => {
  it('reads distances with units, bare distances in --history-unit, and durations in minutes or h:mm:ss', () => {
    const runs = readHistoryFile(file('runs.csv', 'date,distance,duration\r\n2026-11-20,10km,55\r\n2026-11-24,5 mi,0:44:30\r\n2026-11-27,12\r\n'), 'km');
    expect(runs.entries).toEqual([
      { date: '2026-11-20', distance: { value: 10, unit: 'km' }, durationMinutes: 55 },
      { date: '2026-11-24', distance: { value: 5, unit: 'mi' }, durationMinutes: 44.5 },
      { date: '2026-11-27', distance: { value: 12, unit: 'km' } },
    ]);
    expect(runs.lines).toEqual([2, 3, 4]);
  });

  it('reads a file without a header row', () => {
    expect(readHistoryFile(file('bare.csv', '2026-11-20,10km\n'), undefined).entries).toHaveLength(1);
  });

  it('names the file and line of a distance it cannot read, or one without a unit', () => {
    expect(() => readHistoryFile(file('bad.csv', 'date,distance\n2026-11-20,far\n'), undefined)).toThrow(/bad\.csv line 2: cannot read the distance "far"/);
    expect(() => readHistoryFile(file('nounit.csv', 'date,distance\n2026-11-20,10\n'), undefined)).toThrow(/line 2: .*--history-unit/);
    expect(() => readHistoryFile(join(dir, 'missing.csv'), undefined)).toThrow(HistoryFileError);
  });

  it('says a library issue about history[i] in the file’s terms', () => {
    const runs = readHistoryFile(file('late.csv', 'date,distance\n2026-11-20,10km\n\n2026-12-20,10km\n'), undefined);
    expect(historyIssueLine({ path: ['history', 1, 'date'], message: 'Expected a run on or before 2026-12-01' }, runs)).toBe(`${runs.file} line 4 (date): Expected a run on or before 2026-12-01`);
    expect(historyIssueLine({ path: ['startDate'], message: 'x' }, runs)).toBeUndefined();
  });
});

describe('--history: Strava’s bulk-export activities.csv', () => {
  // Columns as the export has them: Distance twice (display unit, then metres), dates in UTC with commas, quoted.
  const header = 'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Moving Time,Distance';
  const rows = [
    '1,"Nov 20, 2026, 6:01:02 PM","Evening, easy",Run,3400,10.02,3300,10020.5',
    '2,"Nov 21, 2026, 7:00:00 AM",Commute,Ride,1800,12.5,1700,12500',
    '3,"Nov 22, 2026, 7:00:00 AM","Hills ""again""",Trail Run,4000,8.1,3900,8100',
    '4,"Nov 23, 2026, 7:00:00 AM",Treadmill,Run,1800,0,1800,0',
  ];

  it('keeps runs only, reads the second Distance column in metres, the date as exported and the moving time', () => {
    const runs = readHistoryFile(file('activities.csv', [header, ...rows].join('\n')), undefined);
    expect(runs.entries).toEqual([
      { date: '2026-11-20', distance: { value: 10.021, unit: 'km' }, durationMinutes: 55 },
      { date: '2026-11-22', distance: { value: 8.1, unit: 'km' }, durationMinutes: 65 },
    ]);
    expect(runs.lines).toEqual([2, 4]);
  });

  it('refuses an export without the second Distance column rather than guess its unit', () => {
    expect(() => readHistoryFile(file('one-distance.csv', 'Activity Date,Activity Type,Distance\n"Nov 20, 2026, 6:01:02 PM",Run,10\n'), undefined)).toThrow(/two Distance columns/);
  });
});

describe('rehab-protocols plan with a history (the built command)', () => {
  const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
  const run = (...args: string[]) => {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
    return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  };

  it('prints planned runs and flags, and names the file line of a run after the start', () => {
    const runs = file('cli-runs.csv', 'date,distance\n2026-11-24,3mi\n2026-11-27,4mi\n');
    const table = run('plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi', '--history', runs, '--spike-guard', 'cap');
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/planned: (easy|long) \d/);
    // One note for the days the guard lowered, each prescribed limit with its days.
    expect(table.stdout).toMatch(/\n1\. Days 1–14 \(2026-12-01 to 2026-12-14\): Limit lowered from 5 mi \(days 1–7\); .* to 4\.4 mi: 110 % of your longest run/);
    expect(table.stdout.match(/Limit lowered/g)).toHaveLength(1);
    const late = run('plan', 'patellofemoral-pain', '--start', '2026-11-25', '--goal', '30mi', '--history', runs, '--usual-weekly', '10mi');
    expect(late.status).toBe(1);
    expect(late.stderr).toBe(`rehab-protocols: ${runs} line 3 (date): Expected a run on or before 2026-11-25 (today), received 2026-11-27\n`);
  });
});
