import type { DistanceUnit, RunLogEntry, RunnerSummary } from '../model/index.js';
import { convertDistance } from '../plan/distance.js';
import { dayNumber } from './day-number.js';
import { DEFAULT_RUN_DAYS, LONG_RUN_SHARE, RETURN_TO_RUN_LADDER, SPIKE_WINDOW_DAYS } from './rules.js';
import { summarizeChecked, WEEKS } from './summarize-checked.js';

/** One run the guards count, from the history or planned earlier in the plan; distances in the plan's unit. */
export interface PastRun {
  /** Day number (days since 1970-01-01). */
  readonly day: number;
  /** Distance in the plan's unit; 0 for a run known only by time. */
  readonly distance: number;
  /** Minutes, when known. */
  readonly minutes?: number | undefined;
  /**
   * Whose run it is: the runner's history (the default), a runner summary's longest recent run (dated the day before
   * the start, a date nobody gave), or a run the plan itself planned. Messages name only the history's as the runner's
   * run on a date.
   */
  readonly from?: 'history' | 'summary' | 'plan' | undefined;
}

/** What the plan knows of the runner, in the plan's unit. */
export interface RunnerBasis {
  /** Runs before the plan that the guards count. */
  readonly runs: readonly PastRun[];
  /** The usual week's distance; estimated (and `usualWeeklyEstimated`) when no source gives it. */
  readonly usualWeekly: number;
  /** True when the usual week was estimated from the longest run rather than given or measured. */
  readonly usualWeeklyEstimated: boolean;
  /** The runner's run days a week, and where that number comes from. */
  readonly runDays: { readonly count: number; readonly from: 'history' | 'runner' | 'default' };
  /** True when the history has durations, so that time-based running can be guarded on time. */
  readonly hasDurations: boolean;
  /** True when the single-run guard has something to read: a history, or a longest recent run. */
  readonly guardKnown: boolean;
}

/**
 * What the history and the runner summary say, for a plan starting on `startDate`. A runner field, when given, wins
 * over the history's measure (an app can know the week before the injury better than the last 12 weeks show);
 * `longestRecentRun` counts as a run the day before the start. `undefined` when neither says enough to plan runs.
 */
export function runnerBasis(
  history: readonly RunLogEntry[] | undefined,
  runner: RunnerSummary | undefined,
  startDate: string,
  unit: DistanceUnit,
): RunnerBasis | undefined {
  const start = dayNumber(startDate);
  const runs: PastRun[] = (history ?? [])
    .filter((entry) => dayNumber(entry.date) < start)
    .map((entry) => ({ day: dayNumber(entry.date), distance: convertDistance(entry.distance, unit), minutes: entry.durationMinutes }));
  if (runner?.longestRecentRun) runs.push({ day: start - 1, distance: convertDistance(runner.longestRecentRun, unit), from: 'summary' });

  const summary = history === undefined ? undefined : summarizeChecked(history, startDate, unit);
  const given = runner?.usualWeeklyDistance === undefined ? undefined : convertDistance(runner.usualWeeklyDistance, unit);
  const longest = runs.filter((run) => run.day >= start - SPIKE_WINDOW_DAYS).reduce((max, run) => Math.max(max, run.distance), 0);
  const measured = given ?? summary?.weeklyAverage.value;
  if (measured === undefined && longest === 0) return undefined;

  const historyDays = summary && summary.runDaysPerWeek > 0 ? runDaysWhenRunning(runs, start) : undefined;
  const runDays =
    runner?.runDaysPerWeek !== undefined
      ? { count: runner.runDaysPerWeek, from: 'runner' as const }
      : historyDays !== undefined
        ? { count: historyDays, from: 'history' as const }
        : { count: DEFAULT_RUN_DAYS, from: 'default' as const };
  return {
    runs,
    usualWeekly: measured ?? longest / LONG_RUN_SHARE,
    usualWeeklyEstimated: measured === undefined,
    runDays,
    hasDurations: runs.some((run) => run.minutes !== undefined),
    guardKnown: history !== undefined || runner?.longestRecentRun !== undefined,
  };
}

/**
 * The runner's run days a week in the weeks of the last 12 that hold a run: the habit of a runner who took weeks off is
 * the days they run when they run (a returner after 8 weeks off who ran 4 days a week before is planned 4, not the 1.3
 * the 12 weeks average to, which put one return-to-run session in a week).
 */
function runDaysWhenRunning(runs: readonly PastRun[], start: number): number {
  const firstDay = start - 7 * WEEKS;
  const days = new Set<number>();
  const weeks = new Set<number>();
  for (const run of runs) {
    if (run.from === 'summary' || run.day < firstDay || run.day >= start) continue;
    days.add(run.day);
    weeks.add(Math.floor((run.day - firstDay) / 7));
  }
  return Math.max(1, Math.round(days.size / Math.max(1, weeks.size)));
}

/**
 * What a plan assumes of a runner it knows nothing about: no recent run (so running starts from the return-to-run
 * ladder) and, as the usual week, the ladder's last step on the default run days (3 × 2 miles), so that nothing
 * after the ladder asks more than the ladder ended at until a history says more.
 */
export function unknownRunnerBasis(unit: DistanceUnit): RunnerBasis {
  const lastStep = RETURN_TO_RUN_LADDER[RETURN_TO_RUN_LADDER.length - 1]?.miles ?? 2;
  return {
    runs: [],
    usualWeekly: convertDistance({ value: lastStep * DEFAULT_RUN_DAYS, unit: 'mi' }, unit),
    usualWeeklyEstimated: false,
    runDays: { count: DEFAULT_RUN_DAYS, from: 'default' },
    hasDurations: false,
    guardKnown: true,
  };
}

/**
 * The longest run, by distance and by time, in the 30 days before `day` (day − 30 … day − 1), among `runs` from index
 * `from` (a caller walking days in order over runs in day order skips those already out of every window).
 */
export function longestBefore(runs: readonly PastRun[], day: number, from = 0): Longest {
  let distance = 0;
  let minutes = 0;
  let on: number | undefined;
  let source: PastRun['from'];
  let minutesSource: PastRun['from'];
  for (let index = from; index < runs.length; index++) {
    const run = runs[index] as PastRun;
    if (run.day < day - SPIKE_WINDOW_DAYS || run.day >= day) continue;
    if (run.distance > distance) {
      distance = run.distance;
      on = run.day;
      source = run.from;
    }
    if ((run.minutes ?? 0) > minutes) {
      minutes = run.minutes ?? 0;
      minutesSource = run.from;
    }
  }
  return { distance, minutes, on, from: source ?? 'history', minutesFrom: minutesSource ?? 'history' };
}

/** The longest run of a 30-day window, by distance (with its day and whose run it is) and by time. */
export interface Longest {
  readonly distance: number;
  readonly minutes: number;
  readonly on: number | undefined;
  /** Whose run the longest by distance is (see {@link PastRun.from}). */
  readonly from: NonNullable<PastRun['from']>;
  /** Whose run the longest by time is. */
  readonly minutesFrom: NonNullable<PastRun['from']>;
}
