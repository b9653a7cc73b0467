import fc from 'fast-check';
import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { csvField, readCsv } from '../../src/import/csv.js';
import { DateReader } from '../../src/import/dates.js';
import { STRAVA_LANGUAGES } from '../../src/import/strava.js';
import { readTrainingExport } from 'rehab-protocols/import';

// Line breaks inside quoted fields are read as \n (readCsv makes \r\n and \r one \n first): fields here have none of \r.
const field = fc.oneof(fc.string({ unit: fc.constantFrom(',', '"', '\n', ' ', ';', 'é', '😀', 'a', 'B', '1', '.', '\t') }), fc.string({ unit: 'grapheme' })).filter((text) => !text.includes('\r'));
const row = fc.array(field, { minLength: 2, maxLength: 6 });

describe('the CSV reader', () => {
  it('reads back any rows the writer quoted, field for field (papaparse, RFC 4180)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const text = rows.map((fields) => fields.map(csvField).join(',')).join('\n');
        expect(readCsv(text).map((read) => read.fields)).toEqual(rows);
        // The same with Windows line ends between records and a byte-order mark, as spreadsheet programs save it.
        expect(readCsv(`\uFEFF${rows.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`).map((read) => read.fields)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('gives each record the line it starts on, quoted line breaks counted', () => {
    const rows = readCsv('a,b\n"one\ntwo",x\n\nc,d\n');
    expect(rows.map((read) => read.line)).toEqual([1, 2, 5]);
  });
});

describe('dates in the formats of Strava’s exports', () => {
  // date-fns writes each language's format (its own month names and day periods); the importer's compiled reader
  // must read back the same instant, to the second.
  const instant = fc.integer({ min: Date.UTC(2009, 0, 1) / 1000, max: Date.UTC(2035, 11, 31) / 1000 }).map((seconds) => seconds * 1000);
  for (const language of STRAVA_LANGUAGES) {
    for (const pattern of language.formats) {
      it(`${language.language}: "${pattern}"`, () => {
        const reader = new DateReader(language.formats, language.locale);
        fc.assert(
          fc.property(instant, (at) => {
            const text = format(at, pattern, { locale: language.locale, in: tz('UTC') });
            expect(reader.read(text), text).toBe(at);
          }),
          { numRuns: 200 },
        );
      });
    }
  }

  it('refuses what is not a day: 30 February, month 13, 25 o’clock', () => {
    const reader = new DateReader(['MMM d, yyyy, h:mm:ss a', 'dd.MM.yyyy, HH:mm:ss'], STRAVA_LANGUAGES[0]?.locale as never);
    for (const text of ['Feb 30, 2024, 1:00:00 PM', '31.13.2024, 10:00:00', '01.02.2024, 25:00:00', 'yesterday']) expect(reader.read(text), text).toBeNaN();
  });
});

describe('an export read twice in different zones', () => {
  it('moves a run by at most a day, and keeps every run', async () => {
    const csv = ['Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Elapsed Time,Moving Time,Distance'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: Date.UTC(2020, 0, 1) / 60000, max: Date.UTC(2026, 0, 1) / 60000 }), { minLength: 1, maxLength: 20 }), fc.constantFrom('America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata', 'Europe/London'), async (minutes, zone) => {
        const rows = minutes.map((minute, index) => `${index + 1},"${format(minute * 60000, 'MMM d, yyyy, h:mm:ss a', { in: tz('UTC') })}",Run,Run,,600,2.0,600,600,2000`);
        const utc = await readTrainingExport([...csv, ...rows].join('\n'));
        const local = await readTrainingExport([...csv, ...rows].join('\n'), { timeZone: zone });
        expect(local.runs).toHaveLength(minutes.length);
        for (const run of local.runs) {
          const same = utc.runs.find((other) => other.id === run.id);
          const days = (Date.parse(run.date) - Date.parse(same?.date ?? '')) / 86_400_000;
          expect(Math.abs(days)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 50 },
    );
  });
});
