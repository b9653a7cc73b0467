import { describeValue } from './describe-value.js';

// The library's own wording of the issues its schemas raise, given what was received: shared by the zod schemas and
// by their zod-free mirror (plain-inputs.ts), so that the two cannot say different things.

/** `IdSchema`'s pattern. */
export const idMessage = (input: unknown) => `Expected a kebab-case id such as "sit-to-stand", received ${describeValue(input)}`;
/** `TextSchema`'s pattern. */
export const TEXT_MESSAGE = 'Expected text, received an empty string';
/** `PositiveIntSchema`'s bound. */
export const positiveIntMessage = (input: unknown) => `Expected a whole number from 1 up, received ${describeValue(input)}`;
/** `SettingSchema`. */
export const settingMessage = (input: unknown) => `Expected a setting, "home", "gym" or "supervised", received ${describeValue(input)}`;
/** `DistanceUnitSchema`. */
export const distanceUnitMessage = (input: unknown) => `Expected a distance unit, "mi" or "km", received ${describeValue(input)}`;
/** A distance's value that is not a number. */
export const distanceNumberMessage = (input: unknown) => `Expected a number, received ${describeValue(input)}`;
/** A distance's value that is not above 0. */
export const distancePositiveMessage = (input: unknown) => `Expected a distance greater than 0, received ${describeValue(input)}`;
/** `IsoDateSchema`'s type and format. */
export const isoDateMessage = (input: unknown) => `Expected a real calendar date as YYYY-MM-DD, received ${describeValue(input)}`;
/** `IsoDateSchema`'s year 0000. */
export const YEAR_ZERO_MESSAGE = 'Expected a date from 0001-01-01 to 9999-12-31: there is no year 0000';
/** A run's pain score. */
export const painScoreMessage = (input: unknown) => `Expected a pain score from 0 to 10, received ${describeValue(input)}`;
/** A run's duration. */
export const minutesMessage = (input: unknown) => `Expected minutes greater than 0, received ${describeValue(input)}`;
/** A run's activity id, empty. */
export const EMPTY_ACTIVITY_ID_MESSAGE = 'Expected a non-empty activity id';
/** A run's activity id, too long. */
export const LONG_ACTIVITY_ID_MESSAGE = 'Expected an activity id of at most 200 characters';
/** A runner's run days a week. */
export const runDaysMessage = (input: unknown) => `Expected a whole number of days from 1 to 7, received ${describeValue(input)}`;
/** A range whose max is below its min. */
export const rangeOrderMessage = (input: unknown) => {
  const range = input as { min: number; max: number };
  return `Expected max to be at least min (${range.min}), received ${range.max}`;
};
/** A publication's DOI. */
export const DOI_MESSAGE = 'Expected a DOI such as 10.2519/jospt.2019.0302';
/** A publication without a DOI or a URL. */
export const PUBLICATION_LINK_MESSAGE = 'A publication needs a DOI or a URL so that readers can find it';
/** Evidence with `checked` or `checkedAt` alone. */
export const CHECKED_TOGETHER_MESSAGE = 'Give checked and checkedAt together: how the numbers were checked, and the URL where they were read';
