import { type DistanceUnit, type RehabInputIssue, type RunLogEntry } from '../model/index.js';
import { convertDistance } from '../plan/distance.js';
import { dayNumber } from './day-number.js';

/**
 * The most a single entry may cover: 350 km (about 217 mi). A library default: farther than a runner covers in one
 * day even in a 24-hour race, so a larger number is far more likely a unit slip (metres typed as kilometres) or a
 * ride logged as a run than a run, and one such entry would set every guard the plan derives from the history.
 */
export const ABSURD_DISTANCE_KM = 350;

/** The issue of a single run farther than {@link ABSURD_DISTANCE_KM}, at `path`; none for a run within it. */
export function absurdRunIssue(distance: RunLogEntry['distance'], path: readonly (string | number)[]): RehabInputIssue | undefined {
  if (convertDistance(distance, 'km') <= ABSURD_DISTANCE_KM) return undefined;
  return {
    path,
    message: `Expected a single run of at most ${ABSURD_DISTANCE_KM} km (${Math.floor(convertDistance({ value: ABSURD_DISTANCE_KM, unit: 'km' }, 'mi'))} mi), received ${distance.value} ${distance.unit}: check the unit, or whether it was a ride`,
  };
}

/**
 * The issue of the run that takes a day's running past {@link ABSURD_DISTANCE_KM} (more than anyone runs in a day: the
 * 24-hour record is about 320 km), one per day, at the path `pathOf` gives its index: thousands of short runs on one
 * day are an import that repeated itself, not a day of running.
 */
export function absurdDayIssues(entries: readonly { date: string; distance?: RunLogEntry['distance'] }[], pathOf: (index: number) => readonly (string | number)[]): RehabInputIssue[] {
  const totals = new Map<string, number>();
  const issues: RehabInputIssue[] = [];
  entries.forEach((entry, index) => {
    if (entry.distance === undefined) return;
    const before = totals.get(entry.date) ?? 0;
    const total = before + convertDistance(entry.distance, 'km');
    totals.set(entry.date, total);
    if (total > ABSURD_DISTANCE_KM && before <= ABSURD_DISTANCE_KM && convertDistance(entry.distance, 'km') <= ABSURD_DISTANCE_KM) {
      issues.push({ path: pathOf(index), message: `Expected at most ${ABSURD_DISTANCE_KM} km of running on ${entry.date}, but the runs dated that day add up to more at this one: check for an import that repeated them` });
    }
  });
  return issues;
}

/**
 * The checks on a history that its schema cannot make: no run after `today`, no absurd distance (in a run or a day), no entry given twice.
 * Two entries are the same run when they share the day, kind, distance and duration: an import run twice, not a
 * double day (two runs on one day with different distances are both kept and summed). Such duplicates are
 * rejected rather than silently merged, so that the app can fix its import. Entries with different `id`s (the
 * service's activity ids) are never duplicates: two 400 m repeats saved as two activities are two runs.
 */
export function checkHistory(history: readonly RunLogEntry[], today: string, path: readonly (string | number)[]): RehabInputIssue[] {
  const issues: RehabInputIssue[] = [];
  const todayNumber = dayNumber(today);
  const seen = new Map<string, number>();
  history.forEach((entry, index) => {
    if (dayNumber(entry.date) > todayNumber) {
      issues.push({ path: [...path, index, 'date'], message: `Expected a run on or before ${today} (today), received ${entry.date}` });
    }
    const km = convertDistance(entry.distance, 'km');
    const absurd = absurdRunIssue(entry.distance, [...path, index, 'distance', 'value']);
    if (absurd !== undefined) issues.push(absurd);
    const key = JSON.stringify([entry.date, entry.kind ?? 'run', km.toFixed(6), entry.durationMinutes ?? null, entry.id ?? null]);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else issues.push({ path: [...path, index], message: `Duplicate of entry ${first} (same day, kind, distance, duration and id): remove one` });
  });
  issues.push(...absurdDayIssues(history, (index) => [...path, index]));
  return issues;
}

/** The unit a history speaks: `unit` if given, else its first entry's, else kilometres. */
export function historyUnit(history: readonly RunLogEntry[], unit: DistanceUnit | undefined): DistanceUnit {
  return unit ?? history[0]?.distance.unit ?? 'km';
}
