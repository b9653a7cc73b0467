import * as z from 'zod/mini';
import { DistanceUnitSchema } from './distance.js';
import { IsoDateSchema } from './iso-date.js';
import { PositiveIntSchema } from './primitives.js';

/** A distance that may be zero, such as a week's total. */
export const DistanceAmountSchema = z.strictObject({
  /** How far, at least 0. */
  value: z.number().check(z.gte(0)),
  /** The plan's unit. */
  unit: DistanceUnitSchema,
});

/**
 * A distance in a plan's unit that may be zero: a day's limit, a planned run, a week's total. (A {@link Distance}, such
 * as a goal, is greater than zero.)
 *
 * @example
 * ```ts
 * const limit: DistanceAmount = { value: 0, unit: 'km' };
 * ```
 */
export type DistanceAmount = z.infer<typeof DistanceAmountSchema>;

/**
 * What a planned run is: `rest` (none that day), `easy`, `long` (the week's longest), `intervals` (walk/run) or
 * `continuous` (running for a set time).
 *
 * @example
 * ```ts
 * PLANNED_RUN_KINDS.includes('long');
 * //=> true
 * ```
 */
export const PLANNED_RUN_KINDS = /* @__PURE__ */ Object.freeze(['rest', 'easy', 'long', 'intervals', 'continuous'] as const);

const plannedRunDefinition = z.strictObject({
  /** `rest`, `easy`, `long`, `intervals` or `continuous`. */
  kind: z.enum(PLANNED_RUN_KINDS),
  /** How far, in the plan's unit, rounded down to 0.1 (to 0.01 below 1); missing on a rest day or a run given only by time. */
  distance: z.optional(DistanceAmountSchema),
  /** How long, in minutes, on a run given by time. */
  minutes: z.optional(z.number().check(z.gt(0))),
});

/**
 * What the runner should actually run on a day; see {@link PlannedRunSchema}.
 *
 * @example
 * ```ts
 * const miles = (run: PlannedRun) => run.distance?.value ?? 0;
 * ```
 */
export type PlannedRun = z.infer<typeof plannedRunDefinition>;

/**
 * What the runner should actually run on a day, never above the day's limit: its kind, and a distance or minutes.
 *
 * @example
 * ```ts
 * PlannedRunSchema.parse({ kind: 'easy', distance: { value: 5, unit: 'km' } });
 * ```
 */
export const PlannedRunSchema: z.ZodMiniType<PlannedRun> = plannedRunDefinition;

const planWeekDefinition = z.strictObject({
  /** The week's number, 1-based: week 1 is days 1–7. */
  week: PositiveIntSchema,
  /** The date of the week's first day. */
  startDate: IsoDateSchema,
  /** The date of the week's last day (earlier than 6 days on when the plan ends mid-week). */
  endDate: IsoDateSchema,
  /** The sum of the week's planned runs; `null` when the plan has no planned runs. */
  plannedDistance: z.nullable(DistanceAmountSchema),
  /** The sum of the week's daily distance limits; `null` when no day of the week has a distance limit. */
  limitDistance: z.nullable(DistanceAmountSchema),
});

/**
 * One week of a plan with its totals; see {@link PlanWeekSchema}.
 *
 * @example
 * ```ts
 * const total = (week: PlanWeek) => week.plannedDistance?.value ?? 0;
 * ```
 */
export type PlanWeek = z.infer<typeof planWeekDefinition>;

/**
 * One week of a plan, counted in 7-day blocks from the start date: its dates, the distance planned and the sum of
 * the daily limits.
 *
 * @example
 * ```ts
 * PlanWeekSchema.parse({ week: 1, startDate: '2026-12-01', endDate: '2026-12-07', plannedDistance: { value: 30, unit: 'mi' }, limitDistance: { value: 35, unit: 'mi' } });
 * ```
 */
export const PlanWeekSchema: z.ZodMiniType<PlanWeek> = planWeekDefinition;
