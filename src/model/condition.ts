import * as z from 'zod/mini';
import { validConditions } from './memory.js';
import { rememberValid } from './remember-valid.js';
import { CitationSchema, EvidenceSchema } from './citation.js';
import { IdSchema, TextSchema } from './primitives.js';
import {
  AGE_GROUPS,
  AGGRAVATED_BY,
  BACKGROUND,
  LOCATIONS,
  ONSETS,
  PAIN_FREE_DURING,
  RED_FLAGS,
  REGIONS,
  SEXES,
  SIDES,
  SIGNS,
  TRAINING_CHANGES,
} from './symptom-profile.js';
import { checkCondition } from './condition-checks.js';

/**
 * How strongly a finding bears on a condition, and the likelihood ratio each grade stands for.
 *
 * The ratios are library defaults: for most pairs of running injury and reported symptom no study gives a
 * likelihood ratio, so a condition's data grades how typical each finding is (from the cited clinical
 * descriptions) and this one scale turns grades into numbers. Keeping the numbers in one place keeps them
 * consistent across conditions and easy to revise when better evidence comes.
 *
 * @example
 * ```ts
 * LIKELIHOOD_RATIO_GRADES['strong'];
 * //=> 5
 * ```
 */
export const LIKELIHOOD_RATIO_GRADES = /* @__PURE__ */ Object.freeze({
  /** All but excludes the condition, e.g. pain in another region: ×0.05. */
  'rules-out': 0.05,
  /** Argues strongly against, e.g. the hallmark location missing: ×0.2. */
  'strongly-against': 0.2,
  /** Argues against: ×0.5. */
  against: 0.5,
  /** Says nothing: ×1. */
  neutral: 1,
  /** Common with the condition but common elsewhere too: ×1.5. */
  weak: 1.5,
  /** Typical of the condition: ×2.5. */
  moderate: 2.5,
  /** Characteristic of the condition: ×5. */
  strong: 5,
  /** The condition's hallmark: ×10. */
  'very-strong': 10,
} as const);

/**
 * A grade of {@link LIKELIHOOD_RATIO_GRADES}.
 *
 * @example
 * ```ts
 * const grade: LikelihoodRatioGrade = 'moderate';
 * ```
 */
export type LikelihoodRatioGrade = keyof typeof LIKELIHOOD_RATIO_GRADES;

const grades = Object.keys(LIKELIHOOD_RATIO_GRADES) as [LikelihoodRatioGrade, ...LikelihoodRatioGrade[]];

const findingFor = <const F extends string, const V extends readonly [string, ...string[]]>(field: F, values: V) =>
  z.strictObject({
    /** The profile field the finding reads. */
    field: z.literal(field),
    /** The value of that field. */
    value: z.enum(values),
    /**
     * Other values of the same field that count as this finding, e.g. `achilles` (a runner's word) for
     * `achilles-midportion`: the finding is present when the profile has any of them, and absent only when every
     * one was asked and none was reported.
     */
    or: z.optional(z.array(z.enum(values)).check(z.minLength(1))),
    /** How the value bears on the condition when the profile has it. */
    present: z.enum(grades),
    /** How its absence bears on the condition (`neutral` when absence says nothing). */
    absent: z.enum(grades),
    /** Why, in plain words a runner can read, e.g. "Pain behind the kneecap is typical of patellofemoral pain". */
    why: TextSchema,
    /** The sources that describe this finding as typical (or atypical) of the condition. */
    evidence: EvidenceSchema,
  });

const findingDefinition = z.discriminatedUnion('field', [
  findingFor('side', SIDES),
  findingFor('region', REGIONS),
  findingFor('locations', LOCATIONS),
  findingFor('aggravatedBy', AGGRAVATED_BY),
  findingFor('painFreeDuring', PAIN_FREE_DURING),
  findingFor('onset', ONSETS),
  findingFor('trainingChange', TRAINING_CHANGES),
  findingFor('signs', SIGNS),
  findingFor('redFlags', RED_FLAGS),
  findingFor('background', BACKGROUND),
  findingFor('sex', SEXES),
  findingFor('ageGroup', AGE_GROUPS),
]);

