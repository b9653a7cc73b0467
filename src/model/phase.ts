import * as z from 'zod/mini';
import { PainCriteriaSchema } from './pain-criteria.js';
import { EvidenceSchema } from './citation.js';
import { DoseSchema } from './dose.js';
import { IdSchema, TextSchema } from './primitives.js';
import { wholeRangeSchema } from './range.js';
import { RunningRuleSchema } from './running-rule.js';
import { ExerciseDaysSchema } from './phase-days.js';

const phaseDefinition = z.strictObject({
  /** Kebab-case id, unique within a protocol. */
  id: IdSchema,
  /** A short name a person reads, e.g. `Days 1–7: settle`. */
  name: TextSchema,
  /** First and last day of the phase, 1-based, inclusive. */
  days: wholeRangeSchema(1),
  /** Exercise sessions on each exercise day: "1–2 times a day" is `{ min: 1, max: 2 }`; `{ min: 0, max: 0 }` for a phase without exercises. */
  sessionsPerDay: wholeRangeSchema(0),
  /** Which days of the phase have sessions. */
  exerciseDays: ExerciseDaysSchema,
  /**
   * The pain limits within which the runner moves on from this phase (its exit criteria, as data): `reviewPlan` holds
   * the runner in the phase while a logged rating breaks them. Missing: the pain-monitoring model's defaults apply.
   */
  progressIf: z.optional(PainCriteriaSchema),
  /** The exercises of each session, in the order they are done, each with its dose. */
  exercises: z.array(
    z.strictObject({
      /** The id of an exercise in the protocol's `exercises`. */
      exerciseId: IdSchema,
      /** The dose in this phase. */
      dose: DoseSchema,
    }),
  ),
  /** What running is allowed each day of the phase. */
  running: RunningRuleSchema,
  /** What to keep in mind throughout the phase, in the source's words. */
  notes: z.optional(z.array(TextSchema)),
  /** Where the phase's days and sessions per day come from. */
  evidence: EvidenceSchema,
});

/**
 * A phase of a protocol; see {@link PhaseSchema}.
 *
 * @example
 * ```ts
 * function phaseLength(phase: Phase): number {
 *   return phase.days.max - phase.days.min + 1;
 * }
 * ```
 */
export type Phase = z.infer<typeof phaseDefinition>;

/**
 * A stretch of consecutive days of a protocol with one prescription: which days (1-based, counted from the start
 * of the plan), how many sessions on an exercise day, the exercises in order with their doses, and the running rule.
 * A phase measured in weeks is a day range too: weeks 2–3 are days 8–21.
 *
 * @example
 * ```ts
 * PhaseSchema.parse({
 *   id: 'settle',
 *   name: 'Days 1–7',
 *   days: { min: 1, max: 7 },
 *   sessionsPerDay: { min: 1, max: 2 },
 *   exerciseDays: { kind: 'daily' },
 *   exercises: [{ exerciseId: 'sit-to-stand', dose: { sets: { min: 4, max: 8 }, reps: { min: 4, max: 6 }, perSide: false, evidence: { kind: 'cited', sourceIds: ['founding-case'] } } }],
 *   running: { kind: 'cap', maxDistance: { value: 5, unit: 'mi' }, intensity: 'jog', evidence: { kind: 'cited', sourceIds: ['founding-case'] } },
 *   evidence: { kind: 'cited', sourceIds: ['founding-case'] },
 * });
 * ```
 */
export const PhaseSchema: z.ZodMiniType<Phase> = phaseDefinition;
