import { UTCDate } from '@date-fns/utc';
import { addDays, formatISO } from 'date-fns';

/**
 * The calendar day `offset` days after `isoDate`, both `YYYY-MM-DD`. The arithmetic runs in UTC, where every day has
 * 24 hours, so the answer is the same in every time zone and across daylight-saving changes.
 * `isoDate` must already be validated.
 */
export function addCalendarDays(isoDate: string, offset: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const start = new UTCDate(year, month - 1, day);
  return formatISO(addDays(start, offset), { representation: 'date' });
}
