import * as z from 'zod/mini';
import { EvidenceSchema } from './citation.js';
import { TextSchema } from './primitives.js';
import { RangeSchema, wholeRangeSchema } from './range.js';

const loadDefinition = z.discriminatedUnion('kind', [
  z.strictObject({
    /** Body weight only. */
    kind: z.literal('bodyweight'),
  }),
  z.strictObject({
    /** The heaviest load that can be moved `rm` times with good form. */
    kind: z.literal('repetition-maximum'),
    /** Repetitions at which the load is maximal, e.g. 15 for 15RM. */
    rm: z.int().check(z.gte(1)),
  }),
  z.strictObject({
    /** A share of the person's maximal voluntary contraction. */
    kind: z.literal('percent-mvc'),
    /** Percent of maximal voluntary contraction, 1–100. */
    percent: z.number().check(z.gt(0), z.lte(100)),
  }),
  z.strictObject({
    /** A weight added to body weight, such as a backpack or dumbbells. */
    kind: z.literal('added-weight'),
    /** How much weight. */
    value: z.number().check(z.gt(0)),
    /** The unit of `value`. */
    unit: z.enum(['kg', 'lb']),
  }),
]);

/**
 * How heavy an exercise is; see {@link LoadSchema}.
 *
 * @example
 * ```ts
 * const load: Load = { kind: 'bodyweight' };
 * ```
 */
export type Load = z.infer<typeof loadDefinition>;

/**
 * How heavy an exercise is: body weight alone, a repetition maximum (the load that can be lifted `rm` times,
 * e.g. 15RM), a share of maximal voluntary contraction, or an added weight.
 *
 * @example
 * ```ts
 * LoadSchema.parse({ kind: 'repetition-maximum', rm: 15 });
 * ```
 */
export const LoadSchema: z.ZodMiniType<Load> = loadDefinition;

const doseDefinition = z.strictObject({
  /** Sets per session, whole numbers from 1. */
  sets: wholeRangeSchema(1),
  /** Repetitions per set, whole numbers from 1; missing when the source gives none. */
  reps: z.optional(wholeRangeSchema(1)),
  /** How long each set lasts, in seconds (a timed exercise such as "1–2 minutes"). */
  durationSeconds: z.optional(RangeSchema),
  /** How long each repetition is held, in seconds (an isometric hold). */
  holdSeconds: z.optional(RangeSchema),
  /** True when the dose is done for each side in turn: "each leg", "each foot". */
  perSide: z.boolean(),
  /** Seconds for each part of one repetition. */
  tempo: z.optional(
    z.strictObject({
      /** Seconds to lift (the concentric part). */
      concentricSeconds: z.number().check(z.gt(0)),
      /** Seconds to pause at the top, if any. */
      pauseSeconds: z.optional(z.number().check(z.gte(0))),
      /** Seconds to lower (the eccentric part). */
      eccentricSeconds: z.number().check(z.gt(0)),
    }),
  ),
  /** How heavy; missing when the source does not say. */
  load: z.optional(LoadSchema),
  /** Rest between sets, in seconds. */
  restSeconds: z.optional(RangeSchema),
  /**
   * How many times a day this exercise is done when the source gives it more often than the day's sessions (the
   * LEAP trial's static holds, twice a day); missing: once in each of the day's sessions.
   */
  timesPerDay: z.optional(wholeRangeSchema(1)),
  /** Anything else the source says about this dose, in its words. */
  notes: z.optional(TextSchema),
  /** Where these numbers come from. */
  evidence: EvidenceSchema,
});

/**
 * A dose; see {@link DoseSchema}.
 *
 * @example
 * ```ts
 * const dose: Dose = { sets: { min: 2, max: 5 }, perSide: true, evidence: { kind: 'cited', sourceIds: ['founding-case'] } };
 * ```
 */
export type Dose = z.infer<typeof doseDefinition>;

/**
 * A dose: how many sets, and in each set how many repetitions, for how long or held how long, whether it is done
 * for each side, and at what tempo, load and rest. What a source does not give stays missing: a dose with no rep
 * count has no `reps`.
 *
 * @example
 * ```ts
 * // "2–6 sets of 10–15 repetitions, each side"
 * DoseSchema.parse({
 *   sets: { min: 2, max: 6 },
 *   reps: { min: 10, max: 15 },
 *   perSide: true,
 *   evidence: { kind: 'cited', sourceIds: ['founding-case'] },
 * });
 * ```
 */
export const DoseSchema: z.ZodMiniType<Dose> = doseDefinition;
