import { describe, expect, it } from 'vitest';
import { readHistory } from './history.js';

describe('readHistory', () => {
  it('reads date,distance[,duration] lines, skipping a header, with units or the default unit', () => {
    expect(readHistory('date,distance,duration\n2026-11-20,10km,55\n2026-11-22,6.2mi,1:02:30\n2026-11-24,8\n', 'mi')).toEqual({
      runs: [
        { date: '2026-11-20', distance: { value: 10, unit: 'km' }, durationMinutes: 55 },
        { date: '2026-11-22', distance: { value: 6.2, unit: 'mi' }, durationMinutes: 62.5 },
        { date: '2026-11-24', distance: { value: 8, unit: 'mi' } },
      ],
      problems: [],
    });
  });

  it('names the line of each problem and returns no runs then', () => {
    const result = readHistory('2026-11-20,ten km\n20/11/2026,5km\n2026-11-21,5km,soon\n2026-11-22', 'km');
    expect(result.runs).toEqual([]);
    expect(result.problems).toEqual([
      'line 1: cannot read the distance "ten km": expected e.g. 10km, 6.2mi or 10',
      'line 2: expected a date as YYYY-MM-DD, read "20/11/2026"',
      'line 3: cannot read the duration "soon": expected minutes (55) or h:mm:ss',
      'line 4: expected date,distance[,duration], e.g. 2026-11-28,10km,55',
    ]);
  });

  it('reads the runs of a Strava activities.csv: the second Distance in metres, quoted dates, rides left out', () => {
    const strava = [
      'Activity ID,Activity Date,Activity Name,Activity Type,Distance,Moving Time,Distance',
      '1,"Nov 20, 2026, 7:01:00 AM",Morning Run,Run,10.01,3300,"10,012.5"',
      '2,"Nov 21, 2026, 7:01:00 AM",Ride,Ride,30.0,3600,30000',
    ].join('\n');
    expect(readHistory(strava, 'mi')).toEqual({ runs: [{ date: '2026-11-20', distance: { value: 10.013, unit: 'km' }, durationMinutes: 55 }], problems: [] });
  });
});
