import * as z from 'zod/mini';

const exerciseDaysDefinition = z.discriminatedUnion('kind', [
  z.strictObject({
    /** Every day of the phase. */
    kind: z.literal('daily'),
  }),
  z.strictObject({
    /** The phase's first day, third day, fifth day, … */
    kind: z.literal('every-other-day'),
  }),
  z.strictObject({
    /** A number of days in each 7-day week counted from the phase's first day. */
    kind: z.literal('days-per-week'),
    /** How many days a week, 1–7. */
    days: z.int().check(z.gte(1), z.lte(7)),
  }),
]);

/**
 * Which days of a phase have exercise sessions; see {@link ExerciseDaysSchema}.
 *
 * @example
 * ```ts
 * const days: ExerciseDays = { kind: 'every-other-day' };
 * ```
 */
export type ExerciseDays = z.infer<typeof exerciseDaysDefinition>;

/**
 * Which days of a phase have exercise sessions: every day, every other day (the phase's first day, third day, …),
 * or a number of days in each week of the phase (spread evenly from the phase's first day).
 *
 * @example
 * ```ts
 * ExerciseDaysSchema.parse({ kind: 'days-per-week', days: 3 });
 * ```
 */
export const ExerciseDaysSchema: z.ZodMiniType<ExerciseDays> = exerciseDaysDefinition;
