import type * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { dropUndefined } from './drop-undefined.js';
import { checkInputBounds } from './input-bounds.js';
import { withHint } from './input-hint.js';
import { toIssues } from './issue-message.js';
import { RehabInputError } from './rehab-input-error.js';

// zod/mini ships without messages ("Invalid input"); the English locale alone is small and gives readable ones.
// It is passed per call rather than installed globally, so an app's own zod configuration is left alone.
const english = en().localeError;
// reportInput: the issue rewriter quotes the offending value (safely) and suggests the nearest valid one.
const parseOptions = { error: english, reportInput: true };
// zod compiles a fast parser for each object shape the first time it parses one: worth it for what is parsed on
// every call, wasted on data parsed once, like an app's protocol module when it is imported.
const parseOnceOptions = { error: english, jitless: true, reportInput: true };

/**
 * Parses `value` with `schema`, or throws one {@link RehabInputError} listing every issue with its path.
 * The library's only way of reading input at its public boundary. `once` is for data parsed once, when a module is
 * imported (`defineProtocol`, `defineCondition`) or the catalogue is checked: it skips zod's compiled fast path, which would cost more to build
 * than it saves.
 */
export function parseInput<T extends z.ZodMiniType>(schema: T, value: unknown, subject: string, once = false): z.output<T> {
  checkInputBounds(value, subject);
  const result = schema.safeParse(value, once ? parseOnceOptions : parseOptions);
  if (result.success) return dropUndefined(result.data);
  throw new RehabInputError(subject, toIssues(result.error.issues, schema, value).map((issue) => withHint(subject, issue, value)));
}
