import type { DistanceUnit, RunLogEntry, RunnerSummary } from '../model/index.js';
import { convertDistance } from '../plan/distance.js';
import type { RunnerBasis } from '../runner/basis.js';
import { dayNumber } from '../runner/day-number.js';
import { SPIKE_WINDOW_DAYS } from '../runner/rules.js';
import { FIRST_DAYS, FIRST_DAYS_LONGEST_SHARE, MIN_BASE_KM, PRE_INJURY_CEILING_DAYS, RECENT_WEEKS, START_SHARE } from './rules.js';

/** Where a plan's running starts and what bounds its growth, in the plan's unit; day numbers since 1970-01-01. */
export interface LoadStart {
  /** The most the first 7-day block may plan; later blocks grow from it by at most 10 % a week. */
  readonly weekly: number;
  /** Runs planned before this day are no longer than `firstLongest`. */
  readonly firstUntil: number;
  /** The longest a run may be before `firstUntil`. */
  readonly firstLongest: number;
  /** Runs planned before this day are no longer than `preInjuryLongest`. */
  readonly ceilingUntil: number;
  /** The runner's longest run before the plan, the long run's ceiling until `ceilingUntil`. */
  readonly preInjuryLongest: number;
  /** The runner's recent week the start was measured from (for the flags' words). */
  readonly recentWeekly: number;
  /** Whole 7-day blocks the recent week was averaged over, when the history covers fewer than 4 weeks. */
  readonly shortHistoryWeeks: number | undefined;
  /** True when the recent weeks hold no run, or less than `MIN_BASE_KM` a week: running restarts from the return-to-run ladder. */
  readonly ladder: boolean;
}

/**
 * The load a plan starting on `startDate` begins at: week 1 at most 70 % of the average week of the 4 weeks before
 * (a shorter history: of the whole 7-day blocks it covers, counted back from the start to its first run; a runner
 * summary's usual week, the lower of the two when both are given), and no run of the first 14 days longer than 90 %
 * of the longest run of the 30 days before. See docs/running-plans.md.
 */
export function loadStart(history: readonly RunLogEntry[] | undefined, runner: RunnerSummary | undefined, basis: RunnerBasis, startDate: string, unit: DistanceUnit): LoadStart {
  const start = dayNumber(startDate);
  let fromHistory: number | undefined;
  let shortHistoryWeeks: number | undefined;
  if (history !== undefined && history.length > 0) {
    let first = Number.POSITIVE_INFINITY;
    for (const entry of history) first = Math.min(first, dayNumber(entry.date));
    const span = start - first;
    const weeks = span >= 7 * RECENT_WEEKS ? RECENT_WEEKS : Math.max(1, Math.ceil(span / 7));
    if (weeks < RECENT_WEEKS) shortHistoryWeeks = weeks;
    let total = 0;
    for (const entry of history) {
      const day = dayNumber(entry.date);
      if (day >= start - 7 * weeks && day < start) total += convertDistance(entry.distance, unit);
    }
    fromHistory = total / weeks;
  }
  const given = runner?.usualWeeklyDistance === undefined ? undefined : convertDistance(runner.usualWeeklyDistance, unit);
  const recentWeekly = given === undefined ? (fromHistory ?? basis.usualWeekly) : fromHistory === undefined ? given : Math.min(given, fromHistory);
  let longest = 0;
  for (const run of basis.runs) if (run.day >= start - SPIKE_WINDOW_DAYS && run.day < start) longest = Math.max(longest, run.distance);
  // Recent running too short to plan from (MIN_BASE_KM: a GPS blip, a warm-up saved on its own) counts as none:
  // running restarts from the ladder, rather than being held to a week or a run of next to nothing.
  const minimum = convertDistance({ value: MIN_BASE_KM, unit: 'km' }, unit);
  if (longest < minimum) longest = 0;
  const nothingRecent = recentWeekly < minimum;
  return {
    weekly: Math.min(basis.usualWeekly, START_SHARE * recentWeekly),
    firstUntil: start + FIRST_DAYS,
    firstLongest: longest > 0 ? FIRST_DAYS_LONGEST_SHARE * longest : Number.POSITIVE_INFINITY,
    ceilingUntil: start + PRE_INJURY_CEILING_DAYS,
    preInjuryLongest: longest > 0 ? longest : Number.POSITIVE_INFINITY,
    recentWeekly,
    shortHistoryWeeks,
    ladder: nothingRecent,
  };
}
