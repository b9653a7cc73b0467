import * as z from 'zod/mini';
import { rangeOrderMessage } from './input-messages.js';

const minAtMostMax = z.refine<{ min: number; max: number }>((range) => range.min <= range.max, {
  path: ['max'],
  error: (issue) => rangeOrderMessage(issue.input),
});

const rangeDefinition = z
  .strictObject({
    /** The smallest value, finite and at least 0. */
    min: z.number().check(z.gte(0)),
    /** The largest value, finite and at least `min`. */
    max: z.number().check(z.gte(0)),
  })
  .check(minAtMostMax);

/**
 * An inclusive range of finite numbers, `0 <= min <= max`; see {@link RangeSchema}.
 *
 * @example
 * ```ts
 * const sets: Range = { min: 2, max: 5 };
 * ```
 */
export type Range = z.infer<typeof rangeDefinition>;

/**
 * An inclusive range of finite numbers, `0 <= min <= max`. A single value is `min === max`:
 * "2–5 sets" is `{ min: 2, max: 5 }`, "1–2 minutes" is `{ min: 60, max: 120 }` seconds.
 *
 * @example
 * ```ts
 * RangeSchema.parse({ min: 2, max: 5 });
 * //=> { min: 2, max: 5 }
 * ```
 */
export const RangeSchema: z.ZodMiniType<Range> = rangeDefinition;

/** A {@link RangeSchema} of whole numbers whose `min` is at least `atLeast` (1 for sets and days). */
export function wholeRangeSchema(atLeast: number) {
  return z
    .strictObject({
      /** The smallest value, a whole number. */
      min: z.int().check(z.gte(atLeast)),
      /** The largest value, a whole number at least `min`. */
      max: z.int().check(z.gte(atLeast)),
    })
    .check(minAtMostMax);
}
