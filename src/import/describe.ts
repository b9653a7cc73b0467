import { addCalendarDays } from '../plan/calendar.js';
import { isRealDate } from './collect.js';
import type { TrainingExport } from './types.js';

const NAMES: Record<TrainingExport['format'], string> = {
  strava: "Strava's activities.csv",
  garmin: "Garmin Connect's Activities.csv",
  'simple-csv': 'a date,distance CSV',
  gpx: 'a GPX file',
  tcx: 'a TCX file',
  fit: 'a FIT file',
};

const LANGUAGES: Record<string, string> = { en: 'English', es: 'Spanish', nl: 'Dutch', de: 'German', fr: 'French', da: 'Danish', pt: 'Portuguese', sv: 'Swedish', it: 'Italian' };

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What an import read, in one line for the runner: the format, the runs and their dates, what was skipped (with the
 * first reason) and left out, how days were counted, and — given the plan's start — whether any run falls in the 30
 * days before it (the window the plan's guards read). The CLI prints it to stderr; the playground shows it.
 *
 * @example
 * ```ts
 * import { describeTrainingExport, readTrainingExport } from 'rehab-protocols/import';
 *
 * const read = await readTrainingExport('2026-11-24,6mi\n2026-11-26,5km\n');
 * describeTrainingExport(read, { startDate: '2026-12-01' });
 * //=> 'Read a date,distance CSV: 2 runs, 2026-11-24 to 2026-11-26. 2 runs in the 30 days before 2026-12-01.'
 * ```
 */
export function describeTrainingExport(read: TrainingExport, options: { readonly startDate?: string } = {}): string {
  const language = read.language === undefined ? '' : ` (${LANGUAGES[read.language] ?? read.language})`;
  const parts = [`Read ${NAMES[read.format]}${language}: ${count(read.runs.length, 'run')}${read.firstDate === undefined ? '' : read.firstDate === read.lastDate ? `, on ${read.firstDate}` : `, ${read.firstDate} to ${read.lastDate}`}.`];
  if (read.skipped.length > 0) {
    const first = read.skipped[0];
    parts.push(`${count(read.skipped.length, 'row')} skipped (${first?.line === undefined ? '' : `line ${first.line}: `}${first?.reason ?? ''}${read.skipped.length > 1 ? '; …' : ''}).`);
  }
  if (read.otherActivities > 0) parts.push(`${count(read.otherActivities, 'other activity', 'other activities')} (not runs) left out.`);
  if (read.times === 'utc' && read.runs.length > 0) parts.push(`Days counted in ${read.timeZone === 'UTC' ? 'UTC (no time zone given)' : read.timeZone}.`);
  if (read.unitAssumed) parts.push(`Distances without a unit read as ${read.unit}.`);
  const start = options.startDate;
  if (start !== undefined && isRealDate(start)) {
    const from = addCalendarDays(start, -30);
    const recent = read.runs.filter((run) => run.date >= from && run.date < start).length;
    parts.push(recent > 0 ? `${count(recent, 'run')} in the 30 days before ${start}.` : `No run in the 30 days before ${start}.`);
  }
  return parts.join(' ');
}
