import type * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { dropUndefined } from './drop-undefined.js';
import { toIssues } from './issue-message.js';
import { RehabInputError } from './rehab-input-error.js';

// zod/mini ships without messages ("Invalid input"); the English locale alone is small and gives readable ones.
// It is passed per call rather than installed globally, so an app's own zod configuration is left alone.
const english = en().localeError;

/**
 * Parses `value` with `schema`, or throws one {@link RehabInputError} listing every issue with its path.
 * The library's only way of reading input at its public boundary.
 */
export function parseInput<T extends z.ZodMiniType>(schema: T, value: unknown, subject: string): z.output<T> {
  // reportInput: the issue rewriter quotes the offending value (safely) and suggests the nearest valid one.
  const result = schema.safeParse(value, { error: english, reportInput: true });
  if (result.success) return dropUndefined(result.data);
  throw new RehabInputError(subject, toIssues(result.error.issues, schema, value));
}
