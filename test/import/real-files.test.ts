import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTrainingExport, type TrainingExport } from 'rehab-protocols/import';

// Real exports written by runners' own accounts (test/fixtures/exports/formats/SOURCES.md: source, licence, and the
// counts made there from the raw files with other tools — Python's csv module, ElementTree, the FIT SDK). Each test
// checks the importer against those counts, not against its own output.
const fixture = (name: string) => new URL(`../fixtures/exports/formats/${name}`, import.meta.url);
const text = (name: string) => readFileSync(fixture(name), 'utf8');
const km = (read: TrainingExport) => read.runs.reduce((sum, run) => sum + (run.distance.unit === 'km' ? run.distance.value : run.distance.value * 1.609344), 0);

describe("Strava's activities.csv in four languages", () => {
  const cases = [
    // file, language, runs read, runs skipped (no distance), metres of the second Distance column summed, first and last day (UTC), other activities
    { file: 'strava-en-gb.csv', language: 'en', runs: 22, skipped: 0, metres: 57745.5, first: '2023-12-29', last: '2024-06-02', other: 3 },
    { file: 'strava-en-us-thousands.csv', language: 'en', runs: 5, skipped: 0, metres: 49754.2, first: '2024-02-26', last: '2024-04-01', other: 20 },
    { file: 'strava-es.csv', language: 'es', runs: 14, skipped: 0, metres: 50573.0, first: '2026-07-20', last: '2026-08-02', other: 11 },
    { file: 'strava-nl.csv', language: 'nl', runs: 13, skipped: 3, metres: 164446.3, first: '2017-04-24', last: '2017-07-12', other: 9 },
    { file: 'strava-nl-2017.csv', language: 'nl', runs: 25, skipped: 0, metres: 133791.6, first: '2013-04-13', last: '2017-09-08', other: 0 },
  ];
  for (const expected of cases) {
    it(`${expected.file}: ${expected.runs} runs, ${(expected.metres / 1000).toFixed(2)} km`, async () => {
      const read = await readTrainingExport(text(expected.file));
      expect(read).toMatchObject({ format: 'strava', language: expected.language, times: 'utc', timeZone: 'UTC', otherActivities: expected.other, firstDate: expected.first, lastDate: expected.last });
      expect(read.runs).toHaveLength(expected.runs);
      expect(read.skipped).toHaveLength(expected.skipped);
      for (const skipped of read.skipped) expect(skipped.reason).toMatch(/no distance/);
      // Each run is rounded to the metre: the sum is within a metre a run of the file's.
      expect(Math.abs(km(read) * 1000 - expected.metres)).toBeLessThan(expected.runs);
      // Every run keeps Strava's activity id, and the ids are distinct.
      expect(new Set(read.runs.map((run) => run.id)).size).toBe(expected.runs);
      expect(read.runs.every((run) => /^\d+$/.test(run.id ?? ''))).toBe(true);
    });
  }

  it('counts an evening run in the Americas on the runner’s day, not the next UTC day', async () => {
    // strava-es.csv: "1 ago 2026, 12:50:12 p.m." is a run at 12:50 UTC; "20 jul 2026, 12:14:28 p.m." too. In Lima
    // (UTC−5) they stay on their days; in Auckland (UTC+12) they move to the next.
    const utc = await readTrainingExport(text('strava-es.csv'));
    const auckland = await readTrainingExport(text('strava-es.csv'), { timeZone: 'Pacific/Auckland' });
    expect(auckland.timeZone).toBe('Pacific/Auckland');
    expect(auckland.runs.map((run) => run.id)).toEqual(expect.arrayContaining(utc.runs.map((run) => run.id)));
    const dayOf = (read: TrainingExport, id: string) => read.runs.find((run) => run.id === id)?.date;
    expect(dayOf(utc, '19565599255')).toBe('2026-08-01');
    expect(dayOf(auckland, '19565599255')).toBe('2026-08-02');
    expect((await readTrainingExport(text('strava-es.csv'), { timeZone: 'America/Lima' })).runs.find((run) => run.id === '19565599255')?.date).toBe('2026-08-01');
  });
});

