import * as z from 'zod/mini';
import {
  DistanceUnitSchema,
  IsoDateSchema,
  parseInput,
  RehabInputError,
  RunLogEntrySchema,
  type Distance,
  type DistanceUnit,
  type RunLogEntry,
} from '../model/index.js';
import { checkHistory, historyUnit } from './check-history.js';
import { summarizeChecked } from './summarize-checked.js';

export { WEEKS } from './summarize-checked.js';

/**
 * What a runner's history says: see {@link summarizeHistory}.
 *
 * @example
 * ```ts
 * const usual = (summary: HistorySummary) => summary.weeklyAverage.value;
 * ```
 */
export interface HistorySummary {
  /** The longest single run in the 30 days before `today` (today − 30 … today − 1); `null` when there was none. */
  readonly longestRunLast30Days: Distance | null;
  /** The 12 weeks before `today`, oldest first: the last is today − 7 … today − 1. Each with its total distance. */
  readonly weeks: readonly {
    /** The week's first day, `YYYY-MM-DD`. */
    readonly startDate: string;
    /** How far the runner ran that week (0 for none). */
    readonly distance: {
      /** How far, at least 0. */
      readonly value: number;
      /** The summary's unit. */
      readonly unit: DistanceUnit;
    };
  }[];
  /** The average week, from the first of the 12 weeks with a run to the last week (0 when none has a run). */
  readonly weeklyAverage: {
    /** How far, at least 0. */
    readonly value: number;
    /** The summary's unit. */
    readonly unit: DistanceUnit;
  };
  /** Days with a run per week over the same weeks, to 0.1 (0 when none has a run). */
  readonly runDaysPerWeek: number;
  /** The day of the latest run on or before `today`; `null` when there is none. */
  readonly lastRunDate: string | null;
}

const optionsDefinition = z.strictObject({
  /** The day the summary is made for; the windows end the day before it. */
  today: IsoDateSchema,
  /** The unit of the summary's distances; default: the first entry's unit (kilometres for an empty history). */
  unit: z.optional(DistanceUnitSchema),
});

/**
 * Summarizes a runner's training history as the plan's guards read it: the longest run of the last 30 days, the
 * last 12 weeks' totals, the average week, run days a week and the last run's date. "The last 30 days" of a day D
 * means D − 30 … D − 1; runs on `today` itself count only for `lastRunDate`.
 *
 * Pure: `today` is an argument, never the clock.
 *
 * @param history - The runs, in any order.
 * @param options - `today` (`YYYY-MM-DD`) and the summary's `unit` (default: the first entry's).
 * @returns The summary.
 * @throws {@link RehabInputError} with the entry's index in the path for an invalid entry, a run after `today`, a
 *   single run over 350 km (a unit slip or a ride), or the same run given twice.
 *
 * @example
 * ```ts
 * import { summarizeHistory } from 'rehab-protocols';
 *
 * const summary = summarizeHistory(
 *   [
 *     { date: '2026-11-20', distance: { value: 10, unit: 'km' } },
 *     { date: '2026-11-27', distance: { value: 12, unit: 'km' } },
 *   ],
 *   { today: '2026-12-01' },
 * );
 * summary.longestRunLast30Days;
 * //=> { value: 12, unit: 'km' }
 * ```
 */
export function summarizeHistory(history: readonly RunLogEntry[], options: { readonly today: string; readonly unit?: DistanceUnit }): HistorySummary {
  const { today, unit } = parseInput(optionsDefinition, options, 'summarizeHistory options');
  const entries = parseInput(z.array(RunLogEntrySchema), history, 'history');
  const issues = checkHistory(entries, today, []);
  if (issues.length > 0) throw new RehabInputError('history', issues);
  return summarizeChecked(entries, today, historyUnit(entries, unit));
}
