import * as z from 'zod/mini';
import { DISTANCE_UNITS } from './vocabularies.js';
import { distanceNumberMessage, distancePositiveMessage, distanceUnitMessage } from './input-messages.js';

export { DISTANCE_UNITS } from './vocabularies.js';

/**
 * A distance unit: `'mi'` or `'km'`.
 *
 * @example
 * ```ts
 * const unit: DistanceUnit = 'km';
 * ```
 */
export type DistanceUnit = (typeof DISTANCE_UNITS)[number];

/** Validates a {@link DistanceUnit}. */
export const DistanceUnitSchema: z.ZodMiniType<DistanceUnit> = z.enum(DISTANCE_UNITS, {
  error: (issue) => distanceUnitMessage(issue.input),
});

const positiveValue = z.number({ error: (issue) => distanceNumberMessage(issue.input) }).check(
  z.gt(0, { error: (issue) => distancePositiveMessage(issue.input) }),
);

const distanceDefinition = z.strictObject({
  /** How far, a finite number greater than 0. */
  value: positiveValue,
  /** The unit `value` is in. */
  unit: DistanceUnitSchema,
});

/**
 * A distance greater than zero with its unit; see {@link DistanceSchema}.
 *
 * @example
 * ```ts
 * const goal: Distance = { value: 30, unit: 'mi' };
 * ```
 */
export type Distance = z.infer<typeof distanceDefinition>;

/**
 * A distance greater than zero with its unit: "5 miles" is `{ value: 5, unit: 'mi' }`.
 *
 * @example
 * ```ts
 * DistanceSchema.parse({ value: 30, unit: 'mi' });
 * //=> { value: 30, unit: 'mi' }
 * ```
 */
export const DistanceSchema: z.ZodMiniType<Distance> = distanceDefinition;
