import * as z from 'zod/mini';
import { idMessage, positiveIntMessage, TEXT_MESSAGE } from './input-messages.js';

/** A kebab-case identifier: lowercase letters and digits in words joined by single hyphens. */
export const IdSchema = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => idMessage(issue.input),
  }),
);

/** Text a person reads: at least one character that is not white space. */
export const TextSchema = z.string().check(z.regex(/\S/, { error: TEXT_MESSAGE }));

/** A whole number from 1 up, such as a day of a plan. */
export const PositiveIntSchema = z.int().check(
  z.gte(1, { error: (issue) => positiveIntMessage(issue.input) }),
);
