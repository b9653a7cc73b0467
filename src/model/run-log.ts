import * as z from 'zod/mini';
import { RUN_KINDS } from './vocabularies.js';
import { EMPTY_ACTIVITY_ID_MESSAGE, LONG_ACTIVITY_ID_MESSAGE, minutesMessage, painScoreMessage, runDaysMessage } from './input-messages.js';
import { DistanceSchema } from './distance.js';
import { IsoDateSchema } from './iso-date.js';

export { RUN_KINDS } from './vocabularies.js';

const painScore = z.number({ error: (issue) => painScoreMessage(issue.input) }).check(
  z.gte(0, { error: (issue) => painScoreMessage(issue.input) }),
  z.lte(10, { error: (issue) => painScoreMessage(issue.input) }),
);

const runLogEntryDefinition = z.strictObject({
  /** The calendar day of the run, `YYYY-MM-DD`. */
  date: IsoDateSchema,
  /** `run` (the default when missing) or `race`. */
  kind: z.optional(z.enum(RUN_KINDS)),
  /** How far the run went. */
  distance: DistanceSchema,
  /** How long it took, in minutes, when known. */
  durationMinutes: z.optional(
    z.number().check(z.gt(0, { error: (issue) => minutesMessage(issue.input) })),
  ),
  /**
   * The activity's id in the service it came from (Strava's or Garmin's activity id), when known: two entries with
   * different ids are two runs, never a duplicate, even on the same day with the same distance.
   */
  id: z.optional(
    z.string().check(z.minLength(1, { error: EMPTY_ACTIVITY_ID_MESSAGE }), z.maxLength(200, { error: LONG_ACTIVITY_ID_MESSAGE })),
  ),
  /** The pain the runner reported, each on a 0–10 scale, when they reported it. */
  pain: z.optional(
    z.strictObject({
      /** The worst pain during the run, 0–10. */
      during: z.optional(painScore),
      /** The worst pain after the run, 0–10. */
      after: z.optional(painScore),
    }),
  ),
});

/**
 * One run from a runner's training history or log; see {@link RunLogEntrySchema}.
 *
 * @example
 * ```ts
 * const entry: RunLogEntry = { date: '2026-11-28', distance: { value: 10, unit: 'km' }, durationMinutes: 55 };
 * ```
 */
export type RunLogEntry = z.infer<typeof runLogEntryDefinition>;

/**
 * One run a runner did: its day, whether it was a race, how far, and optionally how long and how much it hurt.
 * The `history` option of `generatePlan` and `summarizeHistory` read a list of these.
 *
 * @example
 * ```ts
 * RunLogEntrySchema.parse({ date: '2026-11-28', kind: 'race', distance: { value: 30, unit: 'mi' }, pain: { during: 6 } });
 * ```
 */
export const RunLogEntrySchema: z.ZodMiniType<RunLogEntry> = runLogEntryDefinition;

const runnerSummaryDefinition = z.strictObject({
  /** How far the runner usually ran in a week before the injury. */
  usualWeeklyDistance: z.optional(DistanceSchema),
  /** The longest run of the last 30 days. */
  longestRecentRun: z.optional(DistanceSchema),
  /** On how many days a week the runner usually runs, 1–7. */
  runDaysPerWeek: z.optional(
    z.int().check(
      z.gte(1, { error: (issue) => runDaysMessage(issue.input) }),
      z.lte(7, { error: (issue) => runDaysMessage(issue.input) }),
    ),
  ),
});

/**
 * What an app knows about a runner's training when it has no run-by-run history; see {@link RunnerSummarySchema}.
 *
 * @example
 * ```ts
 * const runner: RunnerSummary = { usualWeeklyDistance: { value: 30, unit: 'km' }, runDaysPerWeek: 4 };
 * ```
 */
export type RunnerSummary = z.infer<typeof runnerSummaryDefinition>;

/**
 * A summary of a runner's training: usual weekly distance, longest run of the last 30 days, run days a week. The
 * `runner` option of `generatePlan`, for apps that have no run-by-run history.
 *
 * @example
 * ```ts
 * RunnerSummarySchema.parse({ usualWeeklyDistance: { value: 50, unit: 'km' }, longestRecentRun: { value: 18, unit: 'km' }, runDaysPerWeek: 4 });
 * ```
 */
export const RunnerSummarySchema: z.ZodMiniType<RunnerSummary> = runnerSummaryDefinition;
