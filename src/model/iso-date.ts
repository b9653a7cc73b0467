import * as z from 'zod/mini';
import { isoDateMessage, YEAR_ZERO_MESSAGE } from './input-messages.js';

/**
 * A calendar day as an ISO 8601 `YYYY-MM-DD` string that names a real day (`2026-02-30` fails), from 0001-01-01 to
 * 9999-12-31 in the proleptic Gregorian calendar.
 * Calendar days carry no time and no time zone, so a plan means the same days wherever it is read.
 *
 * Why that range: four digits are all a `YYYY-MM-DD` year has, so 9999-12-31 is the last day it can name, and a plan
 * that would run past it is refused; year 0000 is left out because FHIR's `date` type and ISO 8601 without a prior
 * agreement have no year 0000. Within the range, every date round-trips through every format the library writes.
 *
 * @example
 * ```ts
 * IsoDateSchema.parse('2026-12-01');
 * //=> '2026-12-01'
 * ```
 */
export const IsoDateSchema: z.ZodMiniType<string> = z.iso
  .date({
    error: (issue) => isoDateMessage(issue.input),
  })
  .check(z.refine((date) => !date.startsWith('0000-'), { error: YEAR_ZERO_MESSAGE }));
