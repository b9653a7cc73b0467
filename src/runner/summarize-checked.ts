import type { DistanceUnit, RunLogEntry } from '../model/index.js';
import { convertDistance } from '../plan/distance.js';
import { dayNumber, isoDay } from './day-number.js';
import type { HistorySummary } from './summarize-history.js';

// The summary itself, apart from summarizeHistory's validation (and its zod schemas), for generatePlan, which reads a
// history it has validated without zod.

/** How many weeks of history the summary looks back: the longest window any rule reads a history over. */
export const WEEKS = 12;

/** The summary of a history already validated and checked. */
export function summarizeChecked(history: readonly RunLogEntry[], today: string, unit: DistanceUnit): HistorySummary {
  const todayNumber = dayNumber(today);
  const runs = history.map((entry) => ({ day: dayNumber(entry.date), distance: convertDistance(entry.distance, unit) }));

  let longest = 0;
  for (const run of runs) if (run.day >= todayNumber - 30 && run.day < todayNumber) longest = Math.max(longest, run.distance);

  const firstDay = todayNumber - 7 * WEEKS;
  const totals = new Array<number>(WEEKS).fill(0);
  const runDays = new Set<number>();
  let firstWeekRun = WEEKS;
  for (const run of runs) {
    if (run.day < firstDay || run.day >= todayNumber) continue;
    const week = Math.floor((run.day - firstDay) / 7);
    totals[week] = (totals[week] ?? 0) + run.distance;
    runDays.add(run.day);
    firstWeekRun = Math.min(firstWeekRun, week);
  }
  const weeksCovered = WEEKS - firstWeekRun;
  const covered = totals.slice(firstWeekRun).reduce((sum, value) => sum + value, 0);
  const last = runs.reduce((max, run) => (run.day <= todayNumber ? Math.max(max, run.day) : max), Number.NEGATIVE_INFINITY);

  return {
    longestRunLast30Days: longest > 0 ? { value: longest, unit } : null,
    weeks: totals.map((value, week) => ({ startDate: isoDay(firstDay + 7 * week), distance: { value, unit } })),
    weeklyAverage: { value: weeksCovered > 0 ? covered / weeksCovered : 0, unit },
    runDaysPerWeek: weeksCovered > 0 ? Math.round((runDays.size / weeksCovered) * 10) / 10 : 0,
    lastRunDate: Number.isFinite(last) ? isoDay(last) : null,
  };
}
