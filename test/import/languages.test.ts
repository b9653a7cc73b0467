import { describe, expect, it } from 'vitest';
import { readTrainingExport } from 'rehab-protocols/import';

// German and French Strava exports: no real file was found in a public repository (test/fixtures/exports/formats/
// SOURCES.md). These rows use the German header and the date, type and distance values that other open-source
// projects' tests quote from real German exports ("20.09.2026, 14:12:12", "Lauf", "10,20"); the metres column is written
// both ways a German export could (a decimal point, as every real export read has, or a decimal comma).
const GERMAN_HEADER =
  'Aktivitäts-ID,Aktivitätsdatum,Name der Aktivität,Aktivitätsart,Aktivitätsbeschreibung,Verstrichene Zeit,Distanz,Max. Herzfrequenz,Relative Leistung,Pendeln,Hinweis zur Privatsphäre für Aktivitäten,Aktivitätsausrüstung,Dateiname,Sportlergewicht,Fahrradgewicht,Verstrichene Zeit,Bewegungszeit,Distanz';

describe("Strava's export in German (documented header)", () => {
  it('reads runs by "Lauf", dates as dd.MM.yyyy in UTC, metres from the second Distanz column', async () => {
    const rows = [
      '101,"20.09.2026, 14:12:12",Morgenlauf,Lauf,,3700,"10,20",160,50,false,,,,70,,3700.0,3600.0,10200.0',
      '102,"21.07.2026, 23:09:27",Abendlauf,Lauf,,1000,"2,81",150,10,false,,,,70,,1000.0,990.0,"2810,5"',
      '103,"22.07.2026, 08:00:00",Radfahrt,Radfahrt,,3600,"30,00",140,40,false,,,,70,,3600.0,3500.0,30000.0',
    ];
    const read = await readTrainingExport([GERMAN_HEADER, ...rows].join('\n'), { timeZone: 'Europe/Berlin' });
    expect(read).toMatchObject({ format: 'strava', language: 'de', otherActivities: 1, skipped: [] });
    expect(read.runs).toEqual([
      // 23:09 UTC on 21 July is 01:09 on the 22nd in Berlin (summer time).
      { date: '2026-07-22', distance: { value: 2.811, unit: 'km' }, durationMinutes: 16.5, id: '102' },
      { date: '2026-09-20', distance: { value: 10.2, unit: 'km' }, durationMinutes: 60, id: '101' },
    ]);
  });
});
