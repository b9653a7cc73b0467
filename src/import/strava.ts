import type { Locale } from 'date-fns';
import { de, enUS, es, fr, nl } from 'date-fns/locale';
import { type Collector, type ReadContext, readNumber } from './collect.js';
import type { CsvRow } from './csv.js';
import { convertDistance } from '../plan/distance.js';
import { DateReader } from './dates.js';
import { isRunType } from './run-types.js';
import { addRun } from './xml.js';
import { ZoneDays } from './zone.js';

/** One language of Strava's bulk export: the header of its `Activity Date` column, its dates, its names for runs. */
export interface StravaLanguage {
  readonly language: string;
  readonly dateHeader: string;
  readonly locale: Locale;
  readonly formats: readonly string[];
  readonly runTypes: readonly string[];
}

// Read from real exports (see test/fixtures/exports/SOURCES.md): the column order is the same in every language —
// Activity ID, Activity Date, Activity Name, Activity Type, Activity Description, Elapsed Time, Distance (in the
// athlete's unit) — and a second column named like the first Distance, later in the row, holds metres; the moving
// time in seconds is the column just before it.
export const STRAVA_LANGUAGES: readonly StravaLanguage[] = [
  { language: 'en', dateHeader: 'activity date', locale: enUS, formats: ['MMM d, yyyy, h:mm:ss a', 'd MMM yyyy, HH:mm:ss'], runTypes: ['run', 'trail run', 'virtual run'] },
  { language: 'es', dateHeader: 'fecha de la actividad', locale: es, formats: ['d MMM yyyy, h:mm:ss a', 'd MMM yyyy, HH:mm:ss'], runTypes: ['carrera', 'carrera por montaña', 'carrera virtual'] },
  { language: 'nl', dateHeader: 'datum van activiteit', locale: nl, formats: ['d MMM yyyy, HH:mm:ss', 'd MMM yyyy HH:mm:ss'], runTypes: ['hardloopsessie', 'trailrun', 'virtuele hardloopsessie'] },
  // German and French from published header lists and dates in other projects' tests, not yet from a real file.
  { language: 'de', dateHeader: 'aktivitätsdatum', locale: de, formats: ['dd.MM.yyyy, HH:mm:ss', 'd. MMM yyyy, HH:mm:ss'], runTypes: ['lauf', 'traillauf', 'virtueller lauf'] },
  { language: 'fr', dateHeader: "date de l'activité", locale: fr, formats: ['d MMM yyyy, HH:mm:ss', 'dd/MM/yyyy HH:mm:ss', 'dd/MM/yyyy, HH:mm:ss'], runTypes: ['course à pied', 'course', 'trail', 'course virtuelle'] },
];

const normal = (text: string) => text.trim().toLowerCase();

const DISTANCE_NAMES = new Set(['distance', 'distancia', 'afstand', 'distanz']);

/** The first distance column: by its name in the languages read, else the seventh, where every export has it. */
function distanceColumn(header: readonly string[]): number {
  const named = header.findIndex((name) => DISTANCE_NAMES.has(name));
  return named >= 0 ? named : 6;
}

/** The language of a Strava `activities.csv` from its header, or undefined when the header is not Strava's. */
export function stravaLanguage(header: readonly string[]): StravaLanguage | undefined {
  const date = normal(header[1] ?? '');
  return STRAVA_LANGUAGES.find((language) => language.dateHeader === date);
}

/**
 * Whether a header has the shape of Strava's bulk export in a language not read yet: an id column, then a date, and
 * the seventh column's name again later (the distance in metres).
 */
export function looksLikeStrava(header: readonly string[]): boolean {
  const distance = normal(header[6] ?? '');
  return /\bid\b/i.test(header[0] ?? '') && distance !== '' && header.slice(7).some((name) => normal(name) === distance);
}

/**
 * Strava's bulk-export `activities.csv`: runs by their type in the export's language (or any language's word for
 * running, for a type not listed: "Carrera por sendero"); the day from `Activity Date`
 * (UTC) in the runner's zone; the distance from the second distance column (metres); the time from `Moving Time`
 * (seconds); the activity id kept as the run's `id`.
 */
export function stravaReader(headerRow: readonly string[], language: StravaLanguage, context: ReadContext, out: Collector): (row: CsvRow) => void {
  const header = headerRow.map(normal);
  const first = distanceColumn(header);
  const metres = header.indexOf(header[first] ?? '', first + 1);
  if (metres < 0) out.assumeUnit();
  const moving = metres - 1;
  const dates = new DateReader(language.formats, language.locale);
  const zone = new ZoneDays(context.timeZone);
  const runs = new Set(language.runTypes);
  return ({ line, fields }) => {
    const type = normal(fields[3] ?? '');
    if (!runs.has(type) && !isRunType(type)) {
      out.other();
      return;
    }
    const start = dates.read(fields[1] ?? '');
    if (!Number.isFinite(start)) {
      out.skip(line, `cannot read the date "${fields[1] ?? ''}" (a Strava export in ${language.language})`);
      return;
    }
    // Metres as written ("9749.0", or "10200,0" with a decimal comma); without the metres column (an old export),
    // the first distance column, in the athlete's unit, which the export does not name: the assumed unit.
    const distance = metres > 0 ? readNumber(fields[metres] ?? '') : convertDistance({ value: readNumber(fields[first] ?? ''), unit: context.unit }, 'km') * 1000;
    if (!(distance > 0)) {
      out.skip(line, 'no distance (a run logged by time alone)');
      return;
    }
    const seconds = metres > 0 ? readNumber(fields[moving] ?? '') : readNumber(fields[first - 1] ?? '');
    const id = (fields[0] ?? '').trim();
    addRun(out, zone, start, distance, seconds > 0 ? seconds : undefined, id === '' ? undefined : id, line);
  };
}
