import * as z from 'zod/mini';
import { describeValue } from './describe-value.js';

/**
 * A calendar day as an ISO 8601 `YYYY-MM-DD` string that names a real day (`2026-02-30` fails).
 * Calendar days carry no time and no time zone, so a plan means the same days wherever it is read.
 *
 * @example
 * ```ts
 * IsoDateSchema.parse('2026-12-01');
 * //=> '2026-12-01'
 * ```
 */
export const IsoDateSchema: z.ZodMiniType<string> = z.iso.date({
  error: (issue) => `Expected a real calendar date as YYYY-MM-DD, received ${describeValue(issue.input)}`,
});
