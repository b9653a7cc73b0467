import { type Collector, type ReadContext, readMinutes, readNumber } from './collect.js';
import type { CsvRow } from './csv.js';
import { isRunType } from './run-types.js';

// Garmin Connect's "Export CSV" of the activity list writes the same first columns in every language: Activity Type,
// Date (the runner's local time, `YYYY-MM-DD HH:MM:SS`), Favorite (`true`/`false`), Title, Distance (in the
// account's unit, with no unit column; a decimal comma in some locales), Calories, Time (`HH:MM:SS`).
const TYPE_HEADERS: Record<string, string> = {
  'activity type': 'en',
  aktivitetstype: 'da',
  aktivitätstyp: 'de',
  'tipo de actividad': 'es',
  'tipo de atividade': 'pt',
  aktivitetstyp: 'sv',
  activiteittype: 'nl',
  "type d'activité": 'fr',
  'tipo di attività': 'it',
};

const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(:\d{2})?$/;

/** Whether rows are Garmin Connect's `Activities.csv`: its column shape, in any language. */
export function isGarmin(rows: readonly CsvRow[]): boolean {
  const header = rows[0]?.fields ?? [];
  if (header.length < 7) return false;
  if (garminLanguage(header) !== undefined) return true;
  const data = rows[1]?.fields ?? [];
  return LOCAL_TIME.test((data[1] ?? '').trim()) && /^(true|false)$/i.test((data[2] ?? '').trim());
}

/** The language of a Garmin export's header, when it is one read from a real export. */
export function garminLanguage(header: readonly string[]): string | undefined {
  return TYPE_HEADERS[(header[0] ?? '').trim().toLowerCase()];
}

/**
 * Garmin Connect's `Activities.csv`: runs by their type; the day as written (local time, kept); the distance in the
 * assumed unit (the export has no unit column); the time from `Time`. The export has no activity id: a run's start
 * time (to the second) names it, so two short repeats saved as two activities are two runs, and the same activity
 * exported twice is one.
 */
export function garminReader(context: ReadContext, out: Collector): (row: CsvRow) => void {
  return ({ line, fields }) => {
    if (!isRunType(fields[0] ?? '')) {
      out.other();
      return;
    }
    const start = (fields[1] ?? '').trim();
    const local = LOCAL_TIME.exec(start);
    if (!local) {
      out.skip(line, `cannot read the date "${start}": expected YYYY-MM-DD HH:MM:SS, as Garmin Connect exports it`);
      return;
    }
    const distanceText = (fields[4] ?? '').trim();
    // A run's distance is never in the thousands: a comma with no point is the decimal mark (4,14).
    const distance = readNumber(distanceText, distanceText.includes('.') ? '.' : ',');
    if (!(distance > 0)) {
      out.skip(line, distanceText === '' || distanceText === '--' || distance === 0 ? 'no distance (a run logged by time alone)' : `cannot read the distance "${distanceText}"`);
      return;
    }
    const minutes = readMinutes(fields[6] ?? '');
    const entry = {
      date: local[1] ?? '',
      distance: { value: distance, unit: context.unit },
      ...(minutes > 0 ? { durationMinutes: minutes } : {}),
      id: start,
    };
    out.run(entry, `${start}|${distance}|${minutes}`, line, true);
  };
}
