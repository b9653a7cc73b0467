import { describe, expect, it } from 'vitest';
import { generatePlan, getProtocol, RehabInputError } from 'rehab-protocols';
import { MAX_EXPORT_BYTES, readTrainingExport } from 'rehab-protocols/import';

const refusal = async (input: Parameters<typeof readTrainingExport>[0], options?: Parameters<typeof readTrainingExport>[1]) => {
  try {
    await readTrainingExport(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(RehabInputError);
    return (error as RehabInputError).issues;
  }
  throw new Error('expected a RehabInputError');
};
const STRAVA_HEADER = 'Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Elapsed Time,Moving Time,Distance';

describe('what is not a training export gets one clear error, naming what it looks like', () => {
  it('an HTML page saved as .csv', async () => {
    const [issue] = await refusal('<!DOCTYPE html>\n<html lang="en"><head><title>Strava</title></head><body>…</body></html>');
    expect(issue?.message).toMatch(/^This is a web page \(HTML\), not a training export: .*Download your data/);
  });

  it('a binary file, as bytes or as text', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect((await refusal(png))[0]?.message).toMatch(/binary file/);
    expect((await refusal(new TextDecoder('latin1').decode(png)))[0]?.message).toMatch(/binary file/);
  });

  it('a file over the size cap, before reading it', async () => {
    expect((await refusal(new Uint8Array(MAX_EXPORT_BYTES + 1)))[0]?.message).toMatch(/^The file is 64 MiB, more than the 64 MiB a training export can be/);
  });

  it('a CSV of other columns (a club or segment list), naming its columns', async () => {
    const [issue] = await refusal('Rank,Athlete,Distance,Runs,Longest,Avg. Pace,Elev. Gain\n1,Jane D.,85.2 km,6,21.1 km,5:01 /km,512 m\n');
    expect(issue?.message).toMatch(/^Cannot tell what this CSV is \(its first columns: "Rank", "Athlete", "Distance", "Runs", "Longest", "Avg\. Pace", …\)/);
  });

  it('Strava’s export in a language not read yet', async () => {
    const [issue] = await refusal('アクティビティID,アクティビティの日付,名前,種類,説明,経過時間,距離,経過時間,移動時間,距離\n1,2024/05/21 0:48:20,a,ラン,,1386,3.05,1386,1374,3049.3\n');
    expect(issue?.message).toMatch(/Strava's activities\.csv in a language not read yet \(its date column is "アクティビティの日付"\)/);
  });

  it('an XML file that is neither GPX nor TCX', async () => {
    expect((await refusal('<?xml version="1.0"?><kml><Document/></kml>'))[0]?.message).toMatch(/neither GPX .* nor TCX/);
  });

  it('an empty file, and input that is not a file', async () => {
    expect((await refusal(''))[0]?.message).toMatch(/The file is empty/);
    expect((await refusal(42 as never))[0]?.message).toMatch(/Expected the file's text \(a string\) or its bytes/);
  });

  it('options it cannot use, each with its path', async () => {
    const issues = await refusal('2026-11-20,5km', { timeZone: 'Mars/Olympus', unit: 'miles' as never, zone: 'UTC' } as never);
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['timeZone', 'unit', 'zone']);
  });
});

describe('a bad row never rejects the file', () => {
  it('skips each with its line and why, and reads the rest', async () => {
    const read = await readTrainingExport('date,distance,duration\n2026-11-20,5km,30\n2026-11-31,5km\n2026-11-21,far\n2026-11-22,5km,soon\n2026-11-23,5km,30\n2026-11-23,5km,30\n2026-11-24,900km\n');
    expect(read.runs.map((run) => run.date)).toEqual(['2026-11-20', '2026-11-23']);
    expect(read.skipped).toEqual([
      { line: 3, reason: 'cannot read the date "2026-11-31": expected YYYY-MM-DD, e.g. 2026-11-28' },
      { line: 4, reason: 'cannot read the distance "far": expected e.g. 10km, 6.2mi, or a number in km' },
      { line: 5, reason: 'cannot read the duration "soon": expected minutes (55) or h:mm:ss (0:55:00)' },
      { line: 7, reason: 'the same activity as line 6 (an exact duplicate)' },
      { line: 8, reason: '900 km in one run is farther than anyone runs in a day: a unit slip, or a ride saved as a run?' },
    ]);
  });

  it('reads an unterminated quote to the end without hanging', async () => {
    const read = await readTrainingExport(`${STRAVA_HEADER}\n1,"Nov 20, 2026, 6:01:02 AM",Run,Run,"never closed,600,2.0,600,600,2000\n2,"Nov 21, 2026, 6:01:02 AM",Run,Run,,600,2.0,600,600,2000\n`);
    expect(read.format).toBe('strava');
  });
});

describe('two activities on one day', () => {
  it('are both kept, with their ids, and a plan takes them as two runs', async () => {
    // Garmin Connect: two 400 m repeats saved as two activities a few minutes apart, same distance and time.
    const garmin = 'Activity Type,Date,Favorite,Title,Distance,Calories,Time\nRunning,2026-11-20 07:00:00,false,"",0.40,30,00:01:30\nRunning,2026-11-20 07:04:00,false,"",0.40,30,00:01:30\nRunning,2026-11-20 07:04:00,false,"",0.40,30,00:01:30\n';
    const read = await readTrainingExport(garmin);
    expect(read.runs).toEqual([
      { date: '2026-11-20', distance: { value: 0.4, unit: 'km' }, durationMinutes: 1.5, id: '2026-11-20 07:00:00' },
      { date: '2026-11-20', distance: { value: 0.4, unit: 'km' }, durationMinutes: 1.5, id: '2026-11-20 07:04:00' },
    ]);
    expect(read.skipped).toEqual([{ line: 4, reason: 'the same activity as line 3 (an exact duplicate)' }]);
    const plan = generatePlan(getProtocol('patellofemoral-pain'), { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' }, history: read.runs });
    expect(plan.generatedWith?.options.history).toHaveLength(2);
  });
});

describe('a file re-saved by a spreadsheet program', () => {
  it('reads Windows-1252 bytes (a Garmin export in Danish) as the letters they are', async () => {
    const text = 'Aktivitetstype,Dato,Favorit,Titel,Distance,Kalorier,Tid\nLøb,2020-03-02 15:05:08,false,"",6.29,469,00:36:26\n';
    const bytes = Uint8Array.from(text, (char) => (char === 'ø' ? 0xf8 : char.charCodeAt(0)));
    const read = await readTrainingExport(bytes);
    expect(read).toMatchObject({ format: 'garmin', language: 'da', runs: [{ date: '2020-03-02', distance: { value: 6.29, unit: 'km' } }] });
  });
});
