import * as z from 'zod/mini';
import { RUNNING_INTENSITIES } from './vocabularies.js';
import { EvidenceSchema } from './citation.js';
import { DistanceSchema } from './distance.js';
import { PainCriteriaSchema } from './pain-criteria.js';
import { ExerciseDaysSchema } from './phase-days.js';

export { RUNNING_INTENSITIES } from './vocabularies.js';

/**
 * How hard the running of a day may be; see {@link RUNNING_INTENSITIES}.
 *
 * @example
 * ```ts
 * const intensity: RunningIntensity = 'jog';
 * ```
 */
export type RunningIntensity = (typeof RUNNING_INTENSITIES)[number];

const runningRuleDefinition = z.discriminatedUnion('kind', [
  z.strictObject({
    /** No running in this phase. */
    kind: z.literal('rest'),
    /** Where this rule comes from. */
    evidence: EvidenceSchema,
  }),
  z.strictObject({
    /** A fixed daily limit. */
    kind: z.literal('cap'),
    /** The farthest the runner may go on any day of the phase. */
    maxDistance: DistanceSchema,
    /** How hard that running may be. */
    intensity: z.enum(RUNNING_INTENSITIES),
    /** Where these numbers come from. */
    evidence: EvidenceSchema,
  }),
  z.strictObject({
    /** Walk/run intervals by time. */
    kind: z.literal('intervals'),
    /** Seconds of running in each interval. */
    runSeconds: z.int().check(z.gte(1)),
    /** Seconds of walking after each run. */
    walkSeconds: z.int().check(z.gte(0)),
    /** How many run/walk intervals. */
    repeats: z.int().check(z.gte(1)),
    /** How hard the running parts may be. */
    intensity: z.enum(RUNNING_INTENSITIES),
    /** Which days of the phase have running; every day when missing. */
    days: z.optional(ExerciseDaysSchema),
    /** Where these numbers come from. */
    evidence: EvidenceSchema,
  }),
  z.strictObject({
    /** Continuous running for a set time. */
    kind: z.literal('continuous'),
    /** Minutes of running. */
    minutes: z.number().check(z.gt(0)),
    /** How hard the running may be. */
    intensity: z.enum(RUNNING_INTENSITIES),
    /** Which days of the phase have running; every day when missing. */
    days: z.optional(ExerciseDaysSchema),
    /** Where these numbers come from. */
    evidence: EvidenceSchema,
  }),
  z.strictObject({
    /** Running as far as the pain limits allow, with no set distance or time. */
    kind: z.literal('pain-monitored'),
    /** How hard the running may be. */
    intensity: z.enum(RUNNING_INTENSITIES),
    /** The pain limits that decide how much running is acceptable. */
    limits: PainCriteriaSchema,
    /** Where this rule comes from. */
    evidence: EvidenceSchema,
  }),
  z.strictObject({
    /** A gradual rise to the runner's goal distance, reached on the phase's last day. */
    kind: z.literal('ramp-to-goal'),
    /** The daily limit the ramp starts from (the limit of the day before the phase). */
    from: DistanceSchema,
    /** How hard that running may be. */
    intensity: z.enum(RUNNING_INTENSITIES),
    /** Where these numbers come from. */
    evidence: EvidenceSchema,
  }),
]);

/**
 * What running a phase allows each day; see {@link RunningRuleSchema}.
 *
 * @example
 * ```ts
 * const rule: RunningRule = { kind: 'rest', evidence: { kind: 'library-default', reason: 'Example.' } };
 * ```
 */
export type RunningRule = z.infer<typeof runningRuleDefinition>;

/**
 * What running a phase allows each day:
 * - `rest`: no running.
 * - `cap`: at most `maxDistance` a day, at `intensity` ("jog no farther than 5 miles a day").
 * - `ramp-to-goal`: from `from` on the day before the phase, rising gradually to the runner's goal distance on the
 *   phase's last day. It needs the runner's goal (the `goalDistance` option of `generatePlan`).
 * - `intervals`: walk/run intervals by time ("run 2 min / walk 2 min, 4 times"), on the days `days` gives.
 * - `continuous`: continuous running for a number of minutes, on the days `days` gives.
 * - `pain-monitored`: running as far as its pain `limits` allow (the pain-monitoring model), with no set distance.
 *
 * @example
 * ```ts
 * RunningRuleSchema.parse({
 *   kind: 'cap',
 *   maxDistance: { value: 5, unit: 'mi' },
 *   intensity: 'jog',
 *   evidence: { kind: 'cited', sourceIds: ['founding-case'] },
 * });
 * ```
 */
export const RunningRuleSchema: z.ZodMiniType<RunningRule> = runningRuleDefinition;
