import * as z from 'zod/mini';
import { TextSchema } from './primitives.js';

/**
 * How a day stopped by a referral begins its note (see src/review/replan.ts): the review finds the note by it, and the
 * printed plans show such days apart from the exercises they no longer hold. Internal: not exported from the package.
 */
export const STOPPED_NOTE = 'until a clinician clears you.';
/** The note of a day whose exercises a referral stopped too. */
export const EXERCISES_STOPPED_NOTE = `No running and no exercises ${STOPPED_NOTE}`;

/**
 * What a plan flag is about:
 * - `single-run-spike`: a day's limit or planned run is more than 110 % of the longest run of the 30 days before it
 *   (with `spikeGuard: 'warn'`).
 * - `limited-by-history`: the day's limit or planned run was lowered to what the runner's recent training supports.
 * - `weekly-volume`: a week's daily limits would allow more than the runner's usual week (the message never sums them), or the usual week is unknown.
 * - `return-to-run`: no run in the last 30 days (or none of 0.4 km or more, or too little running a week to plan from), so
 *   running restarts from a walk/run ladder; the flag says which.
 * - `time-not-checked`: running given by time that the history cannot check (it has no durations).
 * - `not-checked-against-training`: the plan had no history and no runner summary to check against.
 * - `goal-not-reached`: the guards keep the planned runs below the goal by the plan's last day.
 * - `derived-limit`: a limit the protocol does not give (pain-monitored running) that the library derived from the runner.
 * - `short-history`: the history covers less than the 4 weeks the starting load is measured over.
 * - `overrun`: the runner ran more than planned; a review never raises the plan for it.
 * - `red-s`: the runner reported a sign of low energy availability (missed or irregular periods, low body weight, a
 *   previous bone stress injury): see a doctor for a RED-S assessment. `planForProfile` puts it first.
 * - `watch-for`: a condition that needs a clinician (a meniscal tear, a bone stress injury) was set aside because the
 *   runner said "no" to each of its signs; the flag names them, and says to stop and see a clinician if one appears.
 *   `planForProfile` puts it first, after `red-s`.
 * - `diagnosed`: the plan follows the condition a clinician diagnosed (`diagnosedAs`), not the best match; what that
 *   clinician advised comes first.
 * - `referred`: a review referred the plan to a clinician: no running (and after an urgent warning sign no exercises)
 *   until a clinician clears the runner; when it is not routine, how soon, dated (`reviewPlan`).
 *
 * @example
 * ```ts
 * PLAN_FLAG_KINDS.includes('single-run-spike');
 * //=> true
 * ```
 */
export const PLAN_FLAG_KINDS = /* @__PURE__ */ Object.freeze([
  'single-run-spike',
  'limited-by-history',
  'weekly-volume',
  'return-to-run',
  'time-not-checked',
  'not-checked-against-training',
  'goal-not-reached',
  'derived-limit',
  'short-history',
  'overrun',
  'red-s',
  'watch-for',
  'diagnosed',
  'referred',
] as const);

/**
 * What a plan flag is about; see {@link PLAN_FLAG_KINDS}.
 *
 * @example
 * ```ts
 * const kind: PlanFlagKind = 'limited-by-history';
 * ```
 */
export type PlanFlagKind = (typeof PLAN_FLAG_KINDS)[number];

const planFlagDefinition = z.strictObject({
  /** What the flag is about. */
  kind: z.enum(PLAN_FLAG_KINDS),
  /** What happened and why, in plain words with the numbers. */
  message: TextSchema,
});

/**
 * A note on a day or on a whole plan; see {@link PlanFlagSchema}.
 *
 * @example
 * ```ts
 * const text = (flags: PlanFlag[]) => flags.map((flag) => flag.message).join('\n');
 * ```
 */
export type PlanFlag = z.infer<typeof planFlagDefinition>;

/**
 * A note on a day or on a whole plan: a guard that lowered a limit, a spike it warns about, a check it could not
 * make. Every message says in plain words what, from what to what, and why.
 *
 * @example
 * ```ts
 * PlanFlagSchema.parse({ kind: 'limited-by-history', message: 'Limit lowered from 8 km to 5.5 km: 110 % of your longest run (5 km) in the last 30 days.' });
 * ```
 */
export const PlanFlagSchema: z.ZodMiniType<PlanFlag> = planFlagDefinition;
