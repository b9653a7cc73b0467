import * as z from 'zod/mini';
import { describeValue } from './describe-value.js';

/** A kebab-case identifier: lowercase letters and digits in words joined by single hyphens. */
export const IdSchema = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => `Expected a kebab-case id such as "sit-to-stand", received ${describeValue(issue.input)}`,
  }),
);

/** Text a person reads: at least one character that is not white space. */
export const TextSchema = z.string().check(z.regex(/\S/, { error: 'Expected text, received an empty string' }));

/** A whole number from 1 up, such as a day of a plan. */
export const PositiveIntSchema = z.int().check(
  z.gte(1, { error: (issue) => `Expected a whole number from 1 up, received ${describeValue(issue.input)}` }),
);
