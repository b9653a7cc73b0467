import * as z from 'zod/mini';
import { IdSchema, TextSchema } from './primitives.js';
import { FINDING_FIELDS, LIST_FIELDS, RED_FLAGS } from './symptom-profile.js';
import { REFERRAL_URGENCIES } from './vocabularies.js';

const matchReasonDefinition = z.strictObject({
  /** The profile field the reason reads, e.g. `locations`. */
  field: z.enum(FINDING_FIELDS),
  /** The value of that field, e.g. `retropatellar`. */
  value: z.string(),
  /** True when the profile has the value; false when its absence is the reason. */
  present: z.boolean(),
  /** The likelihood ratio the finding applied: above 1 supports the condition, below 1 argues against it. */
  likelihoodRatio: z.number().check(z.gt(0)),
  /** How much the score moved because of this finding: the score minus the score without it. */
  scoreChange: z.number().check(z.gte(-1), z.lte(1)),
  /** The reason in words, naming the value and its effect. */
  message: TextSchema,
});

/**
 * One line of a match's explanation: a profile value (or its absence), the likelihood ratio it applied, and how much
 * it moved the score.
 *
 * @example
 * ```ts
 * const reason = MatchReasonSchema.parse(stored);
 * ```
 */
export const MatchReasonSchema: z.ZodMiniType<MatchReason> = matchReasonDefinition;

/**
 * One line of a match's explanation; see {@link MatchReasonSchema}.
 *
 * @example
 * ```ts
 * const line = (reason: MatchReason) => `${reason.message} (${reason.scoreChange >= 0 ? '+' : ''}${reason.scoreChange.toFixed(2)})`;
 * ```
 */
export type MatchReason = z.infer<typeof matchReasonDefinition>;

const conditionMatchDefinition = z.strictObject({
  /** The condition's id. */
  conditionId: IdSchema,
  /** The condition's name. */
  name: TextSchema,
  /** How consistent the profile is with the condition, from 0 to 1. Not a diagnosis. */
  score: z.number().check(z.gte(0), z.lte(1)),
  /** True when the condition needs a clinician and has no self-managed plan. */
  referOnly: z.boolean(),
  /** The findings that raised the score, strongest first. */
  supporting: z.array(matchReasonDefinition),
  /** The findings that lowered the score, strongest first. */
  against: z.array(matchReasonDefinition),
});

/**
 * A condition the profile is consistent with, its score and the reasons.
 *
 * @example
 * ```ts
 * const match = ConditionMatchSchema.parse(stored);
 * ```
 */
export const ConditionMatchSchema: z.ZodMiniType<ConditionMatch> = conditionMatchDefinition;

/**
 * A condition the profile is consistent with; see {@link ConditionMatchSchema}.
 *
 * @example
 * ```ts
 * const headline = (match: ConditionMatch) => `Consistent with ${match.name} (${Math.round(match.score * 100)}%)`;
 * ```
 */
export type ConditionMatch = z.infer<typeof conditionMatchDefinition>;


/** The `urgency` field every referral reason carries. */
const urgencyField = z.enum(REFERRAL_URGENCIES);

const referralReasonDefinition = z.discriminatedUnion('kind', [
  z.strictObject({
    /** A red flag in the profile. */
    kind: z.literal('red-flag'),
    /** Which red flag. */
    redFlag: z.enum(RED_FLAGS),
    /** Why it calls for a clinician, in plain words. */
    message: TextSchema,
    /** How soon to see a clinician (see `REFERRAL_URGENCIES`). */
    urgency: urgencyField,
  }),
  z.strictObject({
    /** The best match is a condition that needs a clinician. */
    kind: z.literal('refer-only-condition'),
    /** The condition's id. */
    conditionId: IdSchema,
    /** Why, in plain words. */
    message: TextSchema,
    /** How soon to see a clinician (see `REFERRAL_URGENCIES`). */
    urgency: urgencyField,
  }),
  z.strictObject({
    /** No condition fits the profile clearly enough to offer a plan. */
    kind: z.literal('no-clear-match'),
    /** Why, in plain words. */
    message: TextSchema,
    /** How soon to see a clinician (see `REFERRAL_URGENCIES`). */
    urgency: urgencyField,
  }),
  z.strictObject({
    /**
     * A clinician's diagnosis (`diagnosedAs`) the library does not plan for: a condition it does not have (`other`), one
     * of another part of the leg than where it hurts, or one the runner's answers rule out.
     */
    kind: z.literal('diagnosis'),
    /** The diagnosed condition's id; absent for `other`. */
    conditionId: z.optional(IdSchema),
    /** Why, in plain words. */
    message: TextSchema,
    /** How soon to see a clinician (see `REFERRAL_URGENCIES`). */
    urgency: urgencyField,
  }),
  z.strictObject({
    /** The best match has no self-managed protocol among those given. */
    kind: z.literal('no-protocol'),
    /** The condition's id. */
    conditionId: IdSchema,
    /** Why, in plain words. */
    message: TextSchema,
    /** How soon to see a clinician (see `REFERRAL_URGENCIES`). */
    urgency: urgencyField,
  }),
  z.strictObject({
    /** The best match's protocols all need a setting the runner did not allow (a gym, or a clinician's supervision). */
    kind: z.literal('needs-supervision'),
    /** The condition's id. */
    conditionId: IdSchema,
    /** The ids of the protocols a clinician could supervise, in the catalogue's order. */
    protocolIds: z.array(IdSchema).check(z.minLength(1)),
    /** Why, in plain words. */
    message: TextSchema,
    /** How soon to see a clinician (see `REFERRAL_URGENCIES`). */
    urgency: urgencyField,
  }),
]);

