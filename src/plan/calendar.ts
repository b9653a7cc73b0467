import { RehabInputError } from '../model/index.js';

// Calendar days are integers here: days since 1970-01-01 in the proleptic Gregorian calendar, converted with
// Howard Hinnant's days_from_civil / civil_from_days (http://howardhinnant.github.io/date_algorithms.html). No Date
// object is involved, so no time zone, daylight-saving rule or `Date.UTC` two-digit-year rule can shift a day, and
// a plan costs a few integer operations per day.

/** The last day the library supports, 9999-12-31: the last a four-digit `YYYY-MM-DD` year can write. */
export const LAST_SUPPORTED_DATE = '9999-12-31';

/** Days from 1970-01-01 to the given civil date (negative before it). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date `days` days after 1970-01-01, as `YYYY-MM-DD` (years 0–9999). */
export function civilFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Days since 1970-01-01 of a validated `YYYY-MM-DD` date. */
export function toDayNumber(isoDate: string): number {
  // Digit by digit: a validated date has ten characters, digits where these read (no substring, no Number()).
  const digit = (index: number) => isoDate.charCodeAt(index) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  return daysFromCivil(year, digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
}

// generatePlan asks for every day of a plan from the same start date: parse it once.
let lastStart = '';
let lastStartDay = 0;

/**
 * The calendar day `offset` days after `isoDate`, both `YYYY-MM-DD`, the same in every time zone.
 * `isoDate` must already be validated, and the result must lie within {@link LAST_SUPPORTED_DATE}.
 */
export function addCalendarDays(isoDate: string, offset: number): string {
  if (isoDate !== lastStart) {
    lastStartDay = toDayNumber(isoDate);
    lastStart = isoDate;
  }
  return civilFromDays(lastStartDay + offset);
}

/**
 * Throws a {@link RehabInputError} when a plan of `days` days from `startDate` would end after
 * {@link LAST_SUPPORTED_DATE}, whose next day no `YYYY-MM-DD` date can name.
 */
export function checkPlanEnd(startDate: string, days: number, subject: string): void {
  const lastDay = toDayNumber(startDate) + days - 1;
  if (lastDay > toDayNumber(LAST_SUPPORTED_DATE)) {
    throw new RehabInputError(subject, [
      {
        path: ['startDate'],
        message: `A plan of ${days} days from ${startDate} would end after ${LAST_SUPPORTED_DATE}, the last date the library supports: start on ${civilFromDays(toDayNumber(LAST_SUPPORTED_DATE) - days + 1)} or earlier`,
      },
    ]);
  }
}

/** Days from `from` to `to` (negative when `to` is earlier), both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}
