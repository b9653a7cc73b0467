import * as z from 'zod/mini';
import { EvidenceSchema } from './citation.js';

const painScore = z.number().check(z.gte(0), z.lte(10));

const painCriteriaDefinition = z.strictObject({
  /** The most pain allowed during the activity, 0–10. */
  maxPainDuring: painScore,
  /** The most pain allowed after the activity, 0–10. */
  maxPainAfter: z.optional(painScore),
  /** True when pain after the activity must have settled by the next morning. */
  settledByNextMorning: z.optional(z.boolean()),
  /** True when pain and stiffness must not increase from week to week. */
  notWorseWeekToWeek: z.optional(z.boolean()),
  /** Where these limits come from. */
  evidence: EvidenceSchema,
});

/**
 * Pain limits on a 0–10 scale: how much pain is acceptable during and after activity, and how it must behave by the
 * next morning and from week to week. A phase's `painMonitoring` says how to dose activity within the phase (the
 * pain-monitoring model, Silbernagel 2007); a checkpoint's `progressIf` says when to move on.
 *
 * @example
 * ```ts
 * PainCriteriaSchema.parse({
 *   maxPainDuring: 5,
 *   maxPainAfter: 5,
 *   settledByNextMorning: true,
 *   notWorseWeekToWeek: true,
 *   evidence: { kind: 'cited', sourceIds: ['silbernagel-2007'] },
 * });
 * ```
 */
export const PainCriteriaSchema: z.ZodMiniType<PainCriteria> = painCriteriaDefinition;

/**
 * Pain limits on a 0–10 scale; see {@link PainCriteriaSchema}.
 *
 * @example
 * ```ts
 * const acceptable = (criteria: PainCriteria, painDuring: number) => painDuring <= criteria.maxPainDuring;
 * ```
 */
export type PainCriteria = z.infer<typeof painCriteriaDefinition>;
