import * as z from 'zod/mini';
import { PlanSchema, REFERRAL_URGENCIES } from '../../model/index.js';
import { REVIEW_STATUSES } from '../../review/types.js';

const reviewReasonDefinition = z.strictObject({
  /** The rule's id, e.g. `pain-next-morning`; docs/plan-review.md describes each. */
  rule: z.string(),
  /** What the rule decides: one of the review statuses. */
  status: z.enum(REVIEW_STATUSES),
  /** Why, in plain words, with the logged numbers and the source. */
  message: z.string(),
  /** How soon a clinician should see the runner (`today`, `within-days`, `routine`): on every reason whose status is `refer`, and only there; the same as the message says in words. */
  urgency: z.optional(z.enum(REFERRAL_URGENCIES)),
  /** Where the rule comes from: a citation (`kind: 'cited'`, `citation`), or a library default with its `reason`. */
  evidence: z.union([
    z.strictObject({
      /** The rule follows a cited source. */
      kind: z.literal('cited'),
      /** The source, as a short citation with its DOI. */
      citation: z.string(),
    }),
    z.strictObject({ kind: z.literal('library-default'), reason: z.string() }),
  ]),
});

const reviewResultDefinition = z.strictObject({
  /** The most cautious decision of the rules that fired; `progress` when none did. */
  status: z.enum(REVIEW_STATUSES),
  /** Each rule that fired, most cautious first (of those that refer, the most urgent first). */
  reasons: z.array(reviewReasonDefinition),
  /** The revised plan: days before `today` as planned beside what was logged; days from `today` re-planned. */
  plan: PlanSchema,
});

/**
 * What `reviewPlan` returns, as a schema: for the JSON Schema an app validates a stored or transmitted review against
 * (`rehab-protocols/schema/review-result.json`). The library builds these itself; it does not parse them.
 *
 * @example
 * ```ts
 * ReviewResultSchema.safeParse({ status: 'progress', reasons: [] }).success;
 * //=> false
 * ```
 */
export const ReviewResultSchema: z.ZodMiniType = reviewResultDefinition;
