import { describe, expect, it } from 'vitest';
import { RehabInputError, summarizeHistory, type RunLogEntry } from 'rehab-protocols';

const km = (value: number) => ({ value, unit: 'km' }) as const;
const today = '2026-12-01';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof RehabInputError) return error.issues;
    throw error;
  }
  throw new Error('expected a RehabInputError');
}

describe('summarizeHistory', () => {
  const history: RunLogEntry[] = [
    { date: '2026-11-30', distance: km(8) },
    { date: '2026-11-01', distance: km(20) }, // today − 30: inside the window
    { date: '2026-10-31', distance: km(25) }, // today − 31: outside
    { date: '2026-11-24', kind: 'race', distance: km(10) },
    { date: '2026-11-24', distance: km(2) }, // a double day: summed into the week
  ];
  const summary = summarizeHistory(history, { today });

  it('finds the longest run of the 30 days before today (today − 30 … today − 1)', () => {
    expect(summary.longestRunLast30Days).toEqual(km(20));
  });

  it('gives the 12 weeks before today, oldest first, the last ending yesterday', () => {
    expect(summary.weeks).toHaveLength(12);
    expect(summary.weeks[11]).toEqual({ startDate: '2026-11-24', distance: km(20) });
    expect(summary.weeks[0]?.startDate).toBe('2026-09-08');
    expect(summary.weeks.reduce((sum, week) => sum + week.distance.value, 0)).toBe(65);
  });

  it('averages the weeks from the first with a run, and counts run days a week', () => {
    // The first run falls in week 8 of 12 (Oct 27 – Nov 2): five weeks, 65 km, four days with a run.
    expect(summary.weeklyAverage.value).toBeCloseTo(65 / 5, 9);
    expect(summary.runDaysPerWeek).toBe(0.8);
    expect(summary.lastRunDate).toBe('2026-11-30');
  });

  it('speaks the unit asked for, else the first entry’s', () => {
    expect(summarizeHistory(history, { today, unit: 'mi' }).longestRunLast30Days?.value).toBeCloseTo(20 / 1.609344, 9);
    expect(summarizeHistory([{ date: '2026-11-30', distance: { value: 3, unit: 'mi' } }], { today }).weeklyAverage.unit).toBe('mi');
  });

  it('says there is no recent run for an empty or old history', () => {
    expect(summarizeHistory([], { today })).toMatchObject({ longestRunLast30Days: null, lastRunDate: null, runDaysPerWeek: 0, weeklyAverage: km(0) });
    expect(summarizeHistory([{ date: '2026-06-01', distance: km(10) }], { today }).longestRunLast30Days).toBeNull();
  });

  it('rejects a run after today, with the entry’s index in the path', () => {
    expect(issuesOf(() => summarizeHistory([{ date: '2026-11-30', distance: km(5) }, { date: '2026-12-02', distance: km(5) }], { today }))).toEqual([
      { path: [1, 'date'], message: expect.stringMatching(/on or before 2026-12-01/) },
    ]);
  });

  it('rejects a single run over 350 km as a unit slip or a ride', () => {
    expect(issuesOf(() => summarizeHistory([{ date: '2026-11-30', distance: km(5000) }], { today }))[0]).toMatchObject({ path: [0, 'distance', 'value'] });
    expect(() => summarizeHistory([{ date: '2026-11-30', distance: km(350) }], { today })).not.toThrow();
  });

  it('rejects the same run given twice, naming the first', () => {
    const run = { date: '2026-11-30', distance: km(5), durationMinutes: 30 };
    expect(issuesOf(() => summarizeHistory([run, { ...run }], { today }))).toEqual([{ path: [1], message: expect.stringMatching(/Duplicate of entry 0/) }]);
  });

  it('keeps two activities with different ids (two 400 m repeats saved apart), and counts both', () => {
    const repeat = { date: '2026-11-30', distance: km(0.4), durationMinutes: 1.5 };
    const summary = summarizeHistory([{ ...repeat, id: '101' }, { ...repeat, id: '102' }], { today });
    expect(summary.longestRunLast30Days).toEqual(km(0.4));
    expect(summary.weeks.at(-1)?.distance.value).toBeCloseTo(0.8, 5);
    expect(issuesOf(() => summarizeHistory([{ ...repeat, id: '101' }, { ...repeat, id: '101' }], { today }))).toEqual([
      { path: [1], message: expect.stringMatching(/Duplicate of entry 0/) },
    ]);
  });

  it('rejects negative distances, bad dates and unknown fields with their paths', () => {
    const issues = issuesOf(() =>
      summarizeHistory([{ date: '2026-11-31', distance: km(-1), pace: 5 } as unknown as RunLogEntry], { today }),
    );
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(expect.arrayContaining(['0.date', '0.distance.value', '0.pace']));
  });
});
