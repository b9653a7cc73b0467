import * as z from 'zod/mini';
import { DistanceSchema, DistanceUnitSchema } from './distance.js';
import { IsoDateSchema } from './iso-date.js';
import { RunLogEntrySchema, RunnerSummarySchema } from './run-log.js';

const generatePlanOptionsDefinition = z.strictObject({
  /** The date of day 1, `YYYY-MM-DD`. "Today" is the app's to decide: the library never reads the clock. */
  startDate: IsoDateSchema,
  /** The daily distance the runner wants to get back to, e.g. `{ value: 30, unit: 'mi' }`. Required by protocols that ramp to the goal. */
  goalDistance: z.optional(DistanceSchema),
  /** The unit of every distance in the plan; defaults to the goal's unit, else the unit the protocol's running rules use. */
  unit: z.optional(DistanceUnitSchema),
  /** The runner's runs before `startDate`, in any order; with it, the plan gets planned runs and the spike guard. */
  history: z.optional(z.array(RunLogEntrySchema)),
  /** What the app knows of the runner's training when it has no history (or to state the week before the injury). */
  runner: z.optional(RunnerSummarySchema),
  /** `cap` (default) lowers limits and planned runs to the single-run spike guard; `warn` leaves them and flags the days above it. */
  spikeGuard: z.optional(z.enum(['cap', 'warn'])),
});

/**
 * The options of `generatePlan`; see {@link GeneratePlanOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: GeneratePlanOptions = { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } };
 * ```
 */
export type GeneratePlanOptions = z.infer<typeof generatePlanOptionsDefinition>;

/**
 * The options of `generatePlan`: the date of day 1, the runner's goal distance (what a ramp to the goal rises to),
 * the unit the plan speaks, and what the plan knows of the runner (`history`, `runner`) with how its spike guard acts.
 *
 * @example
 * ```ts
 * GeneratePlanOptionsSchema.parse({ startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' }, unit: 'km' });
 * ```
 */
export const GeneratePlanOptionsSchema: z.ZodMiniType<GeneratePlanOptions> = generatePlanOptionsDefinition;
