import type * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { RehabInputError, type RehabInputIssue } from './rehab-input-error.js';

// zod/mini ships without messages ("Invalid input"); the English locale alone is small and gives readable ones.
// It is passed per call rather than installed globally, so an app's own zod configuration is left alone.
const english = en().localeError;

/**
 * Parses `value` with `schema`, or throws one {@link RehabInputError} listing every issue with its path.
 * The library's only way of reading input at its public boundary.
 */
export function parseInput<T extends z.ZodMiniType>(schema: T, value: unknown, subject: string): z.output<T> {
  const result = schema.safeParse(value, { error: english });
  if (result.success) return result.data;
  throw new RehabInputError(subject, result.error.issues.map(toIssue));
}

function toIssue(issue: z.core.$ZodIssue): RehabInputIssue {
  return {
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
  };
}