describe("Garmin Connect's Activities.csv in six languages", () => {
  const cases = [
    // file, language, runs read, km summed (the account's unit: km in every file, checked against the pace column), first and last day
    { file: 'garmin-en.csv', language: 'en', runs: 4, km: 14.27, first: '2026-05-26', last: '2026-08-02', other: 16, skipped: 0 },
    { file: 'garmin-en-decimal-comma.csv', language: 'en', runs: 20, km: 106.63, first: '2022-09-20', last: '2022-12-17', other: 0, skipped: 0 },
    { file: 'garmin-da.csv', language: 'da', runs: 25, km: 137.66, first: '2019-02-23', last: '2020-03-02', other: 0, skipped: 0 },
    { file: 'garmin-de.csv', language: 'de', runs: 25, km: 97.04, first: '2022-09-25', last: '2023-03-31', other: 0, skipped: 0 },
    { file: 'garmin-es.csv', language: 'es', runs: 20, km: 131.36, first: '2025-06-11', last: '2025-09-19', other: 0, skipped: 0 },
    { file: 'garmin-pt.csv', language: 'pt', runs: 25, km: 202.66, first: '2021-08-19', last: '2021-10-02', other: 0, skipped: 0 },
    // The first two Swedish rows are the same run exported twice (only Favorite differs): 12 run rows, 11 runs.
    { file: 'garmin-sv.csv', language: 'sv', runs: 11, km: 99.01 - 7.34, first: '2026-01-03', last: '2026-01-19', other: 13, skipped: 1 },
  ];
  for (const expected of cases) {
    it(`${expected.file}: ${expected.runs} runs, ${expected.km.toFixed(2)} km`, async () => {
      const read = await readTrainingExport(text(expected.file));
      expect(read).toMatchObject({ format: 'garmin', language: expected.language, times: 'local', unit: 'km', unitAssumed: true, otherActivities: expected.other, firstDate: expected.first, lastDate: expected.last });
      expect(read.runs).toHaveLength(expected.runs);
      expect(km(read)).toBeCloseTo(expected.km, 6);
      expect(read.skipped).toHaveLength(expected.skipped);
    });
  }

  it('skips the Swedish duplicate naming the line of the first, and reads miles when told the account’s unit', async () => {
    const read = await readTrainingExport(text('garmin-sv.csv'), { unit: 'mi' });
    expect(read.skipped).toEqual([{ line: 3, reason: 'the same activity as line 2 (an exact duplicate)' }]);
    expect(read.runs[0]?.distance.unit).toBe('mi');
    expect(read.unit).toBe('mi');
  });

  it('keeps local times as the day, whatever the time zone', async () => {
    const read = await readTrainingExport(text('garmin-de.csv'), { timeZone: 'Pacific/Kiritimati' });
    expect(read.lastDate).toBe('2023-03-31');
    expect(read.runs.at(-1)?.id).toBe('2023-03-31 08:10:41');
  });
});

describe('single activities: GPX, TCX, FIT', () => {
  it('run.gpx: one run of 4,395 m (the haversine sum of its 502 points) on 2017-10-08', async () => {
    const read = await readTrainingExport(text('run.gpx'));
    expect(read).toMatchObject({ format: 'gpx', times: 'utc', firstDate: '2017-10-08', otherActivities: 0, skipped: [] });
    expect(read.runs).toHaveLength(1);
    expect(read.runs[0]?.distance.value).toBeCloseTo(4.395, 2);
  });

  it('run.tcx: one run, its three laps summed to 4,689 m, on 2012-12-26 in UTC and the 27th in Tokyo', async () => {
    const read = await readTrainingExport(text('run.tcx'));
    expect(read.runs).toEqual([{ date: '2012-12-26', distance: { value: 4.689, unit: 'km' }, durationMinutes: expect.any(Number), id: '2012-12-26T21:29:53Z' }]);
    expect((await readTrainingExport(text('run.tcx'), { timeZone: 'Asia/Tokyo' })).runs[0]?.date).toBe('2012-12-27');
  });

  it('run.fit (bytes, through Garmin’s FIT SDK): one run of 9,008 m on 2015-08-15', async () => {
    const read = await readTrainingExport(readFileSync(fixture('run.fit')));
    expect(read).toMatchObject({ format: 'fit', firstDate: '2015-08-15', lastDate: '2015-08-15', skipped: [] });
    expect(read.runs).toHaveLength(1);
    expect(read.runs[0]?.distance).toEqual({ value: 9.008, unit: 'km' });
    const short = await readTrainingExport(new Uint8Array(readFileSync(fixture('run-short.fit'))).buffer);
    expect(short.runs[0]?.distance.value).toBeCloseTo(0.158, 3);
  });

  it('a damaged FIT file is one clear error', async () => {
    const bytes = new Uint8Array(readFileSync(fixture('run-short.fit')));
    await expect(readTrainingExport(bytes.subarray(0, 2000))).rejects.toThrow(/Read as a FIT file, but its checksum does not match/);
  });
});