/**
 * How one profile value bears on a condition: its grade when the profile has it, its grade when it does not, why,
 * and the sources. A finding for a list field (`locations`, `aggravatedBy`, …) is present when the list holds the
 * value (or one of its `or` values); for a single field (`region`, `side`, `onset`) when the field equals it
 * (`region` also reads `otherRegions`; `ageGroup` is read from `age`). A finding the runner was not asked about
 * counts neither for nor against: neither grade applies.
 *
 * @example
 * ```ts
 * FindingSchema.parse({
 *   field: 'locations',
 *   value: 'retropatellar',
 *   present: 'strong',
 *   absent: 'neutral',
 *   why: 'Pain behind the kneecap is the defining feature of patellofemoral pain.',
 *   evidence: { kind: 'cited', sourceIds: ['crossley-2016-part1'] },
 * });
 * ```
 */
export const FindingSchema: z.ZodMiniType<Finding> = findingDefinition;

/**
 * How one profile value bears on a condition; see {@link FindingSchema}.
 *
 * @example
 * ```ts
 * const supports = (finding: Finding) => finding.present !== 'neutral';
 * ```
 */
export type Finding = z.infer<typeof findingDefinition>;

const conditionDefinition = z
  .strictObject({
    /** Kebab-case id, e.g. `patellofemoral-pain`; the module that holds it is `protocols/<id>.ts`. */
    id: IdSchema,
    /** The condition's name, e.g. `Patellofemoral pain`. */
    name: TextSchema,
    /** Other names people use for it. */
    aliases: z.array(TextSchema),
    /** What it is, in a sentence or two a runner can read. */
    summary: TextSchema,
    /** True when the condition needs a clinician and has no self-managed plan in this library. */
    referOnly: z.boolean(),
    /** For a refer-only condition: why a clinician should see it, in plain words. */
    referral: z.optional(TextSchema),
    /** The probability of the condition before any finding is known (the prior), between 0 and 1 exclusive. */
    prior: z.strictObject({
      /** The prior probability. */
      probability: z.number().check(z.gt(0), z.lt(1)),
      /** Where it comes from. */
      evidence: EvidenceSchema,
    }),
    /** How each profile value bears on the condition; at least one. */
    findings: z.array(findingDefinition).check(z.minLength(1)),
    /** Every source the findings and prior cite; at least one. */
    sources: z.array(CitationSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((condition, ctx) => {
      for (const issue of checkCondition(condition)) {
        ctx.issues.push({ code: 'custom', input: condition, path: [...issue.path], message: issue.message });
      }
    }),
  );

/**
 * A condition the matcher can recognise: its names, whether it is refer-only, its prior, its findings and their
 * sources. Conditions live beside their protocols in `protocols/<id>.ts`, exported as `condition`.
 *
 * Besides each field's rules, the schema checks that findings are not repeated, that each finding's two grades
 * differ (a finding that bears the same either way says nothing), that a refer-only condition says why, and that
 * every cited source exists.
 *
 * What the schema accepts it returns deep-frozen, and remembers: parsing that same object again (here, in
 * `matchConditions`) returns it at once instead of validating it again. Any other object is validated in full.
 *
 * @example
 * ```ts
 * import { ConditionSchema } from 'rehab-protocols';
 *
 * const result = ConditionSchema.safeParse(myCondition);
 * ```
 */
export const ConditionSchema: z.ZodMiniType<Condition> = rememberValid(conditionDefinition, validConditions);

/**
 * A condition the matcher can recognise; see {@link ConditionSchema}.
 *
 * @example
 * ```ts
 * const selfManaged = (conditions: Condition[]) => conditions.filter((condition) => !condition.referOnly);
 * ```
 */
export type Condition = z.infer<typeof conditionDefinition>;
