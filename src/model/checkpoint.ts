import * as z from 'zod/mini';
import { EvidenceSchema } from './citation.js';
import { PainCriteriaSchema } from './pain-criteria.js';
import { PositiveIntSchema, TextSchema } from './primitives.js';

const checkpointDefinition = z.strictObject({
  /** The day of the plan, 1-based, on which to reassess. */
  day: PositiveIntSchema,
  /** What to reassess, as a question or instruction to the runner. */
  assess: TextSchema,
  /** What to do if it is not better. */
  ifNotBetter: TextSchema,
  /** True when "not better" means seeing a clinician rather than carrying on alone. */
  referral: z.boolean(),
  /** The pain limits within which the runner may move on to the next phase, if the source gives them. */
  progressIf: z.optional(PainCriteriaSchema),
  /** Where this checkpoint comes from. */
  evidence: EvidenceSchema,
});

/**
 * A checkpoint of a protocol; see {@link CheckpointSchema}.
 *
 * @example
 * ```ts
 * const needsClinician = (checkpoint: Checkpoint) => checkpoint.referral;
 * ```
 */
export type Checkpoint = z.infer<typeof checkpointDefinition>;

/**
 * A day on which the runner takes stock: what to reassess, and what to do if it is not better.
 *
 * @example
 * ```ts
 * CheckpointSchema.parse({
 *   day: 14,
 *   assess: 'Can you run your usual distance without knee pain?',
 *   ifNotBetter: 'See your physical therapist for further options.',
 *   referral: true,
 *   evidence: { kind: 'cited', sourceIds: ['founding-case'] },
 * });
 * ```
 */
export const CheckpointSchema: z.ZodMiniType<Checkpoint> = checkpointDefinition;
