// readTrainingExport on a 10,000-row Strava export beside papaparse reading the same text alone (what any CSV import
// pays). Target (issue 18): at most 1.5× the parser. The rows are a real en-GB export's (test/fixtures/exports/formats/
// strava-en-gb.csv: 92 columns, runs and walks) repeated with new ids and dates one a day apart, in a zone with daylight
// saving, so every row's date is read and converted. For text, readTrainingExport does all its work before it returns
// its promise, so the synchronous call is what is timed. Run with `npm run bench`; numbers are printed, never asserted.
import { readFileSync } from 'node:fs';
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import Papa from 'papaparse';
import { readTrainingExport } from 'rehab-protocols/import';
import { interleaved } from './report.js';

const source = Papa.parse<string[]>(readFileSync(new URL('../test/fixtures/exports/formats/strava-en-gb.csv', import.meta.url), 'utf8'), { newline: '\n' }).data.filter((row) => row.length > 1);
const [header = [], ...rows] = source;
const lines = [Papa.unparse([header])];
const first = Date.UTC(1999, 0, 1, 6, 30);
for (let index = 0; index < 10_000; index++) {
  const row = [...(rows[index % rows.length] ?? [])];
  row[0] = String(1_000_000 + index);
  row[1] = format(first + index * 86_400_000 + (index % 13) * 3_600_000, 'd MMM yyyy, HH:mm:ss', { in: tz('UTC') });
  lines.push(Papa.unparse([row]));
}
const text = lines.join('\n');

const check = await readTrainingExport(text, { timeZone: 'Europe/London' });
console.log(`\na Strava export of ${lines.length - 1} rows (${(text.length / 1_048_576).toFixed(1)} MiB): ${check.runs.length} runs, ${check.otherActivities} other activities, ${check.skipped.length} skipped`);
const parser = 'papaparse reading the text alone';
interleaved(
  {
    [parser]: () => void Papa.parse(text, { newline: '\n', delimiter: ',' }),
    'readTrainingExport, in Europe/London': () => void readTrainingExport(text, { timeZone: 'Europe/London' }),
    'readTrainingExport, in UTC': () => void readTrainingExport(text),
  },
  parser,
  11,
  400,
);