/**
 * Why a runner should see a clinician rather than follow a plan: a red flag, a refer-only best match (or diagnosis),
 * no clear match, a clinician's diagnosis the library does not plan for, no protocol for the best match, or only
 * protocols that need a setting the runner did not allow.
 *
 * @example
 * ```ts
 * const reason = ReferralReasonSchema.parse({ kind: 'red-flag', redFlag: 'night-pain', message: 'Pain wakes you at night.', urgency: 'routine' });
 * ```
 */
export const ReferralReasonSchema: z.ZodMiniType<ReferralReason> = referralReasonDefinition;

/**
 * Why a runner should see a clinician; see {@link ReferralReasonSchema}.
 *
 * @example
 * ```ts
 * const text = (reasons: ReferralReason[]) => reasons.map((reason) => reason.message).join('\n');
 * ```
 */
export type ReferralReason = z.infer<typeof referralReasonDefinition>;

const matchResultDefinition = z.strictObject({
  /** Whether the runner should see a clinician instead of following a plan, and why. Red flags always set it. */
  referral: z.strictObject({
    /** True when a clinician should see the runner first. */
    required: z.boolean(),
    /** Every reason, most urgent first (see `REFERRAL_URGENCIES`), then red flags first. */
    reasons: z.array(referralReasonDefinition),
  }),
  /** Every condition matched against, highest score first, ties by id. */
  matches: z.array(conditionMatchDefinition),
});

/**
 * What `matchConditions` returns: whether to refer, and the conditions the profile is consistent with, in order.
 *
 * @example
 * ```ts
 * const result = MatchResultSchema.parse(stored);
 * ```
 */
export const MatchResultSchema: z.ZodMiniType<MatchResult> = matchResultDefinition;

/**
 * What `matchConditions` returns; see {@link MatchResultSchema}.
 *
 * @example
 * ```ts
 * const top = (result: MatchResult) => (result.referral.required ? undefined : result.matches[0]);
 * ```
 */
export type MatchResult = z.infer<typeof matchResultDefinition>;

const questionDefinition = z.strictObject({
  /** `red-flag` for a warning sign to rule out before any plan; `finding` for one that separates the best matches. */
  kind: z.enum(['red-flag', 'finding']),
  /** The profile list the answer goes into, e.g. `redFlags` or `locations`. */
  field: z.enum(LIST_FIELDS),
  /** The value asked about; the answer "yes" adds it to `field`. */
  value: z.optional(z.string()),
  /** The question in plain words for a runner. */
  text: TextSchema,
});

/**
 * A question still to ask the runner; see {@link QuestionSchema}.
 *
 * @example
 * ```ts
 * const ask = (question: Question) => `${question.text} (yes/no)`;
 * ```
 */
export type Question = z.infer<typeof questionDefinition>;

/**
 * A question that `nextQuestions` and `planForProfile` return: the profile `field` and `value` it asks about, and
 * the words to ask it in. To record the answer, give the value in that list (yes) or leave it out (no), and either
 * give the whole list (the runner was asked about every value) or name the value in `asked` — `answerQuestion`
 * does this for you.
 *
 * @example
 * ```ts
 * QuestionSchema.parse({ kind: 'red-flag', field: 'redFlags', value: 'night-pain', text: 'Does the pain wake you at night?' });
 * ```
 */
export const QuestionSchema: z.ZodMiniType<Question> = questionDefinition;
