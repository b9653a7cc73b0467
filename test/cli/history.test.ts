import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HistoryFileError, historyIssueLine, readHistoryFile } from '../../src/cli/history.js';

const dir = mkdtempSync(join(tmpdir(), 'rehab-history-'));
const file = (name: string, text: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const options = { unit: undefined, timeZone: 'UTC', systemZone: false, startDate: '2026-12-01' };

describe('--history: a CSV of date,distance[,duration]', () => {
  it('reads distances with units, bare distances in --history-unit, and durations in minutes or h:mm:ss', async () => {
    const runs = await readHistoryFile(file('runs.csv', 'date,distance,duration\r\n2026-11-20,10km,55\r\n2026-11-24,5 mi,0:44:30\r\n2026-11-27,12\r\n'), { ...options, unit: 'mi' });
    expect(runs.entries).toEqual([
      { date: '2026-11-20', distance: { value: 10, unit: 'km' }, durationMinutes: 55 },
      { date: '2026-11-24', distance: { value: 5, unit: 'mi' }, durationMinutes: 44.5 },
      { date: '2026-11-27', distance: { value: 12, unit: 'mi' } },
    ]);
    expect(runs.summary).toBe(`${runs.file}: Read a date,distance CSV: 3 runs, 2026-11-20 to 2026-11-27. Distances without a unit read as mi. 3 runs in the 30 days before 2026-12-01.`);
  });

  it('skips a row it cannot read, with its line, and keeps the rest', async () => {
    const runs = await readHistoryFile(file('bad.csv', 'date,distance\n2026-11-20,far\n2026-11-21,5km\n'), options);
    expect(runs.entries).toEqual([{ date: '2026-11-21', distance: { value: 5, unit: 'km' } }]);
    expect(runs.summary).toMatch(/1 row skipped \(line 2: cannot read the distance "far"/);
  });

  it('leaves out runs on or after the start, and says so; a file with no run before the start is an error', async () => {
    const runs = await readHistoryFile(file('late.csv', 'date,distance\n2026-11-20,10km\n\n2026-12-20,10km\n'), options);
    expect(runs.entries.map((run) => run.date)).toEqual(['2026-11-20']);
    expect(runs.summary).toMatch(/1 run on or after 2026-12-01 left out: they are not history\.$/);
    await expect(readHistoryFile(file('future.csv', '2026-12-20,10km\n'), options)).rejects.toThrow(/no run before 2026-12-01 to read: .*1 run, on 2026-12-20/);
    await expect(readHistoryFile(join(dir, 'missing.csv'), options)).rejects.toThrow(/Cannot read .*missing\.csv/);
  });

  it('says what it guessed for a file it cannot read', async () => {
    await expect(readHistoryFile(file('page.csv', '<!DOCTYPE html><html><body>Strava</body></html>'), options)).rejects.toThrow(HistoryFileError);
    await expect(readHistoryFile(file('page.csv', '<!DOCTYPE html><html><body>Strava</body></html>'), options)).rejects.toThrow(/page\.csv: This is a web page \(HTML\)/);
    await expect(readHistoryFile(file('blob.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])), options)).rejects.toThrow(/binary file/);
  });

  it('says a library issue about history[i] in the file’s terms', async () => {
    const runs = await readHistoryFile(file('two.csv', 'date,distance\n2026-11-20,10km\n2026-11-22,8km\n'), options);
    expect(historyIssueLine({ path: ['history', 1, 'distance'], message: 'Expected …' }, runs)).toBe(`${runs.file}, the run of 2026-11-22 (8 km) (distance): Expected …`);
    expect(historyIssueLine({ path: ['startDate'], message: 'x' }, runs)).toBeUndefined();
  });
});

describe('--history: Strava’s bulk-export activities.csv', () => {
  // Columns in the export's order (Distance twice: display unit, then metres), UTC dates with commas, quoted.
  const header = 'Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Elapsed Time,Moving Time,Distance';
  const rows = [
    '1,"Nov 20, 2026, 6:01:02 AM","Evening, easy",Run,,3400,10.02,3400,3300,10020.5',
    '2,"Nov 21, 2026, 7:00:00 AM",Commute,Ride,,1800,12.5,1800,1700,12500',
    '3,"Nov 22, 2026, 3:00:00 AM","Hills ""again""",Trail Run,"up\nand down",4000,8.1,4000,3900,8100',
    '4,"Nov 23, 2026, 7:00:00 AM",Treadmill,Run,,1800,0,1800,1800,0',
  ];

  it('keeps runs only, reads metres, the moving time and the id, and counts days in the runner’s zone', async () => {
    const runs = await readHistoryFile(file('activities.csv', [header, ...rows].join('\n')), { ...options, timeZone: 'America/Denver' });
    expect(runs.entries).toEqual([
      { date: '2026-11-19', distance: { value: 10.021, unit: 'km' }, durationMinutes: 55, id: '1' },
      { date: '2026-11-21', distance: { value: 8.1, unit: 'km' }, durationMinutes: 65, id: '3' },
    ]);
    expect(runs.summary).toMatch(/Strava's activities\.csv \(English\): 2 runs, 2026-11-19 to 2026-11-21\. 1 row skipped \(line 6: no distance/);
    expect(runs.summary).toMatch(/1 other activity \(not runs\) left out\. Days counted in America\/Denver\./);
  });
});

describe('rehab-protocols plan with a history (the built command)', () => {
  const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
  const run = (...args: string[]) => {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
    return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'America/New_York' } });
  };

  it('prints planned runs and flags on stdout, and what it read on stderr, naming the system zone', () => {
    const runs = file('cli-runs.csv', 'date,distance\n2026-11-24,3mi\n2026-11-27,4mi\n');
    const table = run('plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi', '--history', runs, '--spike-guard', 'cap');
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/(easy|long) [\d.]+ \w+ \(limit: /);
    // One note for the days the guard lowered, each prescribed limit with its days.
    expect(table.stdout).toMatch(/\n1\. Days 1–14 \(2026-12-01 to 2026-12-14\): Limit lowered from 5 mi \(days 1–7\); .* to 4\.4 mi: 110 % of your longest run/);
    expect(table.stdout.match(/Limit lowered/g)).toHaveLength(1);
    expect(table.stdout).not.toMatch(/Read a/);
    expect(table.stderr).toBe(`${runs}: Read a date,distance CSV: 2 runs, 2026-11-24 to 2026-11-27. 2 runs in the 30 days before 2026-12-01.\n`);
  });

  it('reads UTC times in --time-zone, or in the system zone, and says which', () => {
    const strava = file('late-evening.csv', 'Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Elapsed Time,Moving Time,Distance\n9,"Nov 25, 2026, 2:30:00 AM",Evening Run,Run,,1800,5.0,1800,1800,5000\n');
    const system = run('plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi', '--history', strava, '--format', 'json');
    expect(system.status).toBe(0);
    expect(system.stderr).toMatch(/1 run, on 2026-11-24\. Days counted in America\/New_York\. .*\(the system's time zone; pass --time-zone to change it\)/);
    const tokyo = run('plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi', '--history', strava, '--time-zone', 'Asia/Tokyo', '--format', 'json');
    expect(tokyo.stderr).toMatch(/1 run, on 2026-11-25\. Days counted in Asia\/Tokyo\./);
    expect(JSON.parse(tokyo.stdout).generatedWith.options.history).toEqual([{ date: '2026-11-25', distance: { value: 5, unit: 'km' }, durationMinutes: 30, id: '9' }]);
    const bad = run('plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi', '--history', strava, '--time-zone', 'Mars/Olympus');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('rehab-protocols: Unknown --time-zone "Mars/Olympus": name a zone such as America/Denver, Europe/Copenhagen or UTC\n');
  });

  it('refuses a file with no runs, saying what it saw', () => {
    const rides = file('rides.csv', 'Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Elapsed Time,Moving Time,Distance\n9,"Nov 25, 2026, 2:30:00 AM",Ride,Ride,,1800,15.0,1800,1800,15000\n');
    const result = run('plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi', '--history', rides);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^rehab-protocols: no run before 2026-12-01 to read: .*rides\.csv: Read Strava's activities\.csv \(English\): 0 runs\. 1 other activity \(not runs\) left out\./);
  });
});
